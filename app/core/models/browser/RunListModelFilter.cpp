#include "RunListModelFilter.h"

#include "RunListModel.h"

#include <QLocale>

namespace fw {

RunListModelFilter::RunListModelFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void RunListModelFilter::setStatus(std::optional<RunStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
}

void RunListModelFilter::setIdText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_idText == trimmed)
        return;
    m_idText = trimmed;
    invalidateFilter();
}

QString RunListModelFilter::countText() const
{
    const QLocale locale;
    const int total = sourceModel() ? sourceModel()->rowCount() : 0;
    const int shown = rowCount();
    if (shown == total)
        return total == 1 ? tr("1 run") : tr("%1 runs").arg(locale.toString(total));
    return tr("%1 of %Ln runs", nullptr, total).arg(locale.toString(shown));
}

bool RunListModelFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && RunStatus(index.data(RunListModel::StatusRole).toInt()) != *m_status)
        return false;
    return m_idText.isEmpty()
        || index.data(RunListModel::RunIdRole).toString().contains(m_idText, Qt::CaseInsensitive);
}

} // namespace fw
