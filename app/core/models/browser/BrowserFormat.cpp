#include "BrowserFormat.h"

#include "core/text/DisplayText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

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
    switch (status) {
    case RunStatus::Pending:
        return u"Pending"_s;
    case RunStatus::Running:
        return u"Running"_s;
    case RunStatus::Completed:
        return u"Completed"_s;
    case RunStatus::Failed:
        return u"Failed"_s;
    case RunStatus::CompletedWithErrors:
        return u"Completed with errors"_s;
    case RunStatus::Unknown:
        break;
    }
    return u"Unknown (%1)"_s.arg(unknownStatusLabel(raw));
}

} // namespace fw::browser
