#include "KeychainKeyStore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace fw {

namespace {

KeyResult resultOf(const QKeychain::Job &job)
{
    KeyResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.status = KeyResult::Status::NotFound;
        result.message = QCoreApplication::translate(
            "fw::KeychainKeyStore", "No API key is stored for this connection: enter it again.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Minimal desktops and CI: no Secret Service on the bus. The same answer for all three.
        result.status = KeyResult::Status::Unavailable;
        result.message = KeyStore::noSecureStorageMessage();
        return result;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = KeyResult::Status::Failed;
        result.message = QCoreApplication::translate(
            "fw::KeychainKeyStore",
            "The keychain refused access to the API key: unlock the keychain and "
            "try again.");
        return result;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    result.status = KeyResult::Status::Failed;
    result.message = QCoreApplication::translate(
                         "fw::KeychainKeyStore",
                         "The keychain reported a problem (%1): try again, or use a session-only "
                         "key.")
                         .arg(job.errorString());
    return result;
}

template<typename JobType>
JobType *prepare(const QString &service, const QString &profile, KeyStore *owner, QObject *context,
                 KeyStore::Callback done)
{
    auto *job = new JobType(service, owner);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(KeychainKeyStore::entryName(profile));
    QObject::connect(
        job, &QKeychain::Job::finished, context ? context : owner,
        [done = std::move(done)](QKeychain::Job *finished) {
            KeyResult result = resultOf(*finished);
            if constexpr (std::is_same_v<JobType, QKeychain::ReadPasswordJob>) {
                if (result.ok())
                    result.key = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            }
            if (done)
                done(result);
        });
    return job;
}

} // namespace

KeychainKeyStore::KeychainKeyStore(QString service, QObject *parent)
    : KeyStore(parent)
    , m_service(service.isEmpty() ? QStringLiteral(FLOWWATCH_APP_ID) : std::move(service))
{ }

KeychainKeyStore::~KeychainKeyStore() = default;

QString KeychainKeyStore::entryName(const QString &profile)
{
    return u"profile:"_s + profile;
}

void KeychainKeyStore::readKey(const QString &profile, QObject *context, Callback done)
{
    prepare<QKeychain::ReadPasswordJob>(m_service, profile, this, context, std::move(done))
        ->start();
}

void KeychainKeyStore::writeKey(const QString &profile, const QString &key, QObject *context,
                                Callback done)
{
    auto *job
        = prepare<QKeychain::WritePasswordJob>(m_service, profile, this, context, std::move(done));
    job->setTextData(key);
    job->start();
}

void KeychainKeyStore::deleteKey(const QString &profile, QObject *context, Callback done)
{
    prepare<QKeychain::DeletePasswordJob>(m_service, profile, this, context, std::move(done))
        ->start();
}

} // namespace fw
