#pragma once

#include <QString>

#include <optional>

namespace fw::sim {

// Opaque page cursors. They are standard base64 and always contain '+', '/' and '=', so a client
// that forgets to percent-encode them gets a 400 (a raw '+' in a query string reads as a space).
class Cursor final
{
public:
    static QString encode(const QString &scope, qint64 offset);
    static std::optional<qint64> decode(const QString &cursor, const QString &scope);
};

} // namespace fw::sim
