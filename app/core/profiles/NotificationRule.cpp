#include "NotificationRule.h"

#include "core/api/RunStatusText.h"

#include <QLocale>

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
    // The status word of the one status table, its first letter lower-cased to follow the run
    // id (only the first: German keeps its nouns capitalised, "mit Fehlern abgeschlossen").
    const QString word = RunStatusText::word(status);
    return tr("%1 %2", "run id, status word")
        .arg(runId, QLocale().toLower(word.left(1)) + word.mid(1));
}

QString NotificationRule::body(const QString &pipelineName, const QString &profileName)
{
    const QString what = pipelineName.isEmpty() ? tr("Pipeline run") : pipelineName;
    return tr("%1 on %2 — click to open the run.").arg(what, profileName);
}

} // namespace fw
