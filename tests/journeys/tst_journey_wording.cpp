// Journey: the words match what is happening. Drives the real MainWindow with keys and clicks
// against the simulator over loopback and asserts the words a user reads: a header that no
// longer says "Loading…" once polling stopped, how long a run has been queued, no ETA for a run
// that is not moving, where a key is held, a redirect loop named as such, whole sentences after
// a decoding error, and a status-bar message that leaves room for "No update yet".
#include "JourneyWindow.h"
#include "core/api/RunRef.h"
#include "core/models/browser/PipelineListModel.h"
#include "core/models/browser/RunListModel.h"
#include "core/monitor/watching/RunWatcher.h"
#include "core/monitor/watching/WatchController.h"
#include "core/profiles/ConnectionRegistry.h"
#include "sim/Fault.h"
#include "sim/RunSpec.h"
#include "sim/Simulator.h"
#include "support/ShellProfiles.h"
#include "ui/run/RunHeader.h"
#include "ui/run/RunPage.h"
#include "ui/run/StaleBanner.h"
#include "ui/shell/BrowserPanel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ProfileDialog.h"
#include "ui/shell/RunTab.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fw;
using namespace fw::ui;

namespace {
constexpr int kTimeout = 20'000;
} // namespace

class TestWordingJourney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rejectedKeyHeaderSaysNotLoaded();
    void queuedRunSaysHowLongItWaits();
    void pausedRunHasNoEta();
    void keyFieldSaysWhereTheKeyIsHeld();
    void redirectLoopIsNamed();
    void decodingErrorEndsItsSentence();
    void longStatusMessageLeavesRoomForTheLastUpdate();

private:
    std::unique_ptr<MainWindow> showWindow(const QString &profile = u"Demo"_s);
    RunPage *openAndWaitForPage(MainWindow &window, const RunRef &run);

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<test::ShellProfiles> m_profiles;
};

void TestWordingJourney::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sim = std::make_unique<sim::Simulator>();
    QVERIFY(m_sim->start());
}

void TestWordingJourney::init()
{
    m_sim->resetCounters();
    m_profiles = std::make_unique<test::ShellProfiles>(m_sim->baseUrl());
}

void TestWordingJourney::cleanup()
{
    m_sim->clearFaults();
    m_profiles.reset();
}

std::unique_ptr<MainWindow> TestWordingJourney::showWindow(const QString &profile)
{
    return test::showJourneyWindow(*m_profiles, profile);
}

RunPage *TestWordingJourney::openAndWaitForPage(MainWindow &window, const RunRef &run)
{
    RunTab *tab = window.openRun(run);
    if (!tab || !QTest::qWaitFor([tab] { return tab->page() != nullptr; }, kTimeout))
        return nullptr;
    return tab->page();
}

void TestWordingJourney::rejectedKeyHeaderSaysNotLoaded()
{
    ConnectionProfile staging = test::ShellProfiles::demoProfile(m_sim->baseUrl(), u"Staging"_s);
    QCOMPARE(m_profiles->registry()->saveProfile(staging), QString());
    bool stored = false;
    m_profiles->registry()->keys().storeKey(u"Staging"_s, u"krn_revoked_2025"_s, nullptr,
                                            [&stored](const KeyResult &r) { stored = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(stored, kTimeout);
    auto window = showWindow(u"Staging"_s);
    QVERIFY(window);
    RunPage *page = openAndWaitForPage(*window, RunRef {u"Staging"_s, u"pipe_001"_s, u"run_002"_s});
    QVERIFY(page);
    RunWatcher *watcher
        = window->watches()->watcher(RunRef {u"Staging"_s, u"pipe_001"_s, u"run_002"_s});
    QTRY_VERIFY_WITH_TIMEOUT(!watcher->isPolling(), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(page->header()->fieldText(u"status"_s),
                              u"Not loaded — polling stopped"_s, kTimeout);
    QVERIFY(page->staleBanner()->message().contains(u"API key rejected"_s));
}

void TestWordingJourney::queuedRunSaysHowLongItWaits()
{
    sim::RunSpec spec;
    spec.id = u"run_7301"_s;
    spec.startInMs = -14 * 60'000; // created 14 minutes ago...
    spec.pendingMs = 60 * 60'000; // ...and still waiting for a worker
    m_sim->addRun(spec);
    auto window = showWindow();
    QVERIFY(window);
    // Open it from the pipeline's runs list, as a user does: click the pipeline, then the run.
    QTreeView *pipelines = window->browser()->pipelineView();
    QTRY_VERIFY_WITH_TIMEOUT(pipelines->model()->rowCount() > 0, kTimeout);
    const QModelIndex pipe = pipelines->model()
                                 ->match(pipelines->model()->index(0, 0), PipelineListModel::IdRole,
                                         u"pipe_001"_s, 1, Qt::MatchExactly)
                                 .value(0);
    QVERIFY(pipe.isValid());
    pipelines->scrollTo(pipe); // the user scrolls to it first when the list is long
    QTest::mouseClick(pipelines->viewport(), Qt::LeftButton, {},
                      pipelines->visualRect(pipe).center());
    QTRY_COMPARE_WITH_TIMEOUT(window->browser()->currentPipelineId(), u"pipe_001"_s, kTimeout);
    QTreeView *runs = window->browser()->runView();
    QModelIndex row;
    QTRY_VERIFY_WITH_TIMEOUT((row = runs->model()
                                        ->match(runs->model()->index(0, 0), RunListModel::RunIdRole,
                                                spec.id, 1, Qt::MatchExactly)
                                        .value(0))
                                 .isValid(),
                             kTimeout);
    runs->scrollTo(row);
    QTest::mouseClick(runs->viewport(), Qt::LeftButton, {}, runs->visualRect(row).center());
    QTest::mouseDClick(runs->viewport(), Qt::LeftButton, {}, runs->visualRect(row).center());
    QTRY_VERIFY_WITH_TIMEOUT(window->tabOf(RunRef {u"Demo"_s, u"pipe_001"_s, spec.id}), kTimeout);
    RunTab *tab = window->tabOf(RunRef {u"Demo"_s, u"pipe_001"_s, spec.id});
    QTRY_VERIFY_WITH_TIMEOUT(tab->page() && tab->status().has_value(), kTimeout);
    QCOMPARE(*tab->status(), RunStatus::Pending);
    const QString elapsed = tab->page()->header()->fieldText(u"elapsed"_s);
    QVERIFY2(elapsed.startsWith(u"Queued 14 min"_s), qPrintable(elapsed));
}

void TestWordingJourney::pausedRunHasNoEta()
{
    auto window = showWindow();
    QVERIFY(window);
    RunPage *page = openAndWaitForPage(*window, RunRef {u"Demo"_s, u"pipe_004"_s, u"run_302"_s});
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->header()->fieldText(u"status"_s).isEmpty(), false, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(page->header()->fieldText(u"status"_s).contains(u"paused"_s),
                             kTimeout);
    QCOMPARE(page->header()->fieldText(u"eta"_s), u"none — not moving"_s);
}

void TestWordingJourney::keyFieldSaysWhereTheKeyIsHeld()
{
    ConnectionProfile stored = test::ShellProfiles::demoProfile(m_sim->baseUrl(), u"Stored"_s);
    QCOMPARE(m_profiles->registry()->saveProfile(stored), QString());
    auto window = showWindow();
    QVERIFY(window);
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    auto *dialog = window->findChild<ProfileDialog *>(u"profileDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *key = dialog->findChild<QLineEdit *>(u"keyEdit"_s);
    QVERIFY(key);
    // Demo's key lives in memory only: it is gone after a restart.
    dialog->select(u"Demo"_s);
    QCOMPARE(key->placeholderText(), u"Held for this session only — type a key to store it"_s);
    dialog->select(u"Stored"_s);
    QCOMPARE(key->placeholderText(), u"Stored — type a new key to replace it"_s);
    dialog->close();
}

void TestWordingJourney::redirectLoopIsNamed()
{
    sim::RunSpec spec;
    spec.id = u"run_7401"_s;
    m_sim->addRun(spec);
    const QByteArray self = "/api/v1/pipelines/pipe_001/runs/run_7401/progress";
    m_sim->injectFault(
        sim::Fault::redirect(u"GET"_s, u"/runs/run_7401/progress$"_s, self, 302, -1));
    auto window = showWindow();
    QVERIFY(window);
    RunPage *page = openAndWaitForPage(*window, RunRef {u"Demo"_s, u"pipe_001"_s, spec.id});
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->staleBanner()->isVisibleTo(page), kTimeout);
    const QString message = page->staleBanner()->message();
    QVERIFY2(message.startsWith(u"127.0.0.1:"_s)
                 && message.contains(u" keeps redirecting (a redirect loop) — check the server "
                                     "URL."_s),
             qPrintable(message));
    QVERIFY2(!message.contains(u"HTTP"_s), qPrintable(message));
}

void TestWordingJourney::decodingErrorEndsItsSentence()
{
    sim::RunSpec spec;
    spec.id = u"run_7402"_s;
    m_sim->addRun(spec);
    m_sim->injectFault(sim::Fault::withStatus(u"GET"_s, u"/runs/run_7402/progress$"_s, 200,
                                              "{\"status\": nope}", {}, -1));
    auto window = showWindow();
    QVERIFY(window);
    RunPage *page = openAndWaitForPage(*window, RunRef {u"Demo"_s, u"pipe_001"_s, spec.id});
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->staleBanner()->isVisibleTo(page), kTimeout);
    const QString message = page->staleBanner()->message();
    QVERIFY2(QRegularExpression(u"at byte \\d+\\. Retrying automatically\\.$"_s)
                 .match(message)
                 .hasMatch(),
             qPrintable(message));
}

void TestWordingJourney::longStatusMessageLeavesRoomForTheLastUpdate()
{
    auto window = showWindow();
    QVERIFY(window);
    window->resize(380, 600);
    QTest::qWait(50);
    // Ctrl+R with no run open: a long sentence in the status bar.
    QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);
    const QString full = window->lastMessage();
    QVERIFY(full.startsWith(u"Open a failed run first"_s));
    QStatusBar *bar = window->statusBar();
    const QString shown = bar->currentMessage();
    QVERIFY(!shown.isEmpty());
    const auto labels = bar->findChildren<QLabel *>();
    const QLabel *update = nullptr;
    for (const QLabel *label : labels) {
        if (label->text() == u"No update yet"_s || label->text().startsWith(u"Last update"_s))
            update = label;
    }
    QVERIFY(update);
    QVERIFY(update->isVisible());
    // The message ends before the label begins.
    QVERIFY2(bar->fontMetrics().horizontalAdvance(shown) < update->geometry().left(),
             qPrintable(shown));
    // Too long for the room: cut with "…", the whole sentence in the tooltip.
    QVERIFY2(shown.endsWith(u"…"_s), qPrintable(shown));
    QCOMPARE(bar->toolTip(), u"⚠ "_s + full);
}

QTEST_MAIN(TestWordingJourney)
#include "tst_journey_wording.moc"
