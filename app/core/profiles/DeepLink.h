#pragma once

#include "core/api/RunRef.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace fw {

/// flowwatch://open?server=<url>&tenant=<id>&pipeline=<id>&run=<id>: opens a run. Validated
/// strictly: the scheme and action, an http(s) server without user info, plausible ids, each
/// parameter at most once, no unknown parameters — and never a key (a link carrying `key`,
/// `apiKey`, `token` or similar is refused whole, so keys do not travel in links).
struct DeepLink
{
    Q_DECLARE_TR_FUNCTIONS(fw::DeepLink)

public:
    QUrl server;
    QString tenant;
    QString pipelineId;
    QString runId;

    bool isValid() const { return !runId.isEmpty(); }
    /// The run this link names, opened through `connection` (the one for its server and tenant).
    RunRef runOn(const QString &connection) const { return {connection, pipelineId, runId}; }
    /// The link to `run` on `server` and `tenant` (its connection's).
    static DeepLink forRun(const QUrl &server, const QString &tenant, const RunRef &run)
    {
        return {server, tenant, run.pipelineId, run.runId};
    }
    /// The canonical link for this run (what "Copy link" puts on the clipboard).
    QUrl toUrl() const;

    /// Parses `text`; on failure returns an invalid DeepLink and sets `*error` to one sentence
    /// saying what is wrong and what to do.
    static DeepLink parse(const QString &text, QString *error);
    static bool looksLikeDeepLink(const QString &text);
};

} // namespace fw
