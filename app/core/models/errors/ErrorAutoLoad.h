#pragma once

#include "core/api/RunStatus.h"

#include <QtGlobal>

namespace fw {

/// When the run view loads every validation error of a run by itself, without the user asking
/// (Ctrl+L): once the run is final (its errors no longer change), when it reports at most
/// kMaxRows. Beyond that the preview stays and "Load all errors" is one keystroke away. Loading
/// streams with progress and can be cancelled, so a million errors are fetched by themselves.
class ErrorAutoLoad final
{
public:
    static constexpr qint64 kMaxRows = 1'000'000;

    /// Whether to load every error of a run in `status` that reports `failedRows`.
    static bool shouldLoadAll(RunStatus status, qint64 failedRows);
};

} // namespace fw
