#pragma once

#include "ConnectionProfile.h"
#include "KeyRing.h"
#include "ProfileStore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QSettings;

namespace fw {

class ApiClient;

/// The connections of this session: saved profiles (ProfileStore), session-only profiles
/// (--demo, --server, deep links), their keys (KeyRing) and one ApiClient per profile, made on
/// first use once the key has been read from the keychain.
class ConnectionRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionRegistry)

public:
    /// Called with the profile's client, or nullptr and a message saying what to do.
    using ClientCallback = std::function<void(ApiClient *client, const QString &problem)>;

    /// `settings` and `secureKeys` are not owned and must outlive the registry.
    ConnectionRegistry(QSettings *settings, KeyStore *secureKeys, QObject *parent = nullptr);
    ~ConnectionRegistry() override;

    /// Saved and session profiles, saved ones first.
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &name) const;
    /// A saved or session profile whose server and tenant match (for deep links).
    std::optional<ConnectionProfile> findByServer(const QUrl &server, const QString &tenant) const;
    ProfileStore &store() { return m_store; }
    KeyRing &keys() { return m_keys; }

    /// Adds a profile for this session only with its key in memory.
    void addSessionProfile(ConnectionProfile profile, const QString &apiKey);
    /// Saves a profile (see ProfileStore::save) and drops its client so the next use reconnects.
    QString saveProfile(const ConnectionProfile &profile, const QString &previousName = {});
    void removeProfile(const QString &name);

    /// The client of `name`, creating it after reading the key; the callback runs later, once.
    void withClient(const QString &name, QObject *context, ClientCallback done);
    /// The client if it was made already.
    ApiClient *existingClient(const QString &name) const;

Q_SIGNALS:
    void profilesChanged();

private:
    void dropClient(const QString &name);

    ProfileStore m_store;
    KeyRing m_keys;
    QList<ConnectionProfile> m_session;
    QHash<QString, QPointer<ApiClient>> m_clients;
};

} // namespace fw
