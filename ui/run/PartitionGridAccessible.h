#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace fw::ui {

class PartitionGrid;

/// What assistive technology sees of the partition heat map: a list whose items are the
/// partitions, each named like "Partition 3: running, 56 %" and described by its tooltip, with
/// the cell's place on screen and the keyboard cursor as focus. Installed through a QAccessible
/// factory (installFactory()), so a screen reader reads the cells the eye sees.
class PartitionGridAccessible final : public QAccessibleWidget
{
public:
    explicit PartitionGridAccessible(PartitionGrid *grid);
    ~PartitionGridAccessible() override;
    Q_DISABLE_COPY_MOVE(PartitionGridAccessible)

    /// Registers the factory with QAccessible, once per process.
    static void installFactory();
    /// "Partition 3: running, 56 %" for the grid's row `row` (empty when out of range).
    static QString cellName(const PartitionGrid *grid, int row);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    PartitionGrid *grid() const;

private:
    /// One registered interface per partition row asked for, so ids stay stable.
    mutable QHash<int, QAccessible::Id> m_cells;
};

} // namespace fw::ui
