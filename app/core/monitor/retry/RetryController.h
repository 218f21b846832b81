#pragma once

#include "PermissionPolicy.h"
#include "RetryOutcomeCheck.h"
#include "core/api/ApiError.h"
#include "core/api/RunInfo.h"
#include "core/api/RunProgress.h"
#include "core/api/RunRef.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>

namespace fw {

class ApiClient;
class Clock;

/// Sends retries for one connection profile (one ApiClient): exactly one POST per confirmed
/// retry. A second retry() of a run whose retry is being sent or checked is refused (returns
/// false, emits nothing) — here and in any other controller for the same server and tenant. Each
/// retry carries an Idempotency-Key; when the outcome is unknown (timeout, connection lost after
/// sending) the controller re-fetches the run and the runs list to spot the new run, never
/// resends by itself, and a later deliberate retry of that run reuses the same key. A 403 marks
/// the policy(); a 422 re-fetches the run's status.
class RetryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryController)

public:
    using State = PermissionPolicy::Activity;

    /// Prefer forClient(): one controller per client keeps retries from two windows apart.
    explicit RetryController(ApiClient *client, QObject *parent = nullptr);
    ~RetryController() override;

    /// The controller of `client`, created as its child on first use.
    static RetryController *forClient(ApiClient *client);
    /// True while any controller sends or checks a retry (for the quit warning).
    static bool anyRetryInFlight();

    ApiClient *client() const { return m_client; }
    PermissionPolicy *policy() const { return m_policy; }
    /// Time source for telling a new run from older retries (not owned). nullptr: system.
    void setClock(Clock *clock) { m_clock = clock; }

    /// Sends the retry of a confirmed click. False (and nothing sent) while this run's retry is
    /// in flight or being checked, for a viewer profile, or after the server's 403 until the
    /// policy's verdict is cleared. The run's status is the caller's to check (permission()).
    bool retry(const QString &pipelineId, const QString &runId);

    State state(const QString &pipelineId, const QString &runId) const;
    bool hasRetryInFlight() const { return !m_active.isEmpty(); }
    /// The policy's answer with this run's activity folded in.
    RetryPermission permission(const QString &pipelineId, const QString &runId,
                               std::optional<RunStatus> status) const;

    /// The key a resend of this run will reuse (null when the last outcome was definite).
    QUuid pendingKey(const QString &pipelineId, const QString &runId) const;
    /// The newest run this controller saw created from `runId` (201 or found by a check).
    std::optional<RunInfo> retriedAs(const QString &pipelineId, const QString &runId) const;
    /// For a run created by a retry: its RunInfo (retryOf, resumeFromRow, resumable).
    std::optional<RunInfo> retryInfo(const QString &pipelineId, const QString &newRunId) const;
    /// The last failure of this run's retry (kind None after a success).
    ApiError lastError(const QString &pipelineId, const QString &runId) const;
    /// What the last outcome check found (nullopt when none ran).
    std::optional<RetryOutcomeCheck> lastCheck(const QString &pipelineId,
                                               const QString &runId) const;

Q_SIGNALS:
    void retryStarted(const QString &runId);
    void retrySucceeded(const QString &originalRunId, const fw::RunInfo &newRun);
    void retryFailed(const QString &runId, const fw::ApiError &error);
    /// The POST may have reached the server; a check (re-fetch) has started.
    void outcomeUnknown(const QString &runId);
    /// The check finished (see lastCheck()); Retry may be offered again.
    void outcomeResolved(const QString &runId);
    /// The run was re-fetched after a 422 or during a check.
    void runRefreshed(const QString &pipelineId, const QString &runId,
                      const fw::RunProgress &progress);
    /// state() of this run changed.
    void stateChanged(const QString &pipelineId, const QString &runId);
    void inFlightChanged(bool inFlight);

private:
    struct Entry
    {
        State state = State::Idle;
        QUuid pendingKey;
        QDateTime sentAt;
        RunRef run; ///< as key() named it when the retry was sent
        ApiError lastError;
        std::optional<RetryOutcomeCheck> check;
        int checksOutstanding = 0;
    };

    /// The run on this client's server and tenant: the key of every table here, and of the
    /// busy runs that all controllers share.
    RunRef key(const QString &pipelineId, const QString &runId) const;
    bool isKnownRetry(const QString &pipelineId, const QString &runId) const;
    std::optional<RunInfo> findNewRun(const QString &runId, const QList<RunInfo> &runs,
                                      const QDateTime &sentAt) const;
    void setState(const QString &pipelineId, const QString &runId, State state);
    void onRetryFinished(const QString &pipelineId, const QString &runId, const RunInfo &newRun,
                         const ApiError &error);
    void recordNewRun(const QString &pipelineId, const QString &runId, const RunInfo &newRun);
    void startCheck(const QString &pipelineId, const QString &runId);
    void fetchProgress(const QString &pipelineId, const QString &runId, bool forCheck);
    void fetchRunsList(const QString &pipelineId, const QString &runId);
    void checkPartDone(const QString &pipelineId, const QString &runId);
    QDateTime now() const;

    ApiClient *m_client = nullptr;
    PermissionPolicy *m_policy = nullptr;
    Clock *m_clock = nullptr;
    QHash<RunRef, Entry> m_entries;
    QSet<RunRef> m_active; ///< runs being sent or checked
    QHash<RunRef, RunInfo> m_retriedAs; ///< original run -> newest new run
    QHash<RunRef, RunInfo> m_origins; ///< new run -> its RunInfo
};

} // namespace fw
