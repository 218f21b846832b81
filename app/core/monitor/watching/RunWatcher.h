#pragma once

#include "PollSchedule.h"
#include "core/api/ApiError.h"
#include "core/api/ConnectionConfig.h"
#include "core/api/RunProgress.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace fw {

class ApiClient;
class Clock;
class ProgressDecoder;
class ProgressRequest;

/// Watches one run: polls its progress on a schedule (PollSchedule), never more than one request
/// in flight, stops after one last fetch once the run is final, honours Retry-After, backs off on
/// transient failures, and stops on 401/404 (403 keeps trying slowly: a role may be granted).
/// After a failure the last good progress stays available and is marked stale.
/// When the client's connection is edited (ApiClient::configChanged) the watcher re-binds: the
/// request in flight, sent with the old settings, is dropped and the run is polled at once with
/// the new ones, also after a stop on 401/404. If the client is deleted the watcher stops.
class RunWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWatcher)

public:
    RunWatcher(ApiClient *client, QString pipelineId, QString runId, QObject *parent = nullptr);
    ~RunWatcher() override;

    /// Starts polling at once (no-op while polling).
    void start();
    /// Stops polling and cancels the request in flight.
    void stop();
    /// "Refresh now" (F5): polls at once, also after a stop on 401/404/terminal status. No second
    /// request while one is in flight.
    void refreshNow();
    /// 1–60 s, default 2 s.
    void setBaseInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds baseInterval() const;
    /// Hidden: polls slower (≥ 15 s) but keeps watching.
    void setWindowVisible(bool visible);
    /// Offline: pauses; back online: one prompt poll. Fed by QNetworkInformation when a backend
    /// is loaded; tests call it directly.
    void setNetworkReachable(bool reachable);
    /// Loads the system's reachability backend (once per process), so that watchers created
    /// after it pause while offline. The application calls it; tests need not.
    static void loadReachabilityBackend();
    bool isNetworkReachable() const { return m_reachable; }
    /// Injectable time and timers (not owned; must outlive the watcher). nullptr: system clock.
    void setClock(Clock *clock);
    /// Uniform [0, 1) numbers for the backoff jitter, for tests.
    void setRandomSource(std::function<double()> random);
    /// The clock in use (the system clock unless one was injected), for countdowns.
    Clock *clock() const;

    /// nullptr once the connection was removed.
    ApiClient *client() const;
    const QString &pipelineId() const { return m_pipelineId; }
    const QString &runId() const { return m_runId; }

    bool hasProgress() const { return m_hasProgress; }
    const RunProgress &progress() const { return m_progress; }
    /// False after the terminal fetch, stop(), 401 or 404.
    bool isPolling() const { return m_polling; }
    bool isRequestInFlight() const { return m_request != nullptr; }
    /// The last poll failed; progress() is the last good state.
    bool isStale() const { return m_stale; }
    QDateTime lastSuccessAt() const { return m_lastSuccessAt; }
    const ApiError &lastError() const { return m_lastError; }
    /// When the next poll is due (invalid when none is scheduled), for a visible countdown.
    QDateTime nextPollAt() const { return m_nextPollAt; }
    /// The user-facing text for the last error of this watcher ("No permission to view this
    /// run", "Run not found (deleted, or in another tenant)", "API key rejected for <profile>").
    QString lastErrorMessage() const;
    const PollSchedule &schedule() const { return m_schedule; }

Q_SIGNALS:
    /// Each good poll.
    void progressUpdated(const fw::RunProgress &progress);
    void statusChanged(fw::RunStatus status);
    /// Once, after the last fetch.
    void reachedTerminalStatus(fw::RunStatus status);
    void staleChanged(bool stale);
    /// After the failure is counted in schedule(), so that its next wait is known.
    void pollFailed(const fw::ApiError &error);
    /// 401 (key rejected) / 404 (run not found): needs the user.
    void pollingStopped(const fw::ApiError &reason);
    /// nextPollAt() moved (scheduled, cancelled or a request started).
    void scheduleChanged();

private:
    void poll();
    void onFinished();
    void handleSuccess(RunProgress progress);
    void handleFailure(const ApiError &error);
    void scheduleNext(std::chrono::milliseconds delay);
    void cancelTimer();
    void rescheduleIfIdle();
    void setStale(bool stale);
    void connectReachability();
    void onConfigChanged();
    QPointer<ApiClient> m_client;
    /// The settings the watcher's messages name; follows the client's.
    ConnectionConfigPtr m_config;
    QString m_pipelineId;
    QString m_runId;
    Clock *m_clock = nullptr;
    PollSchedule m_schedule;
    ProgressRequest *m_request = nullptr; ///< deletes itself after finished()
    /// Kept across polls: each body is parsed only where it differs from the last one.
    std::shared_ptr<ProgressDecoder> m_decoder;
    quint64 m_timerId = 0;
    QDateTime m_nextPollAt;
    RunProgress m_progress;
    QDateTime m_lastSuccessAt;
    QDateTime m_lastFinishedAt;
    ApiError m_lastError;
    bool m_hasProgress = false;
    bool m_polling = false;
    bool m_stale = false;
    bool m_reachable = true;
    bool m_terminalSeen = false; ///< a terminal status arrived: the next fetch is the last
    bool m_terminalReported = false;
};

} // namespace fw
