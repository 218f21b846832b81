#include "ChartLook.h"

#include <QAbstractAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QLegend>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fw::ui {

void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(110);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
        axis->setShadesVisible(false);
    }
}

void fitTimeTicks(QChart *chart, QDateTimeAxis *axis, int maxTicks)
{
    auto fit = [chart, axis, maxTicks] {
        const QFontMetrics metrics(axis->labelsFont());
        // A label and a gap of two characters.
        const int labelWidth
            = metrics.horizontalAdvance(u"00:00:00"_s) + 2 * metrics.averageCharWidth();
        const int fits = int(chart->plotArea().width()) / std::max(1, labelWidth) + 1;
        const int ticks = std::clamp(fits, 2, maxTicks);
        if (axis->tickCount() != ticks)
            axis->setTickCount(ticks);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, axis, fit);
    fit();
}

} // namespace fw::ui
