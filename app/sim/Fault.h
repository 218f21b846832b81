#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace fw::sim {

// A scripted misbehaviour for client tests. The first fault whose method and path match a request
// (path without query, QRegularExpression, unanchored) is applied instead of the normal answer.
// Note: QNetworkAccessManager silently resends an idempotent request (GET) up to twice when a
// connection ends before the response is complete (ResetAfterHeaders, TruncatedBody); give such
// faults times = -1 (or >= 3) when the client must see the failure.
struct Fault
{
    enum class Kind {
        Status, // answer `status` with `headers` and `body` (e.g. 429, 503 HTML, 200 garbage)
        NeverAnswer, // read the request, never reply, keep the socket open
        SlowDrip, // send headers, then one byte of `body` every `dripIntervalMs`
        ResetAfterHeaders, // send headers with a Content-Length, then reset the connection
        TruncatedBody, // Content-Length larger than what is sent, then close
        Redirect, // `status` (3xx, default 302) with Location: `location`
        DropAfterProcessing, // process the request for real, then close without answering
        Flood, // `body`, then `fill` repeated up to `floodBytes` in all, as fast as the client
               // reads; no Content-Length (the body ends when the connection closes) unless
               // `declaredLength` >= 0
    };

    QString method; // empty: any method
    QString pathRegex; // empty: any path
    int times = 1; // how many requests it applies to; -1 forever
    Kind kind = Kind::Status;
    int status = 500; // Status: the code; Redirect: 3xx; drip/reset/truncated: their status line
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (e.g. Retry-After)
    QByteArray body;
    int dripIntervalMs = 1000;
    QByteArray location; // Redirect target
    qint64 declaredLength
        = -1; // TruncatedBody/ResetAfterHeaders/Flood: Content-Length sent (default: more/none)
    QByteArray fill; // Flood: repeated after `body`
    qint64 floodBytes = 0; // Flood: bytes of body in all

    static Fault withStatus(const QString &method, const QString &pathRegex, int code,
                            const QByteArray &body = {},
                            const QList<QPair<QByteArray, QByteArray>> &headers = {}, int times = 1)
    {
        Fault f;
        f.method = method;
        f.pathRegex = pathRegex;
        f.kind = Kind::Status;
        f.status = code;
        f.body = body;
        f.headers = headers;
        f.times = times;
        return f;
    }
    static Fault of(Kind kind, const QString &method, const QString &pathRegex, int times = 1)
    {
        Fault f;
        f.kind = kind;
        f.method = method;
        f.pathRegex = pathRegex;
        f.times = times;
        f.status = kind == Kind::Redirect ? 302 : kind == Kind::Status ? 500 : 200;
        return f;
    }
    static Fault redirect(const QString &method, const QString &pathRegex,
                          const QByteArray &location, int code = 302, int times = 1)
    {
        Fault f = of(Kind::Redirect, method, pathRegex, times);
        f.status = code;
        f.location = location;
        return f;
    }
};

} // namespace fw::sim
