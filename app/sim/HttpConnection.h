#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace fw::sim {

// One HTTP/1.1 server connection: parses requests (Content-Length bodies, keep-alive, pipelined
// requests are queued) and hands each one to the handler. The handler answers by writing raw
// bytes and calling finishResponse(), possibly later (streaming) or never (a fault).
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Handler = std::function<void(HttpConnection *, const HttpRequest &)>;

    explicit HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent = nullptr);

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
    void onReadyRead();
    bool parseOne();
    void failAndClose(int status, const QByteArray &message);

    QPointer<QTcpSocket> m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_closeAfter = false;
    bool m_dispatching = false;
};

} // namespace fw::sim
