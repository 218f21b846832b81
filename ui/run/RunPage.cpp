#include "RunPage.h"

#include "ErrorsPreview.h"
#include "LogPanel.h"
#include "PartitionsPanel.h"
#include "RunHeader.h"
#include "StageTimelineChart.h"
#include "StaleBanner.h"
#include "ThroughputChart.h"
#include "core/api/ApiClient.h"
#include "core/api/PipelinesRequest.h"
#include "core/api/RunProgress.h"
#include "core/models/run/LogModel.h"
#include "core/models/run/PartitionDetails.h"
#include "core/models/run/PartitionModel.h"
#include "core/models/run/RunSummary.h"
#include "core/models/run/StageTimeline.h"
#include "core/models/run/ThroughputSeries.h"
#include "core/monitor/watching/RunWatcher.h"
#include "ui/common/Shortcuts.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QNetworkReply>
#include <QResizeEvent>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
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
    , m_stages(std::make_unique<StageTimeline>())
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
    m_timeline = new StageTimelineChart(m_stages.get(), m_log, this);
    m_logPanel = new LogPanel(m_log, this);
    m_logPanel->setRunName(m_pipelineId, m_runId);
    if (!errorsWidget)
        m_errorsPreview = new ErrorsPreview(this);
    // Both charts keep a readable size: the splitters never squeeze them below it.
    m_throughputChart->setMinimumSize(280, 150);
    m_timeline->setMinimumSize(280, 150);

    m_chartSplit = new QSplitter(Qt::Horizontal, this);
    m_chartSplit->setObjectName(u"runCharts"_s);
    m_chartSplit->addWidget(m_throughputChart);
    m_chartSplit->addWidget(m_timeline);
    m_chartSplit->setStretchFactor(0, 2);
    m_chartSplit->setStretchFactor(1, 3);
    m_chartSplit->setChildrenCollapsible(false);
    m_top = new QSplitter(Qt::Horizontal, this);
    m_top->setObjectName(u"runTop"_s);
    m_top->setChildrenCollapsible(false);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_logPanel, tr("&Log"));
    m_tabs->addTab(errorsWidget ? errorsWidget : m_errorsPreview.data(), tr("&Errors"));
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(u"runSplit"_s);
    m_split->addWidget(m_top);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_split->setChildrenCollapsible(false);
    arrange(true);
    restoreSplitters();
    for (QSplitter *splitter : {m_split, m_top, m_chartSplit})
        connect(splitter, &QSplitter::splitterMoved, this, &RunPage::saveSplitters);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(4);
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

    connect(m_log, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                QList<LogEntry> entries;
                entries.reserve(last - first + 1);
                for (int row = first; row <= last; ++row)
                    entries.append(m_log->entryAt(row));
                m_stages->addLog(entries, m_log->sequenceAt(first));
            });
    connect(m_timeline, &StageTimelineChart::entryActivated, this, &RunPage::selectLogEntry);
    connect(m_partitionsPanel, &PartitionsPanel::partitionActivated, this, &RunPage::showPartition);
    connect(m_timeline, &StageTimelineChart::partitionActivated, this, [this](int row) {
        if (!m_wide)
            m_tabs->setCurrentWidget(m_partitionsPanel);
        showPartition(row);
    });
    connect(m_watcher, &RunWatcher::progressUpdated, this, &RunPage::onProgress);
    connect(m_watcher, &RunWatcher::scheduleChanged, this, &RunPage::updateFreshness);
    connect(m_watcher, &RunWatcher::staleChanged, this, &RunPage::updateFreshness);
    connect(m_watcher, &RunWatcher::pollingStopped, this, &RunPage::updateFreshness);
    connect(m_watcher, &RunWatcher::pollFailed, this, &RunPage::updateFreshness);
    // Unless the opener names the pipeline right after construction, look its name up.
    QMetaObject::invokeMethod(
        this, [this] { fetchPipelineName(); }, Qt::QueuedConnection);
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
    if (name.isEmpty())
        return;
    m_hasPipelineName = true;
    m_header->setTitle(name, m_pipelineId, m_runId);
}

void RunPage::fetchPipelineName(const QString &cursor, int pages)
{
    // Opened by id (a link, --pipeline/--run) before anyone knew the pipeline's name: look it
    // up in the pipeline list, page by page, until it is found or named by someone else.
    if (m_hasPipelineName || !m_watcher || !m_watcher->client() || pages > 20)
        return;
    PipelinesRequest *request = m_watcher->client()->listPipelines(cursor, 100);
    connect(request, &ApiRequest::finished, this, [this, request, pages] {
        if (m_hasPipelineName || !request->succeeded())
            return;
        const Page<Pipeline> &page = request->page();
        for (const Pipeline &pipeline : page.items) {
            if (pipeline.id == m_pipelineId) {
                setPipelineName(pipeline.name);
                return;
            }
        }
        if (!page.nextCursor.isEmpty())
            fetchPipelineName(page.nextCursor, pages + 1);
    });
    request->start();
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
    m_summary->update(progress, m_throughput, at);
    m_partitions->update(progress.partitionDetails);
    m_log->update(progress.log); // new entries reach the stage timeline (rowsInserted)
    m_stages->setRun(progress.status, at.toMSecsSinceEpoch(), progress.durationMs);
    m_stages->observePartitions(progress.partitionDetails, at.toMSecsSinceEpoch());
    m_timeline->refresh();
    if (m_partitionsPanel->isDetailVisible())
        showPartition(m_partitionsPanel->detailRow());
    if (m_errorsPreview)
        m_errorsPreview->setErrors(progress.validationErrors, progress.failedRows);
    updateFreshness();
}

int RunPage::wideLayoutWidth() const
{
    // Both charts at their minimum, and room for a useful heat map beside them.
    return m_throughputChart->minimumWidth() + m_timeline->minimumWidth() + 240;
}

void RunPage::arrange(bool wide)
{
    if (m_top->count() > 0 && wide == m_wide)
        return;
    m_wide = wide;
    const QSignalBlocker blocker(m_tabs);
    QWidget *current = m_tabs->currentWidget();
    if (wide) {
        // [partitions | throughput | timeline] above the log and errors.
        const int at = m_tabs->indexOf(m_partitionsPanel);
        if (at >= 0)
            m_tabs->removeTab(at);
        m_top->insertWidget(0, m_partitionsPanel);
        m_top->insertWidget(1, m_chartSplit);
        m_top->setStretchFactor(0, 2);
        m_top->setStretchFactor(1, 5);
    } else {
        // The charts side by side above a tab each for the partitions, the log and the errors.
        m_top->insertWidget(0, m_chartSplit);
        m_tabs->insertTab(0, m_partitionsPanel, tr("&Partitions"));
    }
    if (wide)
        m_partitionsPanel->show(); // out of the tab widget, which had hidden it behind another
    // The page may always shrink to the narrow layout: the top never asks for the partitions'
    // width too, or a window made smaller could not get narrow enough to switch.
    m_top->setMinimumWidth(m_chartSplit->minimumSizeHint().width());
    if (current && m_tabs->indexOf(current) >= 0)
        m_tabs->setCurrentWidget(current);
    restoreSplitters();
}

void RunPage::restoreSplitters()
{
    // Remembered per layout; the defaults give the charts and the tables their readable sizes.
    m_restoring = true;
    const QSettings settings;
    const QString prefix = m_wide ? u"runPage/wide/"_s : u"runPage/narrow/"_s;
    for (QSplitter *splitter : {m_split, m_top, m_chartSplit}) {
        const QByteArray state = settings.value(prefix + splitter->objectName()).toByteArray();
        if (state.isEmpty() || !splitter->restoreState(state)) {
            if (splitter == m_split)
                splitter->setSizes({300, 400});
            else if (splitter == m_top && m_wide)
                splitter->setSizes({300, 700});
            else if (splitter == m_chartSplit)
                splitter->setSizes({400, 600});
        }
    }
    m_restoring = false;
}

void RunPage::saveSplitters() const
{
    if (m_restoring)
        return;
    QSettings settings;
    const QString prefix = m_wide ? u"runPage/wide/"_s : u"runPage/narrow/"_s;
    for (QSplitter *splitter : {m_split, m_top, m_chartSplit})
        settings.setValue(prefix + splitter->objectName(), splitter->saveState());
}

void RunPage::resizeEvent(QResizeEvent *event)
{
    arrange(event->size().width() >= wideLayoutWidth());
    QWidget::resizeEvent(event);
}

void RunPage::selectLogEntry(qint64 sequence)
{
    m_tabs->setCurrentWidget(m_logPanel);
    m_logPanel->selectSequence(sequence);
}

void RunPage::showPartition(int row)
{
    if (row < 0 || row >= m_partitions->rowCount())
        return;
    const PartitionDetail &partition = m_partitions->partitionAt(row);
    const StageTimeline::PartitionSpan *span
        = row < m_stages->partitions().size() ? &m_stages->partitions().at(row) : nullptr;
    QList<LogEntry> lines;
    const QRegularExpression pattern = PartitionDetails::mentionPattern(partition.index);
    for (int i = 0; i < m_log->rowCount(); ++i) {
        if (PartitionDetails::mentions(m_log->entryAt(i), pattern))
            lines.append(m_log->entryAt(i));
    }
    m_partitionsPanel->showDetail(row, PartitionDetails::describe(partition, span, lines));
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
