#pragma once

#include "RunPlan.h"
#include "RunState.h"

namespace fw::sim {

// The pure function at the heart of the simulator: a run's state from its plan and the current
// simulated time. Nothing is stored between requests, so a run never needs a timer.
class RunEvaluator final
{
public:
    static RunState evaluate(const RunPlan &plan, qint64 nowMs, quint64 seed);
    static QString formatEta(qint64 ms);
    static QString formatDuration(qint64 ms);

private:
    static QList<RunLogLine> logUpTo(const RunPlan &plan, qint64 runningMs, quint64 seed);
};

} // namespace fw::sim
