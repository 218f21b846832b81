#include "RetryAfter.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fw {

QDateTime parseHttpDate(QByteArrayView text)
{
    QString s = QString::fromLatin1(text.trimmed()).simplified();
    // The weekday is redundant; dropping it also avoids a mismatch for two-digit years.
    const qsizetype firstSpace = s.indexOf(u' ');
    if (firstSpace < 0)
        return {};
    s = s.mid(firstSpace + 1);
    const QLocale c = QLocale::c();
    // IMF-fixdate, RFC 850, asctime (a space-padded day is simplified away).
    static const QString formats[] = {
        u"dd MMM yyyy hh:mm:ss 'GMT'"_s,
        u"dd-MMM-yy hh:mm:ss 'GMT'"_s,
        u"MMM d hh:mm:ss yyyy"_s,
    };
    for (const QString &format : formats) {
        QDateTime dt = c.toDateTime(s, format);
        if (dt.isValid()) {
            if (dt.date().year() < 1970) // two-digit years of RFC 850
                dt = dt.addYears(100);
            return QDateTime(dt.date(), dt.time(), QTimeZone::utc());
        }
    }
    return {};
}

std::optional<qint64> parseRetryAfter(const QByteArray &header, const QDateTime &now,
                                      qint64 capSeconds)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (std::all_of(value.begin(), value.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
        if (value.size() > 12) // absurdly large: treat as the cap
            return capSeconds;
        return std::min(value.toLongLong(), capSeconds);
    }
    const QDateTime when = parseHttpDate(value);
    if (!when.isValid())
        return std::nullopt;
    const qint64 seconds = now.secsTo(when);
    return std::clamp<qint64>(seconds, 0, capSeconds);
}

} // namespace fw
