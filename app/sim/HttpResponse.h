#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace fw::sim {

// A complete (non-streamed) HTTP response.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Status line and headers, ending with the blank line. contentLength < 0: chunked.
    static QByteArray head(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                           qint64 contentLength, bool close);
    static QByteArray reasonPhrase(int status);
    QByteArray serialize(bool close) const;
};

} // namespace fw::sim
