#pragma once

#include <QPalette>
#include <QString>

namespace fw::ui {

/// Light and dark: by default Flowwatch follows the system palette; View → Appearance offers
/// System, Light and Dark. Light and Dark apply the Fusion style with a light or dark palette,
/// whatever the platform's theme.
class Appearance final
{
public:
    enum class Theme { System, Light, Dark };

    static QPalette darkPalette();
    /// Applies a theme to the whole application at once.
    static void setTheme(Theme theme);
    static Theme theme();
    /// "system", "light", "dark": the theme as settings keep it, and back (System otherwise).
    static QString key(Theme theme);
    static Theme themeForKey(const QString &key);
    /// Applies (true) the dark theme, or returns (false) to the system's look.
    static void setDark(bool dark);
    static bool isDark();
};

} // namespace fw::ui
