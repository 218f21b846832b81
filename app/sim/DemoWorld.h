#pragma once

#include "RunPlan.h"
#include "RunSpec.h"
#include "SimulatorOptions.h"

namespace fw::sim {

class World;

// The fixed demo world (tenant "demo"): 30 pipelines and the runs other code and the README rely
// on by id (run_001, run_002, run_101, run_102, run_201, run_301, run_302, run_401, run_501).
class DemoWorld final
{
public:
    static void populate(World &world, const SimulatorOptions &options);
    static RunPlan fromSpec(const RunSpec &spec, const QString &id, qint64 nowMs, quint64 seed);

private:
    static RunPlan make(const QString &id, const QString &pipelineId, const QString &strategy,
                        qint64 createdAtMs, qint64 pendingMs, qint64 durationMs, qint64 rows,
                        int partitions, int parallelism, const QString &finalStatus, qint64 errors,
                        quint64 seed, int failingPartitions = 0);
    static void addPipelines(World &world);
};

} // namespace fw::sim
