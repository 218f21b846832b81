#include "NotificationRule.h"

using namespace Qt::StringLiterals;

namespace fw {

NotificationRule::Kind NotificationRule::decide(NotificationPolicy policy, RunStatus status)
{
    if (policy == NotificationPolicy::None)
        return Kind::None;
    switch (status) {
    case RunStatus::Failed:
        return Kind::Failure;
    case RunStatus::CompletedWithErrors:
        return Kind::Warning;
    case RunStatus::Completed:
        return policy == NotificationPolicy::All ? Kind::Success : Kind::None;
    case RunStatus::Pending:
    case RunStatus::Running:
    case RunStatus::Unknown:
        break;
    }
    return Kind::None;
}

QString NotificationRule::title(RunStatus status, const QString &runId)
{
    switch (status) {
    case RunStatus::Failed:
        return tr("%1 failed").arg(runId);
    case RunStatus::CompletedWithErrors:
        return tr("%1 completed with errors").arg(runId);
    case RunStatus::Completed:
        return tr("%1 completed").arg(runId);
    case RunStatus::Pending:
    case RunStatus::Running:
    case RunStatus::Unknown:
        break;
    }
    return tr("%1 changed status").arg(runId);
}

QString NotificationRule::body(const QString &pipelineName, const QString &profileName)
{
    const QString what = pipelineName.isEmpty() ? tr("Pipeline run") : pipelineName;
    return tr("%1 on %2 — click to open the run.").arg(what, profileName);
}

} // namespace fw
