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
        return u"%1 failed"_s.arg(runId);
    case RunStatus::CompletedWithErrors:
        return u"%1 completed with errors"_s.arg(runId);
    case RunStatus::Completed:
        return u"%1 completed"_s.arg(runId);
    case RunStatus::Pending:
    case RunStatus::Running:
    case RunStatus::Unknown:
        break;
    }
    return u"%1 changed status"_s.arg(runId);
}

QString NotificationRule::body(const QString &pipelineName, const QString &profileName)
{
    const QString what = pipelineName.isEmpty() ? u"Pipeline run"_s : pipelineName;
    return u"%1 on %2 \u2014 click to open the run."_s.arg(what, profileName);
}

} // namespace fw
