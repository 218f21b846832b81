#pragma once

#include "core/api/RunStatus.h"

#include <QDateTime>
#include <QString>

#include <chrono>

namespace fw {

/// When a running run is "stalled": its processed-row count has not moved for a threshold
/// (default 10 min, set per connection). Pure: it is fed each observation with the time it was
/// made, and asked about a given time, so tests drive it with plain timestamps.
///  - only a run whose status is running can stall; any other status clears the stall;
///  - the stall is measured from the first observation of the current processed count;
///  - observe() reports the moment a stall begins (once per stall) and ends.
class StallRule final
{
public:
    using ms = std::chrono::milliseconds;
    static constexpr std::chrono::minutes kDefaultThreshold {10};
    static constexpr std::chrono::minutes kMinThreshold {1};
    static constexpr std::chrono::minutes kMaxThreshold {24 * 60};

    enum class Change { None, Began, Ended };

    explicit StallRule(ms threshold = kDefaultThreshold);

    /// Any positive duration (tests and `flowwatch watch --stall-after` use seconds).
    void setThreshold(ms threshold);
    ms threshold() const { return m_threshold; }

    /// Records what a poll saw at `at`; says whether a stall began or ended with it.
    Change observe(RunStatus status, qint64 processedRows, const QDateTime &at);
    /// Forgets everything (a different run, or a retry).
    void reset();

    /// Whether, at `now`, the run counts as stalled.
    bool isStalled(const QDateTime &now) const;
    /// How long the processed count has not moved at `now` (0 when not running or unknown).
    ms unchangedFor(const QDateTime &now) const;
    /// "stalled for 12 min" when stalled at `now`, else empty.
    QString text(const QDateTime &now) const;

    /// "stalled for 45 s", "stalled for 12 min", "stalled for 2 h 05 min".
    static QString describe(ms stalledFor);

private:
    ms m_threshold;
    bool m_running = false;
    bool m_hasCount = false;
    qint64 m_processed = 0;
    QDateTime m_movedAt; ///< first observation of the current count
    bool m_reported = false; ///< the current stall was reported by observe()
};

} // namespace fw
