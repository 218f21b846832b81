#include "RunTab.h"

#include "WatchController.h"
#include "core/models/browser/WatchListModel.h"
#include "core/models/errors/ErrorAutoLoad.h"
#include "core/monitor/watching/RunWatcher.h"
#include "ui/common/StatusStyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStackedLayout>
#include <QVBoxLayout>

#if __has_include("ui/run/RunPage.h")
#include "ui/run/RunPage.h"
#define FLOWWATCH_HAS_RUN_PAGE 1
#endif
#if __has_include("ui/errors/ErrorsPanel.h")
#include "ui/errors/ErrorsPanel.h"
#define FLOWWATCH_HAS_ERRORS_PANEL 1
#endif

#if __has_include("ui/retry/RetryPanel.h")
#include "core/monitor/retry/RetryController.h"
#include "ui/retry/RetryAction.h"
#include "ui/retry/RetryPanel.h"
#define FLOWWATCH_HAS_RETRY 1
#endif

#include <cmath>

using namespace Qt::StringLiterals;

namespace fw::ui {

RunTab::RunTab(WatchController *watches, QString key, Role role, QWidget *parent)
    : QWidget(parent)
    , m_watches(watches)
    , m_key(std::move(key))
    , m_stack(new QStackedLayout(this))
    , m_role(role)
{
    auto *summary = new QWidget(this);
    auto *layout = new QVBoxLayout(summary);
    m_summaryLayout = layout;
    m_title = new QLabel(summary);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_statusLabel = new QLabel(summary);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_bar = new QProgressBar(summary);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);
    m_counts = new QLabel(summary);
    m_counts->setTextFormat(Qt::PlainText);
    m_eta = new QLabel(summary);
    m_eta->setTextFormat(Qt::PlainText);
    m_problem = new QLabel(summary);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(u"Status:"_s, m_statusLabel);
    form->addRow(u"Progress:"_s, m_bar);
    form->addRow(u"Rows:"_s, m_counts);
    form->addRow(u"Time left:"_s, m_eta);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    m_stack->addWidget(summary);

    if (const WatchedRun *run = m_watches->run(m_key)) {
        const QString pipeline = run->pipelineName.isEmpty() ? run->pipelineId : run->pipelineName;
        m_title->setText(pipeline + u" \u2014 "_s + run->runId);
    }
    m_statusLabel->setText(u"Connecting\u2026"_s);
    connect(m_watches, &WatchController::progressChanged, this, &RunTab::onProgress);
    connect(m_watches, &WatchController::watcherReady, this, &RunTab::attachPage);
    connect(m_watches, &WatchController::connectionProblem, this,
            [this](const QString &problemKey, const QString &message) {
                if (problemKey == m_key) {
                    m_statusLabel->setText(u"Not connected"_s);
                    m_problem->setText(message);
                }
            });
    if (m_watches->watcher(m_key))
        attachPage(m_key);
    onProgress(m_key);
}

RunTab::~RunTab() = default;

QString RunTab::runId() const
{
    const WatchedRun *run = m_watches->run(m_key);
    return run ? run->runId : QString();
}

QString RunTab::profileName() const
{
    const WatchedRun *run = m_watches->run(m_key);
    return run ? run->profileName : QString();
}

QString RunTab::pipelineId() const
{
    const WatchedRun *run = m_watches->run(m_key);
    return run ? run->pipelineId : QString();
}

void RunTab::attachPage(const QString &key)
{
    if (key != m_key || m_page || m_errors)
        return;
    RunWatcher *watcher = m_watches->watcher(m_key);
    const WatchedRun *run = m_watches->run(m_key);
    if (!watcher || !run)
        return;
#ifdef FLOWWATCH_HAS_ERRORS_PANEL
    auto *errors = new ErrorsPanel(this);
    errors->setSource(watcher->client(), run->pipelineId, run->runId);
    m_errors = errors;
#endif
#ifdef FLOWWATCH_HAS_RUN_PAGE
    // The page shows the shell's watcher, which also feeds the Watching overview and this tab's
    // summary: one poller per run.
    auto *page = new RunPage(watcher, this);
    if (!run->pipelineName.isEmpty())
        page->setPipelineName(run->pipelineName);
#ifdef FLOWWATCH_HAS_ERRORS_PANEL
    page->setErrorsWidget(errors);
#endif
#ifdef FLOWWATCH_HAS_RETRY
    auto *controller = RetryController::forClient(watcher->client());
    if (m_role != Role::Unknown)
        controller->policy()->setRole(m_role);
    auto *action = new RetryAction(controller,
                                   RetryTarget {run->pipelineId, run->pipelineName, run->runId,
                                                run->profileName, run->production},
                                   page);
    action->watch(watcher);
    page->addHeaderWidget(new RetryPanel(action, page));
    connect(action, &RetryAction::openRunRequested, this, &RunTab::openRunRequested);
    m_retry = action;
#endif
    m_page = page;
    m_stack->addWidget(page);
    m_stack->setCurrentWidget(page);
#else
    if (m_errors)
        m_summaryLayout->addWidget(m_errors, 1);
    else
        m_summaryLayout->addStretch(1);
#endif
}

bool RunTab::retry()
{
#ifdef FLOWWATCH_HAS_RETRY
    if (auto *action = qobject_cast<RetryAction *>(m_retry.data()))
        return action->trigger();
#endif
    return invokeOnPage("retry");
}

bool RunTab::exportErrors()
{
#ifdef FLOWWATCH_HAS_ERRORS_PANEL
    if (auto *errors = qobject_cast<ErrorsPanel *>(m_errors.data())) {
        errors->exportWithDialog();
        return true;
    }
#endif
    return invokeOnPage("exportErrors");
}

bool RunTab::invokeOnPage(const char *method)
{
    if (!m_page)
        return false;
    // A slot or Q_INVOKABLE of the page, or of a widget inside it (the retry button).
    const QByteArray signature = QByteArray(method).append("()");
    QList<QObject *> candidates {m_page.data()};
    const QList<QWidget *> children = m_page->findChildren<QWidget *>();
    candidates.append(QList<QObject *>(children.cbegin(), children.cend()));
    for (QObject *candidate : std::as_const(candidates)) {
        if (candidate->metaObject()->indexOfMethod(signature.constData()) >= 0)
            return QMetaObject::invokeMethod(candidate, method);
    }
    return false;
}

void RunTab::onProgress(const QString &key)
{
    if (key != m_key)
        return;
    RunWatcher *watcher = m_watches->watcher(m_key);
    if (!watcher)
        return;
    if (watcher->hasProgress()) {
        const RunProgress &p = watcher->progress();
        const QLocale locale;
        m_statusLabel->setText(StatusStyle::symbol(p.status) + u' '
                               + StatusStyle::text(p.status, p.statusText));
        const double percent = WatchListModel::progressPercent(p);
        m_bar->setValue(percent >= 0 ? int(std::lround(percent * 10)) : 0);
        m_bar->setFormat(WatchListModel::progressText(p));
        m_counts->setText(u"%1 failed, %2 skipped \u00b7 partitions %3 of %4 done"_s.arg(
            locale.toString(p.failedRows), locale.toString(p.skippedRows),
            locale.toString(p.completedPartitions), locale.toString(p.partitions)));
        m_eta->setText(isTerminal(p.status) || p.eta.isEmpty() ? u"\u2014"_s : p.eta);
#ifdef FLOWWATCH_HAS_ERRORS_PANEL
        if (auto *errors = qobject_cast<ErrorsPanel *>(m_errors.data());
            errors && !m_errorsLoaded) {
            errors->setPreview(p.validationErrors, p.failedRows);
            // A final run's errors no longer change: load them, unless they are too many to
            // fetch without being asked ("Load all errors" stays available).
            if (ErrorAutoLoad::shouldLoadAll(p.status, p.failedRows)) {
                m_errorsLoaded = true;
                errors->load();
            }
        }
#endif
        if (!m_hasStatus || m_status != p.status) {
            m_status = p.status;
            m_hasStatus = true;
            Q_EMIT statusChanged();
        }
    }
    m_problem->setText(watcher->isStale() || !watcher->isPolling() ? watcher->lastErrorMessage()
                                                                   : QString());
}

} // namespace fw::ui
