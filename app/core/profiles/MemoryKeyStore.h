#pragma once

#include "KeyStore.h"

#include <QHash>

namespace fw {

/// Keys held in this process's memory only: the session-only fallback when there is no keychain,
/// and the store tests use. Nothing is ever written anywhere.
class MemoryKeyStore final : public KeyStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryKeyStore)

public:
    explicit MemoryKeyStore(QObject *parent = nullptr);
    ~MemoryKeyStore() override;

    void readKey(const QString &profile, QObject *context, Callback done) override;
    void writeKey(const QString &profile, const QString &key, QObject *context,
                  Callback done) override;
    void deleteKey(const QString &profile, QObject *context, Callback done) override;
    bool isPersistent() const override { return false; }

    /// Synchronous access for code that already knows the key is here.
    bool contains(const QString &profile) const { return m_keys.contains(profile); }
    QString key(const QString &profile) const { return m_keys.value(profile); }
    void setKey(const QString &profile, const QString &key) { m_keys.insert(profile, key); }

private:
    void reply(QObject *context, Callback done, KeyResult result);

    QHash<QString, QString> m_keys;
};

} // namespace fw
