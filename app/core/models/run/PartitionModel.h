#pragma once

#include "core/api/PartitionDetail.h"

#include <QAbstractTableModel>
#include <QList>

namespace fw {

/// The partitions of a run, one row each, in the order the server lists them. update() is
/// incremental: rows that changed get one dataChanged per contiguous range of changed rows
/// (all columns, with the list of roles that can change), new partitions get rowsInserted, and
/// partitions the server no longer lists are removed from the end. Never a reset, so selection
/// and scroll survive every poll; an identical poll emits nothing.
class PartitionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartitionModel)

public:
    enum Column { Index, Status, Rows, Progress, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IndexRole = Qt::UserRole, ///< qint64 partition index as sent
        StatusRole, ///< int (PartitionStatus)
        StatusTextRole, ///< QString raw status as sent
        RowsRole, ///< qint64 rows as sent
        ProgressRole, ///< double 0..1 to draw (clamped; completed 1, pending 0)
        RawProgressRole, ///< the server's progress value, or an invalid QVariant when absent
        OutOfRangeRole, ///< bool: some value of the row was out of range (flagged, not hidden)
        OutOfRangeReasonRole, ///< QString why
    };
    Q_ENUM(Role)

    explicit PartitionModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Applies one poll's partition list.
    void update(const QList<PartitionDetail> &partitions);
    /// The naive alternative (reset and refill), kept for the benchmark's comparison only.
    void resetTo(const QList<PartitionDetail> &partitions);

    const PartitionDetail &partitionAt(int row) const { return m_rows.at(row); }
    /// Counts by status (pending, running, completed, failed, unknown), for legends.
    QList<int> statusCounts() const;

    /// The drawn fraction of a partition, and whether it is flagged.
    static double drawnProgress(const PartitionDetail &p, bool *outOfRange = nullptr,
                                QString *reason = nullptr);
    static QString tooltip(const PartitionDetail &p);

private:
    QList<PartitionDetail> m_rows;
};

} // namespace fw
