#include "SimHttpServer.h"

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QTcpSocket>
#include <QUrl>

namespace fw::sim {

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

HttpRequest SimHttpServer::toHttpRequest(const QHttpServerRequest &request)
{
    HttpRequest result;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    result.method = QByteArray(methods.valueToKey(int(request.method()))).toUpper();
    const QUrl url = request.url();
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    result.target = url.path(QUrl::FullyEncoded).toLatin1();
    if (!query.isEmpty())
        result.target += '?' + query;
    result.path = url.path(QUrl::FullyDecoded);
    result.query = HttpRequest::parseQuery(query);
    const auto headers = request.headers();
    for (const auto &[name, value] : headers) {
        const QByteArray key = name.toLower();
        result.headers.insert(
            key, result.headers.contains(key) ? result.headers.value(key) + ", " + value : value);
    }
    result.body = request.body();
    result.keepAlive = !result.header("connection").toLower().contains("close");
    return result;
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(socket, toHttpRequest(request));
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Unreachable: handleRequest() takes every request and routes it itself.
    Q_UNUSED(request)
    Q_UNUSED(socket)
}

} // namespace fw::sim

#endif
