#pragma once

#include "core/api/ApiError.h"
#include "core/api/RunInfo.h"
#include "core/api/RunProgress.h"
#include "core/models/browser/WatchListModel.h"
#include "core/monitor/retry/RetryPermission.h"

#include <QKeySequence>
#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QWidget;

namespace fw {
class RetryController;
class RunWatcher;
} // namespace fw

namespace fw::ui {

class RetryDialog;

/// "Retry" for one run: a QAction (Ctrl+R; for a run page's header button, a menu item, or the
/// shell's Run menu) bound to the profile's RetryController. Enabled only when the policy allows;
/// otherwise disabled — never hidden — with the reason as tooltip, status tip and accessible
/// description. Triggering opens the confirmation dialog (window-modal; a second activation just
/// raises it); only its Retry button sends, and the action stays disabled while the retry is in
/// flight or its outcome is being checked. Feed it the run's progress (watch() or
/// setRunProgress()); RetryPanel shows its feedback.
class RetryAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryAction)

public:
    /// What the panel shows next to the button.
    enum class Feedback {
        None,
        Sending, ///< "Sending retry…"
        Checking, ///< "Outcome unknown — checking…"
        Succeeded, ///< "Retried as run_9001" (a link)
        Failed, ///< the meaning and the server's message
        Resolved, ///< the check's summary
    };

    /// `parent` is the widget the dialog is centred on and the shortcut belongs to (the run
    /// page): the action is added to it with a WidgetWithChildrenShortcut context.
    /// `run` is the run to retry, with its connection's look (production: the dialog warns).
    RetryAction(RetryController *controller, WatchedRun run, QWidget *parent);
    ~RetryAction() override;

    QAction *action() const { return m_action; }
    RetryController *controller() const { return m_controller; }
    const WatchedRun &run() const { return m_run; }
    void setPipelineName(const QString &name) { m_run.pipelineName = name; }
    /// The connection was edited (renamed, production flag): the dialog says so from now on.
    void setRun(WatchedRun run) { m_run = std::move(run); }
    /// Whether the action carries Ctrl+R itself, active within the parent page (the default).
    /// A window whose own Run → Retry (Ctrl+R) calls trigger() of the current page needs this
    /// off, or Qt sees an ambiguous shortcut and fires neither: the action turns it off by itself
    /// when the page is shown in a window that already has a Ctrl+R action. Tooltips still name
    /// Ctrl+R.
    void setOwnShortcut(bool enabled);
    bool hasOwnShortcut() const;

    /// Follows the run page's watcher: its progress and status feed the policy and the dialog.
    void watch(RunWatcher *watcher);
    void setRunProgress(const fw::RunProgress &progress);
    bool hasProgress() const { return m_progress.has_value(); }

    RetryPermission permission() const;
    /// Opens the confirmation dialog when allowed; false when refused or already open.
    bool trigger();
    /// The open confirmation dialog, if any (for tests and the shell).
    RetryDialog *dialog() const;

    Feedback feedback() const { return m_feedback; }
    /// One sentence for the feedback (plain text; the run id for Succeeded).
    QString feedbackText() const { return m_feedbackText; }
    /// The server's own message for a failed retry (plain text, capped; may be empty).
    QString serverMessage() const { return m_serverMessage; }
    /// For Succeeded: the new run's id, to open.
    QString newRunId() const { return m_newRunId; }
    /// For Succeeded: the server's answer (resumeFromRow, resumable, its log line; plain text).
    QString answerText() const;
    /// For Succeeded: a prominent warning when the server does not resume, or resumes behind
    /// the rows processed (else empty).
    QString warningText() const;
    /// For a run created by a retry: "Retry of run_001 — resumes from row 32,000" (else empty).
    QString originText() const;
    /// For a run created by a retry: the server's answer and its warning (else empty).
    QString originAnswerText() const;
    QString originWarningText() const;
    /// Emits openRunRequested() for the run this retry created (the link's action).
    void requestOpenNewRun();
    /// Emits openRunRequested() for the run this run retries ("Retry of run_001").
    void requestOpenOriginal();

Q_SIGNALS:
    /// Enabled state, tooltip or feedback changed: views refresh.
    void changed();
    /// The user asked to open a run (the "Retried as run_9001" link).
    void openRunRequested(const fw::RunRef &run);
    /// The retry of this run created `newRun` (201, or found by the outcome check): the shell
    /// opens it in its own tab, watches it and lists it.
    void retryCreated(const fw::RunRef &newRun, const fw::RunInfo &info);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void yieldShortcutIfTaken();
    void update();
    void confirmed();
    void setFeedback(Feedback feedback, const QString &text, const QString &serverMessage = {});
    bool isMine(const QString &runId) const { return runId == m_run.ref.runId; }
    void onSucceeded(const QString &runId, const fw::RunInfo &newRun);
    void onFailed(const QString &runId, const fw::ApiError &error);

    RetryController *m_controller = nullptr;
    WatchedRun m_run;
    QWidget *m_parentWidget = nullptr;
    QAction *m_action = nullptr;
    QKeySequence m_shortcut;
    std::optional<RunProgress> m_progress;
    QPointer<RetryDialog> m_dialog;
    Feedback m_feedback = Feedback::None;
    QString m_feedbackText;
    QString m_serverMessage;
    QString m_newRunId;
    std::optional<RunInfo> m_newRun;
};

} // namespace fw::ui
