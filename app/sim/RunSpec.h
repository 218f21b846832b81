#pragma once

#include "RetryAnswer.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace fw::sim {

// A custom run added by a test with Simulator::addRun(). Times are simulated milliseconds.
//  - fixed failed run:        finalStatus "failed", failAtProcessedRows = N, finished = true
//  - fixed partial run:       finalStatus "completed_with_errors", errorCount > 0, finished = true
//  - fixed running run:       freezeAtProcessedRows = N (stays "running" or `statusOverride`)
//  - live run:                defaults; evolves pending -> running -> finalStatus over durationMs
struct RunSpec
{
    QString pipelineId = QStringLiteral("pipe_001");
    QString id; // empty: run_8001, run_8002, ...
    QString loadStrategy = QStringLiteral("upsert"); // append | upsert | replace | anything
    qint64 totalRows = 10'000;
    int partitions = 4;
    int parallelism = 2;
    qint64 startInMs = 0; // simulated ms from now until the run is created; negative: in the past
    qint64 pendingMs = 0; // pending time before it starts running
    qint64 durationMs = 60'000; // running time until it finishes
    QString finalStatus = QStringLiteral("completed"); // completed | completed_with_errors | failed
    qint64 errorCount = 0;
    qint64 failAtProcessedRows = -1; // failed runs: rows processed when it fails (default: half)
    qint64 freezeAtProcessedRows = -1; // >= 0: stays frozen there with `statusOverride`
    QString statusOverride; // status shown while frozen (default "running")
    bool finished = false; // place the run in the past so that it is already final
    std::optional<RetryAnswer> retry; // how a retry of this run is answered (else the simulator's)
};

} // namespace fw::sim
