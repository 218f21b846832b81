#include "RunSummary.h"

#include "ThroughputSeries.h"
#include "core/text/DisplayText.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fw {

RunSummary::RunSummary(QObject *parent)
    : QObject(parent)
{ }

namespace {
QString wallClock(const QDateTime &at, qint64 seconds)
{
    const QDateTime when = at.addSecs(seconds).toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(when.time(), QLocale::ShortFormat);
    if (when.date() == at.toLocalTime().date())
        return time;
    return locale.toString(when.date(), QLocale::ShortFormat) + u' ' + time;
}
} // namespace

std::optional<qint64> RunSummary::parseEta(const QString &eta, bool *coarse)
{
    static const QRegularExpression part(uR"(^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QString rest = eta;
    if (rest.trimmed().isEmpty())
        return std::nullopt;
    double seconds = 0.0;
    bool big = false;
    while (!rest.trimmed().isEmpty()) {
        const QRegularExpressionMatch m = part.match(rest);
        if (!m.hasMatch() || m.capturedLength() == 0)
            return std::nullopt;
        const double value = m.captured(1).toDouble();
        const QString unit = m.captured(2).toLower();
        double scale = 0.0;
        if (unit.isEmpty() || unit == u"s" || unit.startsWith(u"sec"))
            scale = 1.0;
        else if (unit == u"m" || unit.startsWith(u"min"))
            scale = 60.0;
        else if (unit == u"h" || unit.startsWith(u"hour") || unit == u"hr" || unit == u"hrs")
            scale = 3600.0;
        else if (unit == u"d" || unit.startsWith(u"day"))
            scale = 86400.0;
        else
            return std::nullopt;
        big = big || scale >= 3600.0;
        seconds += value * scale;
        rest = rest.mid(m.capturedLength());
    }
    if (!std::isfinite(seconds) || seconds > 365.0 * 86400.0)
        return std::nullopt;
    if (coarse)
        *coarse = big;
    return qint64(std::llround(seconds));
}

void RunSummary::update(const RunProgress &progress, const ThroughputSeries *throughput,
                        const QDateTime &at)
{
    const bool statusMoved = !m_hasData || progress.status != m_progress.status
        || progress.statusText != m_progress.statusText;
    m_progress.status = progress.status;
    m_progress.statusText = progress.statusText;
    m_progress.totalRows = progress.totalRows;
    m_progress.processedRows = progress.processedRows;
    m_progress.rowsIn = progress.rowsIn;
    m_progress.rowsOut = progress.rowsOut;
    m_progress.failedRows = progress.failedRows;
    m_progress.skippedRows = progress.skippedRows;
    m_progress.partitions = progress.partitions;
    m_progress.completedPartitions = progress.completedPartitions;
    m_progress.eta = progress.eta;
    m_progress.durationMs = progress.durationMs;
    m_progress.loadStrategy = progress.loadStrategy;
    m_hasData = true;

    const QDateTime now = at.isValid() ? at
        : m_lastPollAt.isValid()       ? m_lastPollAt
                                       : QDateTime::currentDateTimeUtc();
    // How long it has been queued: since the server's first log line if there is one, else
    // since Flowwatch first saw it pending (a lower bound).
    const QDateTime pollAt = now;
    if (progress.status == RunStatus::Pending) {
        if (!m_queuedSince.isValid() || m_queuedSinceIsObserved) {
            QDateTime first;
            for (const LogEntry &entry : progress.log) {
                if (entry.timestamp.isValid() && (!first.isValid() || entry.timestamp < first))
                    first = entry.timestamp;
            }
            if (first.isValid()) {
                m_queuedSince = first;
                m_queuedSinceIsObserved = false;
            } else if (!m_queuedSince.isValid()) {
                m_queuedSince = pollAt;
                m_queuedSinceIsObserved = true;
            }
        }
    }

    m_etaEstimated = false;
    m_etaToolTip.clear();
    bool coarse = false;
    const qint64 server
        = progress.eta.isEmpty() ? -1 : parseEta(progress.eta, &coarse).value_or(-1);
    const qint64 estimate = throughput
        ? throughput->estimateSeconds(progress.totalRows - progress.processedRows).value_or(-1)
        : -1;
    const QString serverText = visibleText(progress.eta, 40);
    if (isTerminal(progress.status)) {
        m_etaText = u"—"_s;
    } else if (progress.status == RunStatus::Unknown) {
        // "paused" and other statuses Flowwatch does not know: the run is not moving, so any ETA
        // (the server's or an estimate) would be a guess about when someone resumes it.
        m_etaText = tr("none — not moving");
    } else if (estimate >= 0 && (progress.eta.isEmpty() || coarse || server < 0)) {
        m_etaText = tr("≈ %1 · about %2 (Flowwatch's estimate)")
                        .arg(RunFormat::duration(estimate * 1000), wallClock(now, estimate));
        m_etaEstimated = true;
        m_etaToolTip = progress.eta.isEmpty()
            ? tr("The server sent no ETA; Flowwatch estimated it from the recent rate of "
                 "processed rows.")
            : tr("The server's ETA (%1) is coarse; Flowwatch estimated this from the recent "
                 "rate of processed rows.")
                  .arg(serverText);
    } else if (server >= 0) {
        m_etaText = tr("%1 · about %2").arg(serverText, wallClock(now, server));
        m_etaToolTip = tr("The server's ETA, and the time it implies.");
    } else if (!progress.eta.isEmpty()) {
        m_etaText = serverText;
        m_etaToolTip = tr("The server's ETA, as sent.");
    } else {
        m_etaText = u"—"_s;
    }
    Q_EMIT changed();
    if (statusMoved)
        Q_EMIT statusChanged(progress.status);
}

void RunSummary::setPollTime(const QDateTime &at)
{
    m_lastPollAt = at;
}

void RunSummary::setCreatedAt(const QDateTime &createdAt)
{
    if (!createdAt.isValid())
        return;
    m_queuedSince = createdAt;
    m_queuedSinceIsObserved = false;
    Q_EMIT changed();
}

QString RunSummary::totalText() const
{
    return RunFormat::count(m_progress.totalRows);
}

QString RunSummary::processedText() const
{
    return RunFormat::count(m_progress.processedRows);
}

QString RunSummary::rowsInText() const
{
    return RunFormat::optionalCount(m_progress.rowsIn);
}

QString RunSummary::rowsOutText() const
{
    return RunFormat::optionalCount(m_progress.rowsOut);
}

QString RunSummary::failedText() const
{
    return RunFormat::count(m_progress.failedRows);
}

QString RunSummary::skippedText() const
{
    return RunFormat::count(m_progress.skippedRows);
}

QString RunSummary::progressText() const
{
    return RunFormat::progressText(m_progress.processedRows, m_progress.totalRows);
}

RunFormat::Fraction RunSummary::overall() const
{
    return RunFormat::fraction(m_progress.processedRows, m_progress.totalRows);
}

QString RunSummary::partitionsText() const
{
    const RunFormat::Fraction f
        = RunFormat::fraction(m_progress.completedPartitions, m_progress.partitions);
    return tr("%1 of %2")
               .arg(RunFormat::count(m_progress.completedPartitions),
                    RunFormat::count(m_progress.partitions))
        + (f.outOfRange ? u" ⚠"_s : QString());
}

QString RunSummary::elapsedText() const
{
    if (m_progress.status == RunStatus::Pending && m_progress.durationMs <= 0) {
        if (!m_queuedSince.isValid() || !m_lastPollAt.isValid())
            return tr("Queued");
        const qint64 ms = std::max<qint64>(0, m_queuedSince.msecsTo(m_lastPollAt));
        return m_queuedSinceIsObserved ? tr("Queued ≥ %1").arg(RunFormat::duration(ms))
                                       : tr("Queued %1").arg(RunFormat::duration(ms));
    }
    return RunFormat::duration(m_progress.durationMs);
}

QString RunSummary::loadStrategyText() const
{
    return m_progress.loadStrategy.isEmpty() ? u"—"_s : visibleText(m_progress.loadStrategy, 40);
}

QString RunSummary::anomalies() const
{
    QStringList notes;
    const RunFormat::Fraction rows = overall();
    if (rows.outOfRange)
        notes << tr("Rows: %1 (processed %2, total %3)")
                     .arg(rows.reason, processedText(), totalText());
    const RunFormat::Fraction parts
        = RunFormat::fraction(m_progress.completedPartitions, m_progress.partitions);
    if (parts.outOfRange)
        notes << tr("Partitions: %1").arg(parts.reason);
    if (m_progress.failedRows < 0 || m_progress.skippedRows < 0)
        notes << tr("Negative failed or skipped count reported");
    if (m_progress.durationMs < 0)
        notes << tr("Negative elapsed time reported");
    return notes.join(u'\n');
}

} // namespace fw
