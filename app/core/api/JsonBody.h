#pragma once

#include "ApiError.h"

#include <QJsonDocument>

#include <optional>

namespace fw {

/// Parses a response body as JSON; on failure fills `error` with a BadPayload that says why
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
