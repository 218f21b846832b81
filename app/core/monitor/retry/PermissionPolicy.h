#pragma once

#include "RetryPermission.h"
#include "core/api/Role.h"
#include "core/api/RunStatus.h"

#include <QObject>

#include <optional>

namespace fw {

/// Who may retry, for one connection profile: the UI and the command line only ask it. The
/// answer comes from the profile's role, the run's status, and what the server said before — a
/// 403 on a retry marks the profile as not allowed until the user re-checks. An Unknown role (the
/// API has no "who am I") is allowed until the server says otherwise.
class PermissionPolicy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionPolicy)

public:
    /// What the retry machinery is doing for the run being asked about.
    enum class Activity { Idle, Sending, CheckingOutcome };

    explicit PermissionPolicy(Role role = Role::Unknown, QObject *parent = nullptr);

    Role role() const { return m_role; }
    void setRole(Role role);

    /// The server answered 403 to a retry: no retries for this profile until clearServerVerdict().
    void markForbiddenByServer();
    /// The user re-checks (e.g. after the key's role changed): ask the server again next time.
    void clearServerVerdict();
    bool isForbiddenByServer() const { return m_forbiddenByServer; }

    /// Whether the profile may retry at all, whatever the run (role and server verdict only).
    RetryPermission profilePermission() const;
    /// May a run with `status` (nullopt: not loaded yet) be retried now?
    RetryPermission canRetry(std::optional<RunStatus> status,
                             Activity activity = Activity::Idle) const;
    /// The run statuses a retry is for: failed and completed with errors.
    static bool isRetryableStatus(RunStatus status);

Q_SIGNALS:
    /// The role or the server's verdict changed: ask again.
    void changed();

private:
    Role m_role = Role::Unknown;
    bool m_forbiddenByServer = false;
};

} // namespace fw
