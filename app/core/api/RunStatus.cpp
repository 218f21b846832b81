#include "RunStatus.h"

using namespace Qt::StringLiterals;

namespace fw {

RunStatus runStatusFromString(QStringView text)
{
    // The API speaks lower-case snake case; anything else ("RUNNING", "paused", "") is unknown.
    if (text == u"pending")
        return RunStatus::Pending;
    if (text == u"running")
        return RunStatus::Running;
    if (text == u"completed")
        return RunStatus::Completed;
    if (text == u"failed")
        return RunStatus::Failed;
    if (text == u"completed_with_errors")
        return RunStatus::CompletedWithErrors;
    return RunStatus::Unknown;
}

QString runStatusKey(RunStatus status)
{
    switch (status) {
    case RunStatus::Pending:
        return u"pending"_s;
    case RunStatus::Running:
        return u"running"_s;
    case RunStatus::Completed:
        return u"completed"_s;
    case RunStatus::Failed:
        return u"failed"_s;
    case RunStatus::CompletedWithErrors:
        return u"completed_with_errors"_s;
    case RunStatus::Unknown:
        break;
    }
    return u"unknown"_s;
}

bool isTerminal(RunStatus status)
{
    return status == RunStatus::Completed || status == RunStatus::Failed
        || status == RunStatus::CompletedWithErrors;
}

int statusSeverity(RunStatus status)
{
    switch (status) {
    case RunStatus::Failed:
        return 5;
    case RunStatus::CompletedWithErrors:
        return 4;
    case RunStatus::Unknown:
        return 3;
    case RunStatus::Running:
        return 2;
    case RunStatus::Pending:
        return 1;
    case RunStatus::Completed:
        break;
    }
    return 0;
}

PartitionStatus partitionStatusFromString(QStringView text)
{
    if (text == u"pending")
        return PartitionStatus::Pending;
    if (text == u"running")
        return PartitionStatus::Running;
    if (text == u"completed")
        return PartitionStatus::Completed;
    if (text == u"failed")
        return PartitionStatus::Failed;
    return PartitionStatus::Unknown;
}

QString partitionStatusKey(PartitionStatus status)
{
    switch (status) {
    case PartitionStatus::Pending:
        return u"pending"_s;
    case PartitionStatus::Running:
        return u"running"_s;
    case PartitionStatus::Completed:
        return u"completed"_s;
    case PartitionStatus::Failed:
        return u"failed"_s;
    case PartitionStatus::Unknown:
        break;
    }
    return u"unknown"_s;
}

} // namespace fw
