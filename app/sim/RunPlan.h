#pragma once

#include "RetryAnswer.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fw::sim {

// One partition's schedule inside a run, in running-time milliseconds.
struct PartitionPlan
{
    qint64 baseRows = 0; // already processed before this run (resumed retries)
    qint64 rows = 0; // rows this partition holds in total
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool fails = false; // ends "failed" at endMs with 60 % of its remaining rows
};

// Everything needed to compute a run's state at any moment: the state is a pure function of
// (plan, simulated time), computed on request.
struct RunPlan
{
    QString id;
    QString pipelineId;
    QString loadStrategy;
    QJsonObject metadata;
    qint64 createdAtMs = 0; // simulated ms since the simulator's origin (negative: before start)
    qint64 pendingMs = 0;
    qint64 durationMs = 60'000; // running time until the final status
    qint64 failAtMs = -1; // running time at which the run fails; -1 never
    qint64 frozenAtMs = -1; // running time at which the run stops evolving; -1 never
    QString frozenStatus; // status shown once frozen (e.g. "paused")
    QString finalStatus; // completed | completed_with_errors | failed
    QString failureReason;
    qint64 totalRows = 0;
    qint64 resumeFromRow = 0;
    qint64 errorCount = 0; // errors when the run is final
    qint64 errorRowSpan = 0; // errors' row numbers lie in [1, errorRowSpan]
    int parallelism = 1;
    QList<PartitionPlan> partitions;
    QString transformSummary;
    QString retryLogMessage; // first log entry of a retry run
    std::optional<RetryAnswer> retryAnswer; // how a retry of this run is answered
};

} // namespace fw::sim
