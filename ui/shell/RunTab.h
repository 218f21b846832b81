#pragma once

#include "core/api/Role.h"
#include "core/api/RunStatus.h"
#include "core/models/browser/WatchListModel.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedLayout;

namespace fw {
class RunHistoryLoader;
class RunWatcher;
struct RunInfo;
struct RunProgress;
} // namespace fw

namespace fw::ui {

class ErrorsPanel;
class RetryAction;
class RunPage;

/// One open run in the tab area. Shows "Connecting…" (or why it cannot connect) until the run's
/// watcher is ready, then the run page with its errors panel and Retry. The window hands it its
/// run's news (attach(), showProgress(), showConnectionProblem()); the page follows the watcher.
class RunTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunTab)

public:
    /// `role` is the profile's role, for the Retry permission.
    explicit RunTab(WatchedRun run, Role role = Role::Unknown, QWidget *parent = nullptr);
    ~RunTab() override;

    const RunRef &run() const { return m_run.ref; }
    /// The status shown on the tab: the page's (nullopt until the first poll).
    std::optional<RunStatus> status() const;
    /// The hosted run page, or nullptr before the watcher is ready.
    RunPage *page() const;
    /// The errors panel (nullptr before the watcher is ready).
    ErrorsPanel *errorsPanel() const;

    /// The run's watcher is ready: shows the run page on it.
    void attach(RunWatcher *watcher);
    /// A good poll: loads every error once the rule says so (ErrorsLoadRule), and notes a stall
    /// (`stall`: "stalled for 12 min", or empty) and how the run compares with the pipeline's
    /// usual duration.
    void showProgress(const RunProgress &progress, const QString &stall = {});
    /// The connection could not be made. `canEnterKey`: its key is missing or unreadable, and
    /// a button offers to enter it (enterKeyRequested()).
    void showConnectionProblem(const QString &message, bool canEnterKey = false);
    /// When the run was created (from the runs list): a queued run says how long it has waited.
    void setCreatedAt(const QDateTime &createdAt);
    /// Connecting again (after the key was entered).
    void showConnecting();
    /// The "Enter API key…" button, shown while the key is missing.
    QPushButton *enterKeyButton() const { return m_enterKey; }
    /// "Connecting…", "Not connected", … while the run page is not shown yet.
    QString connectionStatus() const;
    QString connectionProblem() const;
    /// The connection was edited: its name, look or role.
    void setRun(const WatchedRun &run, Role role);

    /// File → Export errors…: the errors panel's export dialog. False when there is none yet.
    bool exportErrors();
    /// Run → Retry…: the Retry action of the run page (asks for confirmation). False when none.
    bool retry();
    /// Ctrl+F on the run: searches its log or errors. False before the page is shown.
    bool find();

Q_SIGNALS:
    void statusChanged();
    /// "Retried as run_9001" or "Retry of run_001": open that run (same connection).
    void openRunRequested(const fw::RunRef &run);
    /// A retry of this run created `newRun`: the window opens, watches and lists it.
    void retryCreated(const fw::RunRef &newRun, const fw::RunInfo &info);
    /// "Enter API key…": open the connection dialog on this run's connection.
    void enterKeyRequested(const QString &connection);

private:
    void updateRunNote(const RunProgress &progress);

    WatchedRun m_run;
    Role m_role = Role::Unknown;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_problem = nullptr;
    /// "stalled for 12 min · running 2.1× longer than usual": in the run page's header.
    QLabel *m_runNote = nullptr;
    QPointer<RunHistoryLoader> m_history;
    QString m_stall;
    QPushButton *m_enterKey = nullptr;
    QPointer<RunPage> m_page;
    QPointer<ErrorsPanel> m_errors;
    QPointer<RetryAction> m_retry;
    bool m_errorsLoaded = false;
    QDateTime m_createdAt;
};

} // namespace fw::ui
