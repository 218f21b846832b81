#pragma once

#include <QPalette>

namespace fw::ui {

/// Flowwatch's dark look, used with the Fusion style where the platform gives no dark theme
/// (Appearance::setDark) and by the tests that check how views read on it.
class DarkPalette final
{
public:
    static QPalette palette();
};

} // namespace fw::ui
