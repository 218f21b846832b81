#include "LogFilterModel.h"

#include "LogModel.h"

namespace fw {

LogFilterModel::LogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void LogFilterModel::setStage(const QString &stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    invalidateFilter();
}

void LogFilterModel::setSearchText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString stage = index.data(LogModel::StageRole).toString();
    if (!m_stage.isEmpty() && stage != m_stage)
        return false;
    if (m_text.isEmpty())
        return true;
    return stage.contains(m_text, Qt::CaseInsensitive)
        || index.data(LogModel::MessageRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace fw
