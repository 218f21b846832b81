#include "PartitionDelegate.h"

#include "core/models/PartitionModel.h"
#include "ui/common/StatusStyle.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

using namespace Qt::StringLiterals;

namespace fw::ui {

PartitionDelegate::PartitionDelegate(int progressColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_column(progressColumn)
{ }

void PartitionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    if (index.column() != m_column) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The selection background first, so a selected row still reads as selected.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const auto status = PartitionStatus(index.data(PartitionModel::StatusRole).toInt());
    const double value = index.data(PartitionModel::ProgressRole).toDouble();
    const bool odd = index.data(PartitionModel::OutOfRangeRole).toBool();

    QStyleOptionProgressBar bar;
    bar.initFrom(widget);
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = int(value * 1000.0 + 0.5);
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    const QString percent = QLocale().toString(value * 100.0, 'f', 0) + u" %"_s;
    bar.text = StatusStyle::symbol(status) + u' '
        + (status == PartitionStatus::Running || status == PartitionStatus::Failed
               ? percent
               : StatusStyle::text(status, index.data(PartitionModel::StatusTextRole).toString()))
        + (odd ? u"  ⚠"_s : QString());
    // Failed and unknown partitions use the status colour for the chunk; the text still says it.
    if (status == PartitionStatus::Failed || status == PartitionStatus::Unknown || odd) {
        const bool dark = StatusStyle::isDark(bar.palette);
        const QColor tone = odd ? StatusStyle::color(RunStatus::CompletedWithErrors, dark)
                                : StatusStyle::color(status, dark);
        bar.palette.setColor(QPalette::Highlight, tone);
    }
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize PartitionDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == m_column)
        size.setWidth(std::max(size.width(), 180));
    return size.expandedTo(QSize(0, option.fontMetrics.height() + 8));
}

} // namespace fw::ui
