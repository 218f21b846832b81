#include "StatusColumnProxy.h"

#include "ui/common/StatusStyle.h"

#include <QCoreApplication>

namespace fw::ui {

StatusColumnProxy::StatusColumnProxy(int column, int statusRole, int rawTextRole, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_column(column)
    , m_statusRole(statusRole)
    , m_rawTextRole(rawTextRole)
{ }

StatusColumnProxy::~StatusColumnProxy() = default;

QVariant StatusColumnProxy::data(const QModelIndex &index, int role) const
{
    if (index.column() != m_column || (role != Qt::DecorationRole && role != Qt::DisplayRole))
        return QIdentityProxyModel::data(index, role);
    const int value = QIdentityProxyModel::data(index, m_statusRole).toInt();
    if (value < 0 || value > int(RunStatus::Unknown))
        return QIdentityProxyModel::data(index, role);
    const auto status = RunStatus(value);
    if (role == Qt::DecorationRole)
        return StatusStyle::icon(status);
    // Keep suffixes such as " (stale)" that the model adds after the status word.
    const QString source = QIdentityProxyModel::data(index, role).toString();
    const QString word
        = StatusStyle::text(status, QIdentityProxyModel::data(index, m_rawTextRole).toString());
    const qsizetype suffixAt
        = source.lastIndexOf(QCoreApplication::translate("fw::WatchListModel", " (stale)"));
    return suffixAt > 0 ? word + source.mid(suffixAt) : word;
}

} // namespace fw::ui
