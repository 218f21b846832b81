#pragma once

#include <QString>
#include <QStringView>

namespace fw {

/// What a connection profile may do on the KaireonAI platform. The API has no "who am I", so a
/// profile's role is what the user chose for it; Unknown (the default) means "not told" and is
/// treated as allowed until the server refuses.
enum class Role { Admin, Editor, Viewer, Unknown };

/// The stable key stored in settings: "admin", "editor", "viewer", "unknown".
inline QString roleKey(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

/// Reads a stored key back (case-insensitive); anything unrecognised is Unknown.
inline Role roleFromKey(QStringView key)
{
    if (key.compare(u"admin", Qt::CaseInsensitive) == 0)
        return Role::Admin;
    if (key.compare(u"editor", Qt::CaseInsensitive) == 0)
        return Role::Editor;
    if (key.compare(u"viewer", Qt::CaseInsensitive) == 0)
        return Role::Viewer;
    return Role::Unknown;
}

} // namespace fw
