#include "PartitionGrid.h"

#include "PartitionDelegate.h"
#include "PartitionGridAccessible.h"
#include "core/models/run/PartitionModel.h"
#include "ui/common/StatusStyle.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace fw::ui {

namespace {
constexpr int kGap = 2;
constexpr int kLargeCell = 22;
constexpr int kSmallCell = 12;
constexpr int kLargeCellUpTo = 400; ///< partitions drawn with room for a symbol
} // namespace

PartitionGrid::PartitionGrid(QWidget *parent)
    : QWidget(parent)
{
    PartitionGridAccessible::installFactory();
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Partition heat map"));
}

void PartitionGrid::setCurrent(int row)
{
    m_current = row;
    update();
    if (QAccessible::isActive() && hasFocus()) {
        QAccessibleEvent focus(this, QAccessible::Focus);
        focus.setChild(row);
        QAccessible::updateAccessibility(&focus);
    }
}

void PartitionGrid::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        auto repaint = [this] { update(); };
        connect(model, &QAbstractItemModel::dataChanged, this, repaint);
        connect(model, &QAbstractItemModel::modelReset, this, [this] { updateGeometry(); });
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
            updateGeometry();
            update();
        });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
            updateGeometry();
            update();
        });
    }
    updateGeometry();
    update();
}

int PartitionGrid::count() const
{
    return m_model ? m_model->rowCount() : 0;
}

int PartitionGrid::cellSize() const
{
    return count() <= kLargeCellUpTo ? kLargeCell : kSmallCell;
}

int PartitionGrid::columnsFor(int width) const
{
    return std::max(1, (width + kGap) / (cellSize() + kGap));
}

int PartitionGrid::columns() const
{
    return columnsFor(width());
}

int PartitionGrid::heightForWidth(int width) const
{
    const int rows = (count() + columnsFor(width) - 1) / columnsFor(width);
    return std::max(cellSize(), rows * (cellSize() + kGap));
}

QSize PartitionGrid::sizeHint() const
{
    return {400, heightForWidth(400)};
}

QRect PartitionGrid::cellRect(int row) const
{
    const int cols = columns();
    const int size = cellSize();
    return {(row % cols) * (size + kGap), (row / cols) * (size + kGap), size, size};
}

int PartitionGrid::rowAt(const QPoint &pos) const
{
    const int size = cellSize() + kGap;
    if (pos.x() < 0 || pos.y() < 0)
        return -1;
    const int col = pos.x() / size;
    if (col >= columns())
        return -1;
    const int row = (pos.y() / size) * columns() + col;
    return row < count() && cellRect(row).contains(pos) ? row : -1;
}

void PartitionGrid::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const bool dark = StatusStyle::isDark(palette());
    const QColor empty = palette().color(QPalette::Base);
    const QColor frame = palette().color(QPalette::Mid);
    const bool large = cellSize() == kLargeCell;
    QFont symbolFont = font();
    symbolFont.setPixelSize(kLargeCell - 9);
    painter.setFont(symbolFont);
    const int n = count();
    for (int row = 0; row < n; ++row) {
        const QRect rect = cellRect(row);
        if (!event->rect().intersects(rect))
            continue;
        const QModelIndex index = m_model->index(row, 0);
        const auto status = PartitionStatus(index.data(PartitionModel::StatusRole).toInt());
        const double value = index.data(PartitionModel::ProgressRole).toDouble();
        const bool odd = index.data(PartitionModel::OutOfRangeRole).toBool();
        QColor tone = StatusStyle::color(status, dark);

        painter.fillRect(rect, empty);
        // Fill from the bottom by progress: a running cell shows how far it got.
        // A failed cell is filled whole and crossed out: the one state that needs the user stands
        // out by shape as well as colour, whatever it got through.
        const int filled = status == PartitionStatus::Pending ? 0
            : status == PartitionStatus::Failed               ? rect.height()
                                                              : int(rect.height() * value + 0.5);
        QColor fill = tone;
        if (status == PartitionStatus::Running)
            fill.setAlpha(200);
        painter.fillRect(QRect(rect.left(), rect.bottom() - filled + 1, rect.width(), filled),
                         fill);
        if (status == PartitionStatus::Failed && !large) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(dark ? Qt::black : Qt::white, 1.6));
            const QRectF cross = QRectF(rect).adjusted(2.5, 2.5, -3.5, -3.5);
            painter.drawLine(cross.topLeft(), cross.bottomRight());
            painter.drawLine(cross.bottomLeft(), cross.topRight());
            painter.restore();
        } else if (status == PartitionStatus::Unknown || odd) {
            painter.fillRect(
                rect, QBrush(odd ? palette().color(QPalette::WindowText) : tone, Qt::BDiagPattern));
        }
        painter.setPen(row == m_hover || row == m_current ? palette().color(QPalette::Highlight)
                                                          : frame);
        painter.drawRect(rect.adjusted(0, 0, -1, -1));
        if (large) {
            // On the fill in its contrast colour; on a cell mostly empty (pending, or running
            // with little done) in the text colour, or a running cell's ▶ would not show.
            const bool onFill = filled * 2 >= rect.height();
            painter.setPen(onFill ? (dark ? Qt::black : Qt::white)
                                  : palette().color(QPalette::Text));
            painter.drawText(rect, Qt::AlignCenter,
                             odd ? QStringLiteral("⚠") : StatusStyle::symbol(status));
        }
    }
}

bool PartitionGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(),
                               m_model->index(row, 0).data(Qt::ToolTipRole).toString(), this,
                               cellRect(row));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void PartitionGrid::mouseMoveEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row != m_hover) {
        const int old = m_hover;
        m_hover = row;
        if (old >= 0)
            update(cellRect(old));
        if (row >= 0)
            update(cellRect(row));
    }
}

void PartitionGrid::leaveEvent(QEvent *event)
{
    if (m_hover >= 0)
        update(cellRect(m_hover));
    m_hover = -1;
    QWidget::leaveEvent(event);
}

void PartitionGrid::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0) {
        setCurrent(row);
        Q_EMIT rowActivated(row);
    }
}

void PartitionGrid::keyPressEvent(QKeyEvent *event)
{
    // Arrow keys move a cursor over the cells; its tooltip text is shown at the cell.
    const int n = count();
    if (n == 0)
        return QWidget::keyPressEvent(event);
    int next = std::max(0, m_current);
    switch (event->key()) {
    case Qt::Key_Left:
        next -= 1;
        break;
    case Qt::Key_Right:
        next += 1;
        break;
    case Qt::Key_Up:
        next -= columns();
        break;
    case Qt::Key_Down:
        next += columns();
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = n - 1;
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    setCurrent(std::clamp(next, 0, n - 1));
    const QRect rect = cellRect(m_current);
    QToolTip::showText(mapToGlobal(rect.bottomRight()),
                       m_model->index(m_current, 0).data(Qt::ToolTipRole).toString(), this, rect);
    Q_EMIT rowActivated(m_current);
}

} // namespace fw::ui
