#pragma once

#include "core/profiles/ConnectionProfile.h"
#include "core/profiles/ConnectionRegistry.h"
#include "core/profiles/MemoryKeyStore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>

namespace fw::test {

// What a shell test's MainWindow stands on: a throwaway settings file (with the tray off, so
// closing a window ends it), an in-memory key store, and a registry holding the demo connection
// on `server` as a session profile with the admin's key.
class ShellProfiles final
{
public:
    explicit ShellProfiles(const QUrl &server);
    Q_DISABLE_COPY_MOVE(ShellProfiles)

    QSettings *settings() { return &m_settings; }
    ConnectionRegistry *registry() { return &m_registry; }

    // The demo tenant as an admin's connection named `name`.
    static ConnectionProfile demoProfile(const QUrl &server,
                                         const QString &name = QStringLiteral("Demo"));

private:
    QTemporaryDir m_dir;
    QSettings m_settings;
    MemoryKeyStore m_keys;
    ConnectionRegistry m_registry;
};

} // namespace fw::test
