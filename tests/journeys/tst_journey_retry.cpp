// Journey: retry a run and follow the new one. Drives the real MainWindow with keys and clicks
// against the simulator over loopback, with the simulator answering like servers that choose
// their own checkpoint, re-run every partition, or answer slowly. Checks what the user sees
// (before and after the server's answer, on both runs' pages and in the runs list) and what
// reached the simulator (one POST, with the connection's key; the new run polled).
#include "JourneyWindow.h"
#include "core/api/RunRef.h"
#include "core/models/browser/PipelineListModel.h"
#include "core/models/browser/RunListModel.h"
#include "core/monitor/retry/RetryOutlook.h"
#include "core/monitor/watching/RunWatcher.h"
#include "core/monitor/watching/WatchController.h"
#include "sim/RunSpec.h"
#include "sim/Simulator.h"
#include "support/ShellProfiles.h"
#include "ui/retry/RetryAction.h"
#include "ui/retry/RetryDialog.h"
#include "ui/retry/RetryPanel.h"
#include "ui/run/RunPage.h"
#include "ui/shell/BrowserPanel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/RunTab.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fw;
using namespace fw::ui;

namespace {

constexpr int kTimeout = 20'000;
const QString kConnection = u"Demo"_s;
const QString kPipeline = u"pipe_001"_s;

enum class Answer { CheckpointBehind, FullRerunResumable, FullRerunNotResumable, SlowPost };

} // namespace

Q_DECLARE_METATYPE(Answer)

class TestRetryJourney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void retryAndFollowTheNewRun_data();
    void retryAndFollowTheNewRun();

private:
    std::unique_ptr<MainWindow> showWindow();
    /// Clicks the pipeline in the browser so that its runs list shows.
    bool selectPipeline(MainWindow &window, const QString &pipelineId);

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<test::ShellProfiles> m_profiles;
};

void TestRetryJourney::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sim = std::make_unique<sim::Simulator>();
    QVERIFY(m_sim->start());
}

void TestRetryJourney::init()
{
    m_sim->resetCounters();
    m_profiles = std::make_unique<test::ShellProfiles>(m_sim->baseUrl());
}

void TestRetryJourney::cleanup()
{
    m_profiles.reset();
}

std::unique_ptr<MainWindow> TestRetryJourney::showWindow()
{
    return test::showJourneyWindow(*m_profiles, kConnection);
}

bool TestRetryJourney::selectPipeline(MainWindow &window, const QString &pipelineId)
{
    QTreeView *view = window.browser()->pipelineView();
    if (!QTest::qWaitFor([view] { return view->model()->rowCount() > 0; }, kTimeout))
        return false;
    const QModelIndexList found = view->model()->match(
        view->model()->index(0, 0), PipelineListModel::IdRole, pipelineId, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    view->scrollTo(found.first());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(found.first()).center());
    RunListModel *runs = window.browser()->runs();
    return QTest::qWaitFor(
        [runs, pipelineId] { return runs->pipelineId() == pipelineId && runs->rowCount() > 0; },
        kTimeout);
}

void TestRetryJourney::retryAndFollowTheNewRun_data()
{
    QTest::addColumn<Answer>("answer");
    QTest::newRow("checkpoint behind the processed rows") << Answer::CheckpointBehind;
    QTest::newRow("full re-run, resumable") << Answer::FullRerunResumable;
    QTest::newRow("full re-run, not resumable") << Answer::FullRerunNotResumable;
    QTest::newRow("slow answer to the POST") << Answer::SlowPost;
}

void TestRetryJourney::retryAndFollowTheNewRun()
{
    QFETCH(Answer, answer);
    static int serial = 0;
    sim::RunSpec spec;
    spec.pipelineId = kPipeline;
    spec.id = u"run_71%1"_s.arg(++serial, 2, 10, QChar(u'0'));
    spec.loadStrategy = u"append"_s;
    spec.totalRows = 300'000;
    spec.finished = true;
    sim::RetryAnswer retry;
    switch (answer) {
    case Answer::CheckpointBehind:
        spec.finalStatus = u"failed"_s;
        spec.failAtProcessedRows = 137'004;
        retry.resumeFromRow = 128'026;
        break;
    case Answer::FullRerunResumable:
    case Answer::FullRerunNotResumable:
        spec.finalStatus = u"completed_with_errors"_s;
        spec.errorCount = 40;
        retry.resumeFromRow = 0;
        retry.resumable = answer == Answer::FullRerunResumable;
        break;
    case Answer::SlowPost:
        spec.loadStrategy = u"upsert"_s;
        spec.finalStatus = u"failed"_s;
        spec.failAtProcessedRows = 90'000;
        retry.delayMs = 2500;
        break;
    }
    spec.retry = retry;
    m_sim->addRun(spec);
    const RunRef original {kConnection, kPipeline, spec.id};

    auto window = showWindow();
    QVERIFY(window);
    QVERIFY(selectPipeline(*window, kPipeline));
    RunTab *tab = window->openRun(original);
    QVERIFY(tab);
    QTRY_VERIFY_WITH_TIMEOUT(tab->page(), kTimeout);
    auto *panel = tab->page()->findChild<RetryPanel *>();
    QVERIFY(panel);
    RunWatcher *watcher = window->watches()->watcher(original);
    QVERIFY(watcher);
    QTRY_VERIFY_WITH_TIMEOUT(watcher->hasProgress(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(panel->button()->isEnabled(), kTimeout);
    const qint64 processed = watcher->progress().processedRows;
    const QString processedText = RetryOutlook::formatCount(processed);

    // Ctrl+R: the confirmation says what is known and promises no row.
    QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);
    RetryDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<RetryDialog *>()) != nullptr, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kTimeout);
    QCOMPARE(dialog->outcomeText(), u"Resumes from the server's last checkpoint"_s);
    QVERIFY2(dialog->knownText().startsWith(processedText
                                            + u" of 300,000 rows were processed "
                                              "so far. The server decides where "
                                              "the new run starts"_s),
             qPrintable(dialog->knownText()));
    if (spec.loadStrategy == u"append"_s)
        QVERIFY(dialog->knownText().contains(u"rows after its last checkpoint may be loaded "
                                             "again"_s));
    const int postsBefore = m_sim->requestCount(u"POST"_s, u"/retry$"_s);
    QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);

    if (answer == Answer::SlowPost) {
        // While the server takes its time: the panel says so and a second Ctrl+R sends nothing.
        QTRY_COMPARE_WITH_TIMEOUT(panel->statusLabel()->text(), u"Sending retry…"_s, kTimeout);
        QVERIFY(!panel->button()->isEnabled());
        QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);
        QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);
        const auto dialogs = window->findChildren<RetryDialog *>();
        for (const RetryDialog *open : dialogs)
            QVERIFY(!open->isVisible()); // no second confirmation while one is in flight
        QCOMPARE(window->runTabCount(), 1);
    }

    // The 201: the new run opens in its own tab and is watched.
    QTRY_VERIFY_WITH_TIMEOUT(!panel->retryAction()->newRunId().isEmpty(), kTimeout);
    const QString newId = panel->retryAction()->newRunId();
    const RunRef created {kConnection, kPipeline, newId};
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/retry$"_s) - postsBefore, 1);
    const QList<QByteArray> postKeys
        = m_sim->headerValues("x-api-key", u"POST"_s, u"/retry$"_s).mid(postsBefore);
    QCOMPARE(postKeys, QList<QByteArray> {"krn_demo_admin"});
    QTRY_VERIFY_WITH_TIMEOUT(window->tabOf(created), kTimeout);
    RunTab *newTab = window->tabOf(created);
    QCOMPARE(window->currentRunTab(), newTab);
    QCOMPARE(window->runTabCount(), 2);
    const QString progressPath = u"/runs/"_s + newId + u"/progress$"_s;
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->requestCount(u"GET"_s, progressPath) >= 2, kTimeout);
    for (const QByteArray &key : m_sim->headerValues("x-api-key", u"GET"_s, progressPath))
        QCOMPARE(key, "krn_demo_admin");
    QTRY_VERIFY_WITH_TIMEOUT(newTab->status().has_value(), kTimeout);

    // Linked both ways, with the server's answer on both pages.
    QCOMPARE(panel->statusLabel()->text(), u"<a href=\"open\">Retried as "_s + newId + u"</a>"_s);
    QTRY_VERIFY_WITH_TIMEOUT(newTab->page(), kTimeout);
    auto *newPanel = newTab->page()->findChild<RetryPanel *>();
    QVERIFY(newPanel);
    QVERIFY(newPanel->originLabel()->isVisibleTo(newTab->page()));
    QVERIFY2(newPanel->originLabel()->text().contains(u"Retry of "_s + spec.id + u" — "_s),
             qPrintable(newPanel->originLabel()->text()));

    QString answerText;
    QString originalWarning;
    QString newWarning;
    switch (answer) {
    case Answer::CheckpointBehind:
        QVERIFY(processed > 128'026);
        answerText = u"Server: resumeFromRow 128,026, resumable yes — “Resuming from row 128026 "
                     "(original run: %1)”"_s.arg(spec.id);
        originalWarning = u"⚠ The server resumes from row 128,026, behind the %1 rows processed. "
                          "With append, up to %2 rows are loaded again."_s.arg(
                              processedText, RetryOutlook::formatCount(processed - 128'026));
        QVERIFY(newPanel->originLabel()->text().contains(u"resumes from row 128,026"_s));
        break;
    case Answer::FullRerunResumable:
        answerText = u"Server: resumeFromRow 0, resumable yes — “Re-processing all partitions "
                     "from row 0 (original run: %1)”"_s.arg(spec.id);
        originalWarning = u"⚠ The server will not resume this run: it re-processes every "
                          "partition from row 0. With append, rows that were already loaded are "
                          "loaded again."_s;
        newWarning = originalWarning;
        break;
    case Answer::FullRerunNotResumable:
        answerText = u"Server: resumeFromRow 0, resumable no — “Re-processing all partitions "
                     "from row 0 (original run: %1)”"_s.arg(spec.id);
        originalWarning = u"⚠ The server will not resume this run: it says it is not resumable "
                          "and re-processes it from row 0. With append, rows that were already "
                          "loaded are loaded again."_s;
        newWarning = originalWarning;
        break;
    case Answer::SlowPost:
        answerText = u"Server: resumeFromRow %1, resumable yes — “Resuming from row %2 "
                     "(original run: %3)”"_s.arg(processedText)
                         .arg(processed)
                         .arg(spec.id);
        break;
    }
    QCOMPARE(panel->answerLabel()->text(), answerText);
    QCOMPARE(newPanel->answerLabel()->text(), answerText);
    QCOMPARE(panel->warningLabel()->text(), originalWarning);
    QCOMPARE(panel->warningLabel()->isVisibleTo(panel), !originalWarning.isEmpty());
    QCOMPARE(newPanel->warningLabel()->text(), newWarning);
    QCOMPARE(newPanel->warningLabel()->isVisibleTo(newPanel), !newWarning.isEmpty());

    // Listed at once in the pipeline's runs, as a retry of the original.
    RunListModel *runs = window->browser()->runs();
    QTRY_VERIFY_WITH_TIMEOUT(
        !runs->match(runs->index(0, 0), RunListModel::RunIdRole, newId, 1, Qt::MatchExactly)
             .isEmpty(),
        kTimeout);
    const QModelIndex row
        = runs->match(runs->index(0, 0), RunListModel::RunIdRole, newId, 1, Qt::MatchExactly)
              .first();
    QCOMPARE(runs->index(row.row(), RunListModel::RetryOfColumn).data().toString(), spec.id);

    // Clicking "Retry of …" goes back to the original; "Retried as …" to the new run.
    newPanel->originLabel()->setFocus();
    QTest::mouseClick(newPanel->originLabel(), Qt::LeftButton, {},
                      QPoint(6, newPanel->originLabel()->height() / 2));
    QTRY_COMPARE_WITH_TIMEOUT(window->currentRunTab(), tab, kTimeout);
    QTest::mouseClick(panel->statusLabel(), Qt::LeftButton, {},
                      QPoint(6, panel->statusLabel()->height() / 2));
    QTRY_COMPARE_WITH_TIMEOUT(window->currentRunTab(), newTab, kTimeout);
    QCOMPARE(window->runTabCount(), 2);
    // Still exactly one POST.
    QTest::qWait(200);
    QCOMPARE(m_sim->requestCount(u"POST"_s, u"/retry$"_s) - postsBefore, 1);
}

QTEST_MAIN(TestRetryJourney)
#include "tst_journey_retry.moc"
