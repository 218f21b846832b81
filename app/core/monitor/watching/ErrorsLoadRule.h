#pragma once

#include "core/api/RunProgress.h"

namespace fw {

/// When the run view fetches every error of a run without being asked: once the run is final
/// (its errors no longer change), unless they are too many to fetch unasked ("Load all errors"
/// stays available for those).
class ErrorsLoadRule final
{
public:
    /// The most failed rows loaded without the user asking.
    static constexpr qint64 maxUnaskedRows = 100'000;

    static bool loadsAllErrors(RunStatus status, qint64 failedRows);
    static bool loadsAllErrors(const RunProgress &progress)
    {
        return loadsAllErrors(progress.status, progress.failedRows);
    }
};

} // namespace fw
