#include "RetryAfter.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fw {

QDateTime parseHttpDate(QByteArrayView text)
{
    const QString s = QString::fromLatin1(text.trimmed()).simplified();
    const QLocale c = QLocale::c();
    // IMF-fixdate, RFC 850, asctime (day of month may be padded with a space, simplified away).
    static const QString formats[] = {
        u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s,
        u"dddd, dd-MMM-yy hh:mm:ss 'GMT'"_s,
        u"ddd MMM d hh:mm:ss yyyy"_s,
    };
    for (const QString &format : formats) {
        QDateTime dt = c.toDateTime(s, format);
        if (dt.isValid()) {
            if (dt.date().year() < 1970) // two-digit years of RFC 850
                dt = dt.addYears(100);
            dt.setTimeZone(QTimeZone::utc());
            return dt;
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
