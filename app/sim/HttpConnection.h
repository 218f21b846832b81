#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace fw::sim {

// One HTTP/1.1 server connection the simulator answers on, by writing raw bytes and calling
// finishResponse(), possibly later (streaming) or never (a fault).
// With Qt 6.4, QtHttpServer reads the requests and answering() wraps the socket it hands over.
// From Qt 6.5 on, QtHttpServer no longer exposes the socket, so the connection reads requests
// itself (Content-Length bodies, keep-alive, pipelined requests queued) from a QTcpServer socket.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Handler = std::function<void(HttpConnection *, const HttpRequest &)>;

    // Reads requests from `socket` (which it takes over) and hands each one to `handler`.
    explicit HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent = nullptr);
    // The connection of a socket whose requests someone else reads (QtHttpServer), ready to
    // answer `request`; it lives as long as the socket.
    static HttpConnection *answering(QTcpSocket *socket, const HttpRequest &request);

    QTcpSocket *socket() const { return m_socket; }
    bool isOpen() const;
    void write(const QByteArray &bytes);
    // The current response is complete: close if asked (or the client asked), else read the next.
    void finishResponse(bool close);
    // Ends the connection now; reset = an RST instead of an orderly close.
    void abortConnection(bool reset);

    static constexpr qint64 MaxHeaderBytes = 64 * 1024;
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;

private:
    explicit HttpConnection(QTcpSocket *socket);
    void onReadyRead();
    bool parseOne();
    void failAndClose(int status, const QByteArray &message);

    QPointer<QTcpSocket> m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_closeAfter = false;
    bool m_readsRequests = false;
    bool m_dispatching = false;
};

} // namespace fw::sim
