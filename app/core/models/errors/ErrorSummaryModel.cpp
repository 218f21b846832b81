#include "ErrorSummaryModel.h"

#include "ErrorTableModel.h"
#include "core/text/DisplayText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace fw {

ErrorSummaryModel::ErrorSummaryModel(Kind kind, ErrorTableModel *errors, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
    , m_errors(errors)
{
    connect(m_errors, &ErrorTableModel::countsChanged, this, &ErrorSummaryModel::refresh);
    connect(m_errors, &ErrorTableModel::modelReset, this, &ErrorSummaryModel::refresh);
    refresh();
}

int ErrorSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int ErrorSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ErrorSummaryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QString ErrorSummaryModel::nameAt(int row) const
{
    const ErrorStore &store = m_errors->store();
    return m_kind == Kind::ByColumn ? store.columnNames().at(row) : store.messages().at(row);
}

QVariant ErrorSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == Name)
        return m_kind == Kind::ByColumn ? tr("Column") : tr("Error");
    if (section == Count)
        return tr("Errors");
    return {};
}

QVariant ErrorSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const qint64 count = m_counts[std::size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name) {
            const QString name = nameAt(row);
            return name.isEmpty() ? tr("(empty)") : visibleText(name, 80);
        }
        return QLocale().toString(count);
    case Qt::ToolTipRole:
        return plainToolTip(data(index, Qt::AccessibleTextRole).toString());
    case Qt::AccessibleTextRole:
        //: A summary entry: "Invalid email format — 1,234"
        return tr("%1 — %2").arg(visibleText(nameAt(row), 200), QLocale().toString(count));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == Count ? Qt::AlignRight | Qt::AlignVCenter
                                                           : Qt::AlignLeft | Qt::AlignVCenter);
    case NameRole:
        return nameAt(row);
    case CountRole:
        return QVariant::fromValue(count);
    default:
        return {};
    }
}

void ErrorSummaryModel::refresh()
{
    const ErrorStore &store = m_errors->store();
    const qsizetype names
        = m_kind == Kind::ByColumn ? store.columnNames().size() : store.messages().size();
    auto countOf = [&](qsizetype id) {
        return m_kind == Kind::ByColumn ? store.columnCount(ErrorStore::Id(id))
                                        : store.messageCount(ErrorStore::Id(id));
    };
    if (names < qsizetype(m_counts.size())) {
        // The table was cleared.
        beginResetModel();
        m_counts.clear();
        for (qsizetype id = 0; id < names; ++id)
            m_counts.push_back(countOf(id));
        endResetModel();
        return;
    }
    for (std::size_t id = 0; id < m_counts.size(); ++id) {
        const qint64 count = countOf(qsizetype(id));
        if (count == m_counts[id])
            continue;
        m_counts[id] = count;
        Q_EMIT dataChanged(index(int(id), Name), index(int(id), Count),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, CountRole});
    }
    if (names > qsizetype(m_counts.size())) {
        beginInsertRows({}, int(m_counts.size()), int(names - 1));
        for (qsizetype id = qsizetype(m_counts.size()); id < names; ++id)
            m_counts.push_back(countOf(id));
        endInsertRows();
    }
}

} // namespace fw
