#pragma once

#include "LogEntry.h"
#include "PartitionDetail.h"
#include "RunStatus.h"
#include "ValidationError.h"

#include <QList>
#include <QString>

#include <optional>

namespace fw {

/// The answer of GET /pipelines/{id}/runs/{runId}/progress. Counters are kept exactly as sent
/// (a negative count stays negative) so that views can flag odd values instead of hiding them.
struct RunProgress
{
    RunStatus status = RunStatus::Unknown;
    QString statusText; ///< raw status as sent ("paused" for an unknown one)
    qint64 totalRows = 0;
    qint64 processedRows = 0;
    std::optional<qint64> rowsIn; ///< null until the run is done
    std::optional<qint64> rowsOut; ///< null until the run is done
    qint64 failedRows = 0;
    qint64 skippedRows = 0;
    qint64 partitions = 0;
    qint64 completedPartitions = 0;
    QList<PartitionDetail> partitionDetails;
    QList<ValidationError> validationErrors; ///< the first 20 only
    QString eta; ///< the server's string ("3m", "1.2h"); empty when null
    qint64 durationMs = 0;
    QString loadStrategy; ///< append, upsert, replace, or any other mode as sent
    QList<LogEntry> log;

    friend bool operator==(const RunProgress &, const RunProgress &) = default;
};

} // namespace fw
