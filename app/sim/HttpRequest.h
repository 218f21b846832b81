#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace fw::sim {

// One parsed HTTP/1.1 request. Header names are lower-cased; query values are form-decoded
// (a literal '+' is a space, as web servers do), so clients must percent-encode '+' in cursors.
struct HttpRequest
{
    QByteArray method;
    QString path; // percent-decoded, without the query
    QByteArray target;
    QList<QPair<QString, QString>> query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    bool hasQuery(const QString &key) const
    {
        for (const auto &item : query)
            if (item.first == key)
                return true;
        return false;
    }
    // Splits a raw query string; '+' reads as a space, as web servers do.
    static QList<QPair<QString, QString>> parseQuery(const QByteArray &rawQuery)
    {
        auto decode = [](QByteArray part) {
            part.replace('+', ' ');
            return QUrl::fromPercentEncoding(part);
        };
        QList<QPair<QString, QString>> items;
        for (const QByteArray &part : rawQuery.split('&')) {
            if (part.isEmpty())
                continue;
            const qsizetype eq = part.indexOf('=');
            items.append({decode(part.left(eq)), eq < 0 ? QString() : decode(part.mid(eq + 1))});
        }
        return items;
    }
    QString queryValue(const QString &key) const
    {
        for (const auto &item : query)
            if (item.first == key)
                return item.second;
        return {};
    }
};

} // namespace fw::sim
