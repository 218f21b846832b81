#include "KeyRing.h"

#include <QTimer>

namespace fw {

KeyRing::KeyRing(KeyStore *secure, QObject *parent)
    : QObject(parent)
    , m_secure(secure)
{ }

KeyRing::~KeyRing() = default;

void KeyRing::readKey(const QString &profile, QObject *context, KeyStore::Callback done)
{
    if (m_session.contains(profile) || !m_secure) {
        m_session.readKey(profile, context, std::move(done));
        return;
    }
    m_secure->readKey(profile, context, std::move(done));
}

void KeyRing::storeKey(const QString &profile, const QString &key, QObject *context,
                       KeyStore::Callback done)
{
    if (!m_secure) {
        QTimer::singleShot(0, context ? context : this, [done = std::move(done)] {
            KeyResult result;
            result.status = KeyResult::Status::Unavailable;
            result.message = KeyStore::noSecureStorageMessage();
            if (done)
                done(result);
        });
        return;
    }
    m_secure->writeKey(profile, key, context,
                       [this, profile, done = std::move(done)](const KeyResult &result) {
                           if (result.ok())
                               m_session.deleteKey(profile, nullptr, {});
                           if (done)
                               done(result);
                       });
}

void KeyRing::storeSessionKey(const QString &profile, const QString &key)
{
    m_session.setKey(profile, key);
}

void KeyRing::forgetKey(const QString &profile, QObject *context, KeyStore::Callback done)
{
    m_session.deleteKey(profile, nullptr, {});
    if (m_secure)
        m_secure->deleteKey(profile, context, std::move(done));
    else
        m_session.deleteKey(profile, context, std::move(done));
}

void KeyRing::renameSessionKey(const QString &from, const QString &to)
{
    if (from == to || !m_session.contains(from))
        return;
    m_session.setKey(to, m_session.key(from));
    m_session.deleteKey(from, nullptr, {});
}

} // namespace fw
