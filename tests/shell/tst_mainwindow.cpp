#include "core/models/browser/PipelineListModel.h"
#include "core/models/browser/RunListModel.h"
#include "core/models/browser/WatchListModel.h"
#include "core/monitor/watching/WatchController.h"
#include "core/profiles/ConnectionRegistry.h"
#include "sim/Simulator.h"
#include "support/ShellProfiles.h"
#include "ui/shell/Appearance.h"
#include "ui/shell/BrowserPanel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ProfileDialog.h"
#include "ui/shell/RunTab.h"
#include "ui/shell/TrayController.h"
#include "ui/shell/WatchingView.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fw;
using namespace fw::ui;

namespace {

constexpr int kTimeout = 20'000;

QString watchedStatus(MainWindow &window, const QString &runId)
{
    WatchListModel *model = window.watches()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->runAt(row).ref.runId == runId)
            return model->index(row, WatchListModel::StatusColumn).data().toString();
    }
    return {};
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

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensWithDemoAndATabPerRun();
    void productionProfileIsMarked();
    void deepLinks();
    void closeTabStopsWatching();
    void tabsSurviveRestart();
    void previousVersionsTabsRestore();
    void notifiesRunsThatFinishWhileWatched();
    void screenshots();

private:
    std::unique_ptr<MainWindow> makeWindow();

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<test::ShellProfiles> m_profiles;
};

void TestMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sim = std::make_unique<sim::Simulator>();
    QVERIFY(m_sim->start());
}

void TestMainWindow::init()
{
    m_profiles = std::make_unique<test::ShellProfiles>(m_sim->baseUrl());
}

void TestMainWindow::cleanup()
{
    m_profiles.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>(m_profiles->registry(), m_profiles->settings());
    window->resize(1280, 800);
    return window;
}

void TestMainWindow::opensWithDemoAndATabPerRun()
{
    auto window = makeWindow();
    window->setCurrentProfile(u"Demo"_s);
    window->show();
    QCOMPARE(window->windowTitle(), u"Flowwatch \u2014 Demo"_s);
    window->openRun(u"Demo"_s, u"pipe_001"_s, u"run_002"_s);
    window->openRun(u"Demo"_s, u"pipe_001"_s, u"run_001"_s);
    window->openRun(u"Demo"_s, u"pipe_001"_s, u"run_001"_s); // focuses the open tab
    QCOMPARE(window->runTabCount(), 2);
    QCOMPARE(window->tabs()->count(), 3); // Watching + two runs
    QCOMPARE(window->tabs()->tabText(0), u"Watching"_s);
    QCOMPARE(window->currentRunTab()->run().runId, u"run_001"_s);

    // The browser lists every pipeline of the profile; the watched runs get their status.
    QTRY_COMPARE_WITH_TIMEOUT(window->browser()->pipelines()->rowCount(), 30, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(watchedStatus(*window, u"run_001"_s), u"Failed"_s, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(watchedStatus(*window, u"run_002"_s).startsWith(u"Running"_s)
                                 || watchedStatus(*window, u"run_002"_s) == u"Pending"_s,
                             kTimeout);
    RunTab *tab = window->currentRunTab();
    QTRY_VERIFY_WITH_TIMEOUT(tab->status().has_value(), kTimeout);
    const int index = window->tabs()->indexOf(tab);
    QCOMPARE(window->tabs()->tabText(index), u"run_001 \u00b7 Demo"_s);
    QVERIFY(!window->tabs()->tabIcon(index).isNull()); // status icon, not colour alone
    QCOMPARE(window->tabs()->tabBar()->tabTextColor(index), QColor(u"#2e7d32"_s));
    QVERIFY(window->tabs()->tabToolTip(index).contains(u"Failed"_s));
    QCOMPARE(window->watches()->model()->rowCount(), 2);

    // The browser's runs of pipe_001 come from the runs list.
    const QModelIndex pipe = window->browser()->pipelineView()->model()->index(0, 0);
    QVERIFY(pipe.isValid());
    for (int row = 0; row < window->browser()->pipelineView()->model()->rowCount(); ++row) {
        const QModelIndex i = window->browser()->pipelineView()->model()->index(row, 0);
        if (i.data(PipelineListModel::IdRole).toString() == u"pipe_001"_s)
            window->browser()->pipelineView()->setCurrentIndex(i);
    }
    QCOMPARE(window->browser()->currentPipelineId(), u"pipe_001"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window->browser()->runs()->rowCount() >= 2, kTimeout);
}

void TestMainWindow::productionProfileIsMarked()
{
    ConnectionProfile prod = test::ShellProfiles::demoProfile(m_sim->baseUrl(), u"production"_s);
    prod.production = true;
    prod.color.clear();
    m_profiles->registry()->addSessionProfile(prod, u"krn_demo_viewer"_s);
    auto window = makeWindow();
    window->setCurrentProfile(u"Demo"_s);
    window->show();
    window->openRun(u"production"_s, u"pipe_002"_s, u"run_101"_s);
    QCOMPARE(window->windowTitle(), u"Flowwatch \u2014 production \u2014 PRODUCTION"_s);
    const int index = window->tabs()->currentIndex();
    QVERIFY(window->tabs()->tabText(index).contains(u"\u2691"_s)); // a flag, not only colour
    QCOMPARE(window->tabs()->tabBar()->tabTextColor(index), QColor(u"#c62828"_s));
    window->tabs()->setCurrentIndex(0); // the Watching overview: back to the browser's profile
    QCOMPARE(window->windowTitle(), u"Flowwatch \u2014 Demo"_s);
}

void TestMainWindow::deepLinks()
{
    auto window = makeWindow();
    window->setCurrentProfile(u"Demo"_s);
    window->show();
    const QString server = QString::fromUtf8(QUrl::toPercentEncoding(m_sim->baseUrl().toString()));
    QVERIFY(
        !window->openLink(u"flowwatch://open?server="_s + server
                          + u"&tenant=demo&pipeline=pipe_001&run=run_001&key=krn_demo_admin"_s));
    QVERIFY(window->lastMessage().contains(u"API key"_s));
    QCOMPARE(window->runTabCount(), 0);
    QVERIFY(!window->openLink(u"flowwatch://open?tenant=demo"_s));
    QCOMPARE(window->runTabCount(), 0);
    QVERIFY(window->openLink(u"flowwatch://open?server="_s + server
                             + u"&tenant=demo&pipeline=pipe_002&run=run_102"_s));
    QCOMPARE(window->runTabCount(), 1);
    QCOMPARE(window->currentRunTab()->run().connection, u"Demo"_s);
    QCOMPARE(window->currentRunTab()->run().runId, u"run_102"_s);
    // A link to another server asks first and opens nothing by itself.
    QVERIFY(window->openLink(
        u"flowwatch://open?server=https://other.example&tenant=acme&pipeline=p&run=r"_s));
    QCOMPARE(window->runTabCount(), 1);
    QVERIFY(window->lastMessage().contains(u"other.example"_s));
    QVERIFY(!m_profiles->registry()->profile(u"other.example"_s).has_value());
    const QList<QWidget *> boxes = QApplication::topLevelWidgets();
    for (QWidget *w : boxes) {
        if (w->inherits("QMessageBox"))
            w->close();
    }
}

void TestMainWindow::closeTabStopsWatching()
{
    auto window = makeWindow();
    window->setCurrentProfile(u"Demo"_s);
    window->show();
    window->openRun(u"Demo"_s, u"pipe_001"_s, u"run_001"_s);
    window->openRun(u"Demo"_s, u"pipe_002"_s, u"run_101"_s);
    QCOMPARE(window->watches()->model()->rowCount(), 2);
    QAction *close = nullptr;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->shortcut() == QKeySequence(QKeySequence::Close))
            close = a;
    }
    QVERIFY(close);
    close->trigger();
    QCOMPARE(window->runTabCount(), 1);
    QCOMPARE(window->watches()->model()->rowCount(), 1);
    window->tabs()->setCurrentIndex(0);
    close->trigger(); // the Watching overview does not close
    QCOMPARE(window->tabs()->count(), 2);
}

void TestMainWindow::tabsSurviveRestart()
{
    ConnectionProfile saved = test::ShellProfiles::demoProfile(m_sim->baseUrl(), u"dev"_s);
    QCOMPARE(m_profiles->registry()->saveProfile(saved), QString());
    m_profiles->registry()->keys().storeSessionKey(u"dev"_s, u"krn_demo_editor"_s);
    {
        auto window = makeWindow();
        window->setCurrentProfile(u"dev"_s);
        window->show();
        window->openRun(u"dev"_s, u"pipe_001"_s, u"run_001"_s);
        // Session-only: saved by its server and tenant, which this registry still has open.
        window->openRun(u"Demo"_s, u"pipe_001"_s, u"run_002"_s);
        window->saveSession();
    }
    auto window = makeWindow();
    window->restoreSession();
    QCOMPARE(window->runTabCount(), 2);
    QCOMPARE(window->runTab(0)->run().connection, u"dev"_s);
    QCOMPARE(window->runTab(0)->run().runId, u"run_001"_s);
    QCOMPARE(window->runTab(1)->run(), (RunRef {u"Demo"_s, u"pipe_001"_s, u"run_002"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(watchedStatus(*window, u"run_001"_s), u"Failed"_s, kTimeout);
}

void TestMainWindow::previousVersionsTabsRestore()
{
    ConnectionProfile saved = test::ShellProfiles::demoProfile(m_sim->baseUrl(), u"dev"_s);
    QCOMPARE(m_profiles->registry()->saveProfile(saved), QString());
    m_profiles->registry()->keys().storeSessionKey(u"dev"_s, u"krn_demo_editor"_s);
    // What the previous version wrote: newline-joined keys; one for a profile that is gone.
    m_profiles->settings()->setValue(u"session/tabs"_s,
                                     QStringList {u"dev\npipe_001\nrun_001"_s,
                                                  u"gone\npipe_001\nrun_002"_s,
                                                  u"dev/pipe_002/run_101"_s});
    auto window = makeWindow();
    window->restoreSession();
    QCOMPARE(window->runTabCount(), 2);
    QCOMPARE(window->runTab(0)->run(), (RunRef {u"dev"_s, u"pipe_001"_s, u"run_001"_s}));
    QCOMPARE(window->runTab(1)->run(), (RunRef {u"dev"_s, u"pipe_002"_s, u"run_101"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(watchedStatus(*window, u"run_001"_s), u"Failed"_s, kTimeout);
    // Saved again in the one text form of a run.
    window->saveSession();
    QCOMPARE(m_profiles->settings()->value(u"session/tabs"_s).toStringList(),
             (QStringList {u"dev/pipe_001/run_001"_s, u"dev/pipe_002/run_101"_s}));
}

void TestMainWindow::notifiesRunsThatFinishWhileWatched()
{
    sim::RunSpec spec;
    spec.pipelineId = u"pipe_001"_s;
    spec.id = u"run_7001"_s;
    spec.durationMs = 2'500;
    spec.finalStatus = u"failed"_s;
    m_sim->addRun(spec);
    auto window = makeWindow();
    window->setCurrentProfile(u"Demo"_s);
    window->show();
    window->openRun(u"Demo"_s, u"pipe_001"_s, u"run_001"_s); // failed before it was opened
    QTRY_COMPARE_WITH_TIMEOUT(watchedStatus(*window, u"run_001"_s), u"Failed"_s, kTimeout);
    window->openRun(u"Demo"_s, u"pipe_001"_s, u"run_7001"_s);
    window->tabs()->setCurrentIndex(0); // the user looks at the overview, not at run_7001
    QTRY_COMPARE_WITH_TIMEOUT(watchedStatus(*window, u"run_7001"_s), u"Failed"_s, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window->tray()->lastNotification().isEmpty(), kTimeout);
    QCOMPARE(window->tray()->lastNotification(),
             u"run_7001 failed\nOrders \u2192 Warehouse on Demo \u2014 click to open the run."_s);
    QCOMPARE(*window->watches()->worstStatus(), RunStatus::Failed);
    QCOMPARE(window->watches()->unacknowledgedProblems(), 1); // run_001 was acknowledged
    QVERIFY(window->tray()->toolTip().contains(u"need attention"_s));
}

void TestMainWindow::screenshots()
{
    if (qEnvironmentVariableIsEmpty("FLOWWATCH_SCREENSHOT_DIR"))
        QSKIP("Set FLOWWATCH_SCREENSHOT_DIR to write the shell screenshots");
    ConnectionProfile prod = test::ShellProfiles::demoProfile(m_sim->baseUrl(), u"production"_s);
    prod.production = true;
    prod.color.clear();
    m_profiles->registry()->addSessionProfile(prod, u"krn_demo_viewer"_s);
    auto window = makeWindow();
    window->setCurrentProfile(u"Demo"_s);
    window->show();
    const QList<std::pair<QString, QString>> runs {
        {u"pipe_001"_s, u"run_002"_s}, {u"pipe_003"_s, u"run_201"_s},
        {u"pipe_002"_s, u"run_101"_s}, {u"pipe_004"_s, u"run_302"_s},
        {u"pipe_006"_s, u"run_501"_s}, {u"pipe_002"_s, u"run_102"_s}};
    for (const auto &[pipeline, run] : runs)
        window->openRun(u"Demo"_s, pipeline, run);
    window->openRun(u"production"_s, u"pipe_005"_s, u"run_401"_s);
    window->openRun(u"Demo"_s, u"pipe_001"_s, u"run_001"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window->browser()->pipelines()->rowCount(), 30, kTimeout);
    QAbstractItemModel *pipelines = window->browser()->pipelineView()->model();
    for (int row = 0; row < pipelines->rowCount(); ++row) {
        const QModelIndex i = pipelines->index(row, 0);
        if (i.data(PipelineListModel::IdRole).toString() == u"pipe_001"_s)
            window->browser()->pipelineView()->setCurrentIndex(i);
    }
    QTRY_VERIFY_WITH_TIMEOUT(window->browser()->runs()->rowCount() >= 2, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(watchedStatus(*window, u"run_001"_s), u"Failed"_s, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!watchedStatus(*window, u"run_401"_s).startsWith(u"Loading"_s),
                             kTimeout);
    QTest::qWait(1500); // let the errors panel show its first rows
    saveShot(window.get(), u"shell-browser.png"_s);

    window->tabs()->setCurrentIndex(0);
    QTest::qWait(200);
    saveShot(window.get(), u"shell-watching.png"_s);

    Appearance::setDark(true);
    window->tabs()->setCurrentIndex(window->tabs()->count() - 1);
    QTest::qWait(300);
    saveShot(window.get(), u"shell-dark.png"_s);
    Appearance::setDark(false);

    ConnectionProfile staging = test::ShellProfiles::demoProfile(
        QUrl(u"https://staging.kaireon.example"_s), u"staging"_s);
    staging.color = u"#1565c0"_s;
    staging.role = Role::Editor;
    staging.notifications = NotificationPolicy::FailuresOnly;
    QCOMPARE(m_profiles->registry()->saveProfile(staging), QString());
    ProfileDialog dialog(m_profiles->registry());
    dialog.resize(1280, 800);
    dialog.select(u"Demo"_s);
    dialog.show();
    QPushButton *test = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text().contains(u"Test"_s))
            test = button;
    }
    QVERIFY(test);
    test->click(); // the stored key is read and the pipelines listed
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(u"Connected"_s), kTimeout);
    QCOMPARE(dialog.statusText(), u"Connected. The key works and sees 30 pipelines."_s);
    saveShot(&dialog, u"shell-profiles.png"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
