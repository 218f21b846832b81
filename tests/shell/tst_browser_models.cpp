#include "core/api/ApiClient.h"
#include "core/models/browser/PipelineFilterModel.h"
#include "core/models/browser/PipelineListModel.h"
#include "core/models/browser/RunListModel.h"
#include "core/models/browser/RunListModelFilter.h"
#include "core/models/browser/WatchListModel.h"
#include "sim/Simulator.h"
#include "support/ManualClock.h"
#include "support/RawHttpServer.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fw;

namespace {

constexpr int kTimeout = 15'000;

struct World
{
    explicit World(sim::SimulatorOptions options = {})
        : simulator(std::make_unique<sim::Simulator>(options))
    {
        simulator->setClock(clock.function());
        if (!simulator->start())
            qFatal("simulator did not start");
        ConnectionConfig config;
        config.name = u"Demo"_s;
        config.server = simulator->baseUrl();
        config.tenant = u"demo"_s;
        config.apiKey = u"krn_demo_viewer"_s;
        client = std::make_unique<ApiClient>(config);
    }

    test::ManualClock clock;
    std::unique_ptr<sim::Simulator> simulator;
    std::unique_ptr<ApiClient> client;
};

/// A server whose list pages lead back to a cursor it already gave: A, B, then A again.
struct CyclingServer
{
    CyclingServer(const QByteArray &first, const QByteArray &second, const QByteArray &third)
    {
        if (!server.listen())
            qFatal("raw server did not listen");
        for (const auto &[items, cursor] :
             {std::pair {first, "A"}, std::pair {second, "B"}, std::pair {third, "A"}}) {
            server.enqueue({test::RawHttpServer::response(
                200,
                "{\"data\":[" + items + "],\"pagination\":{\"hasMore\":true,\"nextCursor\":\""
                    + cursor + "\"}}",
                {{"Content-Type", "application/json"}})});
        }
        ConnectionConfig config;
        config.name = u"Cycling"_s;
        config.server = server.baseUrl();
        config.tenant = u"demo"_s;
        config.apiKey = u"krn_demo_viewer"_s;
        client = std::make_unique<ApiClient>(config);
    }

    test::RawHttpServer server;
    std::unique_ptr<ApiClient> client;
};

QByteArray pipelineJson(const char *id)
{
    return "{\"id\":\"" + QByteArray(id) + "\",\"name\":\"" + QByteArray(id) + "\"}";
}

QByteArray runJson(const char *id)
{
    return "{\"id\":\"" + QByteArray(id) + "\",\"status\":\"running\"}";
}

} // namespace

class TestBrowserModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void pipelinesAllPages();
    void pipelinesReloadUpdatesInPlace();
    void pipelinesFilter();
    void pipelinesUnauthorized();
    void pipelinesStopAtACursorSeenBefore();
    void runsPagingOnScroll();
    void runsStopAtACursorSeenBefore();
    void runsListUnavailableFallsBackToKnownRuns();
    void runsStatusUpdateIsRowLevel();
    void runsShowEndDurationAndCounts();
    void watchListRowsAndRoles();
    void watchListProgressText_data();
    void watchListProgressText();
};

void TestBrowserModels::pipelinesAllPages()
{
    World world;
    PipelineListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(7); // 30 pipelines: five pages, each next cursor holds + / =
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy pages(&model, &PipelineListModel::pageLoaded);
    QSignalSpy loading(&model, &PipelineListModel::loadingChanged);
    QSignalSpy failed(&model, &PipelineListModel::loadFailed);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.setClient(world.client.get());
    QCOMPARE(resets.size(), 1); // the client change, before any row
    QTRY_COMPARE_WITH_TIMEOUT(loading.size(), 2, kTimeout);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(pages.size(), 5);
    QCOMPARE(inserted.size(), 5); // shown page by page as they arrive
    QCOMPARE(pages.last().at(1).toBool(), false);
    QCOMPARE(world.simulator->requestCount(u"GET"_s, u"^/api/v1/pipelines$"_s), 5);

    const int row = model.rowOf(u"pipe_001"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, PipelineListModel::NameColumn).data().toString(),
             u"Orders \u2192 Warehouse"_s);
    QCOMPARE(model.pipelineName(u"pipe_001"_s), u"Orders \u2192 Warehouse"_s);
    QVERIFY(!model.index(row, PipelineListModel::ConnectorColumn).data().toString().isEmpty());
    const QModelIndex status = model.index(row, PipelineListModel::LastStatusColumn);
    QVERIFY(status.data(PipelineListModel::StatusRole).toInt() >= 0);
    QVERIFY(!status.data().toString().isEmpty());
}

void TestBrowserModels::pipelinesReloadUpdatesInPlace()
{
    World world;
    PipelineListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(world.client.get());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 30, kTimeout);
    QTRY_VERIFY(!model.isLoading());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loading(&model, &PipelineListModel::loadingChanged);
    world.clock.advance(6 * 60 * 1000); // runs move on: last-run columns change
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(loading.size(), 2, kTimeout);
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(resets.size(), 0); // a reload never resets: selection and scroll survive
}

void TestBrowserModels::pipelinesFilter()
{
    World world;
    PipelineListModel model;
    PipelineFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(world.client.get());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 30, kTimeout);
    QTRY_VERIFY(!model.isLoading());

    filter.setNameFilter(u"WAREHOUSE"_s); // case-insensitive
    QVERIFY(filter.rowCount() >= 1 && filter.rowCount() < 30);
    bool found = false;
    for (int row = 0; row < filter.rowCount(); ++row) {
        const QModelIndex name = filter.index(row, PipelineListModel::NameColumn);
        QVERIFY(name.data().toString().contains(u"warehouse"_s, Qt::CaseInsensitive));
        found = found || name.data(PipelineListModel::IdRole).toString() == u"pipe_001"_s;
    }
    QVERIFY(found);
    filter.setNameFilter(u"pipe_00"_s); // ids match too
    QCOMPARE(filter.rowCount(), 9);
    filter.setNameFilter({});
    const int pipe1 = model.rowOf(u"pipe_001"_s);
    const int status = model.index(pipe1, PipelineListModel::LastStatusColumn)
                           .data(PipelineListModel::StatusRole)
                           .toInt();
    const QString word = model.index(pipe1, PipelineListModel::LastStatusColumn).data().toString();
    filter.setStatusFilter(status);
    QVERIFY(filter.rowCount() >= 1 && filter.rowCount() < 30);
    for (int row = 0; row < filter.rowCount(); ++row)
        QCOMPARE(filter.index(row, PipelineListModel::LastStatusColumn).data().toString(), word);
    filter.setStatusFilter(PipelineFilterModel::NeverRun); // the drafts
    for (int row = 0; row < filter.rowCount(); ++row)
        QCOMPARE(filter.index(row, PipelineListModel::LastStatusColumn).data().toString(),
                 u"Never run"_s);
    filter.setStatusFilter(PipelineFilterModel::AnyStatus);
    QCOMPARE(filter.rowCount(), 30);
}

void TestBrowserModels::pipelinesUnauthorized()
{
    World world;
    ConnectionConfig config = world.client->config();
    config.apiKey = u"krn_wrong"_s;
    world.client->setConfig(config);
    PipelineListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &PipelineListModel::loadFailed);
    model.setClient(world.client.get());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeout);
    QCOMPARE(model.lastError().kind, ApiError::Kind::Unauthorized);
    QVERIFY(!model.lastError().userMessage().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
}

void TestBrowserModels::pipelinesStopAtACursorSeenBefore()
{
    CyclingServer cycling(pipelineJson("p1"), pipelineJson("p2"),
                          pipelineJson("p3") + ',' + pipelineJson("p1"));
    PipelineListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&model, &PipelineListModel::pageLoaded);
    model.setClient(cycling.client.get());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeout);
    QCOMPARE(pages.size(), 3);
    QCOMPARE(pages.last().at(1).toBool(), false);
    QCOMPARE(cycling.server.requests().size(), 3); // never back to A
    QCOMPARE(model.rowCount(), 3); // p1 once
    QCOMPARE(model.lastError().isError(), false);
}

void TestBrowserModels::runsStopAtACursorSeenBefore()
{
    CyclingServer cycling(runJson("r1"), runJson("r2"), runJson("r3") + ',' + runJson("r1"));
    RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(cycling.client.get(), u"pipe_001"_s);
    for (int page = 0; page < 5 && (model.canFetchMore({}) || model.isLoading()); ++page) {
        if (!model.isLoading())
            model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeout);
    }
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(cycling.server.requests().size(), 3); // never back to A
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, RunListModel::RunColumn).data().toString(), u"r1"_s);
}

void TestBrowserModels::runsPagingOnScroll()
{
    World world;
    world.clock.advance(61 * 60 * 1000); // an hour of demo: pipe_001 has a run every 5 min
    RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(4);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy unavailable(&model, &RunListModel::listingUnavailable);
    const QString runsPath = u"^/api/v1/pipelines/pipe_001/runs$"_s;
    model.setSource(world.client.get(), u"pipe_001"_s);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 4, kTimeout);
    // The view (here the model tester) scrolls: one page per fetchMore, never two requests at
    // once, until the server says there is no more.
    model.fetchMore({});
    model.fetchMore({});
    while (model.canFetchMore({}) || model.isLoading()) {
        if (!model.isLoading())
            model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeout);
    }
    const int requests = world.simulator->requestCount(u"GET"_s, runsPath);
    QCOMPARE(requests, (model.rowCount() + 3) / 4); // pages of 4
    QCOMPARE(inserted.size(), requests); // each page appended as it arrived
    QVERIFY(model.rowCount() >= 14); // run_001, run_002 and one every 5 min
    QCOMPARE(unavailable.size(), 0);
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, RunListModel::RunColumn).data().toString());
    QCOMPARE(ids.size(), model.rowCount()); // no run twice
    QVERIFY(ids.contains(u"run_001"_s));
    const int row = model.rowOf(u"run_001"_s);
    QCOMPARE(model.index(row, RunListModel::StatusColumn).data().toString(), u"Failed"_s);
    QCOMPARE(model.index(row, RunListModel::StatusColumn).data(RunListModel::StatusRole).toInt(),
             int(RunStatus::Failed));
}

void TestBrowserModels::runsListUnavailableFallsBackToKnownRuns()
{
    sim::SimulatorOptions options;
    options.runsListEnabled = false;
    World world(options);
    RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy unavailable(&model, &RunListModel::listingUnavailable);
    QSignalSpy failed(&model, &RunListModel::loadFailed);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setSource(world.client.get(), u"pipe_001"_s);
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, kTimeout);
    QCOMPARE(failed.size(), 0); // a 404 there is an answer, not an error
    QVERIFY(model.isListingUnavailable());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), 0);

    RunInfo last;
    last.id = u"run_002"_s;
    last.status = RunStatus::Running;
    model.addKnownRun(last); // the pipeline's last run
    RunInfo retried;
    retried.id = u"run_9001"_s;
    retried.pipelineId = u"pipe_001"_s;
    retried.status = RunStatus::Pending;
    retried.retryOf = u"run_001"_s;
    model.addKnownRun(retried);
    RunInfo elsewhere;
    elsewhere.id = u"run_101"_s;
    elsewhere.pipelineId = u"pipe_002"_s;
    model.addKnownRun(elsewhere); // another pipeline's run is not listed here
    model.addKnownRun(last); // already known: no new row
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, RunListModel::RunColumn).data().toString(), u"run_9001"_s);
    QCOMPARE(model.index(0, RunListModel::RetryOfColumn).data().toString(), u"run_001"_s);
    model.reload(); // nothing to fetch: still one request
    QCOMPARE(world.simulator->requestCount(u"GET"_s, u"^/api/v1/pipelines/pipe_001/runs$"_s), 1);
}

void TestBrowserModels::runsStatusUpdateIsRowLevel()
{
    sim::SimulatorOptions options;
    options.runsListEnabled = false;
    World world(options);
    RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(world.client.get(), u"pipe_001"_s);
    QTRY_VERIFY_WITH_TIMEOUT(model.isListingUnavailable(), kTimeout);
    RunInfo run;
    run.id = u"run_002"_s;
    run.status = RunStatus::Running;
    model.addKnownRun(run);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateStatus(u"run_002"_s, RunStatus::Completed, u"completed"_s);
    model.updateStatus(u"run_002"_s, RunStatus::Completed, u"completed"_s); // no change
    model.updateStatus(u"run_404"_s, RunStatus::Failed, u"failed"_s); // not listed
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(RunListModel::StatusColumn));
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(RunListModel::StatusRole));
    QCOMPARE(model.index(0, RunListModel::StatusColumn).data().toString(), u"Completed"_s);
}

void TestBrowserModels::runsShowEndDurationAndCounts()
{
    World world;
    world.clock.advance(61 * 60 * 1000);
    RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(world.client.get(), u"pipe_001"_s);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 4 && !model.isLoading(), kTimeout);
    // A finished run: its end and how long it took, from the list.
    const int failed = model.rowOf(u"run_001"_s);
    QVERIFY(failed >= 0);
    QVERIFY(model.index(failed, RunListModel::FinishedColumn)
                .data(RunListModel::FinishedAtRole)
                .toDateTime()
                .isValid());
    QVERIFY(!model.index(failed, RunListModel::FinishedColumn).data().toString().isEmpty());
    QVERIFY(!model.index(failed, RunListModel::DurationColumn).data().toString().isEmpty());
    // Processed and failed rows once a watcher polled the run.
    QCOMPARE(model.index(failed, RunListModel::ProcessedColumn).data().toString(), QString());
    RunProgress progress;
    progress.status = RunStatus::Failed;
    progress.statusText = u"failed"_s;
    progress.processedRows = 32'000;
    progress.failedRows = 12;
    progress.durationMs = 192'000;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateProgress(u"run_001"_s, progress);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(failed, RunListModel::ProcessedColumn).data().toString(), u"32,000"_s);
    QCOMPARE(model.index(failed, RunListModel::FailedColumn).data().toString(), u"12"_s);
    model.updateProgress(u"run_001"_s, progress);
    QCOMPARE(changed.size(), 1); // the same poll again: nothing changed
    // Filter by status and id, with a count.
    RunListModelFilter filter;
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    QCOMPARE(filter.countText(), u"%1 runs"_s.arg(model.rowCount()));
    filter.setStatus(RunStatus::Failed);
    QVERIFY(filter.rowCount() >= 1);
    for (int row = 0; row < filter.rowCount(); ++row)
        QCOMPARE(filter.index(row, 0).data(RunListModel::StatusRole).toInt(),
                 int(RunStatus::Failed));
    filter.setStatus(std::nullopt);
    filter.setIdText(u"RUN_001"_s);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.countText(), u"1 of %1 runs"_s.arg(model.rowCount()));
    // Reloading after time passed: a run started since goes to the top.
    const int before = model.rowCount();
    world.clock.advance(6 * 60 * 1000);
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeout);
    QVERIFY(model.rowCount() > before);
    QVERIFY(model.runAt(0).startedAt >= model.runAt(1).startedAt);
}

void TestBrowserModels::watchListRowsAndRoles()
{
    WatchListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    WatchedRun a;
    a.ref = {u"production"_s, u"pipe_001"_s, u"run_001"_s};
    a.production = true;
    QCOMPARE(model.addRun(a), 0);
    QCOMPARE(model.addRun(a), 0); // once only
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.index(0, WatchListModel::StatusColumn).data().toString(), u"Loading\u2026"_s);
    QCOMPARE(model.index(0, WatchListModel::ProfileColumn).data().toString(),
             u"production \u2691 PROD"_s);

    RunProgress progress;
    progress.status = RunStatus::Failed;
    progress.statusText = u"failed"_s;
    progress.totalRows = 50'000;
    progress.processedRows = 32'000;
    progress.failedRows = 1'212;
    progress.eta = u"3m"_s;
    const QDateTime at(QDate(2026, 3, 30), QTime(10, 0), Qt::UTC);
    model.setProgress(progress, a.ref, at);
    // Status, progress, ETA, failed rows and updated: one row-level signal per changed column.
    QCOMPARE(changed.size(), 5);
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        QCOMPARE(signal.at(0).value<QModelIndex>().row(), 0);
        QVERIFY(!signal.at(2).value<QList<int>>().isEmpty());
    }
    QCOMPARE(model.index(0, WatchListModel::StatusColumn).data().toString(), u"Failed"_s);
    QCOMPARE(model.index(0, WatchListModel::ProgressColumn).data().toString(),
             u"32,000 of 50,000 (64 %)"_s);
    QCOMPARE(model.index(0, WatchListModel::FailedRowsColumn).data().toString(), u"1,212"_s);
    QCOMPARE(model.index(0, WatchListModel::EtaColumn).data().toString(), u"\u2014"_s); // final
    QCOMPARE(model.index(0, WatchListModel::ProgressColumn)
                 .data(WatchListModel::ProgressRole)
                 .toDouble(),
             64.0);

    changed.clear();
    progress.failedRows = 1'300;
    model.setProgress(progress, a.ref, at.addSecs(2));
    QCOMPARE(changed.size(), 2); // failed rows and updated only

    changed.clear();
    model.setStale(a.ref, true, u"Cannot reach 127.0.0.1"_s);
    model.setStale(a.ref, true, u"Cannot reach 127.0.0.1"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, WatchListModel::StatusColumn).data().toString(), u"Failed (stale)"_s);
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), u"Cannot reach 127.0.0.1"_s);

    // Worst first: the status sort value of a failure beats a running run.
    WatchedRun b = a;
    b.ref.runId = u"run_002"_s;
    model.addRun(b);
    RunProgress running;
    running.status = RunStatus::Running;
    running.totalRows = 10;
    running.processedRows = 5;
    model.setProgress(running, b.ref, at);
    QCOMPARE(model.index(1, 0).data(WatchListModel::RunRole).value<RunRef>(), b.ref);

    // An edited connection: its rows follow its new look and name, row by row.
    changed.clear();
    model.setConnectionLook(u"production"_s, u"#123456"_s, false);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.index(0, WatchListModel::ProfileColumn).data().toString(), u"production"_s);
    QCOMPARE(model.index(0, 0).data(WatchListModel::ProfileColorRole).toString(), u"#123456"_s);
    model.renameConnection(u"production"_s, u"prod-eu"_s);
    QCOMPARE(model.rowOf(a.ref), -1);
    a.ref.connection = u"prod-eu"_s;
    b.ref.connection = u"prod-eu"_s;
    QCOMPARE(model.rowOf(a.ref), 0);
    QCOMPARE(model.index(1, 0).data(WatchListModel::RunRole).value<RunRef>(), b.ref);
    QVERIFY(model.index(0, WatchListModel::StatusColumn).data(WatchListModel::SortRole).toInt()
            > model.index(1, WatchListModel::StatusColumn).data(WatchListModel::SortRole).toInt());

    QVERIFY(model.removeRun(a.ref));
    QVERIFY(!model.removeRun(a.ref));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 1);
}

void TestBrowserModels::watchListProgressText_data()
{
    QTest::addColumn<qint64>("processed");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("percent");

    QTest::newRow("half") << qint64(500) << qint64(1000) << u"500 of 1,000 (50 %)"_s << 50.0;
    QTest::newRow("empty run") << qint64(0) << qint64(0) << u"0 of 0"_s << -1.0;
    QTest::newRow("processed beyond total")
        << qint64(1500) << qint64(1000) << u"1,500 of 1,000 (out of range)"_s << -1.0;
    QTest::newRow("negative") << qint64(-5) << qint64(1000) << u"-5 of 1,000 (out of range)"_s
                              << -1.0;
    QTest::newRow("million") << qint64(999'999) << qint64(1'000'000)
                             << u"999,999 of 1,000,000 (99 %)"_s << 99.9999;
}

void TestBrowserModels::watchListProgressText()
{
    QFETCH(qint64, processed);
    QFETCH(qint64, total);
    QFETCH(QString, text);
    QFETCH(double, percent);
    RunProgress progress;
    progress.status = RunStatus::Running;
    progress.processedRows = processed;
    progress.totalRows = total;
    QCOMPARE(WatchListModel::progressText(progress), text);
    QCOMPARE(WatchListModel::progressPercent(progress), percent);
}

QTEST_GUILESS_MAIN(TestBrowserModels)
#include "tst_browser_models.moc"
