#include "RawHttpServer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace fw::test {

RawHttpServer::RawHttpServer(QObject *parent)
    : QObject(parent)
    , m_default {response(200, "{}"_ba, {{"Content-Type"_ba, "application/json"_ba}}), After::Close}
{ }

RawHttpServer::~RawHttpServer() = default;

bool RawHttpServer::listen()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &RawHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 RawHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl RawHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

QByteArray RawHttpServer::response(int status, const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = "HTTP/1.1 "_ba + QByteArray::number(status) + " Status\r\n"_ba;
    for (const auto &h : headers)
        out += h.first + ": "_ba + h.second + "\r\n"_ba;
    out += "Content-Length: "_ba + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n"_ba + body;
    return out;
}

void RawHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        socket->setProperty("buffer", QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void RawHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        qint64 length = 0;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        for (const QByteArray &line : lines)
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + length)
            break;
        const QByteArray raw = buffer.left(end + 4 + length);
        buffer.remove(0, raw.size());
        m_requests.append(raw);
        Q_EMIT requestReceived(raw);
        const Reply reply = m_queue.isEmpty() ? m_default : m_queue.takeFirst();
        if (!reply.bytes.isEmpty())
            socket->write(reply.bytes);
        socket->flush();
        if (reply.after == After::Close) {
            socket->disconnectFromHost();
            break;
        }
        if (reply.after == After::Reset) {
#ifdef Q_OS_UNIX
            const linger lingerOption {1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lingerOption,
                         sizeof(lingerOption));
#endif
            auto *timer = new QTimer(socket);
            timer->setSingleShot(true);
            connect(timer, &QTimer::timeout, socket, &QTcpSocket::abort);
            timer->start(20);
            break;
        }
    }
    socket->setProperty("buffer", buffer);
}

} // namespace fw::test
