// RunWatcher against the simulator over real loopback HTTP, on an injected clock: cadence, one
// request in flight, the last fetch after a final status, Retry-After, backoff, 401/404, stale.
#include "core/api/ApiClient.h"
#include "core/monitor/watching/PollSchedule.h"
#include "core/monitor/watching/RunWatcher.h"
#include "sim/Simulator.h"
#include "support/FakeClock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using fw::ApiError;
using fw::FakeClock;
using fw::PollSchedule;
using fw::RunWatcher;
using fw::sim::Fault;

namespace {
const QString kProgressPath = u"/runs/[^/]+/progress$"_s;
}

class TestRunWatcher final : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<fw::sim::Simulator> m_sim;
    std::unique_ptr<fw::ApiClient> m_client;

    std::unique_ptr<fw::ApiClient> makeClient(const QString &key)
    {
        fw::ConnectionConfig config;
        config.name = u"Staging"_s;
        config.server = m_sim->baseUrl();
        config.tenant = u"demo"_s;
        config.apiKey = key;
        return std::make_unique<fw::ApiClient>(config);
    }

    std::unique_ptr<RunWatcher> watcher(const QString &pipeline, const QString &run,
                                        fw::ApiClient *client = nullptr)
    {
        auto w = std::make_unique<RunWatcher>(client ? client : m_client.get(), pipeline, run);
        w->setClock(m_clock.get());
        w->setNetworkReachable(true);
        w->setRandomSource([] { return 1.0; }); // the top of each jitter window
        return w;
    }

    int progressRequests() const { return m_sim->requestCount(u"GET"_s, kProgressPath); }

    /// Waits (event loop) until the watcher's request in flight has finished.
    static bool settle(const RunWatcher &w)
    {
        return QTest::qWaitFor([&w] { return !w.isRequestInFlight(); }, 10'000);
    }

    qint64 msUntilNextPoll(const RunWatcher &w) const
    {
        return w.nextPollAt().isValid() ? m_clock->now().msecsTo(w.nextPollAt()) : -1;
    }

    /// Advances to the next scheduled poll and waits for its answer.
    bool step(const RunWatcher &w)
    {
        if (!w.nextPollAt().isValid())
            return false;
        m_clock->advance(msUntilNextPoll(w));
        return settle(w);
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<FakeClock>();
        m_sim = std::make_unique<fw::sim::Simulator>();
        m_sim->setClock([clock = m_clock.get()] { return clock->now(); });
        QVERIFY(m_sim->start());
        m_client = makeClient(u"krn_demo_viewer"_s);
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
        m_clock.reset();
    }

    void pollsEveryTwoSecondsWhileTheRunMoves()
    {
        auto w = watcher(u"pipe_001"_s, u"run_002"_s);
        QSignalSpy updated(w.get(), &RunWatcher::progressUpdated);
        w->start();
        QVERIFY(w->isRequestInFlight());
        QVERIFY(settle(*w));
        QCOMPARE(updated.size(), 1);
        QCOMPARE(progressRequests(), 1);
        QCOMPARE(msUntilNextPoll(*w), 2000);

        m_clock->advance(1999);
        QCOMPARE(progressRequests(), 1);
        QVERIFY(!w->isRequestInFlight());
        m_clock->advance(1);
        QVERIFY(w->isRequestInFlight());
        QVERIFY(settle(*w));
        QCOMPARE(progressRequests(), 2);
        QCOMPARE(updated.size(), 2);
        QVERIFY(w->isPolling());
        QVERIFY(!w->isStale());
        QCOMPARE(w->lastSuccessAt(), m_clock->now());
    }

    void neverTwoRequestsInFlight()
    {
        auto w = watcher(u"pipe_001"_s, u"run_002"_s);
        w->start();
        w->refreshNow();
        w->refreshNow();
        w->refreshNow();
        QVERIFY(settle(*w));
        QTest::qWait(50); // a second request, if any, would now have reached the server
        QCOMPARE(progressRequests(), 1);
        // Refresh now right after: one more, at once.
        w->refreshNow();
        QVERIFY(w->isRequestInFlight());
        QVERIFY(settle(*w));
        QCOMPARE(progressRequests(), 2);
    }

    void slowsDownWhileNothingChanges()
    {
        fw::sim::RunSpec spec;
        spec.id = u"run_frozen"_s;
        spec.freezeAtProcessedRows = 5000;
        spec.startInMs = -120'000;
        m_sim->addRun(spec);
        auto w = watcher(u"pipe_001"_s, u"run_frozen"_s);
        w->start();
        QVERIFY(settle(*w));
        QCOMPARE(msUntilNextPoll(*w), 2000); // first answer: a change
        const QList<qint64> expected {3000, 4500, 6750, 8000, 8000};
        for (const qint64 delay : expected) {
            QVERIFY(step(*w));
            QCOMPARE(msUntilNextPoll(*w), delay);
        }
        // Refresh now forgets the slowdown.
        w->refreshNow();
        QVERIFY(settle(*w));
        QCOMPARE(msUntilNextPoll(*w), 3000);
    }

    void hiddenWindowPollsSlowerButKeepsWatching()
    {
        auto w = watcher(u"pipe_001"_s, u"run_002"_s);
        w->start();
        QVERIFY(settle(*w));
        w->setWindowVisible(false);
        QCOMPARE(msUntilNextPoll(*w), 15'000);
        QVERIFY(step(*w));
        QCOMPARE(progressRequests(), 2);
        QCOMPARE(msUntilNextPoll(*w), 15'000);
        w->setWindowVisible(true);
        QCOMPARE(msUntilNextPoll(*w), 2000);
    }

    void finalStatusGetsOneLastFetchThenStops()
    {
        fw::sim::RunSpec spec;
        spec.id = u"run_short"_s;
        spec.durationMs = 5000;
        m_sim->addRun(spec);
        auto w = watcher(u"pipe_001"_s, u"run_short"_s);
        QSignalSpy terminal(w.get(), &RunWatcher::reachedTerminalStatus);
        QSignalSpy status(w.get(), &RunWatcher::statusChanged);
        w->start();
        QVERIFY(settle(*w));
        int firstTerminalAt = -1;
        for (int i = 0; i < 20 && w->isPolling(); ++i) {
            if (firstTerminalAt < 0 && fw::isTerminal(w->progress().status))
                firstTerminalAt = progressRequests();
            QVERIFY(step(*w));
        }
        QVERIFY(firstTerminalAt > 0);
        QCOMPARE(progressRequests(), firstTerminalAt + 1); // exactly one last fetch
        QVERIFY(!w->isPolling());
        QCOMPARE(terminal.size(), 1);
        QCOMPARE(terminal.first().first().value<fw::RunStatus>(), fw::RunStatus::Completed);
        QCOMPARE(status.last().first().value<fw::RunStatus>(), fw::RunStatus::Completed);
        m_clock->advance(10 * 60'000);
        QTest::qWait(50);
        QCOMPARE(progressRequests(), firstTerminalAt + 1);
        QCOMPARE(terminal.size(), 1);
    }

    void alreadyFinalRunIsFetchedOnce()
    {
        auto w = watcher(u"pipe_001"_s, u"run_001"_s);
        QSignalSpy terminal(w.get(), &RunWatcher::reachedTerminalStatus);
        w->start();
        QVERIFY(settle(*w));
        QCOMPARE(terminal.size(), 1);
        QVERIFY(!w->isPolling());
        QVERIFY(!w->nextPollAt().isValid());
        m_clock->advance(60'000);
        QCOMPARE(progressRequests(), 1);
    }

    void retryAfterIsHonouredToTheSecond()
    {
        auto w = watcher(u"pipe_001"_s, u"run_002"_s);
        m_sim->injectFault(
            Fault::withStatus(u"GET"_s, kProgressPath, 429, "{}"_ba, {{"Retry-After"_ba, "7"_ba}}));
        QSignalSpy failed(w.get(), &RunWatcher::pollFailed);
        w->start();
        QVERIFY(settle(*w));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(w->lastError().kind, ApiError::Kind::RateLimited);
        QCOMPARE(msUntilNextPoll(*w), 7000);
        m_clock->advance(6999);
        QTest::qWait(20);
        QCOMPARE(progressRequests(), 1);
        m_clock->advance(1);
        QVERIFY(settle(*w));
        QCOMPARE(progressRequests(), 2);
        QVERIFY(!w->isStale());
        QCOMPARE(msUntilNextPoll(*w), 2000);
    }

    void backoff_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<double>("random");
        QTest::addColumn<QList<qint64>>("delays");
        const QList<qint64> ceilings {1000, 2000, 4000, 8000, 16'000, 32'000, 60'000, 60'000};
        QTest::newRow("500 at the top of the window") << 500 << 1.0 << ceilings;
        QTest::newRow("502 at half")
            << 502 << 0.5 << QList<qint64> {500, 1000, 2000, 4000, 8000, 16'000, 30'000, 30'000};
        QTest::newRow("503 without Retry-After, floor") << 503 << 0.0 << QList<qint64>(8, 250);
    }

    void backoff()
    {
        QFETCH(int, status);
        QFETCH(double, random);
        QFETCH(QList<qint64>, delays);
        auto w = watcher(u"pipe_001"_s, u"run_002"_s);
        w->setRandomSource([random] { return random; });
        m_sim->injectFault(
            Fault::withStatus(u"GET"_s, kProgressPath, status, "<html>oops</html>"_ba, {}, -1));
        w->start();
        QVERIFY(settle(*w));
        for (qsizetype i = 0; i < delays.size(); ++i) {
            QCOMPARE(w->lastError().kind, ApiError::Kind::ServerError);
            QCOMPARE(msUntilNextPoll(*w), delays.at(i));
            QVERIFY(msUntilNextPoll(*w) <= w->schedule().backoffCeiling().count());
            if (i + 1 < delays.size())
                QVERIFY(step(*w));
        }
        QCOMPARE(progressRequests(), int(delays.size()));
        QVERIFY(w->isPolling());
    }

    void networkErrorsBackOffAndKeepTheLastGoodState()
    {
        auto w = watcher(u"pipe_001"_s, u"run_002"_s);
        w->start();
        QVERIFY(settle(*w));
        const fw::RunProgress good = w->progress();
        const QDateTime goodAt = w->lastSuccessAt();
        QSignalSpy stale(w.get(), &RunWatcher::staleChanged);

        m_sim->injectFault(Fault::of(Fault::Kind::ResetAfterHeaders, u"GET"_s, kProgressPath, -1));
        QVERIFY(step(*w));
        QCOMPARE(stale.size(), 1);
        QCOMPARE(stale.first().first().toBool(), true);
        QVERIFY(w->isStale());
        QVERIFY(w->hasProgress());
        QCOMPARE(w->progress(), good);
        QCOMPARE(w->lastSuccessAt(), goodAt);
        QVERIFY(w->lastError().isTransient());
        QCOMPARE(msUntilNextPoll(*w), 1000);
        QVERIFY(step(*w));
        QCOMPARE(msUntilNextPoll(*w), 2000);

        m_sim->clearFaults();
        QVERIFY(step(*w));
        QVERIFY(!w->isStale());
        QCOMPARE(stale.size(), 2);
        QCOMPARE(w->lastSuccessAt(), m_clock->now());
    }

    void badPayloadKeepsTheLastGoodData()
    {
        auto w = watcher(u"pipe_001"_s, u"run_002"_s);
        w->start();
        QVERIFY(settle(*w));
        const fw::RunProgress good = w->progress();
        m_sim->injectFault(Fault::withStatus(u"GET"_s, kProgressPath, 200,
                                             R"({"status":"running","totalRows":"500"})"_ba));
        QVERIFY(step(*w));
        QCOMPARE(w->lastError().kind, ApiError::Kind::BadPayload);
        QVERIFY(w->isStale());
        QCOMPARE(w->progress(), good);
        QVERIFY(w->isPolling());
    }

    void rejectedKeyStopsAfterExactlyOneRequest()
    {
        auto client = makeClient(u"krn_not_a_key"_s);
        auto w = watcher(u"pipe_001"_s, u"run_002"_s, client.get());
        QSignalSpy stopped(w.get(), &RunWatcher::pollingStopped);
        w->start();
        QVERIFY(settle(*w));
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(stopped.first().first().value<ApiError>().kind, ApiError::Kind::Unauthorized);
        QVERIFY(!w->isPolling());
        QVERIFY(!w->nextPollAt().isValid());
        QCOMPARE(w->lastErrorMessage().left(30), u"API key rejected for Staging —"_s);
        m_clock->advance(30 * 60'000);
        QTest::qWait(50);
        QCOMPARE(progressRequests(), 1);
        QCOMPARE(stopped.size(), 1);
    }

    void missingRunStops()
    {
        auto w = watcher(u"pipe_001"_s, u"run_gone"_s);
        QSignalSpy stopped(w.get(), &RunWatcher::pollingStopped);
        w->start();
        QVERIFY(settle(*w));
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(w->lastError().kind, ApiError::Kind::NotFound);
        QVERIFY(
            w->lastErrorMessage().startsWith(u"Run not found (deleted, or in another tenant)"_s));
        m_clock->advance(30 * 60'000);
        QCOMPARE(progressRequests(), 1);
    }

    void forbiddenSaysSoAndRetriesSlowly()
    {
        auto w = watcher(u"pipe_001"_s, u"run_002"_s);
        m_sim->injectFault(Fault::withStatus(
            u"GET"_s, kProgressPath, 403, R"({"error":{"code":"FORBIDDEN","message":"no"}})"_ba));
        w->start();
        QVERIFY(settle(*w));
        QVERIFY(w->lastErrorMessage().startsWith(u"No permission to view this run"_s));
        QVERIFY(w->isPolling());
        QCOMPARE(msUntilNextPoll(*w), 1000);
    }

    void offlinePausesAndComingBackPollsOnce()
    {
        auto w = watcher(u"pipe_001"_s, u"run_002"_s);
        w->start();
        QVERIFY(settle(*w));
        w->setNetworkReachable(false);
        QVERIFY(!w->nextPollAt().isValid());
        m_clock->advance(5 * 60'000);
        QTest::qWait(20);
        QCOMPARE(progressRequests(), 1);
        w->setNetworkReachable(true);
        QVERIFY(w->isRequestInFlight());
        QVERIFY(settle(*w));
        QCOMPARE(progressRequests(), 2);
        QCOMPARE(msUntilNextPoll(*w), 2000);
    }

    void stopCancelsAndRefreshResumesAfterAStop()
    {
        auto client = makeClient(u"krn_not_a_key"_s);
        auto w = watcher(u"pipe_001"_s, u"run_002"_s, client.get());
        w->start();
        QVERIFY(settle(*w));
        QVERIFY(!w->isPolling());
        // The user fixed the key and pressed Refresh now.
        fw::ConnectionConfig config = client->config();
        config.apiKey = u"krn_demo_viewer"_s;
        client->setConfig(config);
        w->refreshNow();
        QVERIFY(settle(*w));
        QVERIFY(w->isPolling());
        QVERIFY(!w->isStale());
        w->stop();
        QVERIFY(!w->isPolling());
        m_clock->advance(60'000);
        QCOMPARE(progressRequests(), 2);
    }

    void editedConnectionRebindsAndResumes()
    {
        auto client = makeClient(u"krn_not_a_key"_s);
        auto w = watcher(u"pipe_001"_s, u"run_002"_s, client.get());
        w->start();
        QVERIFY(settle(*w));
        QVERIFY(!w->isPolling()); // 401
        QVERIFY(w->isStale());
        QVERIFY(w->lastErrorMessage().contains(u"API key rejected"_s));
        const qsizetype before = m_sim->headerValues("x-api-key", u"GET"_s, kProgressPath).size();
        // The connection is edited (a new published value): the watcher polls at once with it,
        // without anyone pressing Refresh, and names the connection by its new settings.
        fw::ConnectionConfig edited = client->config();
        edited.apiKey = u"krn_demo_viewer"_s;
        edited.name = u"Renamed"_s;
        const fw::ConnectionConfigPtr old = client->sharedConfig();
        client->setConfig(std::make_shared<const fw::ConnectionConfig>(edited));
        QCOMPARE(old->apiKey, u"krn_not_a_key"_s); // a published value never changes
        QVERIFY(w->isRequestInFlight());
        QVERIFY(settle(*w));
        QVERIFY(w->isPolling());
        QVERIFY(!w->isStale());
        QVERIFY(w->hasProgress());
        QCOMPARE(m_sim->headerValues("x-api-key", u"GET"_s, kProgressPath).mid(before),
                 (QList<QByteArray> {"krn_demo_viewer"}));
        // The same settings again change nothing: no extra poll.
        client->setConfig(edited);
        QVERIFY(!w->isRequestInFlight());
        // The client goes (its connection was removed): the watcher stops instead of crashing.
        w->stop();
        client.reset();
        QVERIFY(!w->client());
        w->refreshNow();
        QVERIFY(!w->isPolling());
        QVERIFY(!w->isRequestInFlight());
        QCOMPARE(w->lastErrorMessage(), QString());
    }

    void baseIntervalIsClamped_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("effective");
        QTest::newRow("below 1 s") << 100 << 1000;
        QTest::newRow("default") << 2000 << 2000;
        QTest::newRow("10 s") << 10'000 << 10'000;
        QTest::newRow("above 60 s") << 600'000 << 60'000;
    }

    void baseIntervalIsClamped()
    {
        QFETCH(int, requested);
        QFETCH(int, effective);
        auto w = watcher(u"pipe_001"_s, u"run_002"_s);
        w->setBaseInterval(std::chrono::milliseconds(requested));
        QCOMPARE(w->baseInterval().count(), effective);
        w->start();
        QVERIFY(settle(*w));
        QCOMPARE(msUntilNextPoll(*w), effective);
    }
};

QTEST_GUILESS_MAIN(TestRunWatcher)
#include "tst_runwatcher.moc"
