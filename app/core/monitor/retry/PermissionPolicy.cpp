#include "PermissionPolicy.h"

namespace fw {

using Reason = RetryPermission::Reason;

PermissionPolicy::PermissionPolicy(Role role, QObject *parent)
    : QObject(parent)
    , m_role(role)
{ }

void PermissionPolicy::setRole(Role role)
{
    if (m_role == role)
        return;
    m_role = role;
    Q_EMIT changed();
}

void PermissionPolicy::markForbiddenByServer()
{
    if (m_forbiddenByServer)
        return;
    m_forbiddenByServer = true;
    Q_EMIT changed();
}

void PermissionPolicy::clearServerVerdict()
{
    if (!m_forbiddenByServer)
        return;
    m_forbiddenByServer = false;
    Q_EMIT changed();
}

RetryPermission PermissionPolicy::profilePermission() const
{
    // The role the user gave comes first: it is the one they can change in the profile.
    if (m_role == Role::Viewer)
        return {Reason::ViewerRole};
    if (m_forbiddenByServer)
        return {Reason::ServerRefused};
    return {Reason::Allowed};
}

RetryPermission PermissionPolicy::canRetry(std::optional<RunStatus> status, Activity activity) const
{
    if (const RetryPermission profile = profilePermission(); !profile.isAllowed())
        return profile;
    switch (activity) {
    case Activity::Sending:
        return {Reason::RetryInFlight};
    case Activity::CheckingOutcome:
        return {Reason::CheckingOutcome};
    case Activity::Idle:
        break;
    }
    if (!status)
        return {Reason::StatusNotLoaded};
    if (!isRetryableStatus(*status))
        return {Reason::RunNotRetryable};
    return {Reason::Allowed};
}

bool PermissionPolicy::isRetryableStatus(RunStatus status)
{
    return status == RunStatus::Failed || status == RunStatus::CompletedWithErrors;
}

} // namespace fw
