#include "RetryController.h"

#include "core/api/ApiClient.h"
#include "core/api/ProgressRequest.h"
#include "core/api/RetryRequest.h"
#include "core/api/RunsRequest.h"
#include "core/monitor/watching/Clock.h"

#include <QLoggingCategory>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRetry, "flowwatch.retry", QtInfoMsg)

namespace fw {

namespace {
/// Runs whose retry is being sent or checked, by server, tenant, pipeline and run, across all
/// controllers: a second window with its own client cannot send a second POST either.
QHash<RunRef, const RetryController *> &busyRuns()
{
    static QHash<RunRef, const RetryController *> busy;
    return busy;
}

/// A run in the runs list counts as "ours" only if it started at most this long before the
/// POST was sent (server and client clocks differ; older retries are someone else's).
constexpr qint64 newRunWindowSecs = 10 * 60;
constexpr int runsListLimit = 50;

/// Answers that say for sure the server did not create a run: the key can be forgotten.
bool isDefiniteRefusal(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::BadRequest:
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::Unprocessable:
    case Kind::RateLimited:
        return true;
    case Kind::Network:
        return !error.outcomeUnknown;
    default:
        return false;
    }
}

/// The POST may have reached the server and its answer was lost: a timeout or a connection lost
/// after sending, or a gateway that gave up waiting for the server.
bool isOutcomeUnknown(const ApiError &error)
{
    return error.outcomeUnknown
        || (error.kind == ApiError::Kind::ServerError
            && (error.httpStatus == 502 || error.httpStatus == 504));
}
} // namespace

RetryController::RetryController(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_policy(new PermissionPolicy(Role::Unknown, this))
{
    Q_ASSERT(client);
}

RetryController::~RetryController()
{
    for (auto it = busyRuns().begin(); it != busyRuns().end();) {
        if (it.value() == this)
            it = busyRuns().erase(it);
        else
            ++it;
    }
}

RetryController *RetryController::forClient(ApiClient *client)
{
    if (auto *existing
        = client->findChild<RetryController *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new RetryController(client, client);
}

bool RetryController::anyRetryInFlight()
{
    return !busyRuns().isEmpty();
}

RunRef RetryController::key(const QString &pipelineId, const QString &runId) const
{
    // Named by server and tenant rather than by profile name: two profiles (or windows) for the
    // same tenant must agree on which runs are busy, and a renamed profile keeps its retries.
    const ConnectionConfig config = m_client->config();
    QUrl where = config.server.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash
                                        | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QUrlQuery tenant;
    tenant.addQueryItem(u"tenant"_s, config.tenant);
    where.setQuery(tenant);
    return RunRef {where.toString(QUrl::FullyEncoded), pipelineId, runId};
}

QDateTime RetryController::now() const
{
    return (m_clock ? m_clock : Clock::system())->now();
}

bool RetryController::retry(const QString &pipelineId, const QString &runId)
{
    if (const RetryPermission profile = m_policy->profilePermission(); !profile.isAllowed()) {
        // A viewer never sends, whatever a caller forgot to check; nor after a 403 until re-check.
        qCDebug(lcRetry).noquote() << "refused a retry of" << runId << ":" << profile.text();
        return false;
    }
    const RunRef k = key(pipelineId, runId);
    if (m_active.contains(k) || busyRuns().contains(k)) {
        qCDebug(lcRetry).noquote() << "refused a second retry of" << runId << "while one is busy";
        return false;
    }
    Entry &entry = m_entries[k];
    if (entry.pendingKey.isNull())
        entry.pendingKey = QUuid::createUuid();
    entry.sentAt = now();
    entry.run = k;
    entry.lastError = {};
    entry.check.reset();

    RetryRequest *request = m_client->retryRun(pipelineId, runId, entry.pendingKey);
    connect(request, &ApiRequest::finished, this, [this, request, pipelineId, runId] {
        onRetryFinished(pipelineId, runId, request->newRun(), request->error());
    });
    setState(pipelineId, runId, State::Sending);
    qCInfo(lcRetry).noquote() << "retrying" << runId << "of" << pipelineId << "on"
                              << m_client->config().displayHost();
    Q_EMIT retryStarted(runId);
    request->start();
    return true;
}

RetryController::State RetryController::state(const QString &pipelineId, const QString &runId) const
{
    const auto it = m_entries.constFind(key(pipelineId, runId));
    return it == m_entries.cend() ? State::Idle : it->state;
}

RetryPermission RetryController::permission(const QString &pipelineId, const QString &runId,
                                            std::optional<RunStatus> status) const
{
    State activity = state(pipelineId, runId);
    // Another window (another client of the same server and tenant) may be sending it.
    if (activity == State::Idle && busyRuns().contains(key(pipelineId, runId)))
        activity = State::Sending;
    return m_policy->canRetry(status, activity);
}

QUuid RetryController::pendingKey(const QString &pipelineId, const QString &runId) const
{
    return m_entries.value(key(pipelineId, runId)).pendingKey;
}

std::optional<RunInfo> RetryController::retriedAs(const QString &pipelineId,
                                                  const QString &runId) const
{
    const auto it = m_retriedAs.constFind(key(pipelineId, runId));
    if (it == m_retriedAs.cend())
        return std::nullopt;
    return *it;
}

std::optional<RunInfo> RetryController::retryInfo(const QString &pipelineId,
                                                  const QString &newRunId) const
{
    const auto it = m_origins.constFind(key(pipelineId, newRunId));
    if (it == m_origins.cend())
        return std::nullopt;
    return *it;
}

ApiError RetryController::lastError(const QString &pipelineId, const QString &runId) const
{
    return m_entries.value(key(pipelineId, runId)).lastError;
}

std::optional<RetryOutcomeCheck> RetryController::lastCheck(const QString &pipelineId,
                                                            const QString &runId) const
{
    return m_entries.value(key(pipelineId, runId)).check;
}

void RetryController::setState(const QString &pipelineId, const QString &runId, State state)
{
    const RunRef k = key(pipelineId, runId);
    Entry &entry = m_entries[k];
    const bool wasInFlight = hasRetryInFlight();
    entry.state = state;
    if (state == State::Idle) {
        m_active.remove(k);
        if (busyRuns().value(entry.run) == this)
            busyRuns().remove(entry.run);
    } else {
        m_active.insert(k);
        busyRuns().insert(entry.run, this);
    }
    Q_EMIT stateChanged(pipelineId, runId);
    if (wasInFlight != hasRetryInFlight())
        Q_EMIT inFlightChanged(hasRetryInFlight());
}

void RetryController::recordNewRun(const QString &pipelineId, const QString &runId,
                                   const RunInfo &newRun)
{
    RunInfo info = newRun;
    if (info.retryOf.isEmpty())
        info.retryOf = runId;
    if (info.pipelineId.isEmpty())
        info.pipelineId = pipelineId;
    m_retriedAs.insert(key(pipelineId, runId), info);
    m_origins.insert(key(info.pipelineId, info.id), info);
}

bool RetryController::isKnownRetry(const QString &pipelineId, const QString &runId) const
{
    return m_origins.contains(key(pipelineId, runId));
}

void RetryController::onRetryFinished(const QString &pipelineId, const QString &runId,
                                      const RunInfo &newRun, const ApiError &error)
{
    Entry &entry = m_entries[key(pipelineId, runId)];
    if (!error.isError()) {
        entry.pendingKey = QUuid();
        entry.lastError = {};
        recordNewRun(pipelineId, runId, newRun);
        qCInfo(lcRetry).noquote() << "retry of" << runId << "created" << newRun.id;
        setState(pipelineId, runId, State::Idle);
        Q_EMIT retrySucceeded(runId, *retriedAs(pipelineId, runId));
        return;
    }
    entry.lastError = error;
    // "failed: network error (Connection refused)", "failed: HTTP 503 (server error)": never a
    // status 0 for an answer that never came.
    const QString what = error.httpStatus > 0
        ? u"HTTP %1 (%2)"_s.arg(error.httpStatus).arg(ApiError::kindName(error.kind))
        : u"%1 error"_s.arg(ApiError::kindName(error.kind))
            + (error.detail.isEmpty() ? QString() : u" (%1)"_s.arg(error.detail));
    qCInfo(lcRetry).noquote() << "retry of" << runId << "failed:" << what;
    if (isOutcomeUnknown(error)) {
        // Never resent automatically: find out what happened first.
        setState(pipelineId, runId, State::CheckingOutcome);
        Q_EMIT outcomeUnknown(runId);
        startCheck(pipelineId, runId);
        return;
    }
    if (isDefiniteRefusal(error))
        entry.pendingKey = QUuid();
    if (error.kind == ApiError::Kind::Forbidden)
        m_policy->markForbiddenByServer();
    setState(pipelineId, runId, State::Idle);
    Q_EMIT retryFailed(runId, error);
    if (error.kind == ApiError::Kind::Unprocessable)
        fetchProgress(pipelineId, runId, false);
}

void RetryController::startCheck(const QString &pipelineId, const QString &runId)
{
    Entry &entry = m_entries[key(pipelineId, runId)];
    entry.check = RetryOutcomeCheck();
    entry.checksOutstanding = 2;
    fetchProgress(pipelineId, runId, true);
    fetchRunsList(pipelineId, runId);
}

void RetryController::fetchProgress(const QString &pipelineId, const QString &runId, bool forCheck)
{
    ProgressRequest *request = m_client->fetchProgress(pipelineId, runId);
    connect(request, &ApiRequest::finished, this, [this, request, pipelineId, runId, forCheck] {
        Entry &entry = m_entries[key(pipelineId, runId)];
        if (request->succeeded()) {
            if (forCheck && entry.check)
                entry.check->originalStatus = request->progress().status;
            Q_EMIT runRefreshed(pipelineId, runId, request->progress());
        } else if (forCheck && entry.check && !entry.check->error.isError()) {
            entry.check->error = request->error();
        }
        if (forCheck)
            checkPartDone(pipelineId, runId);
    });
    request->start();
}

std::optional<RunInfo> RetryController::findNewRun(const QString &runId, const QList<RunInfo> &runs,
                                                   const QDateTime &sentAt) const
{
    const QDateTime earliest = sentAt.addSecs(-newRunWindowSecs);
    for (const RunInfo &run : runs) { // newest first
        if (run.retryOf != runId || isKnownRetry(run.pipelineId, run.id))
            continue;
        if (run.startedAt.isValid() && sentAt.isValid() && run.startedAt < earliest)
            continue;
        return run;
    }
    return std::nullopt;
}

void RetryController::fetchRunsList(const QString &pipelineId, const QString &runId)
{
    RunsRequest *request = m_client->listRuns(pipelineId, QString(), runsListLimit);
    connect(request, &ApiRequest::finished, this, [this, request, pipelineId, runId] {
        Entry &entry = m_entries[key(pipelineId, runId)];
        if (entry.check) {
            if (!request->succeeded()) {
                if (!entry.check->error.isError())
                    entry.check->error = request->error();
            } else if (!request->isListingUnavailable()) {
                entry.check->runsListAvailable = true;
                QList<RunInfo> runs = request->page().items;
                for (RunInfo &run : runs) {
                    if (run.pipelineId.isEmpty())
                        run.pipelineId = pipelineId;
                }
                if (auto found = findNewRun(runId, runs, entry.sentAt)) {
                    entry.check->newRunFound = true;
                    entry.check->newRun = *found;
                }
            }
        }
        checkPartDone(pipelineId, runId);
    });
    request->start();
}

void RetryController::checkPartDone(const QString &pipelineId, const QString &runId)
{
    Entry &entry = m_entries[key(pipelineId, runId)];
    if (--entry.checksOutstanding > 0)
        return;
    const RetryOutcomeCheck check = entry.check.value_or(RetryOutcomeCheck());
    qCInfo(lcRetry).noquote() << "outcome check of" << runId << "found"
                              << (check.newRunFound ? check.newRun.id : u"nothing"_s);
    if (check.newRunFound) {
        entry.pendingKey = QUuid();
        entry.lastError = {};
        recordNewRun(pipelineId, runId, check.newRun);
        setState(pipelineId, runId, State::Idle);
        Q_EMIT retrySucceeded(runId, *retriedAs(pipelineId, runId));
    } else {
        setState(pipelineId, runId, State::Idle);
    }
    Q_EMIT outcomeResolved(runId);
}

} // namespace fw
