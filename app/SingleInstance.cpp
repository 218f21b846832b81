#include "SingleInstance.h"

#include <QDataStream>
#include <QDir>
#include <QEventLoop>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace fw::app {

namespace {

constexpr quint32 kMagic = 0x46'57'53'31; // "FWS1"
constexpr char kAck = 'k';
constexpr quint32 kMaxArguments = 256;
constexpr qint64 kMaxMessageBytes = 256 * 1024;
constexpr int kServerReadTimeoutMs = 10'000;

QString userId()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    QString user = qEnvironmentVariable("USERNAME");
    user.removeIf([](QChar c) { return !c.isLetterOrNumber() && c != u'_' && c != u'-'; });
    return user.isEmpty() ? u"user"_s : user;
#endif
}

QString lockPath(const QString &serverName)
{
    if (QDir::isAbsolutePath(serverName))
        return serverName + u".lock"_s;
    return QDir::temp().filePath(serverName + u".lock"_s);
}

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent)
    , m_name(std::move(serverName))
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName(const QString &appId)
{
    const QString name = appId + u'-' + userId();
#ifdef Q_OS_UNIX
    // The runtime directory belongs to the user alone (0700): nobody else can put a socket there
    // to receive this user's links or keep Flowwatch from listening.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return QDir(runtime).filePath(name);
#endif
    return name;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

SingleInstance::Outcome SingleInstance::handOffOrListen(const QStringList &arguments, int timeoutMs)
{
    m_error.clear();
    // Two launches at the same moment: the second waits until the first listens, then hands off.
    QLockFile lock(lockPath(m_name));
    lock.setStaleLockTime(std::chrono::milliseconds(timeoutMs) * 2);
    const bool locked = lock.tryLock(timeoutMs);
    Q_UNUSED(locked) // without the lock, go on: at worst two windows open

    switch (deliver(arguments, timeoutMs)) {
    case Delivery::Delivered:
        return Outcome::HandedOff;
    case Delivery::NoAnswer:
        return Outcome::Alone;
    case Delivery::NobodyListening:
        break;
    }
    return listen() ? Outcome::Primary : Outcome::Alone;
}

SingleInstance::Delivery SingleInstance::deliver(const QStringList &arguments, int timeoutMs)
{
    QByteArray message;
    {
        QDataStream out(&message, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << kMagic << quint32(arguments.size());
        for (const QString &argument : arguments)
            out << argument;
    }

    QLocalSocket socket;
    QEventLoop loop;
    bool acknowledged = false;
    connect(&socket, &QLocalSocket::connected, &loop, [&] { socket.write(message); });
    connect(&socket, &QLocalSocket::readyRead, &loop, [&] {
        acknowledged = socket.read(1) == QByteArray(1, kAck);
        loop.quit();
    });
    connect(&socket, &QLocalSocket::errorOccurred, &loop, [&] { loop.quit(); });
    connect(&socket, &QLocalSocket::disconnected, &loop, [&] { loop.quit(); });
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, [&] { loop.quit(); });

    socket.connectToServer(m_name); // may connect (and write) or fail before it returns
    if (socket.state() != QLocalSocket::UnconnectedState) {
        timer.start(timeoutMs);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (acknowledged)
        return Delivery::Delivered;

    const QLocalSocket::LocalSocketError error = socket.error();
    const QString errorText = socket.errorString();
    socket.abort();
    if (error == QLocalSocket::ServerNotFoundError || error == QLocalSocket::ConnectionRefusedError)
        return Delivery::NobodyListening; // no socket, or one a crashed instance left behind
    m_error = error == QLocalSocket::UnknownSocketError
        ? tr("the running Flowwatch did not answer in time")
        : tr("cannot reach the running Flowwatch: %1").arg(errorText);
    return Delivery::NoAnswer;
}

bool SingleInstance::listen()
{
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    bool listening = server->listen(m_name);
    if (!listening && server->serverError() == QAbstractSocket::AddressInUseError) {
        // Nothing answered on it (deliver() said so): the socket of an instance that crashed.
        QLocalServer::removeServer(m_name);
        listening = server->listen(m_name);
    }
    if (!listening) {
        m_error
            = tr("cannot listen for later launches on %1: %2").arg(m_name, server->errorString());
        delete server;
        return false;
    }
    delete m_server;
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A launcher that never finishes its message does not keep the connection forever.
        QTimer::singleShot(kServerReadTimeoutMs, socket, [socket] { socket->abort(); });
        if (socket->bytesAvailable() > 0)
            readMessage(socket);
    }
}

void SingleInstance::readMessage(QLocalSocket *socket)
{
    QDataStream in(socket);
    in.setVersion(QDataStream::Qt_6_4);
    in.startTransaction();
    quint32 magic = 0;
    quint32 count = 0;
    in >> magic >> count;
    if (in.status() == QDataStream::Ok && (magic != kMagic || count > kMaxArguments)) {
        in.abortTransaction();
        socket->abort(); // not a Flowwatch launcher
        return;
    }
    QStringList arguments;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString argument;
        in >> argument;
        arguments.append(argument);
    }
    if (!in.commitTransaction()) {
        if (in.status() != QDataStream::ReadPastEnd || socket->bytesAvailable() > kMaxMessageBytes)
            socket->abort();
        return; // the rest has not arrived yet
    }
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    Q_EMIT messageReceived(arguments);
    socket->write(QByteArray(1, kAck));
    socket->flush();
    socket->disconnectFromServer();
}

} // namespace fw::app
