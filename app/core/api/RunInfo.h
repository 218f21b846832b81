#pragma once

#include "LogEntry.h"
#include "RunStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fw {

/// A run as the runs list and the retry endpoint describe it.
struct RunInfo
{
    QString id;
    QString pipelineId;
    RunStatus status = RunStatus::Unknown;
    QString statusText;
    QString loadStrategy;
    QString retryOf; ///< metadata.retryOf: the run this one retries
    std::optional<qint64> resumeFromRow; ///< metadata.resumeFromRow
    std::optional<bool> resumable; ///< metadata.resumable
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<LogEntry> log;

    friend bool operator==(const RunInfo &, const RunInfo &) = default;
};

} // namespace fw
