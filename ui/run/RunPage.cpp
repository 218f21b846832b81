#include "RunPage.h"

#include "ErrorsPreview.h"
#include "LogPanel.h"
#include "LogTimelineChart.h"
#include "PartitionsPanel.h"
#include "RunHeader.h"
#include "StaleBanner.h"
#include "ThroughputChart.h"
#include "core/api/RunProgress.h"
#include "core/models/run/LogModel.h"
#include "core/models/run/PartitionModel.h"
#include "core/models/run/RunSummary.h"
#include "core/models/run/ThroughputSeries.h"
#include "core/monitor/watching/RunWatcher.h"
#include "ui/common/Shortcuts.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw::ui {

RunPage::RunPage(RunWatcher *watcher, QWidget *parent)
    : RunPage(watcher, nullptr, parent)
{ }

RunPage::RunPage(RunWatcher *watcher, QWidget *errorsWidget, QWidget *parent)
    : QWidget(parent)
    , m_pipelineId(watcher->pipelineId())
    , m_runId(watcher->runId())
    , m_watcher(watcher)
{
    Q_ASSERT(watcher);
    m_summary = new RunSummary(this);
    m_partitions = new PartitionModel(this);
    m_log = new LogModel(this);
    m_throughput = new ThroughputSeries(this);

    m_header = new RunHeader(m_summary, this);
    m_header->setTitle({}, m_pipelineId, m_runId);
    m_freshness = new QLabel(this);
    m_freshness->setTextFormat(Qt::PlainText);
    m_freshness->setForegroundRole(QPalette::PlaceholderText);
    m_header->addActionWidget(m_freshness);
    m_banner = new StaleBanner(m_watcher, this);

    m_partitionsPanel = new PartitionsPanel(m_partitions, this);
    m_throughputChart = new ThroughputChart(m_throughput, this);
    m_timeline = new LogTimelineChart(m_log, this);
    m_logPanel = new LogPanel(m_log, this);
    if (!errorsWidget)
        m_errorsPreview = new ErrorsPreview(this);

    auto *charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_throughputChart);
    charts->addWidget(m_timeline);
    charts->setStretchFactor(0, 2);
    charts->setStretchFactor(1, 3);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_partitionsPanel);
    top->addWidget(charts);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setSizes({660, 600});
    charts->setSizes({200, 260});
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_logPanel, tr("&Log"));
    m_tabs->addTab(errorsWidget ? errorsWidget : m_errorsPreview.data(), tr("&Errors"));
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(top);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);
    m_split->setSizes({470, 260});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_split, 1);

    addShortcut(tr("Refresh now"), QKeySequence::Refresh, [this] {
        if (m_watcher)
            m_watcher->refreshNow();
    });
    m_findAction = addShortcut(tr("Search the log"), QKeySequence::Find, [this] {
        m_tabs->setCurrentWidget(m_logPanel);
        m_logPanel->focusSearch();
    });
    addShortcut(tr("Save log…"), QKeySequence::Save, [this] { m_logPanel->saveWithDialog(); });
    addShortcut(tr("Follow the log"), QKeySequence(Qt::CTRL | Qt::Key_L),
                [this] { m_logPanel->setFollowTail(!m_logPanel->followsTail()); });
    addShortcut(tr("Partitions as grid or list"), QKeySequence(Qt::CTRL | Qt::Key_G),
                [this] { m_partitionsPanel->toggleMode(); });
    addShortcut(tr("Reset timeline zoom"), QKeySequence(Qt::CTRL | Qt::Key_0),
                [this] { m_timeline->resetZoom(); });

    if (errorsWidget)
        handOverSharedShortcuts(errorsWidget);

    connect(m_watcher, &RunWatcher::progressUpdated, this, &RunPage::onProgress);
    connect(m_watcher, &RunWatcher::scheduleChanged, this, &RunPage::updateFreshness);
    connect(m_watcher, &RunWatcher::staleChanged, this, &RunPage::updateFreshness);
    connect(m_watcher, &RunWatcher::pollingStopped, this, &RunPage::updateFreshness);
    connect(m_watcher, &RunWatcher::pollFailed, this, &RunPage::updateFreshness);
    // The owner started the watcher already: show what it has instead of waiting for its poll.
    if (watcher->hasProgress())
        onProgress(watcher->progress());
    updateFreshness();
}

RunPage::~RunPage() = default;

RunWatcher *RunPage::watcher() const
{
    return m_watcher;
}

QAction *RunPage::addShortcut(const QString &text, const QKeySequence &keys,
                              std::function<void()> slot)
{
    auto *action = new QAction(text, this);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, [this, action, slot = std::move(slot)] {
        const QPointer<QAction> other = m_handOver.value(action);
        if (other && m_errorsWidget && m_tabs->currentWidget() == m_errorsWidget)
            other->trigger();
        else
            slot();
    });
    addAction(action);
    return action;
}

void RunPage::setPipelineName(const QString &name)
{
    m_header->setTitle(name, m_pipelineId, m_runId);
}

void RunPage::addHeaderWidget(QWidget *widget)
{
    m_header->addActionWidget(widget);
}

void RunPage::handOverSharedShortcuts(QWidget *widget)
{
    m_errorsWidget = widget;
    const QList<QAction *> inner = actionsWithin(widget);
    for (QAction *mine : actions()) {
        for (QAction *theirs : inner) {
            if (!mine->shortcut().isEmpty() && theirs->shortcut() == mine->shortcut()) {
                m_handOver.insert(mine, theirs);
                theirs->setShortcut({});
            }
        }
    }
}

void RunPage::find()
{
    m_findAction->trigger();
}

ErrorsPreview *RunPage::errorsPreview() const
{
    return m_errorsPreview;
}

void RunPage::onProgress(const RunProgress &progress)
{
    if (m_watcher)
        showProgress(progress, m_watcher->lastSuccessAt());
}

void RunPage::showProgress(const RunProgress &progress, const QDateTime &at)
{
    m_throughput->addPoll(at, progress.processedRows, progress.durationMs);
    m_summary->setPollTime(at);
    m_summary->update(progress, m_throughput);
    m_partitions->update(progress.partitionDetails);
    m_log->update(progress.log);
    if (!isTerminal(progress.status))
        m_timeline->setNow(at);
    if (m_errorsPreview)
        m_errorsPreview->setErrors(progress.validationErrors, progress.failedRows);
    updateFreshness();
}

void RunPage::updateFreshness()
{
    if (!m_watcher)
        return; // a shared watcher went first: the last data stays
    const QDateTime last = m_watcher->lastSuccessAt();
    if (!last.isValid()) {
        // Not "Loading…" once nothing is coming: the banner below says why.
        QString text = tr("Loading…");
        if (!m_watcher->isPolling())
            text = tr("Not loaded — polling stopped");
        else if (m_watcher->lastError().isError())
            text = tr("Not loaded yet — retrying");
        m_freshness->setText(text);
        if (text != tr("Loading…"))
            m_header->showNotLoaded(text);
        return;
    }
    const QString when = QLocale().toString(last.toLocalTime().time(), QLocale::ShortFormat);
    QString text
        = m_watcher->isStale() ? tr("⚠ Stale since %1").arg(when) : tr("Updated %1").arg(when);
    if (!m_watcher->isPolling() && !m_watcher->isStale())
        text += u" · "_s + tr("final");
    m_freshness->setText(text);
}

void RunPage::showEvent(QShowEvent *event)
{
    yieldShortcutsToWindow(this);
    // The watcher's visibility is its owner's (the shell follows its main window): hiding this
    // page behind another tab must not slow the run down while the window is on screen.
    QWidget::showEvent(event);
}

} // namespace fw::ui
