#pragma once

#include <QString>
#include <QStringView>

namespace fw {

/// Which finished runs of a profile raise a desktop notification.
enum class NotificationPolicy { All, FailuresOnly, None };

/// Stable settings keys: "all", "failures", "none".
QString notificationPolicyKey(NotificationPolicy policy);
/// Reads a stored key back; anything unrecognised is All (nothing is silently muted).
NotificationPolicy notificationPolicyFromKey(QStringView key);

} // namespace fw
