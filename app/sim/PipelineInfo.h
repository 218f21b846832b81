#pragma once

#include <QJsonArray>
#include <QString>

namespace fw::sim {

// A pipeline definition of the demo world; its last-run fields are computed from its runs.
struct PipelineInfo
{
    QString id;
    QString name;
    QString description;
    QString status; // draft | active
    QString schedule; // empty: null
    QString connectorId;
    QString connectorName;
    QString connectorType;
    QString schemaId;
    QString schemaName;
    QString schemaDisplayName;
    int batchSize = 5000;
    int parallelism = 4;
    QJsonArray nodes;
    QJsonArray edges;
    QString createdAt;
    QString updatedAt;
};

} // namespace fw::sim
