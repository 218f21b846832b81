#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

namespace fw::ui {

/// Which language Flowwatch speaks: its own catalogue (:/i18n/flowwatch_<lang>.qm) and Qt's
/// (qtbase_<lang>.qm from Qt's translations folder), installed on the application before any
/// window is built or any subcommand prints.
class Translations final
{
    Q_DECLARE_TR_FUNCTIONS(fw::ui::Translations)

public:
    /// Settings key of the chosen language: absent or "" for the system's, else "en" or "de".
    static QString settingsKey();
    /// The choices a user has: "" (the system's), "en", "de".
    static QStringList choices();
    /// What a choice is called in the language menu, in the language it names (System in the
    /// current one).
    static QString choiceName(const QString &choice);
    /// The choice stored in `settings` ("" when none is).
    static QString storedChoice(const QSettings &settings);
    /// The choice stored in Flowwatch's own settings, also before the application has its names.
    static QString storedChoice();
    /// Installs the translators for `choice` ("" for the system's UI languages, first match
    /// wins; English needs none) and returns the language installed: "de", or "en" for none.
    /// Replaces what an earlier call installed.
    static QString install(const QString &choice);
    /// Removes what install() put on the application.
    static void uninstall();
};

} // namespace fw::ui
