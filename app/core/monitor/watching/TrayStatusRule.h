#pragma once

#include "core/api/RunRef.h"
#include "core/api/RunStatus.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace fw {

/// The tray icon's status across all watched runs: the worst one, where a failure always wins
/// over newer successes until the user acknowledges it by opening that run. A run that changes
/// status again after being acknowledged counts anew.
class TrayStatusRule final
{
public:
    struct Entry
    {
        RunStatus status = RunStatus::Unknown;
        bool acknowledged = false;
    };

    /// The status to show, or nullopt when nothing is watched. Acknowledged failures and runs
    /// completed with errors count as completed.
    static std::optional<RunStatus> worst(const QList<Entry> &entries);

    /// Stateful use: one entry per watched run.
    void update(const RunRef &run, RunStatus status);
    /// The user opened the run. Before its first status is known this is remembered, so a run
    /// opened while it loads does not raise the tray once its (already seen) failure arrives.
    void acknowledge(const RunRef &run);
    void remove(const RunRef &run);
    /// The run's connection was renamed: same status, same acknowledgement.
    void rename(const RunRef &from, const RunRef &to);
    std::optional<RunStatus> worst() const;
    /// Runs whose failure is not yet acknowledged.
    int unacknowledgedProblems() const;

private:
    QHash<RunRef, Entry> m_entries;
    QSet<RunRef> m_pendingAcknowledgements;
};

} // namespace fw
