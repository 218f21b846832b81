#pragma once

#include <QString>
#include <QStringView>

namespace fw {

/// Status of a pipeline run as the API reports it. Unknown keeps the raw text next to it
/// (see RunProgress::statusText), so "paused" is shown as "Unknown (paused)".
enum class RunStatus { Pending, Running, Completed, Failed, CompletedWithErrors, Unknown };

/// Status of one partition of a run.
enum class PartitionStatus { Pending, Running, Completed, Failed, Unknown };

// The keys, words, symbols and severities are in one table: RunStatusText.
RunStatus runStatusFromString(QStringView text);
QString runStatusKey(RunStatus status);
bool isTerminal(RunStatus status);
/// "Worst first" order: failed 5, completed with errors 4, unknown 3, running 2, pending 1,
/// completed 0.
int statusSeverity(RunStatus status);

PartitionStatus partitionStatusFromString(QStringView text);
QString partitionStatusKey(PartitionStatus status);

} // namespace fw
