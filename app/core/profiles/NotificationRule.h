#pragma once

#include "NotificationPolicy.h"
#include "core/api/RunStatus.h"

#include <QCoreApplication>
#include <QString>

namespace fw {

/// Which desktop notification a watched run raises when it finishes, per the profile's setting.
class NotificationRule final
{
    Q_DECLARE_TR_FUNCTIONS(fw::NotificationRule)

public:
    enum class Kind { None, Success, Warning, Failure };

    /// All: every final status; FailuresOnly: failed and completed with errors; None: nothing.
    /// Non-final statuses (including unknown ones) never notify.
    static Kind decide(NotificationPolicy policy, RunStatus status);
    /// "run_001 failed" / "run_002 completed" / "run_101 completed with errors": the status
    /// word of RunStatusText, translated.
    static QString title(RunStatus status, const QString &runId);
    /// "Orders → Warehouse on production — click to open the run."
    static QString body(const QString &pipelineName, const QString &profileName);
};

} // namespace fw
