#pragma once

#include "core/api/RunStatus.h"

#include <QDateTime>
#include <QString>

namespace fw {

/// Formatting shared by the browser models: times in the user's locale and time zone, counts
/// with the locale's thousands separators, and status words.
namespace browser {

/// "28/11/2026 14:03" in the user's locale and local time; empty for an invalid time.
QString formatTime(const QDateTime &utc);
/// "1,000,000" in the user's locale.
QString formatCount(qint64 value);
/// The status's word from RunStatusText, "Unknown (paused)" with the server's text (views
/// decorate it with StatusStyle).
QString statusWord(RunStatus status, const QString &raw);

} // namespace browser
} // namespace fw
