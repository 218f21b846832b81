#pragma once

#include "core/api/ApiError.h"
#include "core/api/RunInfo.h"
#include "core/api/RunStatus.h"

#include <QCoreApplication>

#include <optional>

namespace fw {

/// What re-fetching told after a retry whose outcome was unknown (timeout, connection lost after
/// sending): the original run's status, and the new run if the runs list shows one.
struct RetryOutcomeCheck
{
    Q_DECLARE_TR_FUNCTIONS(fw::RetryOutcomeCheck)

public:
    bool newRunFound = false;
    RunInfo newRun; ///< valid when newRunFound
    bool runsListAvailable = false; ///< false: the server has no runs list (404) or it failed
    std::optional<RunStatus> originalStatus; ///< from the original run's progress
    ApiError error; ///< the first failure among the re-fetches, if any

    /// One sentence for the user: what the check found and what to do next.
    QString summary() const;
};

} // namespace fw
