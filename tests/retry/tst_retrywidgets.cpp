// The Retry button, its confirmation dialog and the header panel, as users see them: enabled
// state and tooltip per role and status, the dialog's texts and default button, and one POST per
// confirmed click however often the action fires (counted at the simulator).
#include "core/api/ApiClient.h"
#include "core/api/ProgressRequest.h"
#include "core/monitor/retry/RetryController.h"
#include "support/FakeClock.h"
#include "support/SimFixture.h"
#include "ui/retry/RetryAction.h"
#include "ui/retry/RetryDialog.h"
#include "ui/retry/RetryPanel.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fw;
using namespace fw::ui;
using fw::sim::Fault;
using fw::test::SimFixture;

Q_DECLARE_METATYPE(std::optional<fw::RunStatus>)

#define SETTLE(spy, count) QTRY_COMPARE_WITH_TIMEOUT((spy).size(), count, 10'000)

namespace {
RunProgress progressOf(RunStatus status, const QString &strategy = u"upsert"_s)
{
    RunProgress p;
    p.status = status;
    p.statusText = runStatusKey(status);
    p.loadStrategy = strategy;
    p.totalRows = 50000;
    p.processedRows = 32000;
    return p;
}

/// A page-like window hosting one Retry panel for a run, on a client of `key`.
struct Host
{
    Host(SimFixture *fixture, const QString &key, WatchedRun target)
    {
        ConnectionConfig config;
        config.name = target.ref.connection;
        config.server = fixture ? fixture->sim().baseUrl() : QUrl(u"http://127.0.0.1:9"_s);
        config.tenant = u"demo"_s;
        config.apiKey = key;
        client = std::make_unique<ApiClient>(config);
        controller = RetryController::forClient(client.get());
        controller->setClock(&clock);
        page = std::make_unique<QWidget>();
        action = new RetryAction(controller, std::move(target), page.get());
        panel = new RetryPanel(action, page.get());
        page->resize(700, 160);
    }
    RunProgress fetch(const QString &pipelineId, const QString &runId)
    {
        ProgressRequest *request = client->fetchProgress(pipelineId, runId);
        request->setAutoDelete(false);
        QSignalSpy done(request, &ApiRequest::finished);
        request->start();
        done.wait(10'000);
        RunProgress progress = request->progress();
        delete request;
        return progress;
    }

    FakeClock clock;
    std::unique_ptr<ApiClient> client;
    RetryController *controller = nullptr;
    std::unique_ptr<QWidget> page;
    RetryAction *action = nullptr;
    RetryPanel *panel = nullptr;
};

WatchedRun run001(bool production = false)
{
    return {{production ? u"Production"_s : u"Demo"_s, u"pipe_001"_s, u"run_001"_s},
            u"Orders → Warehouse"_s,
            {},
            production};
}
} // namespace

class TestRetryWidgets final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_fixture;

    int posts() { return m_fixture->sim().requestCount(u"POST"_s, u"/retry$"_s); }

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_fixture = std::make_unique<SimFixture>();
    }
    void cleanup() { m_fixture.reset(); }

    void buttonPerRoleAndStatus_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<std::optional<RunStatus>>("status");
        QTest::addColumn<bool>("serverRefused");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("tooltip");
        const QString allowed = u"Retry run_001 (Ctrl+R)"_s;
        const QString viewer = u"Viewers cannot retry runs"_s;
        const QString notRetryable
            = u"Only failed runs or runs completed with errors can be retried"_s;
        const QString refused = u"The server refused: insufficient permissions"_s;
        const std::pair<const char *, Role> roles[] = {{"admin", Role::Admin},
                                                       {"editor", Role::Editor},
                                                       {"viewer", Role::Viewer},
                                                       {"unknown", Role::Unknown}};
        const std::pair<const char *, std::optional<RunStatus>> statuses[]
            = {{"pending", RunStatus::Pending},
               {"running", RunStatus::Running},
               {"completed", RunStatus::Completed},
               {"failed", RunStatus::Failed},
               {"completed_with_errors", RunStatus::CompletedWithErrors},
               {"paused", RunStatus::Unknown},
               {"not loaded", std::nullopt}};
        for (const auto &[roleName, role] : roles) {
            for (const auto &[statusName, status] : statuses) {
                for (const bool serverRefused : {false, true}) {
                    QString tip;
                    if (role == Role::Viewer)
                        tip = viewer;
                    else if (serverRefused)
                        tip = refused;
                    else if (!status)
                        tip = u"Waiting for the run's status"_s;
                    else if (*status == RunStatus::Failed
                             || *status == RunStatus::CompletedWithErrors)
                        tip = allowed;
                    else
                        tip = notRetryable;
                    QTest::addRow("%s/%s%s", roleName, statusName,
                                  serverRefused ? "/after 403" : "")
                        << role << status << serverRefused << (tip == allowed) << tip;
                }
            }
        }
    }
    void buttonPerRoleAndStatus()
    {
        QFETCH(Role, role);
        QFETCH(std::optional<RunStatus>, status);
        QFETCH(bool, serverRefused);
        QFETCH(bool, enabled);
        QFETCH(QString, tooltip);
        Host host(nullptr, u"krn_demo_admin"_s, run001());
        host.controller->policy()->setRole(role);
        if (serverRefused)
            host.controller->policy()->markForbiddenByServer();
        if (status)
            host.action->setRunProgress(progressOf(*status));
        host.page->show();
        QToolButton *button = host.panel->button();
        QVERIFY(button->isVisible()); // disabled, never hidden
        QCOMPARE(button->isEnabled(), enabled);
        QCOMPARE(button->text(), u"Retry…"_s);
        QCOMPARE(host.action->action()->text(), u"&Retry…"_s);
        QCOMPARE(button->toolTip(), tooltip);
        QCOMPARE(button->accessibleDescription(), tooltip);
        QCOMPARE(host.action->action()->statusTip(), tooltip);
        QCOMPARE(host.action->action()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QCOMPARE(host.panel->recheckButton()->isVisible(), serverRefused);
    }

    void ctrlROpensTheDialog()
    {
        Host host(nullptr, u"krn_demo_admin"_s, run001());
        host.action->setRunProgress(progressOf(RunStatus::Failed));
        host.page->show();
        QVERIFY(QTest::qWaitForWindowActive(host.page.get()));
        host.panel->button()->setFocus();
        QTest::keyClick(host.page.get(), Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(host.action->dialog());
        host.action->dialog()->reject();
    }

    void windowsOwnCtrlRIsNotAmbiguous()
    {
        // A main window's Run → Retry (Ctrl+R) that delegates to the current page's action: the
        // page's own Ctrl+R steps aside, or Qt would see an ambiguous shortcut and fire neither.
        QWidget window;
        auto *windowRetry = new QAction(u"&Retry…"_s, &window);
        windowRetry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
        window.addAction(windowRetry);
        auto *page = new QWidget(&window);
        ConnectionConfig config;
        config.server = QUrl(u"http://127.0.0.1:9"_s);
        ApiClient client(config);
        auto *action = new RetryAction(RetryController::forClient(&client), run001(), page);
        auto *panel = new RetryPanel(action, page);
        connect(windowRetry, &QAction::triggered, action, [action] { action->trigger(); });
        action->setRunProgress(progressOf(RunStatus::Failed));
        QVERIFY(action->hasOwnShortcut());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!action->hasOwnShortcut());
        panel->button()->setFocus();
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(action->dialog());
        QCOMPARE(panel->button()->toolTip(), u"Retry run_001 (Ctrl+R)"_s);
        action->dialog()->reject();
    }

    void dialogSaysWhatWillHappen_data()
    {
        QTest::addColumn<QString>("pipeline");
        QTest::addColumn<QString>("run");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("upsert") << u"pipe_001"_s << u"run_001"_s
                                << u"Resumes from the server's last checkpoint"_s;
        QTest::newRow("replace") << u"pipe_002"_s << u"run_101"_s
                                 << u"Re-runs from the beginning"_s;
    }
    void dialogSaysWhatWillHappen()
    {
        QFETCH(QString, pipeline);
        QFETCH(QString, run);
        QFETCH(QString, outcome);
        Host host(m_fixture.get(), u"krn_demo_admin"_s,
                  {{u"Production"_s, pipeline, run}, {}, {}, true});
        host.action->setRunProgress(host.fetch(pipeline, run));
        host.page->show();
        QVERIFY(host.action->trigger());
        RetryDialog *dialog = host.action->dialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal); // nothing else blocks
        QCOMPARE(dialog->outcomeText(), outcome);
        // Before the server answers, no row is promised and no row is said to be safe.
        QVERIFY(!dialog->outcomeText().contains(u"from row"_s));
        QVERIFY2(!dialog->knownText().contains(u"not loaded again"_s),
                 qPrintable(dialog->knownText()));
        QVERIFY(dialog->productionWarning() && dialog->productionWarning()->isVisible());
        const auto texts = dialog->productionWarning()->findChildren<QLabel *>();
        QVERIFY(std::any_of(texts.begin(), texts.end(), [](QLabel *l) {
            return l->text().startsWith(u"PRODUCTION — “Production” is a production connection"_s);
        }));
        QVERIFY(std::any_of(texts.begin(), texts.end(),
                            [](QLabel *l) { return !l->pixmap().isNull(); })); // the icon
        QVERIFY(dialog->cancelButton()->isDefault());
        QVERIFY(!dialog->retryButton()->isDefault());
        QVERIFY(!dialog->retryButton()->autoDefault());
        QCOMPARE(dialog->retryButton()->text(), u"&Retry "_s + run);
        // Enter cancels: nothing is sent.
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!host.action->dialog());
        QTest::qWait(20);
        QCOMPARE(posts(), 0);
    }

    void dialogWithoutProductionHasNoWarning()
    {
        Host host(nullptr, u"krn_demo_admin"_s, run001(false));
        host.action->setRunProgress(progressOf(RunStatus::Failed, u"truncate"_s));
        QVERIFY(host.action->trigger());
        QVERIFY(!host.action->dialog()->productionWarning());
        QCOMPARE(host.action->dialog()->outcomeText(),
                 u"Load strategy “truncate” is not one Flowwatch knows: it is unknown whether "
                 "the retry resumes from the server's last checkpoint or re-runs from the "
                 "beginning"_s);
        host.action->dialog()->reject();
    }

    void doubleClickAndTenActivationsSendOnePost()
    {
        Host host(m_fixture.get(), u"krn_demo_admin"_s, run001());
        host.action->setRunProgress(host.fetch(u"pipe_001"_s, u"run_001"_s));
        host.page->show();
        QSignalSpy succeeded(host.controller, &RetryController::retrySucceeded);
        // A double click on the button, then eight more activations within 100 ms: one dialog.
        // (press, release, press, double-click, release: what a real double click delivers)
        QTest::mouseClick(host.panel->button(), Qt::LeftButton);
        QTest::mouseDClick(host.panel->button(), Qt::LeftButton);
        QTest::mouseRelease(host.panel->button(), Qt::LeftButton);
        QPointer<RetryDialog> dialog = host.action->dialog();
        QVERIFY(dialog);
        for (int i = 0; i < 8; ++i) {
            host.action->action()->trigger();
            QTest::qWait(5);
            QCOMPARE(host.action->dialog(), dialog.data());
        }
        QCOMPARE(posts(), 0); // nothing before the confirmation
        // A double click on Retry: the first click confirms and closes the dialog.
        QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
        if (dialog) // a click that still reaches the closing dialog sends nothing more
            dialog->retryButton()->click();
        QVERIFY(!host.action->action()->isEnabled()); // in flight
        QCOMPARE(host.panel->button()->toolTip(), u"A retry of this run is already being sent"_s);
        QCOMPARE(host.panel->statusLabel()->text(), u"Sending retry…"_s);
        for (int i = 0; i < 10; ++i)
            QVERIFY(!host.action->trigger());
        SETTLE(succeeded, 1);
        QTest::qWait(50);
        QCOMPARE(posts(), 1);
        QVERIFY(host.action->action()->isEnabled());
        QCOMPARE(host.action->feedback(), RetryAction::Feedback::Succeeded);
        QCOMPARE(host.panel->statusLabel()->text(), u"<a href=\"open\">Retried as run_9001</a>"_s);

        // The link opens the new run.
        QSignalSpy open(host.action, &RetryAction::openRunRequested);
        Q_EMIT host.panel->statusLabel()->linkActivated(u"open"_s);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).value<RunRef>(),
                 (RunRef {u"Demo"_s, u"pipe_001"_s, u"run_9001"_s}));

        // The new run's own page says where it starts.
        RetryAction newRun(host.controller,
                           {{u"Demo"_s, u"pipe_001"_s, u"run_9001"_s}, {}, {}, false}, nullptr);
        RetryPanel newPanel(&newRun);
        QCOMPARE(newPanel.originLabel()->text(),
                 u"<a href=\"original\">Retry of run_001 — resumes from row 32,000</a>"_s);
        QVERIFY(!newPanel.originLabel()->isHidden());
        // Both pages show the server's answer; it resumed where the run stopped: no warning.
        const QString answer = u"Server: resumeFromRow 32,000, resumable yes — “Resuming from "
                               "row 32000 (original run: run_001)”"_s;
        QCOMPARE(newPanel.answerLabel()->text(), answer);
        QCOMPARE(host.panel->answerLabel()->text(), answer);
        QVERIFY(newPanel.warningLabel()->isHidden());
        QVERIFY(host.panel->warningLabel()->isHidden());
        // "Retry of run_001" links back to the original run.
        QSignalSpy back(&newRun, &RetryAction::openRunRequested);
        Q_EMIT newPanel.originLabel()->linkActivated(u"original"_s);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.at(0).at(0).value<RunRef>(),
                 (RunRef {u"Demo"_s, u"pipe_001"_s, u"run_001"_s}));

        // A second retry of the original warns that it was already retried.
        QVERIFY(host.action->trigger());
        auto *again = host.action->dialog()->findChild<QLabel *>(u"alreadyRetried"_s);
        QVERIFY(again);
        QCOMPARE(again->text(),
                 u"ⓘ run_001 was already retried as run_9001. Retrying again starts another "
                 "run."_s);
        host.action->dialog()->reject();
    }

    void twoWindowsSendOnePost()
    {
        Host first(m_fixture.get(), u"krn_demo_admin"_s, run001());
        RetryAction second(first.controller, run001(), first.page.get());
        const RunProgress progress = first.fetch(u"pipe_001"_s, u"run_001"_s);
        first.action->setRunProgress(progress);
        second.setRunProgress(progress);
        QVERIFY(first.action->trigger());
        QVERIFY(second.trigger());
        QSignalSpy succeeded(first.controller, &RetryController::retrySucceeded);
        first.action->dialog()->retryButton()->click();
        QVERIFY(!second.action()->isEnabled()); // the other window follows at once
        second.dialog()->retryButton()->click(); // confirmed before it noticed: refused
        SETTLE(succeeded, 1);
        QTest::qWait(50);
        QCOMPARE(posts(), 1);
    }

    void refusalShowsTheServersMessageAsPlainText()
    {
        m_fixture->sim().injectFault(Fault::withStatus(
            u"POST"_s, u"/retry$"_s, 422,
            R"({"error":{"code":"UNPROCESSABLE_ENTITY","message":"<b>Run</b> is <a href='x'>busy</a>"}})"));
        Host host(m_fixture.get(), u"krn_demo_admin"_s, run001());
        host.action->setRunProgress(host.fetch(u"pipe_001"_s, u"run_001"_s));
        host.page->show();
        QSignalSpy failed(host.controller, &RetryController::retryFailed);
        QVERIFY(host.action->trigger());
        host.action->dialog()->retryButton()->click();
        SETTLE(failed, 1);
        QLabel *server = host.panel->serverMessageLabel();
        QCOMPARE(server->textFormat(), Qt::PlainText);
        QCOMPARE(server->text(), u"Server: <b>Run</b> is <a href='x'>busy</a>"_s);
        QVERIFY(server->isVisible());
        QCOMPARE(host.panel->messageLabel()->textFormat(), Qt::PlainText);
        QVERIFY(host.panel->messageLabel()->text().startsWith(
            u"The server does not allow retrying this run in its current state"_s));
        QTRY_VERIFY(host.action->action()->isEnabled()); // re-enabled; the run was re-fetched
    }

    void forbiddenDisablesUntilRechecked()
    {
        Host host(m_fixture.get(), u"krn_demo_viewer"_s, run001());
        host.action->setRunProgress(host.fetch(u"pipe_001"_s, u"run_001"_s));
        host.page->show();
        QVERIFY(host.panel->button()->isEnabled()); // role unknown: allowed until the server says
        QSignalSpy failed(host.controller, &RetryController::retryFailed);
        QVERIFY(host.action->trigger());
        host.action->dialog()->retryButton()->click();
        SETTLE(failed, 1);
        QVERIFY(!host.panel->button()->isEnabled());
        QCOMPARE(host.panel->button()->toolTip(),
                 u"The server refused: insufficient permissions"_s);
        QVERIFY(host.panel->recheckButton()->isVisible());
        QCOMPARE(host.panel->serverMessageLabel()->text(), u"Server: Insufficient permissions"_s);
        QTest::mouseClick(host.panel->recheckButton(), Qt::LeftButton);
        QVERIFY(host.panel->button()->isEnabled());
        QVERIFY(!host.panel->recheckButton()->isVisible());
        QCOMPARE(posts(), 1);
    }

    void unknownOutcomeIsCheckedBeforeRetryComesBack()
    {
        m_fixture->sim().setRunsListEnabled(false);
        m_fixture->sim().injectFault(
            Fault::of(Fault::Kind::DropAfterProcessing, u"POST"_s, u"/retry$"_s));
        Host host(m_fixture.get(), u"krn_demo_admin"_s, run001());
        host.action->setRunProgress(host.fetch(u"pipe_001"_s, u"run_001"_s));
        host.page->show();
        QSignalSpy unknown(host.controller, &RetryController::outcomeUnknown);
        QSignalSpy resolved(host.controller, &RetryController::outcomeResolved);
        // What the panel shows while checking (the check itself is quick on loopback).
        QString status;
        QString tooltip;
        bool enabled = true;
        connect(host.controller, &RetryController::outcomeUnknown, this, [&] {
            status = host.panel->statusLabel()->text();
            tooltip = host.panel->button()->toolTip();
            enabled = host.panel->button()->isEnabled();
        });
        QVERIFY(host.action->trigger());
        host.action->dialog()->retryButton()->click();
        SETTLE(unknown, 1);
        QCOMPARE(status, u"Outcome unknown — checking…"_s);
        QVERIFY(!enabled);
        QCOMPARE(tooltip, u"Outcome unknown — checking whether the retry was created"_s);
        SETTLE(resolved, 1);
        QVERIFY(host.panel->button()->isEnabled());
        QVERIFY(host.panel->messageLabel()->text().startsWith(u"Outcome still unknown"_s));
        QCOMPARE(posts(), 1);
    }
};

QTEST_MAIN(TestRetryWidgets)
#include "tst_retrywidgets.moc"
