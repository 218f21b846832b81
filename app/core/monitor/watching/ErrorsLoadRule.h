#pragma once

#include "core/api/RunProgress.h"

namespace fw {

/// When the run view fetches every error of a run without being asked: once the run is final
/// (its errors no longer change), when it reports at most maxUnaskedRows. Loading streams with
/// progress and can be cancelled, so a million errors load by themselves in about a second;
/// beyond that the preview stays and "Load all errors" is one keystroke away.
class ErrorsLoadRule final
{
public:
    /// The most failed rows loaded without the user asking.
    static constexpr qint64 maxUnaskedRows = 1'000'000;

    static bool loadsAllErrors(RunStatus status, qint64 failedRows);
    static bool loadsAllErrors(const RunProgress &progress)
    {
        return loadsAllErrors(progress.status, progress.failedRows);
    }
};

} // namespace fw
