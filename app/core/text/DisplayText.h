#pragma once

#include <QString>
#include <QStringView>

namespace fw {

/// Text from the server as it may be shown in a view: control characters made visible (U+2400
/// "control pictures": a newline shows as ␊), bidirectional overrides and isolates shown as
/// ⟦RLO⟧-style markers so they cannot reorder the surrounding text, and, when `maxLength` is
/// positive, elided with "…" after that many characters. Export paths use the raw text.
QString visibleText(QStringView text, qsizetype maxLength = 0);

/// `text` as a tooltip that shows it literally. Qt guesses whether a tooltip is rich text, and a
/// server's `<img src="/dev/zero">` would be rendered (and the file read): text holding `<` or `&`
/// is escaped and wrapped in a paragraph that keeps its line breaks; other text, which Qt shows
/// as plain text, is returned as it is.
QString plainToolTip(const QString &text);

/// A raw status for "Unknown (…)": visible and at most 40 characters.
QString unknownStatusLabel(QStringView raw);

} // namespace fw
