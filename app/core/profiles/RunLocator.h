#pragma once

#include "core/api/RunRef.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace fw {

/// What the user typed or pasted into "Open run…": a run id ("run_001"), "pipe_001/run_001", or
/// a URL of the KaireonAI web app or API (…/pipelines/pipe_001/runs/run_001,
/// …/flows/pipe_001/runs/run_001/…, with any query or fragment). Parsed defensively: ids must be
/// plausible, and anything else is refused with a message.
struct RunLocator
{
    Q_DECLARE_TR_FUNCTIONS(fw::RunLocator)

public:
    QString pipelineId; ///< empty when only a run id was given
    QString runId;
    QUrl server; ///< the origin of a pasted URL; empty for a bare id

    bool isValid() const { return !runId.isEmpty(); }
    /// The run named, on `connection`; in `pipelineId` when only a run id was given (the
    /// pipeline part stays empty when neither names one).
    RunRef runOn(const QString &connection, const QString &pipelineIdIfNone) const
    {
        return {connection, pipelineId.isEmpty() ? pipelineIdIfNone : pipelineId, runId};
    }

    static RunLocator parse(const QString &text, QString *error);
};

} // namespace fw
