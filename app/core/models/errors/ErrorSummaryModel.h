#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace fw {

class ErrorTableModel;

/// How many errors each column name (or each error message) has, kept up to date while rows
/// stream into an ErrorTableModel: new names are inserted, changed counts are row-level
/// dataChanged. Rows are in order of first appearance; sort a proxy by CountRole for "most first".
class ErrorSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorSummaryModel)

public:
    enum class Kind { ByColumn, ByMessage };
    enum Column { Name, Count, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole, ///< the raw column name or message (QString)
        CountRole, ///< qint64
    };
    Q_ENUM(Column)

    ErrorSummaryModel(Kind kind, ErrorTableModel *errors, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Reads the counts again (connected to the table's countsChanged()).
    void refresh();

private:
    QString nameAt(int row) const;

    Kind m_kind = Kind::ByColumn;
    ErrorTableModel *m_errors = nullptr;
    std::vector<qint64> m_counts;
};

} // namespace fw
