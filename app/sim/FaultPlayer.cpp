#include "FaultPlayer.h"

#include "HttpConnection.h"
#include "HttpResponse.h"

#include <QPointer>
#include <QTimer>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace fw::sim {

namespace {

QList<QPair<QByteArray, QByteArray>> withContentType(const Fault &fault, const QByteArray &body)
{
    QList<QPair<QByteArray, QByteArray>> headers = fault.headers;
    for (const auto &h : headers)
        if (h.first.compare("Content-Type"_ba, Qt::CaseInsensitive) == 0)
            return headers;
    const QByteArray trimmed = body.trimmed();
    headers.prepend({"Content-Type"_ba,
                     trimmed.startsWith('<') ? "text/html; charset=utf-8"_ba
                                             : "application/json; charset=utf-8"_ba});
    return headers;
}

// Closes the connection once what has been written so far has left the socket.
void closeWhenFlushed(HttpConnection *connection, bool reset)
{
    QPointer<HttpConnection> guard(connection);
    QTcpSocket *socket = connection->socket();
    socket->flush();
    QTimer::singleShot(socket->bytesToWrite() > 0 ? 50 : 10, connection, [guard, reset] {
        if (guard)
            guard->abortConnection(reset);
    });
}

// Writes the flood in slices while the client keeps reading, so a 100 MB body never sits in the
// simulator's memory; closes once all of it has gone (or when the client hangs up).
void flood(HttpConnection *connection, const Fault &fault)
{
    QByteArray head = "HTTP/1.1 "_ba + QByteArray::number(fault.status) + ' '
        + HttpResponse::reasonPhrase(fault.status) + "\r\nServer: flowwatch-sim\r\n"_ba;
    for (const auto &h : withContentType(fault, fault.body))
        head += h.first + ": "_ba + h.second + "\r\n"_ba;
    if (fault.declaredLength >= 0)
        head += "Content-Length: "_ba + QByteArray::number(fault.declaredLength) + "\r\n"_ba;
    head += "Connection: close\r\n\r\n"_ba;
    connection->write(head);

    const QByteArray fill = fault.fill.isEmpty() ? QByteArray(1, ' ') : fault.fill;
    QByteArray slice;
    while (slice.size() < 256 * 1024)
        slice += fill;
    struct State
    {
        QByteArray prefix;
        QByteArray slice;
        qint64 left = 0;
        bool closing = false;
    };
    auto state = std::make_shared<State>(State {fault.body, slice, fault.floodBytes, false});
    QPointer<HttpConnection> guard(connection);
    QTcpSocket *socket = connection->socket();
    auto pump = [guard, state] {
        if (!guard || !guard->isOpen())
            return;
        QTcpSocket *s = guard->socket();
        while (state->left > 0 && s->bytesToWrite() < 1024 * 1024) {
            QByteArray out
                = state->prefix.isEmpty() ? state->slice : std::exchange(state->prefix, {});
            if (out.size() > state->left)
                out.truncate(state->left);
            state->left -= out.size();
            guard->write(out);
        }
        if (state->left <= 0 && s->bytesToWrite() == 0 && !state->closing) {
            state->closing = true;
            closeWhenFlushed(guard, false);
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, connection, pump);
    pump();
}

} // namespace

void FaultPlayer::play(HttpConnection *connection, const Fault &fault,
                       const std::function<void()> &process)
{
    switch (fault.kind) {
    case Fault::Kind::Status: {
        HttpResponse response;
        response.status = fault.status;
        response.headers = withContentType(fault, fault.body);
        response.body = fault.body;
        connection->write(response.serialize(false));
        connection->finishResponse(false);
        return;
    }
    case Fault::Kind::Redirect: {
        HttpResponse response;
        response.status = fault.status;
        response.headers = fault.headers;
        response.headers.append({"Location"_ba, fault.location});
        connection->write(response.serialize(false));
        connection->finishResponse(false);
        return;
    }
    case Fault::Kind::NeverAnswer:
        return; // the connection stays busy and open until the client gives up
    case Fault::Kind::SlowDrip: {
        const QByteArray body = fault.body.isEmpty()
            ? R"({"status":"running","totalRows":50000,"processedRows":1})"_ba
            : fault.body;
        connection->write(
            HttpResponse::head(fault.status, withContentType(fault, body), body.size(), false));
        auto *timer = new QTimer(connection);
        auto sent = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, connection, [connection, timer, body, sent] {
            if (!connection->isOpen()) {
                timer->stop();
                return;
            }
            connection->write(body.mid(*sent, 1));
            if (++*sent >= body.size()) {
                timer->deleteLater();
                connection->finishResponse(false);
            }
        });
        timer->start(std::max(1, fault.dripIntervalMs));
        return;
    }
    case Fault::Kind::ResetAfterHeaders:
    case Fault::Kind::TruncatedBody: {
        const QByteArray body = fault.body.isEmpty()
            ? R"({"status":"running","totalRows":50000,"processedRows":)"_ba
            : fault.body;
        const qint64 declared
            = fault.declaredLength >= 0 ? fault.declaredLength : body.size() + 1000;
        connection->write(
            HttpResponse::head(fault.status, withContentType(fault, body), declared, false));
        const bool reset = fault.kind == Fault::Kind::ResetAfterHeaders;
        if (!reset)
            connection->write(body);
        closeWhenFlushed(connection, reset);
        return;
    }
    case Fault::Kind::DropAfterProcessing:
        process();
        connection->abortConnection(false);
        return;
    case Fault::Kind::Flood:
        flood(connection, fault);
        return;
    }
}

} // namespace fw::sim
