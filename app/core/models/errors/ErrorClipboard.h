#pragma once

#include "core/api/ValidationError.h"

#include <QList>
#include <QString>

namespace fw {

/// Validation errors as tab-separated text for the clipboard, the way spreadsheets paste it:
/// one line per error (Row, Column, Value, Error; LF line ends), a field holding a tab, a line
/// break or a double quote is quoted with its quotes doubled, and Column, Value and Error cells
/// that would start a formula (= + - @ TAB CR after spaces) get a leading apostrophe, as in the
/// CSV export.
class ErrorClipboard final
{
public:
    [[nodiscard]] static QString toTsv(const QList<ValidationError> &errors,
                                       bool withHeader = false);
    [[nodiscard]] static QString field(const QString &text, bool neutralise);
};

} // namespace fw
