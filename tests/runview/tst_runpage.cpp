// The run page against the simulator over loopback on an injected clock: what a user sees in the
// header of a failed run, an unknown status, the stale banner, the heat map for 1,000 partitions,
// and the shortcuts. With FLOWWATCH_SCREENSHOT_DIR set, also saves the documentation screenshots.
#include "core/api/ApiClient.h"
#include "core/models/run/LogModel.h"
#include "core/models/run/PartitionModel.h"
#include "core/models/run/RunSummary.h"
#include "core/monitor/watching/RunWatcher.h"
#include "sim/Simulator.h"
#include "support/FakeClock.h"
#include "ui/common/DarkPalette.h"
#include "ui/run/ErrorsPreview.h"
#include "ui/run/LogPanel.h"
#include "ui/run/LogTimelineChart.h"
#include "ui/run/PartitionGrid.h"
#include "ui/run/PartitionsPanel.h"
#include "ui/run/RunHeader.h"
#include "ui/run/RunPage.h"
#include "ui/run/StaleBanner.h"
#include "ui/run/ThroughputChart.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using fw::sim::Fault;
using fw::ui::RunPage;

class TestRunPage final : public QObject
{
    Q_OBJECT

    std::unique_ptr<fw::FakeClock> m_clock;
    std::unique_ptr<fw::sim::Simulator> m_sim;
    std::unique_ptr<fw::ApiClient> m_client;

    /// A page showing a watcher of its own (deleted with the page), started once control returns
    /// to the event loop, as the shell does.
    std::unique_ptr<RunPage> page(const QString &pipeline, const QString &run,
                                  const QString &name = {}, QWidget *errorsWidget = nullptr)
    {
        auto *watcher = new fw::RunWatcher(m_client.get(), pipeline, run);
        watcher->setClock(m_clock.get());
        watcher->setNetworkReachable(true);
        watcher->setRandomSource([] { return 1.0; });
        auto p = std::make_unique<RunPage>(watcher, errorsWidget, nullptr);
        watcher->setParent(p.get());
        QMetaObject::invokeMethod(watcher, &fw::RunWatcher::start, Qt::QueuedConnection);
        if (!name.isEmpty())
            p->setPipelineName(name);
        p->resize(1280, 800);
        return p;
    }

    static bool settle(RunPage &p)
    {
        return QTest::qWaitFor(
                   [&p] {
                       return p.watcher()->isPolling() || p.watcher()->hasProgress()
                           || p.watcher()->lastError().isError();
                   },
                   10'000)
            && QTest::qWaitFor([&p] { return !p.watcher()->isRequestInFlight(); }, 10'000);
    }

    /// Lets the run evolve for `seconds`, polling on the page's schedule.
    bool watchFor(RunPage &p, int seconds)
    {
        const QDateTime end = m_clock->now().addSecs(seconds);
        while (m_clock->now() < end && p.watcher()->nextPollAt().isValid()) {
            m_clock->advance(
                std::max<qint64>(1, m_clock->now().msecsTo(p.watcher()->nextPollAt())));
            if (!QTest::qWaitFor([&p] { return !p.watcher()->isRequestInFlight(); }, 10'000))
                return false;
        }
        return true;
    }

    static void save(QWidget &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("FLOWWATCH_SCREENSHOT_DIR");
        QCoreApplication::processEvents();
        QTest::qWait(50);
        QVERIFY(w.grab().save(QDir(dir).filePath(name)));
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_clock = std::make_unique<fw::FakeClock>();
        m_sim = std::make_unique<fw::sim::Simulator>();
        m_sim->setClock([clock = m_clock.get()] { return clock->now(); });
        QVERIFY(m_sim->start());
        fw::ConnectionConfig config;
        config.name = u"Demo"_s;
        config.server = m_sim->baseUrl();
        config.tenant = u"demo"_s;
        config.apiKey = u"krn_demo_viewer"_s;
        m_client = std::make_unique<fw::ApiClient>(config);
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
        m_clock.reset();
    }

    void failedRunHeader()
    {
        auto p = page(u"pipe_001"_s, u"run_001"_s, u"Orders → Warehouse"_s);
        QSignalSpy statusChanged(p->summary(), &fw::RunSummary::statusChanged);
        p->show();
        QVERIFY(settle(*p));
        const fw::ui::RunHeader *h = p->header();
        QCOMPARE(h->fieldText(u"status"_s), u"Failed"_s);
        QCOMPARE(h->fieldText(u"total"_s), u"50,000"_s);
        QCOMPARE(h->fieldText(u"processed"_s), u"32,000"_s);
        QCOMPARE(h->fieldText(u"in"_s), u"—"_s);
        QCOMPARE(h->fieldText(u"out"_s), u"—"_s);
        QCOMPARE(h->fieldText(u"failed"_s), u"12"_s);
        QCOMPARE(h->fieldText(u"partitions"_s), u"2 of 4"_s);
        QCOMPARE(h->fieldText(u"strategy"_s), u"upsert"_s);
        QCOMPARE(h->fieldText(u"eta"_s), u"—"_s);
        QCOMPARE(h->fieldText(u"progress"_s), u"32,000 of 50,000 (64 %)"_s);
        QCOMPARE(statusChanged.size(), 1);
        QCOMPARE(p->summary()->status(), fw::RunStatus::Failed);
        QCOMPARE(p->partitionModel()->rowCount(), 4);
        QCOMPARE(p->errorsPreview()->rowCount(), 12);
        QVERIFY(p->logModel()->rowCount() > 0);
        QVERIFY(!p->staleBanner()->isVisible());
        QVERIFY(!p->partitionsPanel()->isGridMode());
        QVERIFY(!p->watcher()->isPolling()); // final when first seen: fetched once
        // One poll gives no rate over time; the chart says why and shows the run's average
        // (32,000 rows in 3 min 12 s).
        QCOMPARE(p->throughputChart()->pointCount(), 0);
        QVERIFY(p->throughputChart()->placeholderText().startsWith(
            u"Average: 167 rows/s over the run\n"_s));
    }

    void unknownStatusIsShownAsSent()
    {
        auto p = page(u"pipe_004"_s, u"run_302"_s);
        p->show();
        QVERIFY(settle(*p));
        QCOMPARE(p->header()->fieldText(u"status"_s), u"Unknown (paused)"_s);
        QVERIFY(p->watcher()->isPolling()); // unknown is not final: keep watching
    }

    void staleBannerKeepsDataAndCountsDown()
    {
        auto p = page(u"pipe_001"_s, u"run_002"_s);
        p->show();
        QVERIFY(settle(*p));
        const QString processed = p->header()->fieldText(u"processed"_s);
        m_sim->injectFault(Fault::withStatus(u"GET"_s, u"/progress$"_s, 503, "<html>down</html>"_ba,
                                             {{"Retry-After"_ba, "7"_ba}}));
        QVERIFY(watchFor(*p, 2));
        QVERIFY(p->staleBanner()->isVisible());
        QVERIFY(p->staleBanner()->message().contains(u"HTTP 503"_s));
        QVERIFY(p->staleBanner()->message().contains(u"Retrying automatically"_s));
        QVERIFY(p->staleBanner()->countdown().contains(u"Next try in 7 s"_s));
        QCOMPARE(p->header()->fieldText(u"processed"_s), processed); // last good data stays
        QVERIFY(watchFor(*p, 7));
        QTRY_VERIFY(!p->staleBanner()->isVisible());
    }

    void thousandPartitionsUseTheHeatMap()
    {
        auto p = page(u"pipe_003"_s, u"run_201"_s);
        p->show();
        QVERIFY(settle(*p));
        QCOMPARE(p->partitionModel()->rowCount(), 1000);
        QTRY_VERIFY(p->partitionsPanel()->isGridMode());
        QVERIFY(!p->throughputChart()->placeholderText().isEmpty()); // one poll so far
        QVERIFY(watchFor(*p, 5));
        QVERIFY(p->throughputChart()->pointCount() > 0);
        QCOMPARE(p->throughputChart()->placeholderText(), QString());
        QTest::keyClick(p.get(), Qt::Key_G, Qt::ControlModifier);
        QVERIFY(!p->partitionsPanel()->isGridMode());
        QTest::keyClick(p.get(), Qt::Key_G, Qt::ControlModifier);
        QVERIFY(p->partitionsPanel()->isGridMode());
        QVERIFY(p->partitionsPanel()->legendText().contains(u"Running"_s));
        // Hovering a cell finds its partition, whose tooltip names it.
        const fw::ui::PartitionGrid *grid = p->partitionsPanel()->grid();
        QVERIFY(grid->columns() > 10);
        QCOMPARE(grid->rowAt(grid->cellRect(517).center()), 517);
        QCOMPARE(grid->rowAt(QPoint(-1, 3)), -1);
        const QString tip = p->partitionModel()->index(517, 0).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.startsWith(u"Partition 517 — "_s));
    }

    void f5RefreshesAndCtrlFSearches()
    {
        auto p = page(u"pipe_001"_s, u"run_002"_s);
        p->show();
        QVERIFY(QTest::qWaitForWindowExposed(p.get()));
        QVERIFY(settle(*p));
        const int before = m_sim->requestCount(u"GET"_s, u"/progress$"_s);
        QTest::keyClick(p.get(), Qt::Key_F5);
        QVERIFY(QTest::qWaitFor([&] { return !p->watcher()->isRequestInFlight(); }));
        QCOMPARE(m_sim->requestCount(u"GET"_s, u"/progress$"_s), before + 1);
        p->activateWindow();
        QTest::keyClick(p.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(p->logPanel()->searchField()->hasFocus());
    }

    void logIsSavedAndCopiedInFull()
    {
        auto p = page(u"pipe_001"_s, u"run_001"_s);
        p->show();
        QVERIFY(settle(*p));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"run.log"_s);
        QCOMPARE(p->logPanel()->saveTo(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size() - 1, p->logModel()->rowCount()); // one line each, newline-ended
        QVERIFY(lines.first().endsWith("\textract\tRead 50000 rows from source"));
        QVERIFY(lines.first().startsWith("2026-03-30T08:00:03"));
        // A folder that cannot be written: an error text, and nothing left behind.
        QVERIFY(!p->logPanel()->saveTo(dir.filePath(u"missing/run.log"_s)).isEmpty());

        QTableView *view = p->logPanel()->view();
        view->selectRow(0);
        p->logPanel()->copySelection();
        QVERIFY(QApplication::clipboard()->text().contains(u"\textract\tRead 50000 rows"_s));
        // The stage filter narrows the list.
        p->logPanel()->stageFilter()->setCurrentIndex(
            p->logPanel()->stageFilter()->findData(u"load"_s));
        QCOMPARE(view->model()->rowCount(), 2);
    }

    void otherFeaturesPlugIn()
    {
        QVERIFY(page(u"pipe_001"_s, u"run_001"_s)->errorsPreview());
        auto *table = new QLabel(u"full table"_s);
        auto p = page(u"pipe_001"_s, u"run_001"_s, {}, table);
        auto *retry = new QPushButton(u"Retry"_s);
        p->addHeaderWidget(retry);
        QVERIFY(p->isAncestorOf(retry));
        QVERIFY(!p->errorsPreview()); // no preview made only to be replaced
        QVERIFY(p->isAncestorOf(table));
        p->show();
        QVERIFY(settle(*p)); // progress keeps coming without the preview
        QCOMPARE(p->header()->fieldText(u"status"_s), u"Failed"_s);
    }

    void timelineDrawsAMarkerPerSlotAndHoverFindsEveryEntry()
    {
        // A log of 5,000 entries, one a second on two stages: a marker each would be 5,000
        // overlapping markers that Qt Charts moves on every poll.
        fw::LogModel model;
        fw::ui::LogTimelineChart chart(&model);
        chart.resize(600, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QDateTime t0(QDate(2026, 3, 30), QTime(10, 0), Qt::UTC);
        auto entries = [&t0](int from, int to) {
            QList<fw::LogEntry> log;
            for (int i = from; i < to; ++i)
                log.append({i % 2 ? u"load"_s : u"extract"_s, u"entry %1"_s.arg(i), t0.addSecs(i),
                            QString()});
            return log;
        };
        model.update(entries(0, 10));
        QCOMPARE(chart.markerCount(), 10); // few entries: one marker each
        QVERIFY(chart.slotMs() <= 1000);

        const QList<fw::LogEntry> all = entries(0, 5000);
        model.update(all);
        QVERIFY2(chart.markerCount() <= 2 * (600 / 3 + 2),
                 qPrintable(QString::number(chart.markerCount())));
        QVERIFY(chart.markerCount() >= 100);
        const qint64 coarse = chart.slotMs();
        QVERIFY(coarse > 1000);
        // Hovering a marker lists its entries: the first five, and how many more.
        const qint64 at = t0.addSecs(2000).toMSecsSinceEpoch();
        const qint64 middle = (at / coarse) * coarse + coarse / 2;
        int inSlot = 0;
        for (int i = 0; i < 5000; i += 2) // the extract lane
            inSlot += t0.addSecs(i).toMSecsSinceEpoch() / coarse == at / coarse ? 1 : 0;
        QVERIFY(inSlot > 5);
        const QString tip = chart.messagesAt(int(chart.lanes().indexOf(u"extract"_s)), middle);
        QCOMPARE(tip.count(u'\n'), 5);
        QVERIFY2(tip.endsWith(u"… and %1 more here (zoom in to tell them apart)"_s.arg(inSlot - 5)),
                 qPrintable(tip));

        // Zoomed in, the slots narrow down; reset, they widen again.
        chart.chart()->zoom(64.0);
        QVERIFY(chart.slotMs() <= coarse / 32);
        chart.resetZoom();
        QCOMPARE(chart.slotMs(), coarse);

        // A poll's new entries add markers only where a slot had none.
        const int before = chart.markerCount();
        model.update(all + entries(5000, 5002));
        QVERIFY(chart.markerCount() >= before && chart.markerCount() <= before + 2);
    }

    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("FLOWWATCH_SCREENSHOT_DIR"))
            QSKIP("set FLOWWATCH_SCREENSHOT_DIR to write the documentation screenshots");
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        const QPalette light = QApplication::style()->standardPalette();
        QApplication::setPalette(light);
        {
            auto p = page(u"pipe_001"_s, u"run_002"_s, u"Orders → Warehouse"_s);
            p->show();
            QVERIFY(settle(*p));
            QVERIFY(watchFor(*p, 80));
            save(*p, u"run-running.png"_s);
        }
        cleanup(); // each screenshot on a fresh simulator and clock: simulated time restarts
        init();
        {
            auto p = page(u"pipe_001"_s, u"run_001"_s, u"Orders → Warehouse"_s);
            p->show();
            QVERIFY(settle(*p));
            save(*p, u"run-failed.png"_s);
        }
        cleanup();
        init();
        {
            auto p = page(u"pipe_003"_s, u"run_201"_s, u"Clickstream events"_s);
            p->watcher()->setBaseInterval(std::chrono::seconds(5));
            p->show();
            QVERIFY(settle(*p));
            QVERIFY(watchFor(*p, 240));
            save(*p, u"run-1000-partitions.png"_s);
        }
        cleanup();
        init();
        QApplication::setPalette(fw::ui::DarkPalette::palette());
        {
            auto p = page(u"pipe_001"_s, u"run_002"_s, u"Orders → Warehouse"_s);
            p->show();
            QVERIFY(settle(*p));
            QVERIFY(watchFor(*p, 100));
            save(*p, u"run-dark.png"_s);
        }
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(TestRunPage)
#include "tst_runpage.moc"
