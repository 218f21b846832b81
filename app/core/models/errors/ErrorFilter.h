#pragma once

#include <QString>

#include <optional>

namespace fw {

/// What the error table shows: rows whose Row, Column, Value or Error contains `text`
/// (case-insensitive; a row number matches its digits, with or without thousands separators),
/// narrowed to one column name and/or one error message. Empty parts match everything.
struct ErrorFilter
{
    QString text;
    std::optional<QString> column;
    std::optional<QString> message;

    [[nodiscard]] bool isEmpty() const
    {
        return text.isEmpty() && !column.has_value() && !message.has_value();
    }
    friend bool operator==(const ErrorFilter &, const ErrorFilter &) = default;
};

} // namespace fw
