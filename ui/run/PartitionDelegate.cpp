#include "PartitionDelegate.h"

#include "core/models/run/PartitionModel.h"
#include "ui/common/ProgressBarPainter.h"
#include "ui/common/StatusStyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

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
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);

    const auto status = PartitionStatus(index.data(PartitionModel::StatusRole).toInt());
    const double value = index.data(PartitionModel::ProgressRole).toDouble();
    const bool odd = index.data(PartitionModel::OutOfRangeRole).toBool();

    // A failed partition without a progress value is drawn as a full bar in the failed colour,
    // with its rows in the text: "✗ Failed · 7,000 rows".
    const bool failedWhole = status == PartitionStatus::Failed
        && !index.data(PartitionModel::RawProgressRole).isValid();
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
    if (odd)
        text += u"  ⚠ "_s + tr("out of range");
    // Failed and unknown partitions use the status colour for the chunk; the text still says it.
    QColor chunk;
    if (status == PartitionStatus::Failed || status == PartitionStatus::Unknown || odd) {
        const bool dark = StatusStyle::isDark(item.palette);
        chunk = odd ? StatusStyle::color(RunStatus::CompletedWithErrors, dark)
                    : StatusStyle::color(status, dark);
    }
    ProgressBarPainter::paint(painter, item, failedWhole ? 1.0 : value, text, chunk);
}

QSize PartitionDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    return ProgressBarPainter::sizeHint(size, option, index.column() == m_column ? 180 : 0);
}

} // namespace fw::ui
