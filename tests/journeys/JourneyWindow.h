#pragma once

#include "support/ShellProfiles.h"
#include "ui/shell/MainWindow.h"

#include <QTest>

#include <memory>

namespace fw::test {

/// The main window a journey starts from: 1280×800 on `connection`, shown and active, as a user
/// has it in front of them. nullptr when the platform would not show or activate it.
inline std::unique_ptr<ui::MainWindow> showJourneyWindow(ShellProfiles &profiles,
                                                         const QString &connection)
{
    auto window = std::make_unique<ui::MainWindow>(profiles.registry(), profiles.settings());
    window->resize(1280, 800);
    window->setCurrentProfile(connection);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    if (!window->isActiveWindow()) {
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            return nullptr;
    }
    QTest::qWait(50); // let any activation still queued arrive before a dialog opens
    return window;
}

} // namespace fw::test
