#include "PipelineFilterModel.h"

#include "PipelineListModel.h"

namespace fw {

PipelineFilterModel::PipelineFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PipelineListModel::SortRole);
    setDynamicSortFilter(true);
}

PipelineFilterModel::~PipelineFilterModel() = default;

void PipelineFilterModel::setNameFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_name)
        return;
    m_name = trimmed;
    invalidateFilter();
}

void PipelineFilterModel::setStatusFilter(int status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

bool PipelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex name
        = sourceModel()->index(sourceRow, PipelineListModel::NameColumn, sourceParent);
    if (m_status != AnyStatus && name.data(PipelineListModel::StatusRole).toInt() != m_status)
        return false;
    if (m_name.isEmpty())
        return true;
    return name.data(Qt::DisplayRole).toString().contains(m_name, Qt::CaseInsensitive)
        || name.data(PipelineListModel::IdRole).toString().contains(m_name, Qt::CaseInsensitive);
}

} // namespace fw
