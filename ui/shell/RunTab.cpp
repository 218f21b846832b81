#include "RunTab.h"

#include "core/models/browser/RunHistoryLoader.h"
#include "core/models/run/RunSummary.h"
#include "core/monitor/retry/RetryController.h"
#include "core/monitor/watching/ErrorsLoadRule.h"
#include "core/monitor/watching/RunWatcher.h"
#include "ui/errors/ErrorsPanel.h"
#include "ui/retry/RetryAction.h"
#include "ui/retry/RetryPanel.h"
#include "ui/run/RunPage.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw::ui {

RunTab::RunTab(WatchedRun run, Role role, QWidget *parent)
    : QWidget(parent)
    , m_run(std::move(run))
    , m_role(role)
    , m_stack(new QStackedLayout(this))
{
    auto *summary = new QWidget(this);
    auto *layout = new QVBoxLayout(summary);
    m_title = new QLabel(summary);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    const QString pipeline
        = m_run.pipelineName.isEmpty() ? m_run.ref.pipelineId : m_run.pipelineName;
    m_title->setText(pipeline + u" \u2014 "_s + m_run.ref.runId);
    m_statusLabel = new QLabel(tr("Connecting…"), summary);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_problem = new QLabel(summary);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_runNote = new QLabel(summary);
    m_runNote->setTextFormat(Qt::PlainText);
    m_runNote->setObjectName(u"runNote"_s);
    m_runNote->hide();
    m_enterKey = new QPushButton(tr("&Enter API key…"), summary);
    m_enterKey->setObjectName(u"enterKeyButton"_s);
    m_enterKey->setToolTip(tr("Open the connection and enter its API key; the run connects as "
                              "soon as the key is saved."));
    m_enterKey->hide();
    connect(m_enterKey, &QPushButton::clicked, this,
            [this] { Q_EMIT enterKeyRequested(m_run.ref.connection); });
    auto *form = new QFormLayout;
    form->addRow(tr("Status:"), m_statusLabel);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_enterKey, 0, Qt::AlignLeft);
    layout->addStretch(1);
    m_stack->addWidget(summary);
}

RunTab::~RunTab() = default;

RunPage *RunTab::page() const
{
    return m_page.data();
}

ErrorsPanel *RunTab::errorsPanel() const
{
    return m_errors.data();
}

std::optional<RunStatus> RunTab::status() const
{
    if (!m_page || !m_page->summary()->hasData())
        return std::nullopt;
    return m_page->summary()->status();
}

void RunTab::attach(RunWatcher *watcher)
{
    if (m_page || !watcher)
        return;
    m_errors = new ErrorsPanel(this);
    m_errors->setSource(watcher->client(), m_run.ref.pipelineId, m_run.ref.runId);
    // The page shows the shell's watcher, which also feeds the Watching overview: one poller
    // per run.
    auto *page = new RunPage(watcher, m_errors, this);
    page->summary()->setCreatedAt(m_createdAt);
    if (!m_run.pipelineName.isEmpty())
        page->setPipelineName(m_run.pipelineName);
    auto *controller = RetryController::forClient(watcher->client());
    if (m_role != Role::Unknown)
        controller->policy()->setRole(m_role);
    m_retry = new RetryAction(controller, m_run, page);
    m_retry->watch(watcher);
    page->addHeaderWidget(new RetryPanel(m_retry, page));
    page->addHeaderWidget(m_runNote);
    connect(m_retry, &RetryAction::openRunRequested, this, &RunTab::openRunRequested);
    connect(m_retry, &RetryAction::retryCreated, this, &RunTab::retryCreated);
    connect(page->summary(), &RunSummary::statusChanged, this, &RunTab::statusChanged);
    m_page = page;
    m_stack->addWidget(page);
    m_stack->setCurrentWidget(page);
    if (watcher->hasProgress()) {
        showProgress(watcher->progress());
        Q_EMIT statusChanged();
    }
}

void RunTab::showProgress(const RunProgress &progress, const QString &stall)
{
    m_stall = stall;
    updateRunNote(progress);
    if (!m_errors || m_errorsLoaded)
        return;
    m_errors->setPreview(progress.validationErrors, progress.failedRows);
    if (ErrorsLoadRule::loadsAllErrors(progress)) {
        m_errorsLoaded = true;
        m_errors->load();
    }
}

void RunTab::updateRunNote(const RunProgress &progress)
{
    // A running run: how does it compare with the pipeline's usual time? Asked once per tab.
    if (progress.status == RunStatus::Running && !m_history && m_page) {
        RunWatcher *watcher = m_page->watcher();
        m_history = new RunHistoryLoader(watcher->client(), m_run.ref.pipelineId, this);
        connect(m_history, &RunHistoryLoader::loaded, this, [this] {
            if (m_page && m_page->watcher() && m_page->watcher()->hasProgress())
                updateRunNote(m_page->watcher()->progress());
        });
        m_history->load();
    }
    QStringList note;
    if (!m_stall.isEmpty())
        note << u"\u26a0 "_s + m_stall;
    if (progress.status == RunStatus::Running && m_history && m_history->isLoaded())
        if (const QString usual = m_history->history().comparisonText(progress.durationMs);
            !usual.isEmpty())
            note << usual;
    m_runNote->setText(note.join(u" \u00b7 "_s));
    m_runNote->setVisible(!note.isEmpty());
}

void RunTab::showConnectionProblem(const QString &message, bool canEnterKey)
{
    m_statusLabel->setText(canEnterKey ? tr("Not connected — no API key") : tr("Not connected"));
    m_problem->setText(message);
    m_enterKey->setVisible(canEnterKey);
}

void RunTab::setCreatedAt(const QDateTime &createdAt)
{
    m_createdAt = createdAt;
    if (m_page)
        m_page->summary()->setCreatedAt(createdAt);
}

void RunTab::showConnecting()
{
    m_statusLabel->setText(tr("Connecting…"));
    m_problem->clear();
    m_enterKey->hide();
}

QString RunTab::connectionStatus() const
{
    return m_statusLabel->text();
}

QString RunTab::connectionProblem() const
{
    return m_problem->text();
}

void RunTab::setRun(const WatchedRun &run, Role role)
{
    m_run = run;
    m_role = role;
    if (m_retry) {
        m_retry->setRun(run);
        if (role != Role::Unknown)
            m_retry->controller()->policy()->setRole(role);
    }
}

bool RunTab::retry()
{
    return m_retry && m_retry->trigger();
}

bool RunTab::exportErrors()
{
    if (!m_errors)
        return false;
    m_errors->exportWithDialog();
    return true;
}

bool RunTab::find()
{
    if (!m_page)
        return false;
    m_page->find();
    return true;
}

} // namespace fw::ui
