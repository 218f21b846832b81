#include "RetryPermission.h"

namespace fw {

QString RetryPermission::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::Allowed:
        return {};
    case Reason::ViewerRole:
        return tr("Viewers cannot retry runs");
    case Reason::ServerRefused:
        return tr("The server refused: insufficient permissions");
    case Reason::RunNotRetryable:
        return tr("Only failed runs or runs completed with errors can be retried");
    case Reason::StatusNotLoaded:
        return tr("Waiting for the run's status");
    case Reason::RetryInFlight:
        return tr("A retry of this run is already being sent");
    case Reason::CheckingOutcome:
        return tr("Outcome unknown — checking whether the retry was created");
    }
    return {};
}

} // namespace fw
