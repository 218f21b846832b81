#pragma once

#include <QColor>
#include <QString>
#include <QStyleOptionProgressBar>
#include <QStyleOptionViewItem>

class QPainter;

namespace fw::ui {

/// The mini progress bar of an item view cell, for every delegate that draws one: the item's
/// background first (so a selected row still reads as selected), then a platform progress bar
/// (QStyleOptionProgressBar + CE_ProgressBar) inside a small margin, with its text on it.
class ProgressBarPainter final
{
public:
    /// `item`: the delegate's option after initStyleOption() (its text is not drawn).
    /// `fraction`: 0..1; negative or not finite draws an empty bar. `chunk`: the filled part's
    /// colour when the palette's highlight is not wanted (invalid: keep it).
    static void paint(QPainter *painter, const QStyleOptionViewItem &item, double fraction,
                      const QString &text, const QColor &chunk = QColor());
    /// The bar paint() draws (tests and size hints).
    static QStyleOptionProgressBar barOption(const QStyleOptionViewItem &item, double fraction,
                                             const QString &text, const QColor &chunk = QColor());
    /// A cell tall enough for the bar's text.
    static QSize sizeHint(QSize itemSize, const QStyleOptionViewItem &item, int minimumWidth);
};

} // namespace fw::ui
