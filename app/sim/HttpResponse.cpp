#include "HttpResponse.h"

using namespace Qt::StringLiterals;

namespace fw::sim {

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 204:
        return "No Content"_ba;
    case 301:
        return "Moved Permanently"_ba;
    case 302:
        return "Found"_ba;
    case 303:
        return "See Other"_ba;
    case 307:
        return "Temporary Redirect"_ba;
    case 308:
        return "Permanent Redirect"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 411:
        return "Length Required"_ba;
    case 413:
        return "Payload Too Large"_ba;
    case 422:
        return "Unprocessable Entity"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 431:
        return "Request Header Fields Too Large"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 504:
        return "Gateway Timeout"_ba;
    default:
        return "Status"_ba;
    }
}

QByteArray HttpResponse::head(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                              qint64 contentLength, bool close)
{
    QByteArray out = "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nServer: flowwatch-sim\r\n"_ba;
    for (const auto &h : headers)
        out += h.first + ": "_ba + h.second + "\r\n"_ba;
    if (contentLength >= 0)
        out += "Content-Length: "_ba + QByteArray::number(contentLength) + "\r\n"_ba;
    else
        out += "Transfer-Encoding: chunked\r\n"_ba;
    out += close ? "Connection: close\r\n\r\n"_ba : "Connection: keep-alive\r\n\r\n"_ba;
    return out;
}

QByteArray HttpResponse::serialize(bool close) const
{
    return head(status, headers, body.size(), close) + body;
}

} // namespace fw::sim
