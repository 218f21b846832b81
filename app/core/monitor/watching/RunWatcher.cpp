#include "RunWatcher.h"

#include "Clock.h"
#include "core/api/ApiClient.h"
#include "core/api/ProgressRequest.h"

#include <QHostAddress>
#include <QNetworkInformation>

using namespace Qt::StringLiterals;

namespace fw {

namespace {
/// What the user sees moved (the elapsed time and the server's ETA tick on their own while a run
/// is stuck, so they do not count as a change for the slowdown).
bool sameVisibleState(const RunProgress &a, const RunProgress &b)
{
    return a.status == b.status && a.statusText == b.statusText && a.totalRows == b.totalRows
        && a.processedRows == b.processedRows && a.rowsIn == b.rowsIn && a.rowsOut == b.rowsOut
        && a.failedRows == b.failedRows && a.skippedRows == b.skippedRows
        && a.partitions == b.partitions && a.completedPartitions == b.completedPartitions
        && a.loadStrategy == b.loadStrategy && a.log.size() == b.log.size()
        && a.partitionDetails == b.partitionDetails && a.validationErrors == b.validationErrors
        && a.log == b.log;
}
} // namespace

RunWatcher::RunWatcher(ApiClient *client, QString pipelineId, QString runId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_config(client->sharedConfig())
    , m_pipelineId(std::move(pipelineId))
    , m_runId(std::move(runId))
    , m_decoder(std::make_shared<ProgressDecoder>())
{
    Q_ASSERT(client);
    connect(client, &ApiClient::configChanged, this, &RunWatcher::onConfigChanged);
    connectReachability();
}

RunWatcher::~RunWatcher()
{
    cancelTimer();
    if (m_request) {
        disconnect(m_request, nullptr, this, nullptr);
        m_request->cancel(); // finishes and deletes itself
    }
}

ApiClient *RunWatcher::client() const
{
    return m_client.data();
}

Clock *RunWatcher::clock() const
{
    return m_clock ? m_clock : Clock::system();
}

void RunWatcher::setClock(Clock *clock)
{
    const QDateTime due = m_timerId ? m_nextPollAt : QDateTime();
    cancelTimer();
    m_clock = clock;
    if (due.isValid())
        scheduleNext(
            std::chrono::milliseconds(std::max<qint64>(0, this->clock()->now().msecsTo(due))));
}

void RunWatcher::setRandomSource(std::function<double()> random)
{
    m_schedule.setRandomSource(std::move(random));
}

std::chrono::milliseconds RunWatcher::baseInterval() const
{
    return m_schedule.baseInterval();
}

void RunWatcher::start()
{
    if (m_polling)
        return;
    m_polling = true;
    m_terminalSeen = false;
    m_terminalReported = false;
    m_schedule.reset();
    poll();
}

void RunWatcher::stop()
{
    m_polling = false;
    cancelTimer();
    if (m_request) {
        disconnect(m_request, nullptr, this, nullptr);
        m_request->cancel();
        m_request = nullptr;
    }
    Q_EMIT scheduleChanged();
}

void RunWatcher::refreshNow()
{
    // The user asked: forget the slowdown and the backoff, and resume after a 401/404 stop (the
    // key or the tenant may have been fixed). A final run is fetched once more, not re-watched.
    m_schedule.reset();
    if (!m_polling && !m_terminalReported) {
        m_polling = true;
        m_terminalSeen = false;
    }
    poll();
}

void RunWatcher::setBaseInterval(std::chrono::milliseconds interval)
{
    m_schedule.setBaseInterval(interval);
    rescheduleIfIdle();
}

void RunWatcher::setWindowVisible(bool visible)
{
    if (m_schedule.isVisible() == visible)
        return;
    m_schedule.setVisible(visible);
    rescheduleIfIdle();
}

void RunWatcher::rescheduleIfIdle()
{
    // Only a regular wait moves; a Retry-After or a backoff keeps its time.
    if (!m_timerId || m_schedule.consecutiveFailures() > 0 || m_terminalSeen)
        return;
    const QDateTime from = m_lastFinishedAt.isValid() ? m_lastFinishedAt : clock()->now();
    const QDateTime due = std::max(clock()->now(), from.addMSecs(m_schedule.nextDelay().count()));
    scheduleNext(std::chrono::milliseconds(clock()->now().msecsTo(due)));
}

void RunWatcher::setNetworkReachable(bool reachable)
{
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    if (!reachable) {
        cancelTimer(); // paused; the request in flight, if any, ends on its own
        Q_EMIT scheduleChanged();
        return;
    }
    if (m_polling && !m_request) {
        m_schedule.reset();
        poll(); // one prompt poll when back
    }
}

void RunWatcher::loadReachabilityBackend()
{
    static const bool loaded [[maybe_unused]]
    = QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
}

void RunWatcher::connectReachability()
{
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info || !info->supports(QNetworkInformation::Feature::Reachability))
        return;
    // A server on this machine (the built-in simulator, a local install) stays reachable when
    // the system reports no network.
    const QString host = m_config->server.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback())
        return;
    m_reachable = info->reachability() != QNetworkInformation::Reachability::Disconnected;
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                setNetworkReachable(reachability
                                    != QNetworkInformation::Reachability::Disconnected);
            });
}

void RunWatcher::poll()
{
    cancelTimer();
    if (m_request)
        return; // never two in flight
    if (!m_reachable) {
        Q_EMIT scheduleChanged();
        return; // resumes in setNetworkReachable(true)
    }
    if (!m_client) {
        m_polling = false; // the connection was removed
        Q_EMIT scheduleChanged();
        return;
    }
    m_request = m_client->fetchProgress(m_pipelineId, m_runId, m_decoder);
    connect(m_request, &ApiRequest::finished, this, &RunWatcher::onFinished);
    connect(m_request, &QObject::destroyed, this, [this](QObject *gone) {
        if (m_request == gone) // destroyed unfinished (its client went away)
            m_request = nullptr;
    });
    m_request->start();
    Q_EMIT scheduleChanged();
}

void RunWatcher::onFinished()
{
    ProgressRequest *request = m_request;
    m_request = nullptr;
    if (!request)
        return;
    m_lastFinishedAt = clock()->now();
    if (request->succeeded())
        handleSuccess(request->takeProgress());
    else
        handleFailure(request->error());
}

void RunWatcher::handleSuccess(RunProgress progress)
{
    const bool first = !m_hasProgress;
    const bool changed = first || !sameVisibleState(progress, m_progress);
    const bool statusMoved = first || progress.status != m_progress.status
        || progress.statusText != m_progress.statusText;
    m_progress = std::move(progress);
    m_hasProgress = true;
    m_lastSuccessAt = clock()->now();
    m_lastError = {};
    m_schedule.recordSuccess(changed);
    setStale(false);
    Q_EMIT progressUpdated(m_progress);
    if (statusMoved)
        Q_EMIT statusChanged(m_progress.status);

    if (!isTerminal(m_progress.status)) {
        m_terminalSeen = false;
        if (m_polling)
            scheduleNext(m_schedule.nextDelay());
        return;
    }
    // Terminal. A run seen finishing gets one last fetch (the server may still append its last
    // log lines and counters); a run that was already final when first fetched needs none.
    if (!first && !m_terminalSeen && !m_terminalReported && m_polling) {
        m_terminalSeen = true;
        scheduleNext(m_schedule.baseInterval());
        return;
    }
    m_polling = false;
    cancelTimer();
    Q_EMIT scheduleChanged();
    if (!m_terminalReported) {
        m_terminalReported = true;
        Q_EMIT reachedTerminalStatus(m_progress.status);
    }
}

void RunWatcher::handleFailure(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    m_lastError = error;
    // Retry-After is honoured for 429 and 503 (the only codes that define it here); every other
    // failure, 403 and unreadable data included, backs off with jitter up to a minute. Recorded
    // first, so that the messages made on the signals below state the real wait.
    const bool stops
        = error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::NotFound;
    const bool honoursRetryAfter = error.kind == ApiError::Kind::RateLimited
        || (error.kind == ApiError::Kind::ServerError && error.httpStatus == 503);
    if (!stops)
        m_schedule.recordFailure(honoursRetryAfter ? error.retryAfterSeconds : std::nullopt);
    setStale(true);
    Q_EMIT pollFailed(error);
    if (stops) {
        m_polling = false;
        cancelTimer();
        Q_EMIT scheduleChanged();
        Q_EMIT pollingStopped(error);
        return;
    }
    if (m_polling)
        scheduleNext(m_schedule.nextDelay());
}

void RunWatcher::scheduleNext(std::chrono::milliseconds delay)
{
    cancelTimer();
    if (!m_polling || !m_reachable) {
        Q_EMIT scheduleChanged();
        return;
    }
    m_nextPollAt = clock()->now().addMSecs(delay.count());
    m_timerId = clock()->callAt(m_nextPollAt, this, [this] {
        m_timerId = 0;
        poll();
    });
    Q_EMIT scheduleChanged();
}

void RunWatcher::cancelTimer()
{
    if (m_timerId)
        clock()->cancel(m_timerId);
    m_timerId = 0;
    m_nextPollAt = {};
}

void RunWatcher::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    Q_EMIT staleChanged(stale);
}

void RunWatcher::onConfigChanged()
{
    if (m_client)
        m_config = m_client->sharedConfig();
    // The request in flight went out with the old settings: its answer says nothing now.
    if (m_request) {
        disconnect(m_request, nullptr, this, nullptr);
        m_request->cancel();
        m_request = nullptr;
    }
    if (m_terminalReported && !m_stale) {
        Q_EMIT scheduleChanged(); // final and shown: nothing to fetch again
        return;
    }
    refreshNow(); // also resumes after a stop on 401/404: the key or tenant may be fixed now
}

QString RunWatcher::lastErrorMessage() const
{
    const ConnectionConfigPtr config = m_config;
    const QString profile = config->name.isEmpty() ? config->displayHost() : config->name;
    switch (m_lastError.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Unauthorized:
        return tr("API key rejected for %1 — check the key and tenant in the connection "
                  "settings, then press Refresh now.")
            .arg(profile);
    case ApiError::Kind::Forbidden:
        return tr("No permission to view this run — ask an administrator of %1 for access; "
                  "retrying slowly.")
            .arg(profile);
    case ApiError::Kind::NotFound:
        return tr("Run not found (deleted, or in another tenant) — check the run id and the "
                  "tenant of %1.")
            .arg(profile);
    default:
        break;
    }
    // While polling, the watcher is the one that tries again, after the wait it states.
    if (!m_polling)
        return m_lastError.userMessage(ApiError::FollowUp::UserRetries);
    ApiError error = m_lastError;
    error.nextTrySeconds = (m_schedule.nextDelay().count() + 999) / 1000;
    return error.userMessage(ApiError::FollowUp::RetriesAutomatically);
}

} // namespace fw
