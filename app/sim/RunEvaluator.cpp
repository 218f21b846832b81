#include "RunEvaluator.h"

#include "ErrorGenerator.h"
#include "RunPlanner.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fw::sim {

namespace {

const QString Completed = u"completed"_s;
const QString Failed = u"failed"_s;
const QString Running = u"running"_s;
const QString Pending = u"pending"_s;

} // namespace

QString RunEvaluator::formatEta(qint64 ms)
{
    const qint64 seconds = (std::max<qint64>(0, ms) + 999) / 1000;
    if (seconds < 60)
        return QString::number(seconds) + u's';
    if (seconds < 3600)
        return QString::number((seconds + 59) / 60) + u'm';
    return QString::number(double(seconds) / 3600.0, 'f', 1) + u'h';
}

QString RunEvaluator::formatDuration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return QString::number(seconds) + u's';
    return QString::number(seconds / 60) + u"m "_s + QString::number(seconds % 60) + u's';
}

RunState RunEvaluator::evaluate(const RunPlan &plan, qint64 nowMs, quint64 seed)
{
    RunState state;
    const qint64 runningMs = nowMs - plan.createdAtMs - plan.pendingMs;
    qint64 at = runningMs; // running time the state is evaluated at
    bool failed = false;
    bool frozen = false;
    if (runningMs < 0) {
        state.status = Pending;
        at = 0;
    } else if (plan.failAtMs >= 0 && runningMs >= plan.failAtMs
               && (plan.frozenAtMs < 0 || plan.failAtMs <= plan.frozenAtMs)) {
        failed = true;
        at = plan.failAtMs;
        state.status = Failed;
    } else if (plan.frozenAtMs >= 0 && runningMs >= plan.frozenAtMs) {
        frozen = true;
        at = plan.frozenAtMs;
        state.status = plan.frozenStatus.isEmpty() ? Running : plan.frozenStatus;
    } else if (runningMs >= plan.durationMs) {
        at = plan.durationMs;
        state.status = plan.finalStatus;
    } else {
        state.status = Running;
    }
    state.final = state.status == Completed || state.status == Failed
        || state.status == u"completed_with_errors"_s;

    const bool pending = runningMs < 0;
    for (qsizetype i = 0; i < plan.partitions.size(); ++i) {
        const PartitionPlan &p = plan.partitions.at(i);
        PartitionState ps;
        ps.index = int(i);
        if (p.baseRows >= p.rows) {
            ps.status = Completed;
            ps.rows = p.rows;
        } else if (pending || at < p.startMs || (at == p.startMs && (failed || frozen))) {
            ps.status = Pending;
            ps.rows = p.baseRows;
        } else if (at >= p.endMs) {
            ps.status = p.fails ? Failed : Completed;
            ps.rows = p.fails ? p.baseRows + (p.rows - p.baseRows) * 3 / 5 : p.rows;
        } else {
            ps.rows = p.baseRows + (p.rows - p.baseRows) * (at - p.startMs) / (p.endMs - p.startMs);
            if (failed) {
                ps.status = Failed;
            } else if (frozen && state.status != Running) {
                ps.status = state.status;
            } else {
                ps.status = Running;
                ps.progress
                    = int(std::clamp<qint64>(ps.rows * 100 / std::max<qint64>(1, p.rows), 0, 100));
            }
        }
        if (ps.status == Completed)
            ++state.completedPartitions;
        state.processedRows += ps.rows;
        state.partitions.append(ps);
    }

    const ErrorGenerator errors(seed, plan.id, plan.errorCount, plan.errorRowSpan);
    if (state.final && !failed)
        state.visibleErrors = plan.errorCount;
    else
        state.visibleErrors = errors.countUpToRow(state.processedRows);
    state.failedRows = state.visibleErrors;
    state.skippedRows = (state.processedRows - plan.resumeFromRow) / 10000;
    state.durationMs = pending ? 0 : at;
    if (state.status == Running && !frozen)
        state.etaMs = plan.durationMs - at;
    if (state.final)
        state.finishedAtMs = plan.createdAtMs + plan.pendingMs + at;
    state.log = logUpTo(plan, runningMs, seed);
    return state;
}

QList<RunLogLine> RunEvaluator::logUpTo(const RunPlan &plan, qint64 runningMs, quint64 seed)
{
    QList<RunLogLine> all;
    const qint64 origin = plan.createdAtMs + plan.pendingMs; // running time 0, absolute
    const auto add = [&](qint64 runningAt, const QString &stage, const QString &message) {
        all.append({origin + runningAt, stage, message});
    };
    if (!plan.retryLogMessage.isEmpty())
        all.append({plan.createdAtMs, u"retry"_s, plan.retryLogMessage});
    const qint64 d = plan.durationMs;
    if (plan.resumeFromRow > 0)
        add(0, u"extract"_s,
            u"Resuming at row %1: reading %2 remaining rows from source"_s.arg(plan.resumeFromRow)
                .arg(plan.totalRows - plan.resumeFromRow));
    else
        add(0, u"extract"_s, u"Read %1 rows from source"_s.arg(plan.totalRows));
    add(std::min<qint64>(1000, d / 10), u"transform"_s, plan.transformSummary);

    const qsizetype count = plan.partitions.size();
    if (count <= 32) {
        for (qsizetype i = 0; i < count; ++i) {
            const PartitionPlan &p = plan.partitions.at(i);
            if (p.baseRows >= p.rows)
                continue;
            add(p.startMs, u"partition"_s,
                u"Partition %1 started (%2 rows)"_s.arg(i).arg(p.rows - p.baseRows));
            if (p.fails)
                add(p.endMs, u"partition"_s,
                    u"Partition %1 failed: rows rejected by the target's schema check"_s.arg(i));
            else
                add(p.endMs, u"partition"_s,
                    u"Partition %1 completed (%2 rows)"_s.arg(i).arg(p.rows));
        }
    } else {
        QList<qint64> ends;
        for (qsizetype i = 0; i < count; ++i) {
            const PartitionPlan &p = plan.partitions.at(i);
            ends.append(p.baseRows >= p.rows ? 0 : p.endMs);
            if (p.fails && p.baseRows < p.rows)
                add(p.endMs, u"partition"_s,
                    u"Partition %1 failed: %2 rows rejected by the target's schema check"_s.arg(i)
                        .arg((p.rows - p.baseRows) * 2 / 5));
        }
        std::sort(ends.begin(), ends.end());
        for (int tenth = 1; tenth <= 10; ++tenth) {
            const qsizetype k = (count * tenth + 9) / 10;
            add(ends.at(k - 1), u"partition"_s,
                u"%1 of %2 partitions finished"_s.arg(k).arg(count));
        }
    }
    const ErrorGenerator errors(seed, plan.id, plan.errorCount, plan.errorRowSpan);
    add(d / 2, u"validate"_s,
        u"Validation checkpoint: %1 rows failed so far"_s.arg(
            errors.countUpToRow(RunPlanner::processedAt(plan, d / 2))));
    if (plan.failAtMs >= 0) {
        add(plan.failAtMs, u"load"_s, plan.failureReason);
        add(plan.failAtMs, u"load"_s,
            u"Run failed after %1 rows"_s.arg(RunPlanner::processedAt(plan, plan.failAtMs)));
    }
    if (plan.frozenAtMs >= 0 && !plan.frozenStatus.isEmpty() && plan.frozenStatus != u"running"_s)
        add(plan.frozenAtMs, u"load"_s, u"Run %1 by an operator"_s.arg(plan.frozenStatus));
    add(d, u"validate"_s, u"Validation finished: %1 rows failed"_s.arg(plan.errorCount));
    add(d, u"load"_s, u"Loaded rows into target (%1)"_s.arg(plan.loadStrategy));
    add(d, u"load"_s,
        plan.errorCount > 0 ? u"Run completed with %1 row errors in %2"_s.arg(plan.errorCount)
                                  .arg(formatDuration(d))
                            : u"Run completed in %1"_s.arg(formatDuration(d)));

    // Keep what has happened by now; a failed or frozen run stops at that moment.
    qint64 limit = runningMs;
    if (plan.failAtMs >= 0)
        limit = std::min(limit, plan.failAtMs);
    if (plan.frozenAtMs >= 0)
        limit = std::min(limit, plan.frozenAtMs);
    QList<RunLogLine> out;
    for (const RunLogLine &line : std::as_const(all)) {
        // The retry entry exists from creation; the others once running time reaches them, except
        // those at the failure instant other than the failure itself.
        const bool retryEntry = line.stage == u"retry"_s;
        const bool cut
            = plan.failAtMs >= 0 && line.atMs - origin == plan.failAtMs && line.stage != u"load"_s;
        if (retryEntry || (runningMs >= 0 && line.atMs - origin <= limit && !cut))
            out.append(line);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RunLogLine &a, const RunLogLine &b) { return a.atMs < b.atMs; });
    return out;
}

} // namespace fw::sim
