#pragma once

class QChart;
class QDateTimeAxis;
class QPalette;

namespace fw::ui {

/// Gives a chart the colours of the widget palette (background, text, grid), so the charts follow
/// the system's light or dark look instead of Qt Charts' fixed themes.
void applyPalette(QChart *chart, const QPalette &palette);

/// Keeps as many time labels on `axis` as the plot's width holds without eliding them (two to
/// `maxTicks`), whenever the plot area changes.
void fitTimeTicks(QChart *chart, QDateTimeAxis *axis, int maxTicks);

} // namespace fw::ui
