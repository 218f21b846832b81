#pragma once

#include <QString>
#include <QUrl>

namespace fw {

/// How the API key is sent: `X-API-Key` (the default) or `Authorization: Bearer`.
enum class AuthStyle { ApiKeyHeader, Bearer };

/// Everything one connection to one KaireonAI server needs. The key lives here in memory only.
struct ConnectionConfig
{
    QString name; ///< profile name, for messages ("API key rejected for staging")
    QUrl server; ///< e.g. http://localhost:3000; the client appends /api/v1
    QString tenant;
    QString apiKey;
    AuthStyle authStyle = AuthStyle::ApiKeyHeader;

    /// The server as users know it: "localhost:3000".
    QString displayHost() const;
};

} // namespace fw
