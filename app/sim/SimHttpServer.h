#pragma once

#include <QtGlobal>

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

#include "HttpRequest.h"

#include <QAbstractHttpServer>

#include <functional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace fw::sim {

// The simulator's HTTP server on QtHttpServer. QtHttpServer parses each request; the simulator
// answers on the request's socket itself, which QAbstractHttpServer::handleRequest hands over in
// Qt 6.4: the faults (never answer, slow drip, reset after headers) need the raw socket, and the
// error lists are streamed from a generator with back-pressure.
class SimHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpServer)

public:
    using Handler = std::function<void(QTcpSocket *, const HttpRequest &)>;

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);

    static HttpRequest toHttpRequest(const QHttpServerRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace fw::sim

#endif
