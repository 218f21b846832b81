#include "RunStatus.h"

#include "RunStatusText.h"

namespace fw {

RunStatus runStatusFromString(QStringView text)
{
    return RunStatusText::fromKey(text);
}

QString runStatusKey(RunStatus status)
{
    return RunStatusText::key(status);
}

bool isTerminal(RunStatus status)
{
    return status == RunStatus::Completed || status == RunStatus::Failed
        || status == RunStatus::CompletedWithErrors;
}

int statusSeverity(RunStatus status)
{
    return RunStatusText::severity(status);
}

PartitionStatus partitionStatusFromString(QStringView text)
{
    // A partition is never "completed with errors": that word is a run's only.
    switch (RunStatusText::fromKey(text)) {
    case RunStatus::Pending:
        return PartitionStatus::Pending;
    case RunStatus::Running:
        return PartitionStatus::Running;
    case RunStatus::Completed:
        return PartitionStatus::Completed;
    case RunStatus::Failed:
        return PartitionStatus::Failed;
    case RunStatus::CompletedWithErrors:
    case RunStatus::Unknown:
        break;
    }
    return PartitionStatus::Unknown;
}

QString partitionStatusKey(PartitionStatus status)
{
    return RunStatusText::key(RunStatusText::asRun(status));
}

} // namespace fw
