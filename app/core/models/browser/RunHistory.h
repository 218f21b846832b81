#pragma once

#include "core/api/RunInfo.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fw {

/// How long a pipeline's runs took: the durations of its last 50 runs (from the runs list:
/// startedAt, finishedAt, status), oldest first, for the browser's history chart; and how a
/// running run's elapsed time compares with the median of the pipeline's completed runs
/// ("running 2.1× longer than usual"). Pure: built from a list of runs and a "now".
///  - a run without a start time is left out; so is a finished run without an end time, or one
///    that ended before it started;
///  - a run still pending or running counts up to `now` and is marked running;
///  - "completed runs" are those with status completed or completed_with_errors; the median
///    needs at least kMinSamples of them.
class RunHistory final
{
public:
    static constexpr int kMaxRuns = 50;
    static constexpr int kMinSamples = 3;
    /// Below this ratio the elapsed time reads as usual.
    static constexpr double kLongerFrom = 1.2;

    struct Bar
    {
        QString runId;
        RunStatus status = RunStatus::Unknown;
        QString statusText; ///< as sent
        QDateTime startedAt;
        qint64 durationMs = 0;
        bool running = false; ///< not finished yet: durationMs is up to "now"

        friend bool operator==(const Bar &, const Bar &) = default;
    };

    RunHistory() = default;
    RunHistory(const QList<RunInfo> &runs, const QDateTime &now);

    /// The last kMaxRuns runs by start time, oldest first.
    const QList<Bar> &bars() const { return m_bars; }
    bool isEmpty() const { return m_bars.isEmpty(); }
    /// The longest bar (for the chart's scale); 0 when empty.
    qint64 maxDurationMs() const;
    /// Median duration of the completed runs among bars(); nullopt with fewer than kMinSamples.
    std::optional<qint64> medianCompletedMs() const;
    int completedCount() const;

    /// elapsed ÷ median, when there is a median.
    std::optional<double> ratioToUsual(qint64 elapsedMs) const;
    /// "running 2.1× longer than usual (usually 3 min 10 s)", "usually takes 3 min 10 s", or
    /// empty without a median.
    QString comparisonText(qint64 elapsedMs) const;

private:
    QList<Bar> m_bars;
};

} // namespace fw
