#include "ProgressBarPainter.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace fw::ui {

namespace {
constexpr int kMaximum = 1000;
} // namespace

QStyleOptionProgressBar ProgressBarPainter::barOption(const QStyleOptionViewItem &item,
                                                      double fraction, const QString &text,
                                                      const QColor &chunk)
{
    QStyleOptionProgressBar bar;
    if (const QWidget *widget = item.widget ? item.widget : QApplication::activeWindow())
        bar.initFrom(widget);
    bar.state = item.state | QStyle::State_Horizontal;
    bar.rect = item.rect.adjusted(2, 2, -2, -2);
    bar.palette = item.palette;
    bar.minimum = 0;
    bar.maximum = kMaximum;
    bar.progress = (fraction >= 0 && std::isfinite(fraction))
        ? int(std::lround(std::min(fraction, 1.0) * kMaximum))
        : 0;
    bar.text = text;
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    if (chunk.isValid())
        bar.palette.setColor(QPalette::Highlight, chunk);
    return bar;
}

void ProgressBarPainter::paint(QPainter *painter, const QStyleOptionViewItem &item, double fraction,
                               const QString &text, const QColor &chunk)
{
    const QWidget *widget = item.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    QStyleOptionViewItem background = item;
    background.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    const QStyleOptionProgressBar bar = barOption(item, fraction, text, chunk);
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize ProgressBarPainter::sizeHint(QSize itemSize, const QStyleOptionViewItem &item,
                                   int minimumWidth)
{
    return QSize(std::max(itemSize.width(), minimumWidth),
                 std::max(itemSize.height(), item.fontMetrics.height() + 8));
}

} // namespace fw::ui
