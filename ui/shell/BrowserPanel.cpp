#include "BrowserPanel.h"

#include "RunHistoryChart.h"
#include "StatusColumnProxy.h"
#include "core/api/ApiClient.h"
#include "core/models/browser/PipelineFilterModel.h"
#include "core/models/browser/PipelineListModel.h"
#include "core/models/browser/RunListModel.h"
#include "core/models/browser/RunListModelFilter.h"
#include "ui/common/StatusStyle.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw::ui {

namespace {

QTreeView *makeView(QWidget *parent, const QString &name)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(name);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->setAllColumnsShowFocus(true);
    view->header()->setStretchLastSection(true);
    return view;
}

QLabel *makeNote(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
}

} // namespace

BrowserPanel::BrowserPanel(QWidget *parent)
    : QWidget(parent)
    , m_profileBox(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_statusBox(new QComboBox(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_pipelines(new PipelineListModel(this))
    , m_pipelineStatus(new StatusColumnProxy(PipelineListModel::LastStatusColumn,
                                             PipelineListModel::StatusRole,
                                             PipelineListModel::StatusTextRole, this))
    , m_filterModel(new PipelineFilterModel(this))
    , m_runs(new RunListModel(this))
    , m_runFilter(new RunListModelFilter(this))
    , m_runIdFilter(new QLineEdit(this))
    , m_runStatusBox(new QComboBox(this))
    , m_runCount(new QLabel(this))
    , m_runsRefresh(new QTimer(this))
    , m_runStatus(new StatusColumnProxy(RunListModel::StatusColumn, RunListModel::StatusRole,
                                        RunListModel::StatusTextRole, this))
{
    m_profileBox->setObjectName(u"profileBox"_s);
    m_profileBox->setAccessibleName(tr("Connection"));
    m_filter->setObjectName(u"pipelineFilter"_s);
    m_filter->setPlaceholderText(tr("Filter pipelines (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter pipelines"));
    m_statusBox->setAccessibleName(tr("Last run status"));
    m_statusBox->addItem(tr("Any status"), PipelineFilterModel::AnyStatus);
    for (const RunStatus status :
         {RunStatus::Failed, RunStatus::CompletedWithErrors, RunStatus::Running, RunStatus::Pending,
          RunStatus::Completed, RunStatus::Unknown})
        m_statusBox->addItem(StatusStyle::icon(status), StatusStyle::text(status, u"other"_s),
                             int(status));
    m_statusBox->addItem(tr("Never run"), PipelineFilterModel::NeverRun);

    m_pipelineStatus->setSourceModel(m_pipelines);
    m_filterModel->setSourceModel(m_pipelineStatus);
    m_runFilter->setSourceModel(m_runs);
    m_runStatus->setSourceModel(m_runFilter);

    auto *pipelineBox = new QWidget(m_splitter);
    m_pipelineView = makeView(pipelineBox, u"pipelineView"_s);
    m_pipelineView->setModel(m_filterModel);
    m_pipelineView->setAccessibleName(tr("Pipelines"));
    m_pipelineView->sortByColumn(PipelineListModel::NameColumn, Qt::AscendingOrder);
    m_pipelineView->header()->resizeSection(PipelineListModel::NameColumn, 175);
    m_pipelineView->header()->resizeSection(PipelineListModel::ConnectorColumn, 95);
    m_pipelineView->header()->resizeSection(PipelineListModel::ScheduleColumn, 70);
    m_pipelineView->header()->resizeSection(PipelineListModel::LastStatusColumn, 150);
    m_pipelineNote = makeNote(pipelineBox);
    auto *pipelineLayout = new QVBoxLayout(pipelineBox);
    pipelineLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_statusBox);
    pipelineLayout->addLayout(filterRow);
    pipelineLayout->addWidget(m_pipelineView, 1);
    pipelineLayout->addWidget(m_pipelineNote);

    auto *runBox = new QWidget(m_splitter);
    m_runView = makeView(runBox, u"runView"_s);
    m_runView->setModel(m_runStatus);
    m_runView->setAccessibleName(tr("Runs of the selected pipeline"));
    m_runView->setSortingEnabled(false); // newest first, as the server pages them
    m_runView->setTextElideMode(Qt::ElideMiddle); // run ids differ at the end
    const QFontMetrics metrics = fontMetrics();
    m_runView->header()->resizeSection(RunListModel::RunColumn,
                                       metrics.horizontalAdvance(u"run_00000000"_s) + 12);
    m_runView->header()->resizeSection(RunListModel::StatusColumn, 150);
    m_runView->header()->resizeSection(RunListModel::StartedColumn, 130);
    m_runView->header()->resizeSection(RunListModel::FinishedColumn, 130);
    m_runView->header()->resizeSection(RunListModel::DurationColumn,
                                       metrics.horizontalAdvance(u"00 min 00 s"_s) + 12);
    m_runView->header()->resizeSection(RunListModel::ProcessedColumn,
                                       metrics.horizontalAdvance(u"0,000,000,000"_s) + 12);
    m_runView->header()->resizeSection(RunListModel::FailedColumn,
                                       metrics.horizontalAdvance(u"Failed rows"_s) + 16);
    auto *copyId = new QAction(tr("Copy run id"), m_runView);
    copyId->setShortcut(QKeySequence::Copy);
    copyId->setShortcutContext(Qt::WidgetShortcut);
    connect(copyId, &QAction::triggered, this, &BrowserPanel::copyCurrentRunId);
    m_runView->addAction(copyId);
    m_runView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_runNote = makeNote(runBox);
    m_runIdFilter->setParent(runBox);
    m_runIdFilter->setObjectName(u"runFilter"_s);
    m_runIdFilter->setAccessibleName(tr("Filter runs"));
    m_runIdFilter->setPlaceholderText(tr("Filter runs by id"));
    m_runIdFilter->setClearButtonEnabled(true);
    m_runStatusBox->setParent(runBox);
    m_runStatusBox->setAccessibleName(tr("Run status"));
    m_runStatusBox->addItem(tr("Any status"), -1);
    for (const RunStatus status :
         {RunStatus::Failed, RunStatus::CompletedWithErrors, RunStatus::Running, RunStatus::Pending,
          RunStatus::Completed, RunStatus::Unknown})
        m_runStatusBox->addItem(StatusStyle::icon(status), StatusStyle::text(status, u"other"_s),
                                int(status));
    m_runCount->setParent(runBox);
    m_runCount->setTextFormat(Qt::PlainText);
    m_runCount->setAccessibleName(tr("Run count"));
    auto *runLayout = new QVBoxLayout(runBox);
    runLayout->setContentsMargins(0, 0, 0, 0);
    auto *runsTitle = new QLabel(tr("Runs — Enter or double-click opens a run"), runBox);
    auto *runsHead = new QHBoxLayout;
    runsHead->addWidget(runsTitle, 1);
    runsHead->addWidget(m_runCount);
    auto *runFilterRow = new QHBoxLayout;
    runFilterRow->addWidget(m_runIdFilter, 1);
    runFilterRow->addWidget(m_runStatusBox);
    runLayout->addLayout(runsHead);
    runLayout->addLayout(runFilterRow);
    runLayout->addWidget(m_runView, 1);
    auto *history = new RunHistoryChart(runBox);
    history->setRuns(m_runs);
    runLayout->addWidget(history);
    runLayout->addWidget(m_runNote);
    m_splitter->addWidget(pipelineBox);
    m_splitter->addWidget(runBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_profileBox);
    layout->addWidget(m_splitter, 1);

    connect(m_profileBox, &QComboBox::activated, this,
            [this] { Q_EMIT profileSelected(currentProfile()); });
    connect(m_filter, &QLineEdit::textChanged, m_filterModel, &PipelineFilterModel::setNameFilter);
    connect(m_statusBox, &QComboBox::currentIndexChanged, this,
            [this] { m_filterModel->setStatusFilter(m_statusBox->currentData().toInt()); });
    connect(m_pipelineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BrowserPanel::onPipelineChanged);
    connect(m_pipelineView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        // Enter on a pipeline opens its last run when the server told us which one.
        const QString lastRun = index.data(PipelineListModel::LastRunIdRole).toString();
        if (!lastRun.isEmpty())
            Q_EMIT openRunRequested(currentPipelineId(), lastRun,
                                    pipelineName(currentPipelineId()));
    });
    connect(m_runView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRunRequested(m_runs->pipelineId(),
                                index.data(RunListModel::RunIdRole).toString(),
                                pipelineName(m_runs->pipelineId()));
    });
    connect(m_pipelines, &PipelineListModel::loadingChanged, this,
            &BrowserPanel::updatePipelineNote);
    connect(m_pipelines, &PipelineListModel::pageLoaded, this, &BrowserPanel::updatePipelineNote);
    connect(m_pipelines, &PipelineListModel::loadFailed, this, &BrowserPanel::updatePipelineNote);
    connect(m_runs, &RunListModel::listingUnavailable, this, [this] {
        m_runNote->setText(tr("This server has no runs list, so only the runs Flowwatch knows are "
                              "shown: the last run, runs you opened and runs your retries created. "
                              "Open any other run by id with Ctrl+O."));
        m_runNote->setVisible(true);
        addKnownRunsOfPipeline();
    });
    connect(m_runs, &RunListModel::loadFailed, this, [this](const ApiError &error) {
        m_runNote->setText(error.userMessage());
        m_runNote->setVisible(true);
    });
    connect(m_runIdFilter, &QLineEdit::textChanged, m_runFilter, &RunListModelFilter::setIdText);
    connect(m_runStatusBox, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_runStatusBox->currentData().toInt();
        m_runFilter->setStatus(status < 0 ? std::nullopt : std::optional(RunStatus(status)));
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_runFilter, signal, this, &BrowserPanel::updateRunCount);
    connect(m_runFilter, &QAbstractItemModel::modelReset, this, &BrowserPanel::updateRunCount);
    connect(m_runFilter, &QAbstractItemModel::layoutChanged, this, &BrowserPanel::updateRunCount);
    // A pipeline with a run under way: its list refreshes by itself (new runs, ends, statuses).
    m_runsRefresh->setInterval(kRunsRefreshMs);
    connect(m_runsRefresh, &QTimer::timeout, this, [this] {
        if (m_runs->hasUnfinishedRuns() && !m_runs->isLoading() && isVisible())
            m_runs->reload();
    });
    m_runsRefresh->start();
    updateRunCount();
}

QString BrowserPanel::runCountText() const
{
    return m_runCount->text();
}

void BrowserPanel::updateRunCount()
{
    m_runCount->setText(m_runs->pipelineId().isEmpty() ? QString() : m_runFilter->countText());
}

void BrowserPanel::copyCurrentRunId() const
{
    const QModelIndex current = m_runView->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(current.data(RunListModel::RunIdRole).toString());
}

void BrowserPanel::updateRunProgress(const QString &profile, const QString &runId,
                                     const RunProgress &progress)
{
    updateRunStatus(profile, runId, progress.status, progress.statusText);
    if (profile == currentProfile())
        m_runs->updateProgress(runId, progress);
}

BrowserPanel::~BrowserPanel()
{
    // The models cancel their loads and clear themselves when deleted, after the labels their
    // signals update: nothing of this panel may hear of it.
    m_runFilter->disconnect(this);
    disconnect(m_pipelines, nullptr, this, nullptr);
    disconnect(m_runs, nullptr, this, nullptr);
}

void BrowserPanel::setProfiles(const QList<ConnectionProfile> &profiles, const QString &current)
{
    m_profileBox->clear();
    for (const ConnectionProfile &p : profiles) {
        QString label = p.name + u" \u2014 "_s + p.server.host();
        if (p.production)
            label += tr("  [PRODUCTION]");
        if (p.sessionOnly)
            label += tr("  (this session)");
        m_profileBox->addItem(label, p.name);
    }
    const int index = m_profileBox->findData(current);
    m_profileBox->setCurrentIndex(index);
    if (profiles.isEmpty())
        m_profileBox->addItem(tr("No connection — add one in File → Connections…"));
}

QString BrowserPanel::currentProfile() const
{
    return m_profileBox->currentData().toString();
}

void BrowserPanel::setClient(ApiClient *client, const QString &problem)
{
    m_problem = problem;
    m_runs->clear();
    m_runNote->setVisible(false);
    m_pipelines->setClient(client);
    updatePipelineNote();
}

void BrowserPanel::reload()
{
    m_pipelines->reload();
    m_runs->reload();
}

void BrowserPanel::addKnownRun(const QString &profile, const RunInfo &run)
{
    QList<RunInfo> &known = m_known[profile];
    known.removeIf([&](const RunInfo &r) { return r.id == run.id; });
    known.append(run);
    if (profile == currentProfile() && run.pipelineId == m_runs->pipelineId())
        m_runs->addKnownRun(run);
}

void BrowserPanel::updateRunStatus(const QString &profile, const QString &runId, RunStatus status,
                                   const QString &raw)
{
    for (RunInfo &run : m_known[profile]) {
        if (run.id == runId) {
            run.status = status;
            run.statusText = raw;
        }
    }
    if (profile == currentProfile())
        m_runs->updateStatus(runId, status, raw);
}

QString BrowserPanel::currentPipelineId() const
{
    return m_pipelineView->currentIndex().data(PipelineListModel::IdRole).toString();
}

QString BrowserPanel::pipelineName(const QString &pipelineId) const
{
    return m_pipelines->pipelineName(pipelineId);
}

void BrowserPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void BrowserPanel::onPipelineChanged()
{
    m_runNote->setVisible(false);
    const QString id = currentPipelineId();
    m_runs->setSource(id.isEmpty() ? nullptr : m_pipelines->client(), id);
}

void BrowserPanel::addKnownRunsOfPipeline()
{
    const QString pipelineId = m_runs->pipelineId();
    const int row = m_pipelines->rowOf(pipelineId);
    if (row >= 0) {
        const Pipeline &p = m_pipelines->pipelineAt(row);
        if (!p.lastRunId.isEmpty()) {
            RunInfo last;
            last.id = p.lastRunId;
            last.pipelineId = pipelineId;
            last.status = p.lastRunStatus.value_or(RunStatus::Unknown);
            last.statusText = p.lastRunStatusText;
            last.startedAt = p.lastRunAt;
            m_runs->addKnownRun(last);
        }
    }
    const QList<RunInfo> known = m_known.value(currentProfile());
    for (const RunInfo &run : known) {
        if (run.pipelineId == pipelineId)
            m_runs->addKnownRun(run);
    }
}

void BrowserPanel::updatePipelineNote()
{
    QString text;
    if (!m_problem.isEmpty())
        text = m_problem;
    else if (m_pipelines->lastError().isError())
        text = m_pipelines->lastError().userMessage();
    else if (m_pipelines->isLoading())
        text = tr("Loading pipelines… %1 so far").arg(QLocale().toString(m_pipelines->rowCount()));
    m_pipelineNote->setText(text);
    m_pipelineNote->setVisible(!text.isEmpty());
}

QByteArray BrowserPanel::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_splitter->saveState() << m_pipelineView->header()->saveState()
        << m_runView->header()->saveState();
    return state;
}

void BrowserPanel::restoreState(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    QDataStream in(state);
    QByteArray splitter, pipelines, runs;
    in >> splitter >> pipelines >> runs;
    if (in.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    m_pipelineView->header()->restoreState(pipelines);
    m_runView->header()->restoreState(runs);
}

} // namespace fw::ui
