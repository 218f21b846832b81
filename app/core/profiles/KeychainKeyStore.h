#pragma once

#include "KeyStore.h"

namespace fw {

/// API keys in the OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credential
/// Store) through QtKeychain. Never falls back to a plain-text file: a system without a backend
/// answers Unavailable, and the caller offers a session-only key (MemoryKeyStore).
class KeychainKeyStore final : public KeyStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainKeyStore)

public:
    /// `service` names the entries in the keychain; the app id by default.
    explicit KeychainKeyStore(QString service = {}, QObject *parent = nullptr);
    ~KeychainKeyStore() override;

    void readKey(const QString &profile, QObject *context, Callback done) override;
    void writeKey(const QString &profile, const QString &key, QObject *context,
                  Callback done) override;
    void deleteKey(const QString &profile, QObject *context, Callback done) override;
    bool isPersistent() const override { return true; }

    const QString &service() const { return m_service; }
    /// The keychain entry name of a profile: "profile:<name>".
    static QString entryName(const QString &profile);

private:
    QString m_service;
};

} // namespace fw
