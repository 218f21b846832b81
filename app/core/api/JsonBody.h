#pragma once

#include "ApiError.h"

#include <QJsonDocument>

#include <optional>

namespace fw {

/// `bytes` when they are valid UTF-8 (shared, not copied), else a copy in which each invalid
/// sequence became U+FFFD: a server's bad text is shown, marked, rather than the whole body
/// refused.
QByteArray validUtf8(const QByteArray &bytes);

/// Parses a response body as JSON, invalid UTF-8 replaced (validUtf8()); on failure fills `error`
/// with a BadPayload that says why
/// ("an HTML page instead of JSON", "empty body", the parser's message and offset).
std::optional<QJsonDocument> parseJsonBody(const QByteArray &body, ApiError *error);

/// The server's message from an error body: {"error":{"code","message"}}, {"error":"text"} or
/// {"message":"text"}; plain text, control characters removed, at most 300 characters.
struct ServerMessage
{
    QString code;
    QString message;
};
ServerMessage parseServerMessage(const QByteArray &body);

} // namespace fw
