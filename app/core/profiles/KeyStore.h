#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace fw {

/// The answer of a KeyStore operation.
struct KeyResult
{
    enum class Status {
        Ok,
        NotFound, ///< nothing stored for this profile
        Unavailable, ///< no secure storage on this system (no keychain backend)
        Failed, ///< access denied or another error; `message` says what
    };
    Status status = Status::Ok;
    QString key; ///< for reads
    QString message; ///< for the user, when not Ok
    bool sessionOnly = false; ///< the key is held in memory for this session only

    bool ok() const { return status == Status::Ok; }
};

/// Where API keys live, per profile name. Asynchronous: `done` is called once, later, on the
/// thread of the store, unless `context` is destroyed first.
class KeyStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStore)

public:
    using Callback = std::function<void(const KeyResult &)>;

    ~KeyStore() override;

    virtual void readKey(const QString &profile, QObject *context, Callback done) = 0;
    virtual void writeKey(const QString &profile, const QString &key, QObject *context,
                          Callback done)
        = 0;
    virtual void deleteKey(const QString &profile, QObject *context, Callback done) = 0;
    /// True for OS-backed storage that survives a restart; false for memory.
    virtual bool isPersistent() const = 0;

    /// The user-facing message for a missing keychain.
    static QString noSecureStorageMessage();

protected:
    explicit KeyStore(QObject *parent = nullptr);
};

} // namespace fw
