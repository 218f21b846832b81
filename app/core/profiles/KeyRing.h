#pragma once

#include "KeyStore.h"
#include "MemoryKeyStore.h"

namespace fw {

/// The keys of all profiles: the OS keychain first, and session-only keys in memory for systems
/// without one (or for session profiles such as --demo). Reads look in memory first, so a key
/// entered for this session wins over an older stored one.
class KeyRing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyRing)

public:
    /// `secure` may be nullptr (session-only keys everywhere); not owned unless parented here.
    explicit KeyRing(KeyStore *secure, QObject *parent = nullptr);
    ~KeyRing() override;

    void readKey(const QString &profile, QObject *context, KeyStore::Callback done);
    /// Stores in the keychain. When there is none the result is Unavailable and nothing is kept:
    /// the caller asks the user, then calls storeSessionKey().
    void storeKey(const QString &profile, const QString &key, QObject *context,
                  KeyStore::Callback done);
    /// Keeps the key in memory for this session only.
    void storeSessionKey(const QString &profile, const QString &key);
    /// Forgets the key in memory and in the keychain.
    void forgetKey(const QString &profile, QObject *context, KeyStore::Callback done);
    void renameSessionKey(const QString &from, const QString &to);

    bool hasSessionKey(const QString &profile) const { return m_session.contains(profile); }
    KeyStore *secureStore() const { return m_secure; }
    MemoryKeyStore *sessionStore() { return &m_session; }

private:
    KeyStore *m_secure = nullptr;
    MemoryKeyStore m_session;
};

} // namespace fw
