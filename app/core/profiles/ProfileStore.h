#pragma once

#include "ConnectionProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace fw {

/// The saved connection profiles, in QSettings (group "profiles"). Never holds an API key: keys
/// live in a KeyStore. The settings object is injected (the app's QSettings, or a temporary INI
/// file in tests) and must outlive the store.
class ProfileStore final
{
    Q_DECLARE_TR_FUNCTIONS(fw::ProfileStore)

public:
    explicit ProfileStore(QSettings *settings);

    /// Reads the saved profiles (sorted by name, case-insensitively).
    QList<ConnectionProfile> load() const;
    std::optional<ConnectionProfile> find(const QString &name) const;
    /// Adds or replaces the profile named `profile.name` (or `previousName` when renaming).
    /// Session-only profiles are refused. Returns an empty string or what to fix.
    QString save(const ConnectionProfile &profile, const QString &previousName = {});
    bool remove(const QString &name);

    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    void writeAll(const QList<ConnectionProfile> &profiles);

    QSettings *m_settings = nullptr;
};

} // namespace fw
