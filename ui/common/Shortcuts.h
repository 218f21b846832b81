#pragma once

#include <QList>

class QAction;
class QWidget;

namespace fw::ui {

/// Two actions on one key in one window are ambiguous, and Qt then fires neither. A panel that
/// has its own shortcuts (a run page, the errors panel) calls this once it sits in its window:
/// each of its actions, and its children's, whose key a window-wide action of that window
/// already has (the main window's Refresh, Find, Export errors…, which act on the current tab)
/// gives that key up. A panel on its own keeps all of them.
void yieldShortcutsToWindow(QWidget *panel);

/// The actions of `widget` and of every widget inside it: the ones whose shortcuts act there.
QList<QAction *> actionsWithin(QWidget *widget);

} // namespace fw::ui
