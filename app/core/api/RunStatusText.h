#pragma once

#include "RunStatus.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace fw {

/// The one table of what a run or partition status is called and how bad it is: the API's key
/// ("completed_with_errors"), the word users read (translated: "Completed with errors"), a
/// one-character shape cue for places that draw text only (✓ ✗ ⚠ ▶ … ?) and the "worst first"
/// severity. Colours and icons stay with the widgets (ui/common/StatusStyle).
class RunStatusText final
{
    Q_DECLARE_TR_FUNCTIONS(fw::RunStatusText)

public:
    /// The API's lower-case snake-case key; anything else ("RUNNING", "paused", "") is Unknown.
    static RunStatus fromKey(QStringView key);
    static QString key(RunStatus status);
    /// "Completed with errors"; for Unknown "Unknown (paused)" with the server's `rawText`.
    static QString word(RunStatus status, const QString &rawText = {});
    static QString word(PartitionStatus status, const QString &rawText = {});
    static QString symbol(RunStatus status);
    static QString symbol(PartitionStatus status);
    /// Failed 5, completed with errors 4, unknown 3, running 2, pending 1, completed 0.
    static int severity(RunStatus status);
    /// The run status a partition status reads as (the same word, symbol and colour).
    static RunStatus asRun(PartitionStatus status);
};

} // namespace fw
