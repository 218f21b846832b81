#include "RunPlanner.h"

#include "Hash.h"

#include <QSet>

#include <algorithm>

namespace fw::sim {

void RunPlanner::schedule(RunPlan &plan, int count, quint64 seed, int failing)
{
    count = std::max(1, count);
    plan.partitions.clear();
    plan.partitions.reserve(count);
    qint64 cumulative = 0;
    QList<int> work;
    for (int i = 0; i < count; ++i) {
        PartitionPlan p;
        p.rows = plan.totalRows / count + (i < plan.totalRows % count ? 1 : 0);
        p.baseRows = std::clamp(plan.resumeFromRow - cumulative, qint64(0), p.rows);
        cumulative += p.rows;
        if (p.baseRows < p.rows)
            work.append(i);
        plan.partitions.append(p);
    }
    const qint64 d = std::max<qint64>(plan.durationMs, 1);
    if (count <= 32) {
        const int width = std::max(1, plan.parallelism);
        const qint64 waves = std::max<qint64>(1, (work.size() + width - 1) / width);
        const qint64 waveMs = d / waves;
        for (qsizetype j = 0; j < work.size(); ++j) {
            PartitionPlan &p = plan.partitions[work.at(j)];
            const qint64 wave = j / width;
            p.startMs = wave * waveMs;
            p.endMs = wave == waves - 1 ? d : p.startMs + waveMs;
        }
        return;
    }
    const quint64 runHash = Hash::combine(seed, Hash::of(plan.id));
    for (const int i : std::as_const(work)) {
        PartitionPlan &p = plan.partitions[i];
        const quint64 h1 = Hash::combine(runHash, quint64(i) * 2 + 1);
        const quint64 h2 = Hash::combine(runHash, quint64(i) * 2 + 2);
        p.startMs = qint64(h1 % quint64(std::max<qint64>(1, d * 85 / 100)));
        p.endMs = std::min(
            d, p.startMs + d * 3 / 100 + qint64(h2 % quint64(std::max<qint64>(1, d * 12 / 100))));
        p.endMs = std::max(p.endMs, p.startMs + 1);
    }
    QSet<int> chosen;
    for (quint64 n = 0; chosen.size() < std::min<qsizetype>(failing, work.size()); ++n)
        chosen.insert(
            work.at(qsizetype(Hash::combine(runHash ^ 0xFA11ULL, n) % quint64(work.size()))));
    for (const int i : std::as_const(chosen))
        plan.partitions[i].fails = true;
}

qint64 RunPlanner::processedAt(const RunPlan &plan, qint64 runningMs)
{
    qint64 total = 0;
    for (const PartitionPlan &p : plan.partitions) {
        if (p.baseRows >= p.rows || runningMs >= p.endMs)
            total += p.rows;
        else if (runningMs <= p.startMs)
            total += p.baseRows;
        else
            total += p.baseRows
                + (p.rows - p.baseRows) * (runningMs - p.startMs) / (p.endMs - p.startMs);
    }
    return total;
}

qint64 RunPlanner::runningTimeForRows(const RunPlan &plan, qint64 rows)
{
    qint64 lo = 0;
    qint64 hi = plan.durationMs;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (processedAt(plan, mid) >= rows)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

void RunPlanner::failAtRows(RunPlan &plan, qint64 rows, const QString &reason)
{
    plan.failAtMs = runningTimeForRows(plan, rows);
    plan.finalStatus = QStringLiteral("failed");
    plan.failureReason = reason;
    plan.errorRowSpan = std::max<qint64>(1, processedAt(plan, plan.failAtMs));
}

} // namespace fw::sim
