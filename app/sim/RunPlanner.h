#pragma once

#include "RunPlan.h"

namespace fw::sim {

// Builds run plans: splits rows into partitions and schedules them over the running time.
class RunPlanner final
{
public:
    // Fills plan.partitions for `count` partitions from plan.totalRows, plan.resumeFromRow,
    // plan.parallelism and plan.durationMs. Up to 32 partitions run in waves of `parallelism`;
    // more are scattered (deterministically from seed) and `failing` of them fail.
    static void schedule(RunPlan &plan, int count, quint64 seed, int failing = 0);
    // Rows processed after `runningMs` of running time, ignoring failures and freezing.
    static qint64 processedAt(const RunPlan &plan, qint64 runningMs);
    // Smallest running time at which at least `rows` rows are processed.
    static qint64 runningTimeForRows(const RunPlan &plan, qint64 rows);
    // Makes the plan fail once `rows` rows are processed (its errors lie within those rows).
    static void failAtRows(RunPlan &plan, qint64 rows, const QString &reason);
};

} // namespace fw::sim
