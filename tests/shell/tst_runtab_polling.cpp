// A run open in a tab is polled once: the tab's run page shows the shell's watcher, the one behind
// the Watching overview, instead of polling the run a second time. Against the simulator over
// loopback, on a clock the test moves, counting the progress requests the server sees.
#include "core/models/browser/WatchListModel.h"
#include "core/models/run/RunSummary.h"
#include "core/monitor/watching/RunWatcher.h"
#include "core/monitor/watching/WatchController.h"
#include "sim/Fault.h"
#include "support/FakeClock.h"
#include "support/ShellProfiles.h"
#include "support/SimFixture.h"
#include "ui/errors/ErrorsPanel.h"
#include "ui/run/LogPanel.h"
#include "ui/run/RunHeader.h"
#include "ui/run/RunPage.h"
#include "ui/run/StaleBanner.h"
#include "ui/shell/BrowserPanel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/RunTab.h"

#include <QApplication>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fw;
using namespace fw::ui;

namespace {

constexpr int kTimeout = 20'000;
const QString kProfile = u"Demo"_s; // the connection ShellProfiles makes
const QString kPipeline = u"pipe_001"_s;
const QString kRun = u"run_002"_s; // running for about three minutes of simulated time

} // namespace

class TestRunTabPolling final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openRunIsPolledOncePerInterval();
    void pageMadeLaterShowsTheProgressAtOnce();
    void refreshAndStaleBannerActOnTheSharedWatcher();
    void findActsWhereTheUserIs();

private:
    /// Opens the run in a tab and waits for the shell's watcher to finish its first poll, then
    /// puts it on the test's clock.
    RunWatcher *openAndSettle(MainWindow &window);
    /// Moves the clock to the watcher's next poll and waits for its answer.
    bool pollOnce(RunWatcher *watcher);
    bool settle(RunWatcher *watcher);
    int progressRequests() const;
    /// The delay until the next poll, as scheduled now.
    qint64 msToNextPoll(const RunWatcher *watcher) const;
    QString expectedProcessed(const RunWatcher *watcher) const;

    // Destroyed in reverse: the window first, the clock (used by its watchers) last.
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<test::SimFixture> m_fixture;
    std::unique_ptr<test::ShellProfiles> m_profiles;
    std::unique_ptr<MainWindow> m_window;
};

void TestRunTabPolling::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestRunTabPolling::init()
{
    // Starts at the system's time: the shell's watcher makes its first poll on the system clock
    // and keeps its schedule when the test's clock takes over.
    m_clock = std::make_unique<FakeClock>(QDateTime::currentDateTimeUtc());
    m_fixture = std::make_unique<test::SimFixture>();
    m_fixture->sim().setClock([clock = m_clock.get()] { return clock->now(); });
    m_profiles = std::make_unique<test::ShellProfiles>(m_fixture->sim().baseUrl());
    m_window = std::make_unique<MainWindow>(m_profiles->registry(), m_profiles->settings());
    m_window->resize(1280, 800);
    m_window->setCurrentProfile(kProfile);
    m_window->show();
}

void TestRunTabPolling::cleanup()
{
    m_window.reset();
    m_profiles.reset();
    m_fixture.reset();
    m_clock.reset();
}

int TestRunTabPolling::progressRequests() const
{
    return m_fixture->sim().requestCount(u"GET"_s, u"/runs/"_s + kRun + u"/progress$"_s);
}

bool TestRunTabPolling::settle(RunWatcher *watcher)
{
    return QTest::qWaitFor([watcher] { return !watcher->isRequestInFlight(); }, kTimeout);
}

RunWatcher *TestRunTabPolling::openAndSettle(MainWindow &window)
{
    window.openRun(kProfile, kPipeline, kRun);
    const RunRef key {kProfile, kPipeline, kRun};
    if (!QTest::qWaitFor([&] { return window.watches()->watcher(key) != nullptr; }, kTimeout))
        return nullptr;
    RunWatcher *watcher = window.watches()->watcher(key);
    watcher->setClock(m_clock.get());
    watcher->setRandomSource([] { return 1.0; });
    if (!QTest::qWaitFor([watcher] { return watcher->hasProgress(); }, kTimeout)
        || !settle(watcher))
        return nullptr;
    return watcher;
}

bool TestRunTabPolling::pollOnce(RunWatcher *watcher)
{
    const QDateTime due = watcher->nextPollAt();
    if (!due.isValid())
        return false;
    m_clock->advance(std::max<qint64>(1, m_clock->now().msecsTo(due)));
    return settle(watcher);
}

qint64 TestRunTabPolling::msToNextPoll(const RunWatcher *watcher) const
{
    return watcher->nextPollAt().isValid() ? m_clock->now().msecsTo(watcher->nextPollAt()) : -1;
}

QString TestRunTabPolling::expectedProcessed(const RunWatcher *watcher) const
{
    return QLocale().toString(watcher->progress().processedRows);
}

void TestRunTabPolling::openRunIsPolledOncePerInterval()
{
    RunWatcher *watcher = openAndSettle(*m_window);
    QVERIFY(watcher);
    RunTab *tab = m_window->currentRunTab();
    QVERIFY(tab);
    auto *page = qobject_cast<RunPage *>(tab->page());
    QVERIFY(page);
    QVERIFY(page->isVisible());
    QCOMPARE(progressRequests(), 1); // the tab's page did not start a second poller

    for (int poll = 2; poll <= 4; ++poll) {
        QVERIFY(pollOnce(watcher));
        QCOMPARE(progressRequests(), poll);
        QCOMPARE(page->header()->fieldText(u"processed"_s), expectedProcessed(watcher));
    }
    QVERIFY(watcher->progress().processedRows > 0);
    QVERIFY(page->header()->fieldText(u"status"_s).startsWith(u"Running"_s));

    // The overview in front hides the page, not the run: still the visible rate (at most 4 × 2 s,
    // never the hidden 15 s), and still one request per poll.
    m_window->tabs()->setCurrentIndex(0);
    QVERIFY(!page->isVisible());
    const qint64 overviewDelay = msToNextPoll(watcher);
    QVERIFY2(overviewDelay > 0 && overviewDelay <= 8'000,
             qPrintable(QString::number(overviewDelay)));
    QVERIFY(pollOnce(watcher));
    QCOMPARE(progressRequests(), 5);

    // Hidden to the tray: slower for every view of the run; shown again: the visible rate.
    m_window->hide();
    QVERIFY(msToNextPoll(watcher) >= 15'000);
    m_window->show();
    const qint64 shownDelay = msToNextPoll(watcher);
    QVERIFY2(shownDelay > 0 && shownDelay <= 8'000, qPrintable(QString::number(shownDelay)));
    m_window->tabs()->setCurrentWidget(tab);
    QVERIFY(pollOnce(watcher));
    QCOMPARE(progressRequests(), 6);
    QCOMPARE(page->header()->fieldText(u"processed"_s), expectedProcessed(watcher));
}

void TestRunTabPolling::pageMadeLaterShowsTheProgressAtOnce()
{
    RunWatcher *watcher = openAndSettle(*m_window);
    QVERIFY(watcher);
    QVERIFY(pollOnce(watcher));
    const int before = progressRequests();
    QCOMPARE(before, 2);

    // A second view of the same watcher: filled from what the watcher already has, no request.
    RunPage page(watcher);
    QCOMPARE(page.header()->fieldText(u"processed"_s), expectedProcessed(watcher));
    QVERIFY(!page.header()->fieldText(u"status"_s).isEmpty());
    QVERIFY(page.summary()->hasData());
    QCOMPARE(page.summary()->status(), watcher->progress().status);
    page.resize(1000, 700);
    page.show();
    page.hide(); // hiding this view does not slow the run down: the window is still on screen
    QVERIFY(msToNextPoll(watcher) <= 8'000);
    QCoreApplication::processEvents();
    QCOMPARE(progressRequests(), before);
    QVERIFY(pollOnce(watcher));
    QCOMPARE(progressRequests(), before + 1);
    QCOMPARE(page.header()->fieldText(u"processed"_s), expectedProcessed(watcher));
}

void TestRunTabPolling::refreshAndStaleBannerActOnTheSharedWatcher()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    RunWatcher *watcher = openAndSettle(*m_window);
    QVERIFY(watcher);
    auto *page = qobject_cast<RunPage *>(m_window->currentRunTab()->page());
    QVERIFY(page);
    page->logPanel()->searchField()->setFocus(); // the shortcut acts where the focus is

    // F5 on the page: exactly one more request (the window's Refresh acts on the same watcher).
    QTest::keyClick(page, Qt::Key_F5);
    QVERIFY(settle(watcher));
    QCOMPARE(progressRequests(), 2);

    // A failed poll: the page's banner says why and keeps the last good data.
    const QString processed = page->header()->fieldText(u"processed"_s);
    m_fixture->sim().injectFault(sim::Fault::withStatus(
        u"GET"_s, u"/progress$"_s, 503, "<html>down</html>"_ba, {{"Retry-After"_ba, "7"_ba}}));
    QVERIFY(pollOnce(watcher));
    QCOMPARE(progressRequests(), 3);
    QTRY_VERIFY(page->staleBanner()->isVisible());
    QVERIFY(page->staleBanner()->message().contains(u"HTTP 503"_s));
    QVERIFY(page->staleBanner()->countdown().contains(u"Next try in 7 s"_s));
    QCOMPARE(page->header()->fieldText(u"processed"_s), processed);
    QVERIFY(pollOnce(watcher));
    QCOMPARE(progressRequests(), 4);
    QTRY_VERIFY(!page->staleBanner()->isVisible());
}

void TestRunTabPolling::findActsWhereTheUserIs()
{
    // The window, the run page and its errors table each have a Ctrl+F (and the page and the
    // table a Ctrl+L). Two shortcuts on one key would cancel each other: each key must act.
    QTest::failOnWarning(QRegularExpression(u"Ambiguous shortcut"_s));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    RunWatcher *watcher = openAndSettle(*m_window);
    QVERIFY(watcher);
    RunTab *tab = m_window->currentRunTab();
    auto *page = qobject_cast<RunPage *>(tab->page());
    QVERIFY(page);

    // In the run's partitions: the log's search.
    page->logPanel()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), page->logPanel()->searchField());

    // With the errors tab in front: the errors' search; Ctrl+L loads errors, the log's
    // follow-tail stays as it was.
    auto *errors = qobject_cast<ErrorsPanel *>(tab->errorsPanel());
    QVERIFY(errors);
    auto *lowerTabs = qobject_cast<QTabWidget *>(errors->parentWidget()->parentWidget());
    QVERIFY(lowerTabs);
    lowerTabs->setCurrentWidget(errors);
    errors->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), errors->searchField());
    const bool follows = page->logPanel()->followsTail();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(page->logPanel()->followsTail(), follows);

    // In the browser: its pipeline filter.
    m_window->browser()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->browser()->isAncestorOf(QApplication::focusWidget()));
    QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
}

QTEST_MAIN(TestRunTabPolling)
#include "tst_runtab_polling.moc"
