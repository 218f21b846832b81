#include "ProgressBarDelegate.h"

#include "ui/common/ProgressBarPainter.h"

#include <algorithm>

namespace fw::ui {

ProgressBarDelegate::ProgressBarDelegate(int percentRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_percentRole(percentRole)
{ }

ProgressBarDelegate::~ProgressBarDelegate() = default;

void ProgressBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    // Negative (unknown) draws an empty bar.
    const double percent = index.data(m_percentRole).toDouble();
    ProgressBarPainter::paint(painter, item, percent < 0 ? -1.0 : percent / 100.0,
                              index.data(Qt::DisplayRole).toString());
}

QSize ProgressBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    return ProgressBarPainter::sizeHint(size, option, std::max(size.width() + 24, 160));
}

} // namespace fw::ui
