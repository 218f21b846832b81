#pragma once

#include "core/api/RunStatus.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace fw::ui {

/// How a run or partition status looks everywhere in Flowwatch: an icon whose shape differs per
/// status, a word, and a colour that is never the only cue. Colours follow the palette's
/// lightness, so the dark look gets lighter tones. Words and symbols come from RunStatusText.
class StatusStyle final
{
public:
    static QString text(RunStatus status, const QString &rawText = {});
    static QString text(PartitionStatus status, const QString &rawText = {});
    static QColor color(RunStatus status, bool darkPalette);
    static QColor color(PartitionStatus status, bool darkPalette);
    static QIcon icon(RunStatus status);
    static QIcon icon(PartitionStatus status);
    /// A one-character shape cue for places that draw text only (✓ ✗ ⚠ ▶ … ?).
    static QString symbol(RunStatus status);
    static QString symbol(PartitionStatus status);
    static bool isDark(const QPalette &palette);

private:
    static QIcon makeIcon(const QString &glyph, const QColor &color);
};

} // namespace fw::ui
