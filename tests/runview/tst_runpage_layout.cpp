// The run page at a laptop's size, in the real main window with the browser open: for a run with
// 8 partitions and one with 1,000, at 1280×800 and 1024×768, both charts keep a readable size
// with every axis label whole, the errors table shows ten rows and every column, the log five
// rows. With FLOWWATCH_SCREENSHOT_DIR set, also saves the README's screenshots of the whole
// window (light and dark at 1280×800, and 1024×768).
#include "core/models/browser/PipelineListModel.h"
#include "core/models/browser/WatchListModel.h"
#include "core/monitor/watching/RunWatcher.h"
#include "sim/Simulator.h"
#include "support/ShellProfiles.h"
#include "ui/common/Translations.h"
#include "ui/errors/ErrorsPanel.h"
#include "ui/run/LogPanel.h"
#include "ui/run/PartitionsPanel.h"
#include "ui/run/RunHeader.h"
#include "ui/run/RunPage.h"
#include "ui/run/StageTimelineChart.h"
#include "ui/run/ThroughputChart.h"
#include "ui/shell/Appearance.h"
#include "ui/shell/BrowserPanel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/RunTab.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QDockWidget>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QScopeGuard>
#include <QScrollArea>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fw;
using namespace fw::ui;

namespace {

constexpr int kTimeout = 20'000;

bool isElided(const QString &text)
{
    return text.contains(u'…') || text.contains(u"..."_s) || text.contains(u"&#8230;"_s);
}

/// Every text item Qt Charts drew for a chart (title, axis labels), as shown.
QStringList chartTexts(QChartView *view)
{
    QStringList texts;
    const QList<QGraphicsItem *> items = view->scene()->items();
    for (QGraphicsItem *item : items) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            texts << text->toPlainText();
    }
    return texts;
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FLOWWATCH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestRunPageLayout final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<test::ShellProfiles> m_profiles;

    std::unique_ptr<MainWindow> window(const QSize &size)
    {
        auto w = std::make_unique<MainWindow>(m_profiles->registry(), m_profiles->settings());
        w->setCurrentProfile(u"Demo"_s);
        w->resize(size);
        w->show();
        return w;
    }

    static RunPage *openAndWait(MainWindow &w, const QString &pipeline, const QString &run)
    {
        RunTab *tab = w.openRun(u"Demo"_s, pipeline, run);
        if (!QTest::qWaitFor([tab] { return tab->page() != nullptr; }, kTimeout))
            return nullptr;
        auto *page = qobject_cast<RunPage *>(tab->page());
        if (!QTest::qWaitFor([page] { return page->watcher() && page->watcher()->hasProgress(); },
                             kTimeout))
            return nullptr;
        // A running run: two polls, so that the throughput chart has a line.
        if (!isTerminal(page->watcher()->progress().status)
            && !QTest::qWaitFor([page] { return page->throughputChart()->pointCount() > 0; },
                                kTimeout))
            return nullptr;
        QTest::qWait(100);
        return page;
    }

    static void checkCharts(RunPage *page)
    {
        ThroughputChart *throughput = page->throughputChart();
        StageTimelineChart *timeline = page->timeline();
        QVERIFY(throughput->isVisible());
        QVERIFY(timeline->isVisible());
        QVERIFY2(
            throughput->width() >= 280 && throughput->height() >= 150,
            qPrintable(u"throughput %1×%2"_s.arg(throughput->width()).arg(throughput->height())));
        QVERIFY2(timeline->width() >= 280 && timeline->height() >= 150,
                 qPrintable(u"timeline %1×%2"_s.arg(timeline->width()).arg(timeline->height())));

        // Qt Charts elides what does not fit with an ellipsis: the title and every axis label
        // are drawn whole.
        const QStringList texts = chartTexts(throughput);
        QVERIFY(texts.contains(u"Throughput (rows/s)"_s));
        int labels = 0;
        for (const QString &text : texts) {
            QVERIFY2(!isElided(text),
                     qPrintable(u"elided chart text in: "_s + texts.join(u" | "_s)));
            labels += text.isEmpty() ? 0 : 1;
        }
        QVERIFY2(labels >= 5, qPrintable(texts.join(u" | "_s))); // title, ≥2 time, ≥2 rate
        // The rate labels fit the room left of the plot.
        const QFontMetrics metrics(throughput->chart()->axes(Qt::Vertical).first()->labelsFont());
        for (const QString &text : texts) {
            bool number = false;
            text.toDouble(&number);
            if (number)
                QVERIFY(metrics.horizontalAdvance(text) <= throughput->chart()->plotArea().left());
        }

        // The timeline's own axis: labels whole, inside the widget, not overlapping.
        const QStringList axis = timeline->axisLabels();
        const QList<QRect> rects = timeline->axisLabelRects();
        QVERIFY2(axis.size() >= 2, qPrintable(axis.join(u" | "_s)));
        const QFontMetrics own = timeline->fontMetrics();
        for (qsizetype i = 0; i < axis.size(); ++i) {
            QVERIFY(!isElided(axis.at(i)));
            QVERIFY(own.horizontalAdvance(axis.at(i)) <= rects.at(i).width());
            QVERIFY(timeline->rect().contains(rects.at(i)));
            if (i > 0)
                QVERIFY(rects.at(i - 1).right() < rects.at(i).left());
        }
        for (const QString &lane : timeline->laneLabels())
            QVERIFY2(!isElided(lane), qPrintable(lane));
        QVERIFY(!timeline->laneLabels().isEmpty());
    }

    static void checkTables(RunTab *tab, RunPage *page)
    {
        // The errors: ten rows at least, every column on screen and wide enough to read.
        auto *errors = qobject_cast<ErrorsPanel *>(tab->errorsPanel());
        QVERIFY(errors);
        page->tabs()->setCurrentWidget(errors);
        QTest::qWait(50);
        QTableView *table = errors->table();
        const int rowHeight = table->verticalHeader()->defaultSectionSize();
        QVERIFY2(
            table->viewport()->height() >= 10 * rowHeight,
            qPrintable(u"errors viewport %1 px, rows of %2 px"_s.arg(table->viewport()->height())
                           .arg(rowHeight)));
        QHeaderView *header = table->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            const int left = header->sectionViewportPosition(column);
            const int width = header->sectionSize(column);
            QVERIFY2(
                left >= 0 && left + width <= table->viewport()->width() && width >= 40,
                qPrintable(
                    u"errors column %1 at %2 + %3 of %4"_s.arg(column).arg(left).arg(width).arg(
                        table->viewport()->width())));
        }
        // The log: five rows at least.
        page->tabs()->setCurrentWidget(page->logPanel());
        QTest::qWait(50);
        QTableView *log = page->logPanel()->view();
        QVERIFY2(log->viewport()->height() >= 5 * log->verticalHeader()->defaultSectionSize(),
                 qPrintable(u"log viewport %1 px"_s.arg(log->viewport()->height())));
    }

    void checkAt(const QSize &size)
    {
        auto w = window(size);
        auto *dock = w->findChild<QDockWidget *>(u"browserDock"_s);
        QVERIFY(dock && dock->isVisible());
        for (const auto &[pipeline, run] :
             {std::pair {u"pipe_001"_s, u"run_002"_s}, std::pair {u"pipe_003"_s, u"run_201"_s}}) {
            RunPage *page = openAndWait(*w, pipeline, run);
            QVERIFY2(page, qPrintable(run));
            QCOMPARE(w->size(), size);
            checkCharts(page);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"%1 at %2×%3"_s.arg(run).arg(size.width()).arg(size.height())));
            checkTables(w->currentRunTab(), page);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"%1 at %2×%3"_s.arg(run).arg(size.width()).arg(size.height())));
            if (run == u"run_201") {
                // 1,000 partitions: the heat map scrolls; it never takes the charts' room.
                QVERIFY(page->partitionsPanel()->isGridMode());
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The page remembers its splitters in QSettings: keep the tests' own.
        m_config = std::make_unique<QTemporaryDir>();
        qputenv("XDG_CONFIG_HOME", m_config->path().toLocal8Bit());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_sim = std::make_unique<sim::Simulator>();
        QVERIFY(m_sim->start());
    }

    void init() { m_profiles = std::make_unique<test::ShellProfiles>(m_sim->baseUrl()); }
    void cleanup() { m_profiles.reset(); }

    void laptop() { checkAt({1280, 800}); }
    void smallLaptop() { checkAt({1024, 768}); }

    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("FLOWWATCH_SCREENSHOT_DIR"))
            QSKIP("set FLOWWATCH_SCREENSHOT_DIR to write the documentation screenshots");
        // Runs evolve 15 times faster: a few seconds show minutes of a run.
        sim::SimulatorOptions options;
        options.speed = 15.0;
        m_profiles.reset();
        m_sim = std::make_unique<sim::Simulator>(options);
        QVERIFY(m_sim->start());
        m_profiles = std::make_unique<test::ShellProfiles>(m_sim->baseUrl());
        auto w = window({1280, 800});
        QTRY_COMPARE_WITH_TIMEOUT(w->browser()->pipelines()->rowCount(), 30, kTimeout);
        // The browser shows the runs of the first run's pipeline.
        QAbstractItemModel *pipelines = w->browser()->pipelineView()->model();
        for (int row = 0; row < pipelines->rowCount(); ++row) {
            const QModelIndex i = pipelines->index(row, 0);
            if (i.data(PipelineListModel::IdRole).toString() == u"pipe_001"_s)
                w->browser()->pipelineView()->setCurrentIndex(i);
        }
        RunPage *running = openAndWait(*w, u"pipe_001"_s, u"run_002"_s);
        QVERIFY(running);
        QTest::qWait(4'500); // a few polls: the throughput line and the stage bars grow
        saveShot(w.get(), u"run-running.png"_s);

        RunPage *failed = openAndWait(*w, u"pipe_001"_s, u"run_001"_s);
        QVERIFY(failed);
        QTest::qWait(1'500);
        saveShot(w.get(), u"run-failed.png"_s);
        failed->tabs()->setCurrentWidget(w->currentRunTab()->errorsPanel());
        QTest::qWait(500);
        saveShot(w.get(), u"run-failed-errors.png"_s);

        RunPage *many = openAndWait(*w, u"pipe_003"_s, u"run_201"_s);
        QVERIFY(many);
        QTest::qWait(4'500);
        saveShot(w.get(), u"run-1000-partitions.png"_s);

        RunPage *million = openAndWait(*w, u"pipe_005"_s, u"run_401"_s);
        QVERIFY(million);
        million->tabs()->setCurrentWidget(w->currentRunTab()->errorsPanel());
        QTest::qWait(3'000); // loading with progress
        saveShot(w.get(), u"run-million-errors.png"_s);

        Appearance::setDark(true);
        w->tabs()->setCurrentWidget(w->runTab(0));
        QTest::qWait(1'000);
        saveShot(w.get(), u"run-dark.png"_s);
        Appearance::setDark(false);

        w->resize(1024, 768);
        QTest::qWait(1'000);
        saveShot(w.get(), u"run-1024.png"_s);
        w.reset();

        // The same window in German, light and dark: the texts are set as it is built.
        QCOMPARE(Translations::install(u"de"_s), u"de"_s);
        const QLocale english;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // numbers and dates too
        const auto restore = qScopeGuard([english] {
            Translations::uninstall();
            QLocale::setDefault(english);
        });
        auto de = window({1280, 800});
        QTRY_COMPARE_WITH_TIMEOUT(de->browser()->pipelines()->rowCount(), 30, kTimeout);
        QAbstractItemModel *pipelinesDe = de->browser()->pipelineView()->model();
        for (int row = 0; row < pipelinesDe->rowCount(); ++row) {
            const QModelIndex i = pipelinesDe->index(row, 0);
            if (i.data(PipelineListModel::IdRole).toString() == u"pipe_001"_s)
                de->browser()->pipelineView()->setCurrentIndex(i);
        }
        QVERIFY(openAndWait(*de, u"pipe_001"_s, u"run_002"_s));
        QTest::qWait(3'000);
        saveShot(de.get(), u"run-de.png"_s);
        Appearance::setDark(true);
        QTest::qWait(1'000);
        saveShot(de.get(), u"run-de-dark.png"_s);
        Appearance::setDark(false);
    }
};

QTEST_MAIN(TestRunPageLayout)
#include "tst_runpage_layout.moc"
