#pragma once

#include "core/api/PartitionDetail.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

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
        SortRole, ///< the column's raw value, for sorting (index, status word, rows, progress)
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
    /// A legend category: a known status, or one raw status the app does not know ("paused",
    /// "skipped", "" …), each counted on its own.
    struct Category
    {
        PartitionStatus status = PartitionStatus::Unknown;
        QString rawText; ///< for Unknown: the raw status, lower case ("" when none was sent)
        int count = 0;
    };
    /// Running, completed, failed, pending (always), then each unknown raw status seen, by count.
    QList<Category> categories() const;
    /// A progress percentage as shown: floored, so 99.9 % reads "99 %", never "100 %".
    static QString percentText(double fraction, const QLocale &locale = {});

    /// The drawn fraction of a partition, and whether it is flagged.
    static double drawnProgress(const PartitionDetail &p, bool *outOfRange = nullptr,
                                QString *reason = nullptr);
    static QString tooltip(const PartitionDetail &p);

private:
    QList<PartitionDetail> m_rows;
};

} // namespace fw
