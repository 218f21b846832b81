#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace fw::sim {

struct PartitionState
{
    int index = 0;
    QString status;
    qint64 rows = 0;
    int progress = -1; // 0-100 while running, else -1 (absent)
};

struct RunLogLine
{
    qint64 atMs = 0; // simulated ms since the simulator's origin
    QString stage;
    QString message;
};

// A run as seen at one moment; computed by RunEvaluator, never stored.
struct RunState
{
    QString status;
    bool final = false; // completed, completed_with_errors or failed
    qint64 processedRows = 0;
    qint64 failedRows = 0;
    qint64 skippedRows = 0;
    qint64 visibleErrors = 0; // errors the errors endpoint lists now
    int completedPartitions = 0;
    QList<PartitionState> partitions;
    qint64 durationMs = 0;
    qint64 etaMs = -1; // -1: null
    std::optional<qint64> finishedAtMs; // simulated ms since the origin; empty: not finished
    QList<RunLogLine> log;
};

} // namespace fw::sim
