#include "PartitionDelegate.h"

#include "core/models/run/PartitionModel.h"
#include "ui/common/StatusStyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QStyleOptionProgressBar>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace fw::ui {

PartitionDelegate::PartitionDelegate(int progressColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_column(progressColumn)
{ }

void PartitionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    if (index.column() == PartitionModel::Status) {
        // The status column: the status's shape and word, in its colour.
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const auto status = PartitionStatus(index.data(PartitionModel::StatusRole).toInt());
        item.text = StatusStyle::symbol(status) + u' ' + item.text;
        if (!(option.state & QStyle::State_Selected))
            item.palette.setColor(QPalette::Text,
                                  StatusStyle::color(status, StatusStyle::isDark(option.palette)));
        const QWidget *w = option.widget;
        (w ? w->style() : QApplication::style())
            ->drawControl(QStyle::CE_ItemViewItem, &item, painter, w);
        return;
    }
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
    // A failed partition without a progress value is drawn as a full bar in the failed colour,
    // with its rows in the text: "✗ Failed · 7,000 rows".
    const bool failedWhole = status == PartitionStatus::Failed
        && !index.data(PartitionModel::RawProgressRole).isValid();
    bar.progress = failedWhole ? bar.maximum : int(value * 1000.0 + 0.5);
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    const QString percent = PartitionModel::percentText(value);
    const QString word
        = StatusStyle::text(status, index.data(PartitionModel::StatusTextRole).toString());
    QString text = StatusStyle::symbol(status) + u' ';
    if (failedWhole)
        text += word + u" · "_s
            + tr("%1 rows").arg(
                QLocale().toString(index.data(PartitionModel::RowsRole).toLongLong()));
    else if (status == PartitionStatus::Running)
        text += percent;
    else if (status == PartitionStatus::Failed)
        text += word + u" · "_s + percent;
    else
        text += word;
    bar.text = text + (odd ? u"  ⚠ "_s + tr("out of range") : QString());
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

QString PartitionDelegate::plainToolTip(const QString &text)
{
    return u"<p style=\"white-space:pre\">"_s + text.toHtmlEscaped() + u"</p>"_s;
}

bool PartitionDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPos(), plainToolTip(text), view->viewport(), option.rect);
    return true;
}

} // namespace fw::ui
