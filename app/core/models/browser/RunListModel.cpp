#include "RunListModel.h"

#include "BrowserFormat.h"
#include "core/api/ApiClient.h"
#include "core/api/RunsRequest.h"
#include "core/models/run/RunFormat.h"
#include "core/text/DisplayText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace fw {

namespace {
const QList<int> kStatusRoles {Qt::DisplayRole, RunListModel::StatusRole,
                               RunListModel::StatusTextRole, RunListModel::SortRole};
} // namespace

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

RunListModel::~RunListModel()
{
    clear();
}

void RunListModel::clear()
{
    if (m_request) {
        QPointer<RunsRequest> request = m_request;
        m_request = nullptr;
        request->disconnect(this);
        request->cancel();
        Q_EMIT loadingChanged(false);
    }
    beginResetModel();
    m_paged.clear();
    m_lastError = {};
    m_unavailable = false;
    endResetModel();
}

void RunListModel::setSource(ApiClient *client, const QString &pipelineId)
{
    clear();
    m_client = client;
    m_pipelineId = pipelineId;
    if (m_client && !m_pipelineId.isEmpty())
        fetchMore({});
}

bool RunListModel::isLoading() const
{
    return !m_request.isNull();
}

void RunListModel::reload()
{
    if (!m_client || m_request)
        return;
    if (m_unavailable)
        return; // the known runs are all there is
    m_paged.restart();
    m_reloading = true;
    fetchMore({});
}

bool RunListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_client || m_pipelineId.isEmpty() || m_request || m_unavailable
        || m_lastError.isError())
        return false;
    return !m_paged.started() || m_paged.hasMore();
}

void RunListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_client || m_pipelineId.isEmpty() || m_request || m_unavailable)
        return;
    if (m_paged.started() && !m_paged.hasMore())
        return;
    m_request = m_client->listRuns(m_pipelineId, m_paged.nextCursor(), m_pageSize);
    m_paged.setStarted();
    m_lastError = {};
    connect(m_request, &RunsRequest::finished, this, &RunListModel::onPageFinished);
    m_request->start();
    Q_EMIT loadingChanged(true);
}

void RunListModel::onPageFinished()
{
    RunsRequest *request = m_request;
    if (!request || sender() != request)
        return;
    m_request = nullptr;
    Q_EMIT loadingChanged(false);
    if (!request->succeeded()) {
        m_lastError = request->error();
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    if (request->isListingUnavailable()) {
        m_unavailable = true;
        Q_EMIT listingUnavailable();
        return;
    }
    mergePage(request->page());
}

void RunListModel::mergePage(const Page<RunInfo> &page)
{
    const bool reloading = std::exchange(m_reloading, false);
    // An end time derived from a watcher's last poll stays until the server lists one.
    Page<RunInfo> known = page;
    for (RunInfo &run : known.items) {
        if (const int row = rowOf(run.id); row >= 0 && !run.finishedAt.isValid())
            run.finishedAt = m_paged.rows().at(row).finishedAt;
    }
    const PagedRows<RunInfo>::Merged merged = m_paged.merge(known);
    for (const int row : merged.changedRows)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (merged.fresh.isEmpty())
        return;
    if (reloading && m_paged.size() > 0) {
        // The first page again: runs started since go to the top, newest first.
        beginInsertRows({}, 0, int(merged.fresh.size()) - 1);
        m_paged.prepend(merged.fresh);
        endInsertRows();
        return;
    }
    const int first = m_paged.size();
    beginInsertRows({}, first, first + int(merged.fresh.size()) - 1);
    m_paged.append(merged.fresh);
    endInsertRows();
}

void RunListModel::addKnownRun(const RunInfo &run)
{
    if (run.id.isEmpty() || (!run.pipelineId.isEmpty() && run.pipelineId != m_pipelineId))
        return;
    const int row = rowOf(run.id);
    if (row >= 0) {
        RunInfo merged = m_paged.rows().at(row);
        if (run.status != RunStatus::Unknown || !run.statusText.isEmpty()) {
            merged.status = run.status;
            merged.statusText = run.statusText;
        }
        if (!run.retryOf.isEmpty())
            merged.retryOf = run.retryOf;
        if (!run.loadStrategy.isEmpty())
            merged.loadStrategy = run.loadStrategy;
        if (run.startedAt.isValid())
            merged.startedAt = run.startedAt;
        if (run.finishedAt.isValid())
            merged.finishedAt = run.finishedAt;
        if (!(merged == m_paged.rows().at(row))) {
            m_paged.rows()[row] = merged;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return;
    }
    RunInfo copy = run;
    copy.pipelineId = m_pipelineId;
    beginInsertRows({}, 0, 0);
    m_paged.rows().prepend(copy);
    endInsertRows();
}

void RunListModel::updateStatus(const QString &runId, RunStatus status, const QString &rawText)
{
    const int row = rowOf(runId);
    if (row < 0)
        return;
    RunInfo &run = m_paged.rows()[row];
    if (run.status == status && run.statusText == rawText)
        return;
    run.status = status;
    run.statusText = rawText;
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn), kStatusRoles);
}

void RunListModel::updateProgress(const QString &runId, const RunProgress &progress)
{
    const int row = rowOf(runId);
    if (row < 0)
        return;
    RunInfo &run = m_paged.rows()[row];
    Counts &counts = m_counts[runId];
    const Counts before = counts;
    const RunInfo old = run;
    counts.processed = progress.processedRows;
    counts.failed = progress.failedRows;
    counts.durationMs = progress.durationMs;
    if (run.status != progress.status || run.statusText != progress.statusText) {
        run.status = progress.status;
        run.statusText = progress.statusText;
    }
    if (isTerminal(progress.status) && !run.finishedAt.isValid() && run.startedAt.isValid()
        && progress.durationMs > 0)
        run.finishedAt = run.startedAt.addMSecs(progress.durationMs);
    if (!(old == run) || before.processed != counts.processed || before.failed != counts.failed
        || before.durationMs != counts.durationMs)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool RunListModel::hasUnfinishedRuns() const
{
    return std::any_of(m_paged.rows().cbegin(), m_paged.rows().cend(),
                       [](const RunInfo &run) { return !isTerminal(run.status); });
}

qint64 RunListModel::durationMs(const RunInfo &run, const QDateTime &now)
{
    if (!run.startedAt.isValid())
        return -1;
    if (run.finishedAt.isValid())
        return std::max<qint64>(0, run.startedAt.msecsTo(run.finishedAt));
    if (isTerminal(run.status) || !now.isValid())
        return -1;
    return std::max<qint64>(0, run.startedAt.msecsTo(now));
}

int RunListModel::rowOf(const QString &runId) const
{
    return m_paged.rowOf(runId);
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_paged.size();
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunInfo &run = m_paged.rows().at(index.row());
    switch (role) {
    case RunIdRole:
        return run.id;
    case PipelineIdRole:
        return run.pipelineId.isEmpty() ? m_pipelineId : run.pipelineId;
    case StatusRole:
        return int(run.status);
    case StatusTextRole:
        return run.statusText;
    case StartedAtRole:
        return run.startedAt;
    case FinishedAtRole:
        return run.finishedAt;
    case DurationRole: {
        qint64 ms = durationMs(run);
        if (ms < 0)
            ms = m_counts.value(run.id).durationMs;
        return ms >= 0 ? QVariant(ms) : QVariant();
    }
    case Qt::ToolTipRole:
        if (index.column() == RunColumn)
            return visibleText(run.id);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ProcessedColumn || index.column() == FailedColumn
            || index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case RunColumn:
            return visibleText(run.id, 80);
        case StatusColumn:
            return browser::statusWord(run.status, run.statusText);
        case StartedColumn:
            return browser::formatTime(run.startedAt);
        case FinishedColumn:
            return browser::formatTime(run.finishedAt);
        case DurationColumn: {
            const QVariant ms = data(index, DurationRole);
            return ms.isValid() ? RunFormat::duration(ms.toLongLong()) : QString();
        }
        case ProcessedColumn: {
            const qint64 n = m_counts.value(run.id).processed;
            return n >= 0 ? QLocale().toString(n) : QString();
        }
        case FailedColumn: {
            const qint64 n = m_counts.value(run.id).failed;
            return n >= 0 ? QLocale().toString(n) : QString();
        }
        case StrategyColumn:
            return visibleText(run.loadStrategy, 40);
        case RetryOfColumn:
            return visibleText(run.retryOf, 80);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case RunColumn:
            return run.id;
        case StatusColumn:
            return statusSeverity(run.status);
        case StartedColumn:
            return run.startedAt;
        case FinishedColumn:
            return run.finishedAt;
        case DurationColumn:
            return data(index, DurationRole);
        case ProcessedColumn:
            return m_counts.value(run.id).processed;
        case FailedColumn:
            return m_counts.value(run.id).failed;
        case StrategyColumn:
            return run.loadStrategy;
        case RetryOfColumn:
            return run.retryOf;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RunColumn:
        return tr("Run");
    case StatusColumn:
        return tr("Status");
    case StartedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    case DurationColumn:
        return tr("Duration");
    case ProcessedColumn:
        return tr("Processed");
    case FailedColumn:
        return tr("Failed rows");
    case StrategyColumn:
        return tr("Load");
    case RetryOfColumn:
        return tr("Retry of");
    default:
        return {};
    }
}

} // namespace fw
