#include "MemoryKeyStore.h"

#include <QPointer>
#include <QTimer>

namespace fw {

MemoryKeyStore::MemoryKeyStore(QObject *parent)
    : KeyStore(parent)
{ }

MemoryKeyStore::~MemoryKeyStore() = default;

void MemoryKeyStore::readKey(const QString &profile, QObject *context, Callback done)
{
    KeyResult result;
    const auto it = m_keys.constFind(profile);
    if (it == m_keys.constEnd()) {
        result.status = KeyResult::Status::NotFound;
    } else {
        result.key = *it;
    }
    result.sessionOnly = true;
    reply(context, std::move(done), std::move(result));
}

void MemoryKeyStore::writeKey(const QString &profile, const QString &key, QObject *context,
                              Callback done)
{
    m_keys.insert(profile, key);
    KeyResult result;
    result.sessionOnly = true;
    reply(context, std::move(done), std::move(result));
}

void MemoryKeyStore::deleteKey(const QString &profile, QObject *context, Callback done)
{
    KeyResult result;
    if (m_keys.remove(profile) == 0)
        result.status = KeyResult::Status::NotFound;
    result.sessionOnly = true;
    reply(context, std::move(done), std::move(result));
}

void MemoryKeyStore::reply(QObject *context, Callback done, KeyResult result)
{
    // Asynchronous like every other store, so callers cannot come to rely on re-entrancy.
    QTimer::singleShot(0, context ? context : this,
                       [done = std::move(done), result = std::move(result)] {
                           if (done)
                               done(result);
                       });
}

} // namespace fw
