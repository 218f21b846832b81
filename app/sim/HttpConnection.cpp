#include "HttpConnection.h"

#include "HttpResponse.h"

#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace fw::sim {

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_readsRequests(true)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

HttpConnection::HttpConnection(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{ }

HttpConnection *HttpConnection::answering(QTcpSocket *socket, const HttpRequest &request)
{
    auto *connection = socket->findChild<HttpConnection *>(QString(), Qt::FindDirectChildrenOnly);
    if (!connection)
        connection = new HttpConnection(socket);
    connection->m_busy = true;
    connection->m_closeAfter = !request.keepAlive;
    return connection;
}

bool HttpConnection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::write(const QByteArray &bytes)
{
    if (isOpen())
        m_socket->write(bytes);
}

void HttpConnection::finishResponse(bool close)
{
    m_busy = false;
    if (!m_socket)
        return;
    if (close || m_closeAfter) {
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_readsRequests)
        return; // QtHttpServer reads the next request on this socket
    // A pipelined request that arrived meanwhile: the dispatch loop picks it up, or, when the
    // response finished later (streaming), handle it now.
    if (!m_dispatching && (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0))
        onReadyRead();
}

void HttpConnection::abortConnection(bool reset)
{
    if (!m_socket)
        return;
#ifdef Q_OS_UNIX
    if (reset && m_socket->socketDescriptor() >= 0) {
        // SO_LINGER with a zero timeout makes close() send an RST instead of a FIN.
        const linger lingerOption {1, 0};
        ::setsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER,
                     &lingerOption, sizeof(lingerOption));
    }
#else
    Q_UNUSED(reset)
#endif
    m_socket->abort();
    deleteLater();
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    m_dispatching = true;
    while (!m_busy && m_socket && parseOne()) { }
    m_dispatching = false;
}

void HttpConnection::failAndClose(int status, const QByteArray &message)
{
    HttpResponse response;
    response.status = status;
    response.headers = {{"Content-Type"_ba, "text/plain; charset=utf-8"_ba}};
    response.body = message;
    write(response.serialize(true));
    m_buffer.clear();
    m_busy = true;
    m_socket->disconnectFromHost();
}

// Parses one complete request from the buffer and dispatches it; false if more bytes are needed.
bool HttpConnection::parseOne()
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > MaxHeaderBytes)
            failAndClose(431, "Request headers too large"_ba);
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        failAndClose(400, "Malformed request line"_ba);
        return false;
    }
    HttpRequest request;
    request.method = requestLine.at(0).toUpper();
    request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.insert(
            name,
            request.headers.contains(name) ? request.headers.value(name) + ", "_ba + value : value);
    }
    if (request.headers.contains("transfer-encoding"_ba)) {
        failAndClose(411, "Chunked request bodies are not supported"_ba);
        return false;
    }
    bool lengthOk = true;
    const qint64 length = request.headers.contains("content-length"_ba)
        ? request.header("content-length"_ba).toLongLong(&lengthOk)
        : 0;
    if (!lengthOk || length < 0 || length > MaxBodyBytes) {
        failAndClose(413, "Bad or too large Content-Length"_ba);
        return false;
    }
    if (m_buffer.size() < headerEnd + 4 + length)
        return false;
    request.body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.remove(0, headerEnd + 4 + length);

    const QByteArray connection = request.header("connection"_ba).toLower();
    request.keepAlive = requestLine.at(2) == "HTTP/1.1" ? !connection.contains("close")
                                                        : connection.contains("keep-alive");
    m_closeAfter = !request.keepAlive;

    const qsizetype question = request.target.indexOf('?');
    request.path
        = QUrl::fromPercentEncoding(question < 0 ? request.target : request.target.left(question));
    if (question >= 0)
        request.query = HttpRequest::parseQuery(request.target.mid(question + 1));
    m_busy = true;
    m_handler(this, request);
    return true;
}

} // namespace fw::sim
