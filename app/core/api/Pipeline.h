#pragma once

#include "RunStatus.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace fw {

/// An item of GET /pipelines.
struct Pipeline
{
    QString id;
    QString name;
    QString description;
    QString status; ///< draft, active, or as sent
    QString schedule; ///< cron string; empty when null
    QString connectorName;
    QString connectorType;
    QString schemaName;
    QDateTime lastRunAt; ///< invalid when null
    std::optional<RunStatus> lastRunStatus; ///< nullopt when null
    QString lastRunStatusText;
    QString lastRunId; ///< not documented; filled when the server sends it
    QDateTime updatedAt;

    friend bool operator==(const Pipeline &, const Pipeline &) = default;
};

} // namespace fw
