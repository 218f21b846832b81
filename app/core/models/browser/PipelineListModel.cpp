#include "PipelineListModel.h"

#include "BrowserFormat.h"
#include "core/api/ApiClient.h"
#include "core/api/PipelinesRequest.h"
#include "core/text/DisplayText.h"

using namespace Qt::StringLiterals;

namespace fw {

namespace {

int statusValue(const Pipeline &p)
{
    return p.lastRunStatus ? int(*p.lastRunStatus) : -1;
}

} // namespace

PipelineListModel::PipelineListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

PipelineListModel::~PipelineListModel()
{
    cancel();
}

void PipelineListModel::setClient(ApiClient *client)
{
    cancel();
    beginResetModel();
    m_client = client;
    m_paged.clear();
    m_lastError = {};
    endResetModel();
    if (m_client)
        reload();
}

ApiClient *PipelineListModel::client() const
{
    return m_client.data();
}

bool PipelineListModel::isLoading() const
{
    return !m_request.isNull();
}

void PipelineListModel::reload()
{
    if (!m_client || m_request)
        return;
    m_paged.restart();
    fetchPage({});
    Q_EMIT loadingChanged(true);
}

void PipelineListModel::cancel()
{
    if (m_request) {
        QPointer<PipelinesRequest> request = m_request;
        m_request = nullptr;
        request->disconnect(this);
        request->cancel();
        Q_EMIT loadingChanged(false);
    }
}

void PipelineListModel::fetchPage(const QString &cursor)
{
    m_request = m_client->listPipelines(cursor, m_pageSize);
    connect(m_request, &PipelinesRequest::finished, this, &PipelineListModel::onPageFinished);
    m_request->start();
}

void PipelineListModel::onPageFinished()
{
    PipelinesRequest *request = m_request;
    if (!request || sender() != request)
        return;
    m_request = nullptr;
    if (!request->succeeded()) {
        m_lastError = request->error();
        Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    m_lastError = {};
    const Page<Pipeline> page = request->page();
    mergePage(page);
    const bool more = m_paged.hasMore();
    Q_EMIT pageLoaded(m_paged.size(), more);
    if (more) {
        fetchPage(m_paged.nextCursor());
        return;
    }
    finishReload();
    Q_EMIT loadingChanged(false);
}

void PipelineListModel::mergePage(const Page<Pipeline> &page)
{
    const PagedRows<Pipeline>::Merged merged = m_paged.merge(page);
    for (const int row : merged.changedRows) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole, StatusRole, StatusTextRole,
                            LastRunAtRole, LastRunIdRole, SortRole});
    }
    if (merged.fresh.isEmpty())
        return;
    const int first = m_paged.size();
    beginInsertRows({}, first, first + int(merged.fresh.size()) - 1);
    m_paged.append(merged.fresh);
    endInsertRows();
}

void PipelineListModel::finishReload()
{
    // Remove pipelines the server no longer lists, one contiguous block at a time.
    for (const auto &[first, last] : m_paged.unseenBlocks()) {
        beginRemoveRows({}, first, last);
        m_paged.removeRows(first, last);
        endRemoveRows();
    }
}

int PipelineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_paged.size();
}

int PipelineListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PipelineListModel::rowOf(const QString &pipelineId) const
{
    return m_paged.rowOf(pipelineId);
}

QString PipelineListModel::pipelineName(const QString &pipelineId) const
{
    const int row = rowOf(pipelineId);
    return row < 0 ? QString() : m_paged.rows().at(row).name;
}

QVariant PipelineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pipeline &p = m_paged.rows().at(index.row());
    switch (role) {
    case IdRole:
        return p.id;
    case StatusRole:
        return statusValue(p);
    case StatusTextRole:
        return p.lastRunStatusText;
    case LastRunAtRole:
        return p.lastRunAt;
    case LastRunIdRole:
        return p.lastRunId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return visibleText(p.name.isEmpty() ? p.id : p.name, 120);
        case ConnectorColumn:
            return visibleText(p.connectorName.isEmpty() ? p.connectorType : p.connectorName, 80);
        case ScheduleColumn:
            return p.schedule.isEmpty() ? tr("Manual") : visibleText(p.schedule, 60);
        case LastStatusColumn:
            return p.lastRunStatus ? browser::statusWord(*p.lastRunStatus, p.lastRunStatusText)
                                   : tr("Never run");
        case LastRunColumn:
            return browser::formatTime(p.lastRunAt);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return plainToolTip(visibleText(
                p.description.isEmpty() ? p.id : QString(p.id + u" \u2014 "_s + p.description),
                400));
        return {};
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return (p.name.isEmpty() ? p.id : p.name).toLower();
        case ConnectorColumn:
            return p.connectorName.toLower();
        case ScheduleColumn:
            return p.schedule;
        case LastStatusColumn:
            return p.lastRunStatus ? statusSeverity(*p.lastRunStatus) : -1;
        case LastRunColumn:
            return p.lastRunAt;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PipelineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Pipeline");
    case ConnectorColumn:
        return tr("Connector");
    case ScheduleColumn:
        return tr("Schedule");
    case LastStatusColumn:
        return tr("Last run");
    case LastRunColumn:
        return tr("Last run at");
    default:
        return {};
    }
}

QHash<int, QByteArray> PipelineListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "pipelineId");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    names.insert(LastRunAtRole, "lastRunAt");
    names.insert(LastRunIdRole, "lastRunId");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace fw
