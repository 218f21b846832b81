#pragma once

#include <QString>
#include <QUrl>

#include <memory>

namespace fw {

/// How the API key is sent: `X-API-Key` (the default) or `Authorization: Bearer`.
enum class AuthStyle { ApiKeyHeader, Bearer };

/// Everything one connection to one KaireonAI server needs. The key lives here in memory only.
///
/// Once published a connection's settings never change: the registry shares each version as a
/// ConnectionConfigPtr (a pointer to const), and an edit publishes a new one, which the
/// connection's ApiClient swaps in (ApiClient::configChanged). Whoever needs the settings later
/// keeps a copy or a ConnectionConfigPtr of their own, never a reference or pointer into a
/// client's current settings, so no edit can pull them away from under a reader.
struct ConnectionConfig
{
    QString name; ///< profile name, for messages ("API key rejected for staging")
    QUrl server; ///< e.g. http://localhost:3000; the client appends /api/v1
    QString tenant;
    QString apiKey;
    AuthStyle authStyle = AuthStyle::ApiKeyHeader;

    /// The server as users know it: "localhost:3000".
    QString displayHost() const;

    friend bool operator==(const ConnectionConfig &, const ConnectionConfig &) = default;
};

/// A published, immutable version of a connection's settings (see ConnectionConfig).
using ConnectionConfigPtr = std::shared_ptr<const ConnectionConfig>;

} // namespace fw
