#include "RunHistory.h"

#include "core/models/run/RunFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace fw {

namespace {
bool isCompleted(RunStatus status)
{
    return status == RunStatus::Completed || status == RunStatus::CompletedWithErrors;
}
} // namespace

RunHistory::RunHistory(const QList<RunInfo> &runs, const QDateTime &now)
{
    QList<Bar> bars;
    bars.reserve(runs.size());
    for (const RunInfo &run : runs) {
        if (!run.startedAt.isValid())
            continue;
        Bar bar;
        bar.runId = run.id;
        bar.status = run.status;
        bar.statusText = run.statusText;
        bar.startedAt = run.startedAt;
        bar.running = !isTerminal(run.status);
        const QDateTime end = bar.running ? now : run.finishedAt;
        if (!end.isValid())
            continue;
        const qint64 ms = run.startedAt.msecsTo(end);
        if (ms < 0 && !bar.running)
            continue;
        bar.durationMs = std::max<qint64>(0, ms);
        bars.append(bar);
    }
    std::stable_sort(bars.begin(), bars.end(),
                     [](const Bar &a, const Bar &b) { return a.startedAt < b.startedAt; });
    if (bars.size() > kMaxRuns)
        bars.remove(0, bars.size() - kMaxRuns);
    m_bars = std::move(bars);
}

qint64 RunHistory::maxDurationMs() const
{
    qint64 longest = 0;
    for (const Bar &bar : m_bars)
        longest = std::max(longest, bar.durationMs);
    return longest;
}

int RunHistory::completedCount() const
{
    return int(std::count_if(m_bars.cbegin(), m_bars.cend(),
                             [](const Bar &bar) { return isCompleted(bar.status); }));
}

std::optional<qint64> RunHistory::medianCompletedMs() const
{
    QList<qint64> durations;
    for (const Bar &bar : m_bars)
        if (isCompleted(bar.status))
            durations.append(bar.durationMs);
    if (durations.size() < kMinSamples)
        return std::nullopt;
    std::sort(durations.begin(), durations.end());
    const qsizetype mid = durations.size() / 2;
    if (durations.size() % 2 == 1)
        return durations.at(mid);
    return (durations.at(mid - 1) + durations.at(mid)) / 2;
}

std::optional<double> RunHistory::ratioToUsual(qint64 elapsedMs) const
{
    const std::optional<qint64> median = medianCompletedMs();
    if (!median || *median <= 0 || elapsedMs < 0)
        return std::nullopt;
    return double(elapsedMs) / double(*median);
}

QString RunHistory::comparisonText(qint64 elapsedMs) const
{
    const std::optional<double> ratio = ratioToUsual(elapsedMs);
    if (!ratio)
        return {};
    const QString usual = RunFormat::duration(*medianCompletedMs());
    if (*ratio >= kLongerFrom)
        return QCoreApplication::translate("fw::RunHistory",
                                           "running %1× longer than usual (usually %2)")
            .arg(QLocale().toString(*ratio, 'f', 1), usual);
    return QCoreApplication::translate("fw::RunHistory", "usually takes %1").arg(usual);
}

} // namespace fw
