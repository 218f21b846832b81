#include "PartitionDetails.h"

#include "PartitionModel.h"
#include "RunFormat.h"
#include "core/text/DisplayText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fw::PartitionDetails {

namespace {
// The context of the texts below, as lupdate sees it too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fw::PartitionDetails)
};

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}
} // namespace

QRegularExpression mentionPattern(qint64 index)
{
    return QRegularExpression(u"\\bpartition\\s+#?%1\\b"_s.arg(index),
                              QRegularExpression::CaseInsensitiveOption);
}

bool mentions(const LogEntry &entry, const QRegularExpression &pattern)
{
    return pattern.match(entry.message).hasMatch();
}

QString describe(const PartitionDetail &partition, const StageTimeline::PartitionSpan *span,
                 const QList<LogEntry> &lines)
{
    const QLocale locale;
    QStringList out;
    const QStringList tooltip = PartitionModel::tooltip(partition).split(u'\n');
    out << tooltip;
    if (span && span->startMs >= 0)
        out << Text::tr("First seen running: %1").arg(timeText(span->startMs));
    else
        out << Text::tr("First seen running: never (not running when polled)");
    if (span && span->endMs >= 0) {
        QString finished = Text::tr("Seen finished: %1").arg(timeText(span->endMs));
        if (span->startMs >= 0)
            finished += u" ("_s + RunFormat::duration(span->endMs - span->startMs) + u')';
        out << finished;
    }
    if (lines.isEmpty()) {
        out << Text::tr("No log lines name this partition.");
    } else {
        out << Text::tr("Log (%1):").arg(locale.toString(lines.size()));
        for (const LogEntry &entry : lines) {
            const QString time = entry.timestamp.isValid()
                ? locale.toString(entry.timestamp.toLocalTime(), u"HH:mm:ss.zzz"_s)
                : visibleText(entry.timestampText, 40);
            out << u"  "_s + time + u"  "_s + visibleText(entry.message, 300);
        }
    }
    return out.join(u'\n');
}

} // namespace fw::PartitionDetails
