#pragma once

#include "NotificationPolicy.h"
#include "core/api/ConnectionConfig.h"
#include "core/api/Role.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace fw {

/// A saved connection: everything about one server and tenant except the API key, which lives in
/// the OS keychain (KeyStore) and is joined in only when a connection is made.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(fw::ConnectionProfile)

public:
    QString name;
    QUrl server;
    QString tenant;
    AuthStyle authStyle = AuthStyle::ApiKeyHeader;
    Role role = Role::Unknown;
    bool production = false;
    QString color; ///< "#rrggbb" shown on the title and on every tab of this profile; may be empty
    NotificationPolicy notifications = NotificationPolicy::All;
    /// A running run whose processed rows have not moved for this long is "stalled" (1–1440).
    int stallMinutes = 10;
    bool sessionOnly = false; ///< never saved (--demo, --server without a profile, deep links)

    /// The connection this profile describes, with `apiKey` (kept in memory only).
    ConnectionConfig connection(const QString &apiKey) const;
    /// Empty when the profile can be saved, else one sentence saying what to fix.
    QString validationProblem() const;
    /// The colour to show: the chosen one, else red for production, else empty.
    QString effectiveColor() const;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace fw
