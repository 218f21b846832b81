// RetryController against the simulator over real loopback HTTP: one POST per confirmed retry,
// 201/403/404/422, unknown outcomes checked (never resent), and the Idempotency-Key reused on a
// deliberate resend. POSTs are counted at the simulator.
#include "core/api/ApiClient.h"
#include "core/monitor/retry/RetryController.h"
#include "core/monitor/retry/RetryOutlook.h"
#include "support/FakeClock.h"
#include "support/SimFixture.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fw;
using fw::sim::Fault;
using fw::test::SimFixture;
using State = RetryController::State;

namespace {
const QString pipe1 = u"pipe_001"_s;
const QString run1 = u"run_001"_s;

/// Everything one test needs: the simulator on a manual clock, a client with `key`, and a
/// controller whose clock matches the simulator's.
struct Rig
{
    explicit Rig(const QString &key = u"krn_demo_admin"_s, sim::SimulatorOptions options = {})
        : fixture(options)
    {
        ConnectionConfig config;
        config.name = u"Demo"_s;
        config.server = fixture.sim().baseUrl();
        config.tenant = u"demo"_s;
        config.apiKey = key;
        client = std::make_unique<ApiClient>(config);
        controller = RetryController::forClient(client.get());
        controller->setClock(&clock);
    }
    int posts() { return fixture.sim().requestCount(u"POST"_s, u"/retry$"_s); }
    int progressGets(const QString &runId = run1)
    {
        return fixture.sim().requestCount(u"GET"_s, u"/runs/"_s + runId + u"/progress$"_s);
    }

    SimFixture fixture;
    FakeClock clock;
    std::unique_ptr<ApiClient> client;
    RetryController *controller = nullptr;
};

} // namespace

/// Waits (event loop) until `spy` has seen `count` signals.
#define SETTLE(spy, count) QTRY_COMPARE_WITH_TIMEOUT((spy).size(), count, 10'000)

class TestRetryController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void failureNoteNamesWhatFailed_data()
    {
        QTest::addColumn<int>("status"); // 0: the connection is refused (nothing listens)
        QTest::addColumn<QString>("note");
        QTest::newRow("HTTP 503") << 503 << u"retry of run_001 failed: HTTP 503 (server-error)"_s;
        QTest::newRow("connection refused")
            << 0 << u"retry of run_001 failed: network error (Connection refused)"_s;
    }
    void failureNoteNamesWhatFailed()
    {
        QFETCH(int, status);
        QFETCH(QString, note);
        Rig rig;
        if (status > 0) {
            rig.fixture.sim().injectFault(
                Fault::withStatus(u"POST"_s, u"/retry$"_s, status, "{}", {}, -1));
        } else {
            // A server that is gone: a port nothing listens on any more.
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            ConnectionConfig config = rig.client->config();
            config.server.setPort(closed.serverPort());
            closed.close();
            rig.client->setConfig(std::make_shared<const ConnectionConfig>(config));
        }
        static QStringList notes;
        notes.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &context, const QString &message) {
                if (QByteArrayView(context.category) == "flowwatch.retry")
                    notes.append(message);
            });
        QSignalSpy failed(rig.controller, &RetryController::retryFailed);
        QSignalSpy resolved(rig.controller, &RetryController::outcomeResolved);
        QVERIFY(rig.controller->retry(pipe1, run1));
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() + resolved.size() > 0, 10'000);
        qInstallMessageHandler(previous);
        QVERIFY2(notes.contains(note), qPrintable(notes.join(u" | "_s)));
        for (const QString &line : std::as_const(notes))
            QVERIFY2(!line.contains(u" 0"_s), qPrintable(line)); // never "network 0"
    }

    void upsertRetryResumesFromTheLastProcessedRow()
    {
        Rig rig;
        QSignalSpy started(rig.controller, &RetryController::retryStarted);
        QSignalSpy succeeded(rig.controller, &RetryController::retrySucceeded);
        QSignalSpy failed(rig.controller, &RetryController::retryFailed);
        QSignalSpy inFlight(rig.controller, &RetryController::inFlightChanged);

        QVERIFY(rig.controller->retry(pipe1, run1));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0).at(0).toString(), run1);
        QCOMPARE(rig.controller->state(pipe1, run1), State::Sending);
        QVERIFY(rig.controller->hasRetryInFlight());
        QVERIFY(RetryController::anyRetryInFlight());
        QCOMPARE(rig.controller->permission(pipe1, run1, RunStatus::Failed).text(),
                 u"A retry of this run is already being sent"_s);

        SETTLE(succeeded, 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(succeeded.at(0).at(0).toString(), run1);
        const auto newRun = succeeded.at(0).at(1).value<RunInfo>();
        QCOMPARE(newRun.id, u"run_9001"_s);
        QCOMPARE(newRun.pipelineId, pipe1);
        QCOMPARE(newRun.retryOf, run1);
        QCOMPARE(newRun.resumeFromRow, std::optional<qint64>(32000));
        QCOMPARE(newRun.resumable, std::optional<bool>(true));
        QCOMPARE(RetryOutlook::retryOfText(newRun),
                 u"Retry of run_001 — resumes from row 32,000"_s);
        QCOMPARE(rig.controller->retriedAs(pipe1, run1)->id, u"run_9001"_s);
        QCOMPARE(rig.controller->retryInfo(pipe1, u"run_9001"_s)->retryOf, run1);
        QCOMPARE(rig.controller->state(pipe1, run1), State::Idle);
        QVERIFY(rig.controller->pendingKey(pipe1, run1).isNull());
        QVERIFY(!rig.controller->hasRetryInFlight());
        QVERIFY(!RetryController::anyRetryInFlight());
        QCOMPARE(inFlight.size(), 2); // true, then false
        QCOMPARE(rig.posts(), 1);
    }

    void replaceRetryStartsFromTheBeginning()
    {
        Rig rig(u"krn_demo_editor"_s);
        QSignalSpy succeeded(rig.controller, &RetryController::retrySucceeded);
        QVERIFY(rig.controller->retry(u"pipe_002"_s, u"run_101"_s));
        SETTLE(succeeded, 1);
        const auto newRun = succeeded.at(0).at(1).value<RunInfo>();
        QCOMPARE(newRun.loadStrategy, u"replace"_s);
        QCOMPARE(newRun.resumable, std::optional<bool>(false));
        QCOMPARE(RetryOutlook::retryOfText(newRun),
                 u"Retry of run_101 — starts from the beginning"_s);
        QCOMPARE(rig.posts(), 1);
    }

    void viewerIsRefusedAndThePolicyRemembers()
    {
        Rig rig(u"krn_demo_viewer"_s);
        PermissionPolicy *policy = rig.controller->policy();
        QCOMPARE(policy->role(), Role::Unknown); // not told: allowed until the server says no
        QVERIFY(rig.controller->permission(pipe1, run1, RunStatus::Failed).isAllowed());
        QSignalSpy failed(rig.controller, &RetryController::retryFailed);
        QSignalSpy policyChanged(policy, &PermissionPolicy::changed);

        QVERIFY(rig.controller->retry(pipe1, run1));
        SETTLE(failed, 1);
        const auto error = failed.at(0).at(1).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Forbidden);
        QCOMPARE(error.serverMessage, u"Insufficient permissions"_s);
        QCOMPARE(policyChanged.size(), 1);
        QVERIFY(policy->isForbiddenByServer());
        QCOMPARE(rig.controller->permission(pipe1, run1, RunStatus::Failed).text(),
                 u"The server refused: insufficient permissions"_s);
        // Other runs of the profile too.
        QCOMPARE(
            rig.controller->permission(u"pipe_002"_s, u"run_101"_s, RunStatus::CompletedWithErrors)
                .reason,
            RetryPermission::Reason::ServerRefused);
        QVERIFY(rig.controller->pendingKey(pipe1, run1).isNull());
        QCOMPARE(rig.posts(), 1);

        QVERIFY(!rig.controller->retry(pipe1, run1)); // nothing sent until the user re-checks
        QCOMPARE(rig.posts(), 1);

        policy->clearServerVerdict(); // the user re-checks
        QVERIFY(rig.controller->permission(pipe1, run1, RunStatus::Failed).isAllowed());
    }

    void viewerProfileNeverSends()
    {
        Rig rig;
        rig.controller->policy()->setRole(Role::Viewer);
        QSignalSpy started(rig.controller, &RetryController::retryStarted);
        QVERIFY(!rig.controller->retry(pipe1, run1));
        QCOMPARE(started.size(), 0);
        QTest::qWait(20);
        QCOMPARE(rig.posts(), 0);
    }

    void runningRunIsRefusedWithTheServersMessage()
    {
        Rig rig;
        rig.fixture.advance(10'000); // run_002 leaves pending and runs
        QSignalSpy failed(rig.controller, &RetryController::retryFailed);
        QSignalSpy refreshed(rig.controller, &RetryController::runRefreshed);
        QVERIFY(rig.controller->retry(pipe1, u"run_002"_s));
        SETTLE(failed, 1);
        const auto error = failed.at(0).at(1).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Unprocessable);
        QCOMPARE(error.httpStatus, 422);
        QCOMPARE(RetryOutlook::serverMessage(error),
                 u"Run status 'running' does not allow retry (must be failed or "
                 "completed_with_errors)"_s);
        QCOMPARE(rig.controller->state(pipe1, u"run_002"_s), State::Idle);
        QVERIFY(!rig.controller->policy()->isForbiddenByServer());
        // The run's state is re-fetched so the page shows why.
        SETTLE(refreshed, 1);
        QCOMPARE(refreshed.at(0).at(1).toString(), u"run_002"_s);
        QCOMPARE(refreshed.at(0).at(2).value<RunProgress>().status, RunStatus::Running);
        QCOMPARE(rig.progressGets(u"run_002"_s), 1);
        QCOMPARE(rig.posts(), 1);
    }

    void unknownRunIsNotFound()
    {
        Rig rig;
        QSignalSpy failed(rig.controller, &RetryController::retryFailed);
        QVERIFY(rig.controller->retry(pipe1, u"run_999"_s));
        SETTLE(failed, 1);
        QCOMPARE(failed.at(0).at(1).value<ApiError>().kind, ApiError::Kind::NotFound);
        QVERIFY(!rig.controller->policy()->isForbiddenByServer());
        QCOMPARE(rig.controller->lastError(pipe1, u"run_999"_s).kind, ApiError::Kind::NotFound);
    }

    void doubleClickSendsOnePost()
    {
        Rig rig;
        QSignalSpy started(rig.controller, &RetryController::retryStarted);
        QSignalSpy succeeded(rig.controller, &RetryController::retrySucceeded);
        QVERIFY(rig.controller->retry(pipe1, run1));
        QVERIFY(!rig.controller->retry(pipe1, run1));
        QCOMPARE(started.size(), 1);
        SETTLE(succeeded, 1);
        QCOMPARE(rig.posts(), 1);
    }

    void tenActivationsWithin100msSendOnePost()
    {
        // Ten activations arriving faster than the server answers (the widget test drives the
        // same through the action and its confirmation dialog).
        Rig rig;
        QSignalSpy started(rig.controller, &RetryController::retryStarted);
        QSignalSpy succeeded(rig.controller, &RetryController::retrySucceeded);
        int accepted = 0;
        for (int i = 0; i < 10; ++i)
            accepted += rig.controller->retry(pipe1, run1) ? 1 : 0;
        QCOMPARE(accepted, 1);
        QCOMPARE(started.size(), 1);
        SETTLE(succeeded, 1);
        QTest::qWait(50);
        QCOMPARE(rig.posts(), 1);
        QCOMPARE(succeeded.size(), 1);
    }

    void twoWindowsSendOnePost()
    {
        Rig rig;
        // The same client: the same controller.
        QCOMPARE(RetryController::forClient(rig.client.get()), rig.controller);
        // A second window with its own client for the same server and tenant.
        ApiClient otherClient(rig.client->config());
        RetryController *other = RetryController::forClient(&otherClient);
        QVERIFY(other != rig.controller);
        QSignalSpy succeeded(rig.controller, &RetryController::retrySucceeded);
        QSignalSpy otherStarted(other, &RetryController::retryStarted);
        QVERIFY(rig.controller->retry(pipe1, run1));
        QCOMPARE(other->permission(pipe1, run1, RunStatus::Failed).reason,
                 RetryPermission::Reason::RetryInFlight);
        QVERIFY(!other->retry(pipe1, run1));
        QCOMPARE(otherStarted.size(), 0);
        SETTLE(succeeded, 1);
        QCOMPARE(rig.posts(), 1);
        // Another run is independent.
        QSignalSpy otherSucceeded(other, &RetryController::retrySucceeded);
        QVERIFY(other->retry(u"pipe_002"_s, u"run_101"_s));
        SETTLE(otherSucceeded, 1);
        QCOMPARE(rig.posts(), 2);
    }

    void unknownOutcomeIsCheckedNotResent()
    {
        Rig rig;
        rig.fixture.sim().injectFault(
            Fault::of(Fault::Kind::DropAfterProcessing, u"POST"_s, u"/retry$"_s));
        QSignalSpy unknown(rig.controller, &RetryController::outcomeUnknown);
        QSignalSpy resolved(rig.controller, &RetryController::outcomeResolved);
        QSignalSpy succeeded(rig.controller, &RetryController::retrySucceeded);
        QSignalSpy failed(rig.controller, &RetryController::retryFailed);

        // What the user sees while the check runs, taken when it starts: on loopback the check
        // may well be over by the time a wait loop looks.
        State stateWhileChecking = State::Idle;
        auto reasonWhileChecking = RetryPermission::Reason::Allowed;
        bool resentWhileChecking = true;
        bool errorSaysUnknown = false;
        const auto whileChecking
            = connect(rig.controller, &RetryController::outcomeUnknown, this, [&] {
                  stateWhileChecking = rig.controller->state(pipe1, run1);
                  reasonWhileChecking
                      = rig.controller->permission(pipe1, run1, RunStatus::Failed).reason;
                  resentWhileChecking = rig.controller->retry(pipe1, run1);
                  errorSaysUnknown = rig.controller->lastError(pipe1, run1).outcomeUnknown;
              });
        QVERIFY(rig.controller->retry(pipe1, run1));
        SETTLE(unknown, 1);
        disconnect(whileChecking);
        QCOMPARE(stateWhileChecking, State::CheckingOutcome);
        QCOMPARE(reasonWhileChecking, RetryPermission::Reason::CheckingOutcome);
        QVERIFY(!resentWhileChecking); // no resend while checking
        QVERIFY(errorSaysUnknown);

        SETTLE(resolved, 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(rig.posts(), 1);
        QCOMPARE(rig.progressGets(), 1); // the original run was re-fetched
        QCOMPARE(rig.fixture.sim().requestCount(u"GET"_s, u"/pipelines/pipe_001/runs$"_s), 1);
        // The runs list shows the run the dropped request created.
        QCOMPARE(succeeded.size(), 1);
        QCOMPARE(succeeded.at(0).at(1).value<RunInfo>().id, u"run_9001"_s);
        const auto check = rig.controller->lastCheck(pipe1, run1);
        QVERIFY(check && check->newRunFound);
        QCOMPARE(check->originalStatus, std::optional<RunStatus>(RunStatus::Failed));
        QCOMPARE(rig.controller->state(pipe1, run1), State::Idle);
        QVERIFY(rig.controller->pendingKey(pipe1, run1).isNull());
    }

    void resendAfterUnknownOutcomeReusesTheKey()
    {
        sim::SimulatorOptions options;
        options.runsListEnabled = false; // the new run cannot be looked up
        Rig rig(u"krn_demo_admin"_s, options);
        rig.fixture.sim().injectFault(
            Fault::of(Fault::Kind::DropAfterProcessing, u"POST"_s, u"/retry$"_s));
        QSignalSpy resolved(rig.controller, &RetryController::outcomeResolved);
        QSignalSpy succeeded(rig.controller, &RetryController::retrySucceeded);

        QVERIFY(rig.controller->retry(pipe1, run1));
        SETTLE(resolved, 1);
        QCOMPARE(succeeded.size(), 0);
        const auto check = rig.controller->lastCheck(pipe1, run1);
        QVERIFY(check && !check->newRunFound && !check->runsListAvailable);
        const QUuid key = rig.controller->pendingKey(pipe1, run1);
        QVERIFY(!key.isNull());
        QCOMPARE(rig.posts(), 1);
        QCOMPARE(rig.progressGets(), 1);
        QVERIFY(rig.controller->permission(pipe1, run1, RunStatus::Failed).isAllowed());

        // The user retries again: the same key, and the server answers with the run the lost
        // request created instead of starting a second one.
        QVERIFY(rig.controller->retry(pipe1, run1));
        SETTLE(succeeded, 1);
        QCOMPARE(rig.posts(), 2);
        QCOMPARE(succeeded.at(0).at(1).value<RunInfo>().id, u"run_9001"_s);
        QVERIFY(rig.controller->pendingKey(pipe1, run1).isNull());
        const test::HttpResult second
            = rig.fixture.get("/api/v1/pipelines/pipe_001/runs/run_9002/progress");
        QCOMPARE(second.status, 404); // no second run was started

        // A new confirmed retry after a definite answer gets a new key: a new run.
        QVERIFY(rig.controller->retry(pipe1, run1));
        SETTLE(succeeded, 2);
        QCOMPARE(succeeded.at(1).at(1).value<RunInfo>().id, u"run_9002"_s);
    }

    void timeoutIsAnUnknownOutcome()
    {
        Rig rig;
        rig.client->setTimeouts({std::chrono::milliseconds(300), std::chrono::milliseconds(600)});
        rig.fixture.sim().injectFault(Fault::of(Fault::Kind::NeverAnswer, u"POST"_s, u"/retry$"_s));
        QSignalSpy unknown(rig.controller, &RetryController::outcomeUnknown);
        QSignalSpy resolved(rig.controller, &RetryController::outcomeResolved);
        QVERIFY(rig.controller->retry(pipe1, run1));
        SETTLE(unknown, 1);
        QCOMPARE(rig.controller->lastError(pipe1, run1).kind, ApiError::Kind::Timeout);
        SETTLE(resolved, 1);
        const auto check = rig.controller->lastCheck(pipe1, run1);
        QVERIFY(check && !check->newRunFound && check->runsListAvailable);
        QCOMPARE(check->summary(),
                 u"No new run was found: the retry was most likely not created. Retrying again "
                 "sends the same request key, so a server that honours it does not start a "
                 "second run."_s);
        QVERIFY(!rig.controller->pendingKey(pipe1, run1).isNull());
        QCOMPARE(rig.posts(), 1);
    }

    void olderRetriesAreNotMistakenForTheLostOne()
    {
        Rig rig;
        // Someone retried run_001 half an hour ago (simulated time).
        QCOMPARE(rig.fixture.retry("pipe_001", "run_001").status, 201);
        rig.fixture.advance(30 * 60 * 1000);
        rig.clock.advance(30 * 60 * 1000);
        rig.fixture.sim().injectFault(Fault::withStatus(u"POST"_s, u"/retry$"_s, 504));
        QSignalSpy resolved(rig.controller, &RetryController::outcomeResolved);
        QSignalSpy succeeded(rig.controller, &RetryController::retrySucceeded);
        QVERIFY(rig.controller->retry(pipe1, run1));
        SETTLE(resolved, 1);
        QCOMPARE(succeeded.size(), 0);
        const auto check = rig.controller->lastCheck(pipe1, run1);
        QVERIFY(check && check->runsListAvailable && !check->newRunFound);
    }
};

QTEST_GUILESS_MAIN(TestRetryController)
#include "tst_retrycontroller.moc"
