#pragma once

#include <QPalette>
#include <QString>

namespace fw::ui {

/// Light and dark: Flowwatch follows the system palette. Where the platform gives no dark theme
/// hint, View → Dark appearance applies the Fusion style with a dark palette.
class Appearance final
{
public:
    static QPalette darkPalette();
    /// Applies (true) or undoes (false) the Fusion dark look for the whole application.
    static void setDark(bool dark);
    static bool isDark();
};

} // namespace fw::ui
