#include "WatchListModel.h"

#include "BrowserFormat.h"
#include "core/text/DisplayText.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fw {

WatchListModel::WatchListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

WatchListModel::~WatchListModel() = default;

int WatchListModel::addRun(const WatchedRun &run)
{
    if (const int existing = rowOf(run.ref); existing >= 0)
        return existing;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row {run, {}, false, {}, false, {}, {}});
    endInsertRows();
    return row;
}

bool WatchListModel::removeRun(const RunRef &run)
{
    const int row = rowOf(run);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

int WatchListModel::rowOf(const RunRef &run) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).run.ref == run)
            return row;
    }
    return -1;
}

std::optional<RunStatus> WatchListModel::statusAt(int row) const
{
    const Row &r = m_rows.at(row);
    if (!r.hasProgress)
        return std::nullopt;
    return r.progress.status;
}

void WatchListModel::setProgress(const RunProgress &progress, const RunRef &run,
                                 const QDateTime &at)
{
    const int row = rowOf(run);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    const bool first = !r.hasProgress;
    const RunProgress old = r.progress;
    const bool wasStale = r.stale;
    r.progress = progress;
    r.hasProgress = true;
    r.updatedAt = at;
    r.stale = false;
    r.message.clear();

    auto changed = [&](int column, QList<int> roles) {
        Q_EMIT dataChanged(index(row, column), index(row, column), roles);
    };
    const QList<int> textRoles {Qt::DisplayRole, SortRole};
    if (first || old.status != progress.status || old.statusText != progress.statusText)
        changed(StatusColumn, {Qt::DisplayRole, StatusRole, StatusTextRole, SortRole});
    if (first || old.processedRows != progress.processedRows || old.totalRows != progress.totalRows)
        changed(ProgressColumn, {Qt::DisplayRole, ProgressRole, SortRole});
    if (first || old.eta != progress.eta || old.status != progress.status)
        changed(EtaColumn, textRoles);
    if (first || old.failedRows != progress.failedRows)
        changed(FailedRowsColumn, {Qt::DisplayRole, FailedRowsRole, SortRole});
    changed(UpdatedColumn, {Qt::DisplayRole, UpdatedAtRole, SortRole});
    if (wasStale)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                           {StaleRole, MessageRole, Qt::ToolTipRole});
}

void WatchListModel::setStale(const RunRef &run, bool stale, const QString &message)
{
    const int row = rowOf(run);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    if (r.stale == stale && r.message == message)
        return;
    r.stale = stale;
    r.message = message;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                       {Qt::DisplayRole, StaleRole, MessageRole, Qt::ToolTipRole});
}

void WatchListModel::setStall(const RunRef &run, const QString &text)
{
    const int row = rowOf(run);
    if (row < 0 || m_rows.at(row).stall == text)
        return;
    m_rows[row].stall = text;
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn),
                       {Qt::DisplayRole, SortRole});
}

void WatchListModel::setPipelineName(const RunRef &run, const QString &name)
{
    const int row = rowOf(run);
    if (row < 0 || m_rows.at(row).run.pipelineName == name)
        return;
    m_rows[row].run.pipelineName = name;
    Q_EMIT dataChanged(index(row, PipelineColumn), index(row, PipelineColumn),
                       {Qt::DisplayRole, SortRole});
}

void WatchListModel::setConnectionLook(const QString &connection, const QString &color,
                                       bool production)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        WatchedRun &run = m_rows[row].run;
        if (run.ref.connection != connection
            || (run.profileColor == color && run.production == production))
            continue;
        run.profileColor = color;
        run.production = production;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                           {Qt::DisplayRole, SortRole, ProfileColorRole});
    }
}

void WatchListModel::renameConnection(const QString &from, const QString &to)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        RunRef &ref = m_rows[row].run.ref;
        if (ref.connection != from)
            continue;
        ref.connection = to;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                           {Qt::DisplayRole, SortRole, RunRole});
    }
}

double WatchListModel::progressPercent(const RunProgress &progress)
{
    if (progress.totalRows <= 0 || progress.processedRows < 0
        || progress.processedRows > progress.totalRows)
        return progress.status == RunStatus::Completed ? 100.0 : -1.0;
    const double value = 100.0 * double(progress.processedRows) / double(progress.totalRows);
    return std::isfinite(value) ? value : -1.0;
}

QString WatchListModel::progressText(const RunProgress &progress)
{
    const QLocale locale;
    const QString counts
        = tr("%1 of %2")
              .arg(locale.toString(progress.processedRows), locale.toString(progress.totalRows));
    const double percent = progressPercent(progress);
    if (progress.totalRows == 0 && progress.processedRows == 0)
        return counts;
    if (percent < 0)
        return counts + tr(" (out of range)");
    return counts + tr(" (%1 %)").arg(locale.toString(std::floor(percent), 'f', 0));
}

int WatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WatchListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WatchListModel::display(const Row &r, int column) const
{
    const QString dash = u"\u2014"_s;
    switch (column) {
    case RunColumn:
        return visibleText(r.run.ref.runId, 80);
    case PipelineColumn:
        return visibleText(r.run.pipelineName.isEmpty() ? r.run.ref.pipelineId : r.run.pipelineName,
                           80);
    case ProfileColumn:
        return r.run.production ? QString(r.run.ref.connection + tr(" ⚑ PROD"))
                                : r.run.ref.connection;
    case StatusColumn:
        if (!r.hasProgress)
            return r.stale ? tr("Not available") : tr("Loading…");
        return QString(browser::statusWord(r.progress.status, r.progress.statusText)
                       + (r.stall.isEmpty() ? QString() : u" \u2014 "_s + r.stall)
                       + (r.stale ? tr(" (stale)") : QString()));
    case ProgressColumn:
        return r.hasProgress ? progressText(r.progress) : dash;
    case EtaColumn:
        if (!r.hasProgress || isTerminal(r.progress.status) || r.progress.eta.isEmpty())
            return dash;
        return visibleText(r.progress.eta, 20);
    case FailedRowsColumn:
        return r.hasProgress ? browser::formatCount(r.progress.failedRows) : dash;
    case UpdatedColumn:
        return r.updatedAt.isValid()
            ? QLocale().toString(r.updatedAt.toLocalTime().time(), QLocale::ShortFormat)
            : dash;
    default:
        return {};
    }
}

QVariant WatchListModel::sortValue(const Row &r, int column) const
{
    switch (column) {
    case RunColumn:
        return r.run.ref.runId;
    case PipelineColumn:
        return (r.run.pipelineName.isEmpty() ? r.run.ref.pipelineId : r.run.pipelineName).toLower();
    case ProfileColumn:
        return r.run.ref.connection.toLower();
    case StatusColumn:
        // Not yet loaded sorts with unknown; a stale row ranks just above its status.
        // A stalled run ranks with the failures.
        return (r.hasProgress
                    ? statusSeverity(r.stall.isEmpty() ? r.progress.status : RunStatus::Failed)
                    : 3)
            * 2
            + (r.stale ? 1 : 0);
    case ProgressColumn:
        return r.hasProgress ? progressPercent(r.progress) : -1.0;
    case EtaColumn:
        return r.progress.eta;
    case FailedRowsColumn:
        return r.progress.failedRows;
    case UpdatedColumn:
        return r.updatedAt;
    default:
        return {};
    }
}

QVariant WatchListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case SortRole:
        return sortValue(r, index.column());
    case RunRole:
        return QVariant::fromValue(r.run.ref);
    case StatusRole:
        return r.hasProgress ? int(r.progress.status) : -1;
    case StatusTextRole:
        return r.progress.statusText;
    case ProgressRole:
        return r.hasProgress ? progressPercent(r.progress) : -1.0;
    case FailedRowsRole:
        return r.progress.failedRows;
    case UpdatedAtRole:
        return r.updatedAt;
    case StaleRole:
        return r.stale;
    case ProfileColorRole:
        return r.run.profileColor;
    case MessageRole:
        return r.message;
    case Qt::ToolTipRole:
        return r.message.isEmpty() ? QVariant() : QVariant(plainToolTip(r.message));
    case Qt::TextAlignmentRole:
        if (index.column() == FailedRowsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant WatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RunColumn:
        return tr("Run");
    case PipelineColumn:
        return tr("Pipeline");
    case ProfileColumn:
        return tr("Connection");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case EtaColumn:
        return tr("ETA");
    case FailedRowsColumn:
        return tr("Failed rows");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace fw
