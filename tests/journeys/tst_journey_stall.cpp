// Journey: a run stops moving while the user watches it. The processed rows of a running run
// stand still past its connection's threshold; the run is marked stalled in its tab, in the
// Watching overview (ranked with the failures) and in the tray, and one notification says so.
#include "core/api/RunRef.h"
#include "core/models/browser/WatchListModel.h"
#include "core/monitor/watching/RunWatcher.h"
#include "core/monitor/watching/StallRuleTracker.h"
#include "core/monitor/watching/WatchController.h"
#include "sim/RunSpec.h"
#include "sim/Simulator.h"
#include "support/ShellProfiles.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/TrayController.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;
using namespace fw;
using fw::ui::MainWindow;

namespace {
constexpr int kTimeout = 20'000;
const QString kConnection = u"Demo"_s;
} // namespace

class TestStallJourney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stalledRunIsMarkedEverywhere();

private:
    std::unique_ptr<sim::Simulator> m_sim;
};

void TestStallJourney::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sim = std::make_unique<sim::Simulator>();
    QVERIFY(m_sim->start());
}

void TestStallJourney::stalledRunIsMarkedEverywhere()
{
    // A running run whose processed rows reached their last value an hour ago.
    sim::RunSpec frozen;
    frozen.id = u"run_7601"_s;
    frozen.pipelineId = u"pipe_001"_s;
    frozen.totalRows = 100'000'000;
    frozen.partitions = 8;
    frozen.parallelism = 4;
    frozen.durationMs = 24LL * 3600 * 1000;
    frozen.freezeAtProcessedRows = 1'000'000;
    frozen.startInMs = -3'600'000;
    m_sim->addRun(frozen);

    test::ShellProfiles profiles(m_sim->baseUrl());
    MainWindow window(profiles.registry(), profiles.settings());
    window.resize(1280, 800);
    window.setCurrentProfile(kConnection);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openRun(kConnection, frozen.pipelineId, frozen.id);
    const RunRef run {kConnection, frozen.pipelineId, frozen.id};
    QTRY_VERIFY_WITH_TIMEOUT(window.watches()->watcher(run) != nullptr, kTimeout);
    // Not stalled at first: the connection's threshold is 10 minutes.
    QTRY_VERIFY_WITH_TIMEOUT(window.watches()->watcher(run)->hasProgress(), kTimeout);
    QCOMPARE(window.watches()->stallText(run), QString());

    // A threshold short enough for a test: the next polls find the rows still where they were.
    QSignalSpy began(window.watches()->stalls(), &StallRuleTracker::stallBegan);
    window.watches()->stalls()->setThreshold(run, std::chrono::milliseconds(300));
    window.watches()->refresh(run);
    QTRY_COMPARE_WITH_TIMEOUT(began.size(), 1, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(window.watches()->stallText(run).startsWith(u"stalled for "_s),
                             kTimeout);

    // The Watching overview says so after the status, and ranks it with the failures.
    WatchListModel *overview = window.watches()->model();
    const int row = overview->rowOf(run);
    QVERIFY(row >= 0);
    const QModelIndex status = overview->index(row, WatchListModel::StatusColumn);
    QTRY_VERIFY_WITH_TIMEOUT(status.data().toString().contains(u"stalled for "_s), kTimeout);
    QCOMPARE(status.data(WatchListModel::SortRole).toInt() / 2, statusSeverity(RunStatus::Failed));

    // The run's tab notes it in its header.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto *note = window.findChild<QLabel *>(u"runNote"_s);
            return note && note->isVisibleTo(&window) && note->text().contains(u"stalled for "_s);
        }(),
        kTimeout);

    // The tray's tooltip lists it, and one notification was raised.
    QTRY_VERIFY_WITH_TIMEOUT(window.tray()->toolTip().contains(u"run_7601 stalled for "_s),
                             kTimeout);
    QVERIFY2(window.tray()->lastNotification().startsWith(u"run_7601 stalled for "_s),
             qPrintable(window.tray()->lastNotification()));

    // More polls of the same stall raise no second notification.
    window.watches()->refresh(run);
    QTest::qWait(500);
    window.watches()->refresh(run);
    QTest::qWait(500);
    QCOMPARE(began.size(), 1);
}

QTEST_MAIN(TestStallJourney)
#include "tst_journey_stall.moc"
