#include "RetryAction.h"

#include "RetryDialog.h"
#include "core/api/ApiClient.h"
#include "core/monitor/retry/RetryController.h"
#include "core/monitor/retry/RetryOutlook.h"
#include "core/monitor/watching/RunWatcher.h"
#include "core/text/DisplayText.h"

#include <QAction>
#include <QEvent>
#include <QKeySequence>
#include <QStyle>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace fw::ui {

RetryAction::RetryAction(RetryController *controller, WatchedRun run, QWidget *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_run(std::move(run))
    , m_parentWidget(parent)
    , m_action(new QAction(this))
{
    m_action->setText(tr("&Retry…"));
    m_action->setObjectName(u"retryAction"_s);
    m_shortcut = QKeySequence(Qt::CTRL | Qt::Key_R);
    m_action->setShortcut(m_shortcut);
    m_action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (parent) {
        m_action->setIcon(parent->style()->standardIcon(QStyle::SP_BrowserReload));
        parent->addAction(m_action);
        parent->installEventFilter(this);
    }
    connect(m_action, &QAction::triggered, this, [this] { trigger(); });

    connect(m_controller->policy(), &PermissionPolicy::changed, this, &RetryAction::update);
    connect(m_controller, &RetryController::stateChanged, this,
            [this](const QString &pipelineId, const QString &runId) {
                if (pipelineId == m_run.ref.pipelineId && isMine(runId))
                    update();
            });
    connect(m_controller, &RetryController::retryStarted, this, [this](const QString &runId) {
        if (isMine(runId))
            setFeedback(Feedback::Sending, tr("Sending retry…"));
    });
    connect(m_controller, &RetryController::outcomeUnknown, this, [this](const QString &runId) {
        if (isMine(runId))
            setFeedback(Feedback::Checking, tr("Outcome unknown — checking…"));
    });
    connect(m_controller, &RetryController::outcomeResolved, this, [this](const QString &runId) {
        if (!isMine(runId) || m_feedback == Feedback::Succeeded)
            return;
        const auto check = m_controller->lastCheck(m_run.ref.pipelineId, m_run.ref.runId);
        setFeedback(Feedback::Resolved, check ? check->summary() : QString());
    });
    connect(m_controller, &RetryController::retrySucceeded, this, &RetryAction::onSucceeded);
    connect(m_controller, &RetryController::retryFailed, this, &RetryAction::onFailed);
    connect(m_controller, &RetryController::runRefreshed, this,
            [this](const QString &pipelineId, const QString &runId, const RunProgress &progress) {
                if (pipelineId == m_run.ref.pipelineId && isMine(runId))
                    setRunProgress(progress);
            });
    // Another window's retry of the same run starts or ends.
    connect(m_controller, &RetryController::inFlightChanged, this, &RetryAction::update);
    update();
}

RetryAction::~RetryAction()
{
    if (m_dialog)
        m_dialog->deleteLater();
}

void RetryAction::setOwnShortcut(bool enabled)
{
    m_action->setShortcut(enabled ? m_shortcut : QKeySequence());
    if (m_parentWidget) {
        if (enabled)
            m_parentWidget->addAction(m_action);
        else
            m_parentWidget->removeAction(m_action);
    }
}

bool RetryAction::hasOwnShortcut() const
{
    return !m_action->shortcut().isEmpty();
}

bool RetryAction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_parentWidget && event->type() == QEvent::Show)
        yieldShortcutIfTaken();
    return QObject::eventFilter(watched, event);
}

void RetryAction::yieldShortcutIfTaken()
{
    if (!hasOwnShortcut() || !m_parentWidget || m_parentWidget->window() == m_parentWidget)
        return;
    QWidget *window = m_parentWidget->window();
    QList<QAction *> candidates = window->findChildren<QAction *>();
    candidates += window->actions();
    for (const QAction *other : std::as_const(candidates)) {
        if (other != m_action && other->shortcut() == m_shortcut
            && qobject_cast<const RetryAction *>(other->parent()) == nullptr) {
            setOwnShortcut(false); // the window's own Ctrl+R acts on this page
            return;
        }
    }
}

void RetryAction::watch(RunWatcher *watcher)
{
    if (watcher->hasProgress())
        setRunProgress(watcher->progress());
    connect(watcher, &RunWatcher::progressUpdated, this, &RetryAction::setRunProgress);
}

void RetryAction::setRunProgress(const RunProgress &progress)
{
    const bool statusChanged = !m_progress || m_progress->status != progress.status;
    m_progress = progress;
    if (statusChanged)
        update();
}

RetryDialog *RetryAction::dialog() const
{
    return m_dialog;
}

RetryPermission RetryAction::permission() const
{
    std::optional<RunStatus> status;
    if (m_progress)
        status = m_progress->status;
    return m_controller->permission(m_run.ref.pipelineId, m_run.ref.runId, status);
}

QString RetryAction::originText() const
{
    const auto info = m_controller->retryInfo(m_run.ref.pipelineId, m_run.ref.runId);
    return info ? RetryOutlook::retryOfText(*info) : QString();
}

QString RetryAction::originAnswerText() const
{
    const auto info = m_controller->retryInfo(m_run.ref.pipelineId, m_run.ref.runId);
    return info ? RetryOutlook::serverAnswer(*info) : QString();
}

QString RetryAction::originWarningText() const
{
    const auto info = m_controller->retryInfo(m_run.ref.pipelineId, m_run.ref.runId);
    return info ? RetryOutlook::resumeWarning(*info) : QString();
}

QString RetryAction::answerText() const
{
    return m_feedback == Feedback::Succeeded && m_newRun ? RetryOutlook::serverAnswer(*m_newRun)
                                                         : QString();
}

QString RetryAction::warningText() const
{
    if (m_feedback != Feedback::Succeeded || !m_newRun)
        return {};
    return RetryOutlook::resumeWarning(*m_newRun, m_progress ? m_progress->processedRows : -1);
}

void RetryAction::update()
{
    const RetryPermission allowed = permission();
    m_action->setEnabled(allowed.isAllowed());
    const QString tip = allowed.isAllowed()
        ? tr("Retry %1 (%2)")
              .arg(visibleText(m_run.ref.runId, 80), m_shortcut.toString(QKeySequence::NativeText))
        : allowed.text();
    m_action->setToolTip(plainToolTip(tip));
    m_action->setStatusTip(tip);
    Q_EMIT changed();
}

bool RetryAction::trigger()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return false;
    }
    if (!permission().isAllowed() || !m_progress)
        return false;
    RetryDialog::Content content;
    content.run = m_run;
    content.server = m_controller->client()->config().displayHost();
    content.progress = *m_progress;
    if (const auto previous = m_controller->retriedAs(m_run.ref.pipelineId, m_run.ref.runId))
        content.alreadyRetriedAs = previous->id;
    auto *dialog = new RetryDialog(content, m_parentWidget);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // One confirmation, one retry: a second accept of the same dialog sends nothing.
    connect(dialog, &QDialog::accepted, this, &RetryAction::confirmed, Qt::SingleShotConnection);
    dialog->open(); // window-modal: the rest of Flowwatch keeps running
    return true;
}

void RetryAction::confirmed()
{
    // The policy may have changed while the dialog was open (a 403 from another run).
    if (!permission().isAllowed())
        return;
    m_controller->retry(m_run.ref.pipelineId, m_run.ref.runId);
}

void RetryAction::requestOpenNewRun()
{
    if (!m_newRunId.isEmpty())
        Q_EMIT openRunRequested(RunRef {m_run.ref.connection, m_run.ref.pipelineId, m_newRunId});
}

void RetryAction::requestOpenOriginal()
{
    const auto info = m_controller->retryInfo(m_run.ref.pipelineId, m_run.ref.runId);
    if (info && !info->retryOf.isEmpty())
        Q_EMIT openRunRequested(RunRef {m_run.ref.connection, m_run.ref.pipelineId, info->retryOf});
}

void RetryAction::onSucceeded(const QString &runId, const RunInfo &newRun)
{
    if (!isMine(runId))
        return;
    m_newRunId = newRun.id;
    m_newRun = newRun;
    setFeedback(Feedback::Succeeded, RetryOutlook::retriedAsText(newRun.id));
    const QString pipelineId
        = newRun.pipelineId.isEmpty() ? m_run.ref.pipelineId : newRun.pipelineId;
    Q_EMIT retryCreated(RunRef {m_run.ref.connection, pipelineId, newRun.id}, newRun);
}

void RetryAction::onFailed(const QString &runId, const ApiError &error)
{
    if (!isMine(runId))
        return;
    setFeedback(Feedback::Failed, RetryOutlook::failureMeaning(error, m_run.ref.connection),
                RetryOutlook::serverMessage(error));
}

void RetryAction::setFeedback(Feedback feedback, const QString &text, const QString &serverMessage)
{
    m_feedback = feedback;
    m_feedbackText = text;
    m_serverMessage = serverMessage;
    update();
}

} // namespace fw::ui
