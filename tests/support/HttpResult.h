#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QNetworkReply>

namespace fw::test {

// The outcome of one synchronous test request.
struct HttpResult
{
    int status = 0; // 0: no HTTP status (network error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QHash<QByteArray, QByteArray> headers; // lower-cased names
    QByteArray body;
    bool timedOut = false;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

} // namespace fw::test
