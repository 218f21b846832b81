#pragma once

class QChart;
class QPalette;

namespace fw::ui {

/// Gives a chart the colours of the widget palette (background, text, grid), so the charts follow
/// the system's light or dark look instead of Qt Charts' fixed themes.
void applyPalette(QChart *chart, const QPalette &palette);

} // namespace fw::ui
