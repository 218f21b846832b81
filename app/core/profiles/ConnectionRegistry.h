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
///
/// A client lives as long as its connection: an edit never deletes it but swaps in the new
/// settings (ApiClient::setConfig, see ConnectionConfig), so watchers and requests holding the
/// client keep working and their next request uses the new key, tenant and header style. Only
/// removeProfile() deletes a client, after connectionRemoved() let its users let go of it.
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
    /// Saves a profile (see ProfileStore::save; a session profile of that name becomes a saved
    /// one) and re-binds its client to the new settings at once: with `newKey` when one was
    /// typed (the caller stores it in the keychain), else with the key it had. Emits
    /// connectionChanged(). Returns the problem, or an empty string.
    QString saveProfile(const ConnectionProfile &profile, const QString &previousName = {},
                        const QString &newKey = {});
    /// Emits connectionRemoved() first, then deletes the profile's client (later).
    void removeProfile(const QString &name);

    /// The client of `name`, creating it after reading the key; the callback runs later, once.
    void withClient(const QString &name, QObject *context, ClientCallback done);
    /// The client if it was made already.
    ApiClient *existingClient(const QString &name) const;

Q_SIGNALS:
    void profilesChanged();
    /// The profile `name` (called `previousName` before, when it was renamed) was edited; its
    /// client, if any, uses the new settings already.
    void connectionChanged(const QString &name, const QString &previousName);
    /// The profile is gone: close what shows its runs. Its client is deleted after this.
    void connectionRemoved(const QString &name);

private:
    void dropClient(const QString &name);
    /// Moves the client of `previousName` to `profile` and swaps in its settings.
    void rebind(const QString &previousName, const ConnectionProfile &profile,
                const QString &newKey);

    ProfileStore m_store;
    KeyRing m_keys;
    QList<ConnectionProfile> m_session;
    QHash<QString, QPointer<ApiClient>> m_clients;
};

} // namespace fw
