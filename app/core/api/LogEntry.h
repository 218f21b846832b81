#pragma once

#include <QDateTime>
#include <QString>

namespace fw {

/// One entry of a run's execution log. `stage` is free text ("extract", "transform", ...).
struct LogEntry
{
    QString stage;
    QString message;
    QDateTime timestamp; ///< UTC; invalid when the server sent none or an unreadable one
    QString timestampText; ///< as sent, for display when it could not be parsed

    friend bool operator==(const LogEntry &, const LogEntry &) = default;
};

} // namespace fw
