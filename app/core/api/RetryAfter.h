#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace fw {

/// Parses a Retry-After header: delta-seconds or an HTTP date (IMF-fixdate, RFC 850, asctime).
/// Returns the wait in seconds relative to `now`, capped at `capSeconds` (15 min by default);
/// nullopt for a missing or unreadable header, so the caller falls back to its backoff.
std::optional<qint64> parseRetryAfter(const QByteArray &header, const QDateTime &now,
                                      qint64 capSeconds = 15 * 60);

/// Parses an HTTP date in any of the three formats of RFC 9110; invalid on failure.
QDateTime parseHttpDate(QByteArrayView text);

} // namespace fw
