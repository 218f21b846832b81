// Hostile servers, one test per scenario of the simulator's hostile mode (sim/HostileScenario),
// asserting what reliability.md promises: a clear message, the last good data kept and marked
// stale, bounded memory ("Response too large"), no request storm (counted at the simulator), no
// key sent to another host, nothing read from the disk. RunWatcher runs on an injected clock, so
// ten minutes of polling take a fraction of a second; only the slow drip waits (half a second).
#include "core/api/ApiClient.h"
#include "core/api/ParseProgress.h"
#include "core/api/ProgressRequest.h"
#include "core/monitor/retry/PermissionPolicy.h"
#include "core/monitor/retry/RetryController.h"
#include "core/monitor/watching/RunWatcher.h"
#include "sim/HostileScenario.h"
#include "sim/Simulator.h"
#include "support/FakeClock.h"
#include "support/ProcStatus.h"
#include "support/RawHttpServer.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using fw::ApiError;
using fw::FakeClock;
using fw::RunWatcher;
using fw::sim::Fault;
using fw::sim::HostileScenario;

namespace {
const QString kProgressPath = u"/runs/[^/]+/progress$"_s;
const QString kPipeline = u"pipe_001"_s;
const QString kRun = u"run_hostile"_s;
constexpr qint64 kTenMinutes = 10 * 60'000;

bool sane(double v)
{
    return std::isfinite(v);
}
} // namespace

class TestReliability final : public QObject
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
        auto client = std::make_unique<fw::ApiClient>(config);
        return client;
    }

    /// A run stuck at 1,000 of 10,000 rows: every good poll gives the same state.
    void addStuckRun()
    {
        fw::sim::RunSpec spec;
        spec.pipelineId = kPipeline;
        spec.id = kRun;
        spec.freezeAtProcessedRows = 1000;
        spec.startInMs = -120'000;
        m_sim->addRun(spec);
    }

    /// A watcher that has seen one good poll of the stuck run.
    std::unique_ptr<RunWatcher> goodWatcher(fw::ApiClient *client = nullptr)
    {
        auto w = std::make_unique<RunWatcher>(client ? client : m_client.get(), kPipeline, kRun);
        w->setClock(m_clock.get());
        w->setNetworkReachable(true);
        // Deterministic but spread like the real jitter.
        auto random = std::make_shared<QRandomGenerator>(7);
        w->setRandomSource([random] { return random->generateDouble(); });
        w->start();
        if (!settle(*w) || !w->hasProgress() || w->isStale())
            return nullptr;
        return w;
    }

    void playHostile(const QString &name, const HostileScenario::Target &target)
    {
        const QList<Fault> faults = HostileScenario::faults(name, target);
        QVERIFY2(!faults.isEmpty(), qPrintable(name));
        for (const Fault &fault : faults)
            m_sim->injectFault(fault);
    }

    void playHostile(const QString &name) { playHostile(name, HostileScenario::Target()); }

    int progressRequests() const { return m_sim->requestCount(u"GET"_s, kProgressPath); }

    static bool settle(const RunWatcher &w, int timeoutMs = 20'000)
    {
        return QTest::qWaitFor([&w] { return !w.isRequestInFlight(); }, timeoutMs);
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
        m_clock->advance(std::max<qint64>(0, msUntilNextPoll(w)));
        return settle(w);
    }

    /// Lets `ms` of (injected) time pass poll by poll; returns the requests that reached the
    /// simulator meanwhile. Stops counting at 1,000 (a storm) rather than looping for ever.
    int requestsDuring(const RunWatcher &w, qint64 ms)
    {
        const int before = progressRequests();
        const QDateTime end = m_clock->now().addMSecs(ms);
        while (w.nextPollAt().isValid() && w.nextPollAt() <= end
               && progressRequests() - before < 1000) {
            if (!step(w))
                break;
        }
        if (m_clock->now() < end)
            m_clock->advance(m_clock->now().msecsTo(end));
        settle(w);
        return progressRequests() - before;
    }

    /// The row every payload and transport scenario shares: the scenario's poll failed with
    /// `kind`, the message says `says`, the last good progress is still there and stale, the
    /// watcher keeps polling, and ten minutes of it stay far from a storm.
    void expectStaleAndCalm(RunWatcher &w, const fw::RunProgress &good, ApiError::Kind kind,
                            const QString &says)
    {
        QCOMPARE(w.lastError().kind, kind);
        QVERIFY2(w.lastErrorMessage().contains(says, Qt::CaseInsensitive),
                 qPrintable(w.lastErrorMessage()));
        QVERIFY(w.isStale());
        QVERIFY(w.hasProgress());
        QCOMPARE(w.progress().processedRows, good.processedRows);
        QCOMPARE(w.progress().totalRows, good.totalRows);
        QCOMPARE(w.progress().status, good.status);
        QVERIFY(w.isPolling());
        QVERIFY(w.nextPollAt().isValid());
        const int requests = requestsDuring(w, kTenMinutes);
        // Backoff with jitter up to a minute: about 15 in ten minutes; a storm would be
        // thousands.
        QVERIFY2(requests <= 30, qPrintable(QString::number(requests)));
        QVERIFY(requests >= 5); // and it does keep trying
    }

    /// Plays `scenario` on a watcher that saw one good poll and checks the shared row.
    void failsCalmly(const QString &scenario, ApiError::Kind kind, const QString &says)
    {
        auto w = goodWatcher();
        QVERIFY(w);
        const fw::RunProgress good = w->progress();
        playHostile(scenario);
        QSignalSpy failed(w.get(), &RunWatcher::pollFailed);
        QVERIFY(step(*w));
        QCOMPARE(failed.size(), 1);
        expectStaleAndCalm(*w, good, kind, says);
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<FakeClock>();
        m_sim = std::make_unique<fw::sim::Simulator>();
        m_sim->setClock([clock = m_clock.get()] { return clock->now(); });
        QVERIFY(m_sim->start());
        addStuckRun();
        m_client = makeClient(u"krn_demo_viewer"_s);
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
        m_clock.reset();
    }

    void everyScenarioHasFaultsAndADescription()
    {
        const QStringList names = HostileScenario::names();
        QVERIFY(names.size() >= 20);
        for (const QString &name : names) {
            QVERIFY2(!HostileScenario::faults(name).isEmpty(), qPrintable(name));
            QVERIFY2(!HostileScenario::description(name).isEmpty(), qPrintable(name));
        }
        QVERIFY(HostileScenario::faults(u"no-such-scenario"_s).isEmpty());
    }

    // --- size ----------------------------------------------------------------------------------

    void hugeBodyWithoutLength()
    {
        auto w = goodWatcher();
        QVERIFY(w);
        const fw::RunProgress good = w->progress();
        [[maybe_unused]] const double peakBefore = fw::test::procStatusMiB("VmHWM");
        playHostile(u"huge-body"_s);
        QVERIFY(step(*w));
        QCOMPARE(w->lastError().kind, ApiError::Kind::TooLarge);
        QVERIFY(w->lastErrorMessage().startsWith(u"Response too large"_s));
        // The progress cap is 32 MiB; the whole 100 MB never sits in memory. Checked without
        // sanitizers only: AddressSanitizer keeps freed blocks in a 256 MiB quarantine and adds
        // shadow memory, which stays resident without being a leak (measured: +156 MiB).
#ifndef FLOWWATCH_SANITIZED
        if (peakBefore > 0) {
            const double growth = fw::test::procStatusMiB("VmHWM") - peakBefore;
            QVERIFY2(growth < 90, qPrintable(QString::number(growth)));
        }
#endif
        QVERIFY(w->isStale());
        QCOMPARE(w->progress().processedRows, good.processedRows);
        // Backs off like any failure (each further poll would read 32 MiB: not repeated here).
        QVERIFY(w->isPolling());
        QVERIFY(msUntilNextPoll(*w) >= fw::PollSchedule::kBackoffFloor.count());
        m_sim->clearFaults();
        QVERIFY(step(*w));
        QVERIFY(!w->isStale());
    }

    void hugeDeclaredLength()
    {
        failsCalmly(u"huge-length"_s, ApiError::Kind::TooLarge, u"Response too large"_s);
    }

    void millionPartitions()
    {
        failsCalmly(u"million-partitions"_s, ApiError::Kind::TooLarge, u"Response too large"_s);
    }

    void deepNesting()
    {
        failsCalmly(u"deep-nesting"_s, ApiError::Kind::BadPayload,
                    u"Server sent unreadable data"_s);
    }

    // --- text and numbers ----------------------------------------------------------------------

    void invalidUtf8()
    {
        auto w = goodWatcher();
        QVERIFY(w);
        playHostile(u"invalid-utf8"_s);
        QVERIFY(step(*w));
        // Shown, each bad sequence as U+FFFD, the good text around it kept; never rejected, and
        // never bytes passed through as if they were text.
        QCOMPARE(w->lastError().kind, ApiError::Kind::None);
        QVERIFY(!w->isStale());
        QVERIFY(w->hasProgress());
        const fw::RunProgress p = w->progress();
        QCOMPARE(p.processedRows, 1000);
        QVERIFY2(p.eta.startsWith(u"caf\uFFFD("_s), qPrintable(p.eta));
        QVERIFY2(p.eta.endsWith(u"\uFFFD end"_s), qPrintable(p.eta));
        QVERIFY(!p.log.isEmpty());
        QCOMPARE(p.log.constFirst().message, p.eta);
        QVERIFY(!p.validationErrors.isEmpty());
        QCOMPARE(p.validationErrors.constFirst().column, p.eta);
        QVERIFY(requestsDuring(*w, kTenMinutes) <= 300); // 2 s at the quickest
    }

    void nanCounters()
    {
        failsCalmly(u"nan-counters"_s, ApiError::Kind::BadPayload,
                    u"Server sent unreadable data"_s);
    }

    void overflowCounters()
    {
        auto w = goodWatcher();
        QVERIFY(w);
        const fw::RunProgress good = w->progress();
        playHostile(u"overflow-counters"_s);
        QVERIFY(step(*w));
        // 1e400 is no number a counter can hold: rejected, naming the field, never an infinity.
        QCOMPARE(w->lastError().kind, ApiError::Kind::BadPayload);
        QVERIFY2(w->lastErrorMessage().contains(u"Server sent unreadable data"_s),
                 qPrintable(w->lastErrorMessage()));
        QCOMPARE(w->progress().totalRows, good.totalRows);
        expectStaleAndCalm(*w, good, ApiError::Kind::BadPayload, u"unreadable"_s);
    }

    void negativeCounters()
    {
        auto w = goodWatcher();
        QVERIFY(w);
        playHostile(u"negative-counters"_s);
        QVERIFY(step(*w));
        // Flagged, not silently clamped: the values arrive as sent for the views to mark as out
        // of range, or the answer is refused naming the field.
        if (w->lastError().kind == ApiError::Kind::None) {
            QCOMPARE(w->progress().totalRows, -5);
            QCOMPARE(w->progress().processedRows, -10);
        } else {
            QCOMPARE(w->lastError().kind, ApiError::Kind::BadPayload);
            QVERIFY(!w->lastError().field.isEmpty());
        }
        QVERIFY(sane(double(w->progress().processedRows)));
    }

    void wrongTypes()
    {
        auto w = goodWatcher();
        QVERIFY(w);
        const fw::RunProgress good = w->progress();
        playHostile(u"wrong-types"_s);
        QVERIFY(step(*w));
        QCOMPARE(w->lastError().field, u"processedRows"_s);
        QVERIFY2(w->lastErrorMessage().contains(u"processedRows"_s),
                 qPrintable(w->lastErrorMessage()));
        QCOMPARE(w->progress().processedRows, good.processedRows); // never a silent 0
        expectStaleAndCalm(*w, good, ApiError::Kind::BadPayload, u"processedRows"_s);
    }

    void duplicateKeys()
    {
        auto w = goodWatcher();
        QVERIFY(w);
        playHostile(u"duplicate-keys"_s);
        QVERIFY(step(*w));
        // One meaning for a repeated key, the same as a whole parse gives (the last one wins).
        const QByteArray body = HostileScenario::faults(u"duplicate-keys"_s).constFirst().body;
        fw::RunProgress whole;
        const ApiError wholeError = fw::parseProgress(body, &whole);
        QCOMPARE(w->lastError().kind, wholeError.kind);
        if (!wholeError.isError()) {
            QCOMPARE(w->progress().status, whole.status);
            QCOMPARE(w->progress().processedRows, whole.processedRows);
            QCOMPARE(w->progress().status, fw::RunStatus::Failed);
            QCOMPARE(w->progress().processedRows, 1000);
        }
    }

    void html200()
    {
        failsCalmly(u"html-200"_s, ApiError::Kind::BadPayload, u"an HTML page instead of JSON"_s);
    }

    void html502()
    {
        auto w = goodWatcher();
        QVERIFY(w);
        const fw::RunProgress good = w->progress();
        playHostile(u"html-502"_s);
        QVERIFY(step(*w));
        // The page is not shown, not even as text.
        QVERIFY(!w->lastErrorMessage().contains(u"Welcome"_s));
        QVERIFY(!w->lastErrorMessage().contains(u'<'));
        QVERIFY(w->lastError().serverMessage.isEmpty());
        expectStaleAndCalm(*w, good, ApiError::Kind::ServerError, u"HTTP 502"_s);
    }

    void markupAndBidiInEveryString()
    {
        auto w = goodWatcher();
        QVERIFY(w);
        playHostile(u"markup-and-bidi"_s);
        QVERIFY(step(*w));
        QCOMPARE(w->lastError().kind, ApiError::Kind::None);
        const fw::RunProgress &p = w->progress();
        // Kept as data, exactly as sent: the views show it as plain text.
        const QString sent = QString::fromUtf8(HostileScenario::markupAndBidiText())
                                 .replace(u"\\u0000"_s, QString(QChar(0)))
                                 .replace(u"\\u0007"_s, u"\a"_s);
        QCOMPARE(p.statusText, sent);
        QCOMPARE(p.status, fw::RunStatus::Unknown);
        QCOMPARE(p.eta, sent);
        QCOMPARE(p.loadStrategy, sent);
        QCOMPARE(p.partitionDetails.size(), 1);
        QCOMPARE(p.partitionDetails.at(0).statusText, sent);
        QCOMPARE(p.log.size(), 1);
        QCOMPARE(p.log.at(0).message, sent);
        QCOMPARE(p.log.at(0).stage, sent);
        QCOMPARE(p.validationErrors.size(), 1);
        QCOMPARE(p.validationErrors.at(0).value, sent);
        QCOMPARE(p.validationErrors.at(0).column, sent);
        // An unknown status keeps polling at the normal pace.
        QVERIFY(w->isPolling());
        QVERIFY(requestsDuring(*w, kTenMinutes) <= 300);
    }

    // --- redirects -----------------------------------------------------------------------------

    void redirectToAnotherHost()
    {
        fw::test::RawHttpServer other;
        QVERIFY(other.listen());
        other.setDefaultReply({fw::test::RawHttpServer::response(200, "{}"), {}});
        HostileScenario::Target target;
        target.otherOrigin = "http://localhost:"_ba + QByteArray::number(other.port());
        auto w = goodWatcher();
        QVERIFY(w);
        const fw::RunProgress good = w->progress();
        playHostile(u"redirect-other-host"_s, target);
        QVERIFY(step(*w));
        QCOMPARE(w->lastError().host, u"localhost"_s);
        QVERIFY2(w->lastErrorMessage().contains(u"Server redirected to localhost"_s),
                 qPrintable(w->lastErrorMessage()));
        expectStaleAndCalm(*w, good, ApiError::Kind::Redirect, u"check the server URL"_s);
        // Not followed: the other host never heard from us, so it never saw the key.
        QCOMPARE(other.connectionCount(), 0);
        for (const QByteArray &raw : other.requests())
            QVERIFY(!raw.contains("krn_demo"));
    }

    void redirectLoop()
    {
        auto w = goodWatcher();
        QVERIFY(w);
        const fw::RunProgress good = w->progress();
        const int before = progressRequests();
        playHostile(u"redirect-loop"_s);
        QVERIFY(step(*w));
        // Same origin, so followed, but only a few times per poll.
        QVERIFY2(progressRequests() - before <= 6, qPrintable(QString::number(progressRequests())));
        QVERIFY(w->lastError().isError());
        QVERIFY2(w->lastErrorMessage().contains(u"redirect"_s, Qt::CaseInsensitive),
                 qPrintable(w->lastErrorMessage()));
        QVERIFY(w->isStale());
        QCOMPARE(w->progress().processedRows, good.processedRows);
        // No storm: polls back off as for any failure. Each poll is one request and the five
        // redirects followed; under load Qt 6.4 sometimes goes on following a loop on its
        // connection after the reply gave up (measured: up to 23 requests for one poll), which
        // the bound allows without letting a storm through.
        const int before2 = progressRequests();
        int polls = 0;
        const QDateTime end = m_clock->now().addMSecs(kTenMinutes);
        while (w->nextPollAt().isValid() && w->nextPollAt() <= end && polls < 1000) {
            if (!step(*w))
                break;
            ++polls;
        }
        const int requests = progressRequests() - before2;
        QVERIFY2(polls <= 30, qPrintable(QString::number(polls)));
        QVERIFY2(requests <= polls * 25, qPrintable(QString::number(requests)));
    }

    void redirectToAFile()
    {
        auto w = goodWatcher();
        QVERIFY(w);
        const fw::RunProgress good = w->progress();
        playHostile(u"redirect-file"_s);
        QVERIFY(step(*w));
        QVERIFY(!w->lastErrorMessage().contains(u"root:"_s)); // nothing read from the disk
        QVERIFY2(w->lastErrorMessage().contains(u"file"_s), qPrintable(w->lastErrorMessage()));
        expectStaleAndCalm(*w, good, ApiError::Kind::Redirect, u"check the server URL"_s);
    }

    // --- time ----------------------------------------------------------------------------------

    void slowDrip()
    {
        m_client->setTimeouts({std::chrono::milliseconds(15'000), std::chrono::milliseconds(500)});
        auto w = goodWatcher();
        QVERIFY(w);
        const fw::RunProgress good = w->progress();
        playHostile(u"slow-drip"_s); // a byte every 5 s: the idle timeout never fires
        QVERIFY(w->nextPollAt().isValid());
        m_clock->advance(msUntilNextPoll(*w));
        QVERIFY(w->isRequestInFlight());
        QVERIFY(settle(*w, 5000));
        QCOMPARE(w->lastError().kind, ApiError::Kind::Timeout);
        QVERIFY(w->lastErrorMessage().startsWith(u"Server not responding"_s));
        QVERIFY(w->isStale());
        QCOMPARE(w->progress().processedRows, good.processedRows);
        // The next poll is scheduled as after any failure, and only one is ever in flight.
        QVERIFY(w->isPolling());
        QVERIFY(msUntilNextPoll(*w) > 0);
        QVERIFY(msUntilNextPoll(*w) <= w->schedule().backoffCeiling().count());
        m_sim->clearFaults();
        QVERIFY(step(*w));
        QVERIFY(!w->isStale());
    }

    void retryAfter_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<qint64>("firstWaitMs"); // at least; -1: only the backoff floor
        QTest::addColumn<int>("maxRequests"); // in ten minutes
        QTest::newRow("zero") << u"retry-after-zero"_s << 2000LL << 30;
        QTest::newRow("negative") << u"retry-after-negative"_s << -1LL << 30;
        QTest::newRow("huge") << u"retry-after-huge"_s << 900'000LL << 1;
        QTest::newRow("a date in the past") << u"retry-after-past"_s << 2000LL << 30;
        QTest::newRow("garbage") << u"retry-after-garbage"_s << -1LL << 30;
    }

    void retryAfter()
    {
        QFETCH(QString, scenario);
        QFETCH(qint64, firstWaitMs);
        QFETCH(int, maxRequests);
        auto w = goodWatcher();
        QVERIFY(w);
        const fw::RunProgress good = w->progress();
        playHostile(scenario);
        QVERIFY(step(*w));
        QCOMPARE(w->lastError().kind, ApiError::Kind::ServerError);
        QCOMPARE(w->lastError().httpStatus, 503);
        QVERIFY(w->isStale());
        QCOMPARE(w->progress().processedRows, good.processedRows);
        if (firstWaitMs > 0)
            QVERIFY2(msUntilNextPoll(*w) >= firstWaitMs,
                     qPrintable(QString::number(msUntilNextPoll(*w))));
        QVERIFY(msUntilNextPoll(*w) >= fw::PollSchedule::kBackoffFloor.count());
        QVERIFY(msUntilNextPoll(*w) <= 900'000);
        // The message states the wait that will really happen, never the server's 0 s.
        const QString wait
            = u"Retrying automatically in %1 s."_s.arg((msUntilNextPoll(*w) + 999) / 1000);
        QVERIFY2(w->lastErrorMessage().endsWith(wait), qPrintable(w->lastErrorMessage()));
        QVERIFY(!w->lastErrorMessage().contains(u"wait 0 s"_s));
        // Counted at the simulator: ~23 a second before the fix, a handful now.
        const int requests = requestsDuring(*w, kTenMinutes);
        QVERIFY2(requests <= maxRequests, qPrintable(QString::number(requests)));
        QVERIFY(w->isPolling());
    }

    // The harshest jitter (always the bottom of the window): Retry-After 0 still waits the base
    // interval, never less.
    void retryAfterZeroAtTheBottomOfTheJitter()
    {
        auto w = goodWatcher();
        QVERIFY(w);
        w->setRandomSource([] { return 0.0; });
        playHostile(u"retry-after-zero"_s);
        for (int i = 0; i < 20; ++i) {
            QVERIFY(step(*w));
            QVERIFY(msUntilNextPoll(*w) >= w->baseInterval().count());
        }
        QVERIFY(requestsDuring(*w, kTenMinutes) <= 300);
    }

    // --- who you are ---------------------------------------------------------------------------

    void keyRevokedMidSession()
    {
        auto w = goodWatcher();
        QVERIFY(w);
        const fw::RunProgress good = w->progress();
        QSignalSpy stopped(w.get(), &RunWatcher::pollingStopped);
        m_sim->setKeyRole("krn_demo_viewer", QString()); // revoked: 401
        QVERIFY(step(*w));
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(w->lastError().kind, ApiError::Kind::Unauthorized);
        QVERIFY(w->lastErrorMessage().startsWith(u"API key rejected for Staging"_s));
        QVERIFY(!w->isPolling());
        QVERIFY(w->isStale());
        QCOMPARE(w->progress().processedRows, good.processedRows);
        // No retry loop.
        const int before = progressRequests();
        m_clock->advance(kTenMinutes);
        QTest::qWait(20);
        QCOMPARE(progressRequests(), before);
        QCOMPARE(stopped.size(), 1);
    }

    void unauthorizedScenario()
    {
        auto w = goodWatcher();
        QVERIFY(w);
        playHostile(u"unauthorized"_s);
        QVERIFY(step(*w));
        QCOMPARE(w->lastError().kind, ApiError::Kind::Unauthorized);
        QVERIFY(!w->isPolling());
        const int before = progressRequests();
        m_clock->advance(kTenMinutes);
        QTest::qWait(20);
        QCOMPARE(progressRequests(), before);
    }

    void roleChangedMidSession()
    {
        auto admin = makeClient(u"krn_demo_admin"_s);
        auto *controller = fw::RetryController::forClient(admin.get());
        controller->setClock(m_clock.get());
        QVERIFY(controller->policy()->profilePermission().isAllowed());
        // The UI allowed the click; meanwhile an administrator made this key a viewer.
        m_sim->setKeyRole("krn_demo_admin", u"viewer"_s);
        QSignalSpy failed(controller, &fw::RetryController::retryFailed);
        QVERIFY(controller->retry(u"pipe_001"_s, u"run_001"_s));
        QVERIFY(failed.wait(10'000));
        const ApiError error = controller->lastError(u"pipe_001"_s, u"run_001"_s);
        QCOMPARE(error.kind, ApiError::Kind::Forbidden);
        QVERIFY(error.userMessage().startsWith(u"Insufficient permissions"_s));
        QCOMPARE(m_sim->requestCount(u"POST"_s, u"/retry$"_s), 1);
        // Retry stays off for this profile until the user re-checks; nothing else is sent.
        QVERIFY(controller->policy()->isForbiddenByServer());
        QVERIFY(!controller->retry(u"pipe_001"_s, u"run_001"_s));
        QTest::qWait(20);
        QCOMPARE(m_sim->requestCount(u"POST"_s, u"/retry$"_s), 1);
        // Reading still works for a viewer: other runs are unaffected.
        auto w = goodWatcher(admin.get());
        QVERIFY(w);
    }
};

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
