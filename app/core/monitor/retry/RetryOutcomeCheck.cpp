#include "RetryOutcomeCheck.h"

#include "RetryOutlook.h"
#include "core/text/DisplayText.h"

namespace fw {

QString RetryOutcomeCheck::summary() const
{
    if (newRunFound) {
        return tr("The retry went through: %1 (%2).")
            .arg(visibleText(newRun.id, 80), RetryOutlook::newRunStart(newRun));
    }
    const QString again = tr("Retrying again sends the same request key, so a server that "
                             "honours it does not start a second run.");
    if (error.isError() && !originalStatus) {
        return tr("Outcome still unknown: the check failed (%1). %2")
            .arg(error.userMessage(), again);
    }
    if (!runsListAvailable) {
        return tr("Outcome still unknown: this server does not list runs, so the new run cannot "
                  "be looked up. Check the pipeline in the web app before retrying. %1")
            .arg(again);
    }
    return tr("No new run was found: the retry was most likely not created. %1").arg(again);
}

} // namespace fw
