#include "BrowserFormat.h"

#include "core/api/RunStatusText.h"

#include <QLocale>

namespace fw::browser {

QString formatTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString formatCount(qint64 value)
{
    return QLocale().toString(value);
}

QString statusWord(RunStatus status, const QString &raw)
{
    return RunStatusText::word(status, raw);
}

} // namespace fw::browser
