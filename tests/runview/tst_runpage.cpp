// The run page against the simulator over loopback on an injected clock: what a user sees in the
// header of a failed run, an unknown status, the stale banner, the heat map for 1,000 partitions,
// the shortcuts, the stage timeline, partitions (sort, details, legend) and the header's name and
// ETA. The documentation screenshots of the run page are taken in tst_runpage_layout.
#include "core/api/ApiClient.h"
#include "core/models/run/LogModel.h"
#include "core/models/run/PartitionModel.h"
#include "core/models/run/RunSummary.h"
#include "core/models/run/StageTimeline.h"
#include "core/monitor/watching/RunWatcher.h"
#include "core/text/DisplayText.h"
#include "sim/Simulator.h"
#include "support/FakeClock.h"
#include "ui/run/ErrorsPreview.h"
#include "ui/run/LogPanel.h"
#include "ui/run/PartitionDelegate.h"
#include "ui/run/PartitionGrid.h"
#include "ui/run/PartitionsPanel.h"
#include "ui/run/RunHeader.h"
#include "ui/run/RunPage.h"
#include "ui/run/StageTimelineChart.h"
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
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QWheelEvent>

#include <limits>

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
        // Beside the charts the panel is too narrow for the list's columns: the heat map.
        QVERIFY(p->isWideLayout());
        QVERIFY(p->partitionsPanel()->isGridMode());
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
        // Saving saves what the filter shows (or, when asked, everything), with milliseconds,
        // under the run's name.
        QCOMPARE(p->logPanel()->suggestedFileName(), u"pipe_001-run_001-log.txt"_s);
        file.close();
        QCOMPARE(p->logPanel()->saveTo(path), QString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> shown = file.readAll().split('\n');
        file.close();
        QCOMPARE(shown.size() - 1, 2);
        QVERIFY(shown.first().contains("\tload\t"));
        QVERIFY2(QRegularExpression(u"^2026-03-30T\\d\\d:\\d\\d:\\d\\d\\.\\d{3}"_s)
                     .match(QString::fromUtf8(shown.first()))
                     .hasMatch(),
                 shown.first().constData());
        QCOMPARE(p->logPanel()->saveTo(path, true), QString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), p->logModel()->rowCount());
        file.close();

        // A click on a timeline entry selects it in the list, clearing a filter that hid it.
        const qint64 first = p->logModel()->sequenceAt(0);
        Q_EMIT p->timeline()->entryActivated(first);
        QCOMPARE(p->logPanel()->stageFilter()->currentIndex(), 0);
        QCOMPARE(view->currentIndex().row(), 0);
        QVERIFY(view->selectionModel()->isSelected(view->currentIndex()));
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

    void stageTimelineDrawsBarsAndFindsEntries()
    {
        // A log of 5,000 entries, one a second on two stages, of a running run.
        fw::LogModel model;
        fw::StageTimeline data;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &, int first, int last) {
                    QList<fw::LogEntry> entries;
                    for (int row = first; row <= last; ++row)
                        entries.append(model.entryAt(row));
                    data.addLog(entries, model.sequenceAt(first));
                });
        fw::ui::StageTimelineChart chart(&data, &model);
        chart.resize(600, 220);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QDateTime t0(QDate(2026, 3, 30), QTime(10, 0), Qt::UTC);
        QList<fw::LogEntry> log;
        for (int i = 0; i < 5000; ++i)
            log.append(
                {i % 2 ? u"load"_s : u"extract"_s, u"entry %1"_s.arg(i), t0.addSecs(i), QString()});
        model.update(log);
        data.setRun(fw::RunStatus::Running, t0.addSecs(5100).toMSecsSinceEpoch());
        chart.refresh();
        QCOMPARE(chart.laneLabels(), (QStringList {u"extract"_s, u"load"_s}));

        // A bar from the first to the last entry; the latest stage open to "now", drawn.
        const QRect extract = chart.stageBarRect(0);
        const QRect load = chart.stageBarRect(1);
        QVERIFY(data.isStageOpen(1));
        QVERIFY(!data.isStageOpen(0));
        QVERIFY(chart.nowX() > 0);
        QVERIFY(load.right() >= chart.nowX() - 1);
        QVERIFY(extract.right() < load.right());
        QVERIFY(extract.top() < load.top()); // a lane each
        // One colour per stage name.
        QCOMPARE(chart.stageColor(u"extract"_s), chart.stageColor(u"extract"_s));
        QVERIFY(chart.stageColor(u"extract"_s) != chart.stageColor(u"load"_s));

        // The axis: whole labels, side by side, inside the chart.
        const QList<QRect> rects = chart.axisLabelRects();
        QVERIFY(rects.size() >= 2);
        for (qsizetype i = 1; i < rects.size(); ++i)
            QVERIFY(rects.at(i - 1).right() < rects.at(i).left());

        // Hover lists the entries near the cursor; a click selects one.
        const QPoint middle(extract.center().x(), extract.center().y());
        const QString tip = chart.tooltipAt(middle);
        QVERIFY2(tip.startsWith(u"extract: "_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"… and "_s), qPrintable(tip)); // many entries per pixel
        const qint64 sequence = chart.entryAt(middle);
        QVERIFY(sequence >= 0);
        QCOMPARE(model.entryAt(int(sequence)).stage, u"extract"_s);
        QSignalSpy activated(&chart, &fw::ui::StageTimelineChart::entryActivated);
        QTest::mouseClick(&chart, Qt::LeftButton, {}, middle);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toLongLong(), sequence);

        // Zoomed in, the view narrows; reset shows everything again.
        const qint64 span = chart.viewToMs() - chart.viewFromMs();
        QWheelEvent wheel(QPointF(middle), chart.mapToGlobal(QPointF(middle)), {}, {0, 480},
                          Qt::NoButton, {}, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&chart, &wheel);
        QVERIFY(chart.isZoomed());
        QVERIFY(chart.viewToMs() - chart.viewFromMs() < span / 2);
        chart.resetZoom();
        QCOMPARE(chart.viewToMs() - chart.viewFromMs(), span);
    }

    void stageTimelineSpansDaysAndKeepsMarkupAsText()
    {
        fw::LogModel model;
        fw::StageTimeline data;
        const QString markup = u"<img src=\"/dev/zero\">"_s;
        const QDateTime t0(QDate(2026, 3, 30), QTime(22, 0), Qt::LocalTime);
        data.addLog({{markup, u"<b>bold</b>"_s, t0.toUTC(), {}},
                     {markup, u"later"_s, t0.addDays(2).toUTC(), {}}},
                    0);
        model.update({{markup, u"<b>bold</b>"_s, t0.toUTC(), {}},
                      {markup, u"later"_s, t0.addDays(2).toUTC(), {}}});
        data.setRun(fw::RunStatus::Completed, t0.addDays(2).toMSecsSinceEpoch());
        fw::ui::StageTimelineChart chart(&data, &model);
        chart.resize(500, 200);
        chart.show();
        chart.refresh();
        QCOMPARE(chart.laneLabels(), QStringList {markup}); // literally, never as markup
        // Two days across: the labels carry dates.
        const QStringList axis = chart.axisLabels();
        QVERIFY(!axis.isEmpty());
        const QString month = QLocale().toString(t0.date(), u"MMM"_s);
        QVERIFY2(axis.first().contains(month), qPrintable(axis.join(u" | "_s)));
        const QString tip = chart.tooltipAt(chart.stageBarRect(0).topLeft() + QPoint(1, 2));
        QVERIFY2(tip.contains(markup), qPrintable(tip));
        QVERIFY(tip.contains(u"<b>bold</b>"_s));
        // As shown by QToolTip (rich text when it looks like it): every character as sent, no
        // image read.
        QTextDocument shown;
        shown.setHtml(fw::plainToolTip(tip));
        QCOMPARE(shown.toPlainText(), tip);
        QCOMPARE(shown.toHtml().count(u"<img"_s), 0);
    }

    void partitionsSortAndShowDetails()
    {
        auto p = page(u"pipe_001"_s, u"run_002"_s);
        p->show();
        QVERIFY(settle(*p));
        QVERIFY(watchFor(*p, 60));
        fw::ui::PartitionsPanel *panel = p->partitionsPanel();
        panel->setGridMode(false);
        QTableView *list = panel->listView();
        QCOMPARE(list->model()->rowCount(), 8);
        // Sorted by rows, descending: by the raw number, not its text.
        list->sortByColumn(fw::PartitionModel::Rows, Qt::DescendingOrder);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < 8; ++row) {
            const qint64 rows
                = list->model()->index(row, 0).data(fw::PartitionModel::RowsRole).toLongLong();
            QVERIFY(rows <= previous);
            previous = rows;
        }
        list->sortByColumn(fw::PartitionModel::Status, Qt::AscendingOrder);
        list->sortByColumn(fw::PartitionModel::Progress, Qt::AscendingOrder);
        // A click on a row shows that partition, whatever the sort order.
        const QModelIndex first = list->model()->index(0, fw::PartitionModel::Index);
        const qint64 index = first.data(fw::PartitionModel::IndexRole).toLongLong();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
        QTRY_VERIFY(panel->isDetailVisible());
        QVERIFY2(panel->detailText().startsWith(u"Partition %1 — "_s.arg(index)),
                 qPrintable(panel->detailText()));
        QVERIFY(panel->detailText().contains(u"First seen running"_s));
        QVERIFY(panel->detailText().contains(u"Log ("_s)
                || panel->detailText().contains(u"No log lines"_s));
        // A heat-map cell does the same.
        panel->setGridMode(true);
        fw::ui::PartitionGrid *grid = panel->grid();
        QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(5).center());
        QTRY_VERIFY(panel->detailText().startsWith(u"Partition 5 — "_s));
        // And a partition's lane on the stage timeline.
        fw::ui::StageTimelineChart *chart = p->timeline();
        QVERIFY(!chart->showsPartitionSummary());
        const QRect lanes = chart->partitionLaneRect();
        const QPoint third(lanes.center().x(), lanes.top() + lanes.height() * 5 / 16);
        QCOMPARE(chart->partitionAt(third), 2);
        QTest::mouseClick(chart, Qt::LeftButton, {}, third);
        QTRY_VERIFY(panel->detailText().startsWith(u"Partition 2 — "_s));
        QCOMPARE(panel->detailRow(), 2);
    }

    void legendCountsWhatTheServerSaid()
    {
        fw::PartitionModel model;
        QList<fw::PartitionDetail> list;
        for (int i = 0; i < 14; ++i) {
            fw::PartitionDetail d;
            d.index = i;
            d.statusText = i < 11 ? u"paused"_s : i == 11 ? u"skipped"_s : u"running"_s;
            d.status = i < 12 ? fw::PartitionStatus::Unknown : fw::PartitionStatus::Running;
            if (i >= 12)
                d.progress = 99.9;
            list.append(d);
        }
        model.update(list);
        fw::ui::PartitionsPanel panel(&model);
        const QString legend = panel.legendText();
        QVERIFY2(legend.contains(u"Paused 11"_s), qPrintable(legend));
        QVERIFY2(legend.contains(u"Skipped 1"_s), qPrintable(legend));
        QVERIFY2(legend.contains(u"Running 2"_s), qPrintable(legend));
        QVERIFY(!legend.contains(u"Unknown"_s));
        // 99.9 % is not done: floored, never rounded up to 100 %.
        QCOMPARE(model.index(12, fw::PartitionModel::Progress).data().toString(), u"99 %"_s);
    }

    void headerNamesThePipelineAndTheEta()
    {
        // Opened by id: the page looks the pipeline's name up itself.
        auto p = page(u"pipe_001"_s, u"run_002"_s);
        p->show();
        QVERIFY(settle(*p));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QLabel *label : p->header()->findChildren<QLabel *>()) {
                    if (label->text() == u"run_002 · Orders → Warehouse (pipe_001)"_s)
                        return true;
                }
                return false;
            }(),
            10'000);
        QVERIFY(m_sim->requestCount(u"GET"_s, u"/pipelines$"_s) >= 1);
        // The ETA says when, on the wall clock.
        QVERIFY(watchFor(*p, 10));
        const QString eta = p->header()->fieldText(u"eta"_s);
        QVERIFY2(eta.contains(u" · about "_s), qPrintable(eta));
    }
};

QTEST_MAIN(TestRunPage)
#include "tst_runpage.moc"
