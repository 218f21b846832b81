#pragma once

#include "core/api/LogEntry.h"
#include "core/api/PartitionDetail.h"
#include "core/api/RunStatus.h"

#include <QList>
#include <QString>

namespace fw {

/// What ran when in a run, as a Gantt chart draws it, built only from what the API gives: the
/// log's stage and timestamp, the partitions' status as polled, and the run's status.
///
/// - A bar per stage (in order of first appearance) from its first to its last entry; while the
///   run is not final, the stages of the latest entry stay open to "now".
/// - A span per partition from the poll that first saw it running to the poll that first saw it
///   finished (completed or failed); a partition already finished when first polled has no start.
/// - Failures: log entries that report one ("… failed: …", "error: …"), the last entries of a
///   failed run, and partitions seen failed.
///
/// Feed it incrementally: addLog() with each poll's new log entries, observePartitions() and
/// setRun() with each poll. Every call is O(new data), except observePartitions(), which is O(n)
/// over the partitions unless they are the very list of the previous poll.
class StageTimeline final
{
public:
    /// Entries kept for hover and click, newest first (the log list keeps as many): older ones
    /// fall off, while the bars keep their whole extent.
    static constexpr qint64 kMaxEntries = 20'000;

    struct Entry
    {
        qint64 atMs = 0;
        qint64 sequence = 0; ///< the entry's LogModel sequence number
        bool failure = false;
    };
    struct Stage
    {
        QString name; ///< as sent (plain text)
        qint64 firstMs = 0;
        qint64 lastMs = 0;
        QList<Entry> entries; ///< in the order received
        int failures = 0;
    };
    struct PartitionSpan
    {
        qint64 index = 0;
        qint64 startMs = -1; ///< first poll that saw it running; -1 when never seen running
        qint64 endMs = -1; ///< first poll that saw it completed or failed; -1 while not
        PartitionStatus status = PartitionStatus::Unknown; ///< latest status seen
        QString statusText; ///< latest raw status
    };

    /// Adds log entries (in log order). `firstSequence` is the first one's sequence number.
    /// Entries without a valid timestamp have no place on a timeline and are skipped.
    void addLog(const QList<LogEntry> &entries, qint64 firstSequence);
    /// One poll's partitions, seen at `pollMs` (this machine's clock). Returns whether a span
    /// changed.
    bool observePartitions(const QList<PartitionDetail> &partitions, qint64 pollMs);
    /// The run's status at the poll at `atMs` on this machine's clock, with the run's elapsed
    /// time as the server counts it (`durationMs`, -1 when unknown). Call before
    /// observePartitions() for the same poll. The log's times are the server's: when the log
    /// holds the run's first entry, "now" is that entry plus the elapsed time, and the polls'
    /// times are moved by the same offset, so a skewed clock on either side does not tear the
    /// partitions' spans from the stages' bars.
    void setRun(RunStatus status, qint64 atMs, qint64 durationMs = -1);
    void clear();

    const QList<Stage> &stages() const { return m_stages; }
    const QList<PartitionSpan> &partitions() const { return m_partitions; }
    int stageIndex(const QString &name) const;
    bool isOpen() const { return m_hasRun && !isTerminal(m_status); }
    RunStatus runStatus() const { return m_status; }
    /// The latest poll's time, 0 before any.
    qint64 nowMs() const { return m_nowMs; }
    /// The end of a stage's bar: its last entry, or "now" while open (see isStageOpen()).
    qint64 stageEndMs(int stage) const;
    /// Whether a stage's bar is open-ended: the run is not final and the stage has the latest
    /// entry of the log.
    bool isStageOpen(int stage) const;
    /// The end of a partition's span as drawn: its end, or "now" while running.
    qint64 partitionEndMs(int row) const;
    /// Earliest and latest time anything happened (including "now" while open); false if none.
    bool timeRange(qint64 *first, qint64 *last) const;
    /// How many partitions were running at `atMs` (by the polls).
    int runningAt(qint64 atMs) const;
    /// Times of failed partitions (their end).
    QList<qint64> partitionFailureTimes() const;
    /// The entries of `stage` within [fromMs, toMs].
    QList<Entry> entriesBetween(int stage, qint64 fromMs, qint64 toMs) const;

    /// A stage's colour slot in a palette of `paletteSize`: a hash of the name (FNV-1a over its
    /// UTF-16), so a stage has the same colour in every run and every session.
    static int colorIndex(const QString &stage, int paletteSize);
    /// Whether a log message reports a failure ("Partition 3 failed: …", "Error: …").
    static bool isFailureMessage(const QString &message);

private:
    void markFailure();

    QList<Stage> m_stages;
    QList<PartitionSpan> m_partitions;
    /// The last poll's list, held (implicitly shared) so that the very same list is recognised
    /// by its data pointer, which cannot be reused while held.
    QList<PartitionDetail> m_lastPartitions;
    qint64 m_latestEntryMs = 0;
    bool m_hasEntries = false;
    RunStatus m_status = RunStatus::Unknown;
    bool m_hasRun = false;
    qint64 m_nowMs = 0;
    qint64 m_firstEntryMs = -1; ///< the run's first log entry (sequence 0), -1 until seen
    qint64 m_clockOffsetMs = 0; ///< server time minus this machine's, at the latest poll
    qint64 m_nextSequence = 0; ///< one past the latest entry's sequence number
};

} // namespace fw
