#pragma once

#include "core/api/RunStatus.h"

#include <QDateTime>
#include <QString>

namespace fw {

/// Formatting shared by the browser models: times in the user's locale and time zone, counts
/// with the locale's thousands separators, and a status severity for "worst first" sorting.
namespace browser {

/// "28/11/2026 14:03" in the user's locale and local time; empty for an invalid time.
QString formatTime(const QDateTime &utc);
/// "1,000,000" in the user's locale.
QString formatCount(qint64 value);
/// Failed 5, completed with errors 4, unknown 3, running 2, pending 1, completed 0.
/// A plain word for a status in the core (views decorate it with StatusStyle).
QString statusWord(RunStatus status, const QString &raw);

} // namespace browser
} // namespace fw
