#pragma once

#include <QCoreApplication>
#include <QString>

namespace fw {

/// The answer to "may this profile retry this run now, and if not, why?". `reason` is a short
/// sentence for a tooltip, an accessible description or a command-line refusal.
struct RetryPermission
{
    Q_DECLARE_TR_FUNCTIONS(fw::RetryPermission)

public:
    enum class Reason {
        Allowed,
        ViewerRole, ///< the profile's role is viewer
        ServerRefused, ///< the server answered 403 to a retry of this profile
        RunNotRetryable, ///< the run is not failed / completed with errors
        StatusNotLoaded, ///< the run's status has not arrived yet
        RetryInFlight, ///< a retry of this run is being sent
        CheckingOutcome, ///< a retry's outcome is unknown and the run is being re-fetched
    };

    Reason reason = Reason::Allowed;

    bool isAllowed() const { return reason == Reason::Allowed; }
    /// The exact text for the reason (empty when allowed).
    QString text() const { return reasonText(reason); }
    static QString reasonText(Reason reason);

    friend bool operator==(const RetryPermission &, const RetryPermission &) = default;
};

} // namespace fw
