#include "StageTimeline.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fw {

namespace {
bool isFinished(PartitionStatus status)
{
    return status == PartitionStatus::Completed || status == PartitionStatus::Failed;
}
} // namespace

int StageTimeline::stageIndex(const QString &name) const
{
    for (int i = 0; i < m_stages.size(); ++i) {
        if (m_stages.at(i).name == name)
            return i;
    }
    return -1;
}

void StageTimeline::addLog(const QList<LogEntry> &entries, qint64 firstSequence)
{
    qint64 sequence = firstSequence;
    for (const LogEntry &entry : entries) {
        const qint64 seq = sequence++;
        if (!entry.timestamp.isValid())
            continue;
        const qint64 at = entry.timestamp.toMSecsSinceEpoch();
        if (seq == 0)
            m_firstEntryMs = at;
        int stage = stageIndex(entry.stage);
        if (stage < 0) {
            stage = int(m_stages.size());
            m_stages.append({entry.stage, at, at, {}, 0});
        }
        Stage &s = m_stages[stage];
        const bool failure = isFailureMessage(entry.message);
        s.entries.append({at, seq, failure});
        s.firstMs = std::min(s.firstMs, at);
        s.lastMs = std::max(s.lastMs, at);
        s.failures += failure ? 1 : 0;
        m_latestEntryMs = m_hasEntries ? std::max(m_latestEntryMs, at) : at;
        m_hasEntries = true;
    }
    m_nextSequence = std::max(m_nextSequence, sequence);
    const qint64 cutoff = m_nextSequence - kMaxEntries;
    for (Stage &stage : m_stages) {
        qsizetype drop = 0;
        while (drop < stage.entries.size() && stage.entries.at(drop).sequence < cutoff)
            ++drop;
        if (drop > 0)
            stage.entries.remove(0, drop);
    }
    if (m_hasRun && m_status == RunStatus::Failed)
        markFailure(); // the entries at the failure are failures
}

bool StageTimeline::observePartitions(const QList<PartitionDetail> &partitions, qint64 pollMs)
{
    const qint64 atMs = pollMs + m_clockOffsetMs; // on the server's clock
    if (!partitions.isEmpty() && partitions.constData() == m_lastPartitions.constData()
        && partitions.size() == m_lastPartitions.size())
        return false; // the very list of the last poll
    m_lastPartitions = partitions;
    bool changed = false;
    if (m_partitions.size() > partitions.size()) {
        m_partitions.resize(partitions.size());
        changed = true;
    }
    for (qsizetype row = 0; row < partitions.size(); ++row) {
        const PartitionDetail &p = partitions.at(row);
        if (row == m_partitions.size()) {
            m_partitions.append({p.index, -1, -1, PartitionStatus::Unknown, {}});
            changed = true;
        }
        PartitionSpan &span = m_partitions[row];
        if (span.status == p.status && span.statusText == p.statusText && span.index == p.index)
            continue;
        changed = true;
        span.index = p.index;
        span.status = p.status;
        span.statusText = p.statusText;
        if (p.status == PartitionStatus::Running && span.startMs < 0) {
            span.startMs = atMs;
            span.endMs = -1;
        } else if (isFinished(p.status) && span.endMs < 0) {
            span.endMs = atMs;
        }
    }
    return changed;
}

void StageTimeline::setRun(RunStatus status, qint64 atMs, qint64 durationMs)
{
    m_status = status;
    m_hasRun = true;
    if (durationMs >= 0 && m_firstEntryMs >= 0)
        m_clockOffsetMs = m_firstEntryMs + durationMs - atMs;
    m_nowMs = atMs + m_clockOffsetMs;
    if (status == RunStatus::Failed)
        markFailure();
}

void StageTimeline::markFailure()
{
    if (!m_hasEntries)
        return;
    // The entries at the moment the run failed say why.
    for (Stage &stage : m_stages) {
        for (Entry &entry : stage.entries) {
            if (entry.atMs == m_latestEntryMs && !entry.failure) {
                entry.failure = true;
                ++stage.failures;
            }
        }
    }
}

void StageTimeline::clear()
{
    *this = StageTimeline();
}

bool StageTimeline::isStageOpen(int stage) const
{
    return isOpen() && stage >= 0 && stage < m_stages.size()
        && m_stages.at(stage).lastMs == m_latestEntryMs && m_nowMs > m_latestEntryMs;
}

qint64 StageTimeline::stageEndMs(int stage) const
{
    return isStageOpen(stage) ? m_nowMs : m_stages.at(stage).lastMs;
}

qint64 StageTimeline::partitionEndMs(int row) const
{
    const PartitionSpan &span = m_partitions.at(row);
    if (span.endMs >= 0)
        return span.endMs;
    if (span.startMs >= 0 && span.status == PartitionStatus::Running)
        return std::max(span.startMs, m_nowMs);
    return span.startMs;
}

bool StageTimeline::timeRange(qint64 *first, qint64 *last) const
{
    bool any = false;
    qint64 lo = 0;
    qint64 hi = 0;
    auto take = [&](qint64 t) {
        lo = any ? std::min(lo, t) : t;
        hi = any ? std::max(hi, t) : t;
        any = true;
    };
    for (const Stage &s : m_stages) {
        take(s.firstMs);
        take(s.lastMs);
    }
    for (const PartitionSpan &span : m_partitions) {
        if (span.startMs >= 0)
            take(span.startMs);
        if (span.endMs >= 0)
            take(span.endMs);
    }
    if (any && isOpen() && m_nowMs > 0)
        take(m_nowMs);
    if (first)
        *first = lo;
    if (last)
        *last = hi;
    return any;
}

int StageTimeline::runningAt(qint64 atMs) const
{
    int n = 0;
    for (int row = 0; row < m_partitions.size(); ++row) {
        const PartitionSpan &span = m_partitions.at(row);
        if (span.startMs >= 0 && span.startMs <= atMs && atMs <= partitionEndMs(row))
            ++n;
    }
    return n;
}

QList<qint64> StageTimeline::partitionFailureTimes() const
{
    QList<qint64> times;
    for (const PartitionSpan &span : m_partitions) {
        if (span.status == PartitionStatus::Failed && span.endMs >= 0)
            times.append(span.endMs);
    }
    std::sort(times.begin(), times.end());
    return times;
}

QList<StageTimeline::Entry> StageTimeline::entriesBetween(int stage, qint64 fromMs,
                                                          qint64 toMs) const
{
    QList<Entry> found;
    if (stage < 0 || stage >= m_stages.size())
        return found;
    for (const Entry &entry : m_stages.at(stage).entries) {
        if (entry.atMs >= fromMs && entry.atMs <= toMs)
            found.append(entry);
    }
    return found;
}

int StageTimeline::colorIndex(const QString &stage, int paletteSize)
{
    if (paletteSize <= 0)
        return 0;
    quint32 hash = 2166136261u;
    for (const QChar c : stage) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return int(hash % quint32(paletteSize));
}

bool StageTimeline::isFailureMessage(const QString &message)
{
    static const QRegularExpression failure(uR"(\b(failed|failure|error|exception|fatal)\s*:)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return failure.match(message).hasMatch();
}

} // namespace fw
