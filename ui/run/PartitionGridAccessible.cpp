#include "PartitionGridAccessible.h"

#include "PartitionGrid.h"
#include "core/models/run/PartitionModel.h"
#include "ui/common/StatusStyle.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QPointer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fw::ui {

namespace {

/// One partition of the heat map. Holds no data of its own: it reads the grid's model each time.
class PartitionCellAccessible final : public QAccessibleInterface
{
public:
    PartitionCellAccessible(PartitionGrid *grid, int row)
        : m_grid(grid)
        , m_row(row)
    { }
    Q_DISABLE_COPY_MOVE(PartitionCellAccessible)

    bool isValid() const override
    {
        return m_grid && m_grid->model() && m_row < m_grid->model()->rowCount();
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        const QAccessibleInterface *parentInterface = parent();
        return parentInterface ? parentInterface->window() : nullptr;
    }
    QAccessibleInterface *parent() const override
    {
        return m_grid ? QAccessible::queryAccessibleInterface(m_grid.data()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *focusChild() const override { return nullptr; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        switch (t) {
        case QAccessible::Name:
            return PartitionGridAccessible::cellName(m_grid, m_row);
        case QAccessible::Description:
            return m_grid->model()->index(m_row, 0).data(Qt::ToolTipRole).toString();
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect cell = m_grid->cellRect(m_row);
        return {m_grid->mapToGlobal(cell.topLeft()), cell.size()};
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        s.focusable = true;
        s.selectable = true;
        s.readOnly = true;
        const bool current = m_grid->currentRow() == m_row;
        s.selected = current;
        s.focused = current && m_grid->hasFocus();
        s.invisible = !m_grid->isVisible();
        return s;
    }
    int row() const { return m_row; }

private:
    QPointer<PartitionGrid> m_grid;
    int m_row = 0;
};

QAccessibleInterface *partitionGridFactory(const QString &className, QObject *object)
{
    if (className == QLatin1StringView(PartitionGrid::staticMetaObject.className()) && object
        && object->isWidgetType())
        return new PartitionGridAccessible(static_cast<PartitionGrid *>(object));
    return nullptr;
}

} // namespace

PartitionGridAccessible::PartitionGridAccessible(PartitionGrid *grid)
    : QAccessibleWidget(grid, QAccessible::List)
{ }

PartitionGridAccessible::~PartitionGridAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_cells))
        QAccessible::deleteAccessibleInterface(id);
}

void PartitionGridAccessible::installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(partitionGridFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

PartitionGrid *PartitionGridAccessible::grid() const
{
    return static_cast<PartitionGrid *>(widget());
}

QString PartitionGridAccessible::cellName(const PartitionGrid *grid, int row)
{
    const QAbstractItemModel *model = grid ? grid->model() : nullptr;
    if (!model || row < 0 || row >= model->rowCount())
        return {};
    const QModelIndex index = model->index(row, 0);
    const QLocale locale;
    QString status
        = StatusStyle::text(PartitionStatus(index.data(PartitionModel::StatusRole).toInt()),
                            index.data(PartitionModel::StatusTextRole).toString());
    if (!status.isEmpty())
        status[0] = status.at(0).toLower();
    const int percent
        = static_cast<int>(std::lround(index.data(PartitionModel::ProgressRole).toDouble() * 100));
    QString name = PartitionGrid::tr("Partition %1: %2, %3 %")
                       .arg(locale.toString(index.data(PartitionModel::IndexRole).toLongLong()),
                            status, locale.toString(percent));
    if (index.data(PartitionModel::OutOfRangeRole).toBool())
        name += PartitionGrid::tr(", out of range");
    return name;
}

int PartitionGridAccessible::childCount() const
{
    const QAbstractItemModel *model = grid()->model();
    return model ? model->rowCount() : 0;
}

QAccessibleInterface *PartitionGridAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const auto it = m_cells.constFind(index); it != m_cells.cend()) {
        if (QAccessibleInterface *cell = QAccessible::accessibleInterface(*it))
            return cell;
    }
    QAccessibleInterface *cell = new PartitionCellAccessible(grid(), index);
    m_cells.insert(index, QAccessible::registerAccessibleInterface(cell));
    return cell;
}

int PartitionGridAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *cell = dynamic_cast<const PartitionCellAccessible *>(child);
    return cell && cell->parent() == this && cell->row() < childCount() ? cell->row() : -1;
}

QAccessibleInterface *PartitionGridAccessible::childAt(int x, int y) const
{
    return child(grid()->rowAt(grid()->mapFromGlobal(QPoint(x, y))));
}

QAccessibleInterface *PartitionGridAccessible::focusChild() const
{
    return grid()->hasFocus() ? child(grid()->currentRow()) : nullptr;
}

} // namespace fw::ui
