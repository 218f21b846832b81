#include "Shortcuts.h"

#include <QAction>
#include <QKeySequence>
#include <QList>
#include <QWidget>

namespace fw::ui {

namespace {

bool isWindowWide(const QAction *action)
{
    return action->shortcutContext() == Qt::WindowShortcut
        || action->shortcutContext() == Qt::ApplicationShortcut;
}

} // namespace

QList<QAction *> actionsWithin(QWidget *widget)
{
    QList<QAction *> actions = widget->actions();
    const QList<QWidget *> children = widget->findChildren<QWidget *>();
    for (QWidget *child : children)
        actions += child->actions();
    return actions;
}

void yieldShortcutsToWindow(QWidget *panel)
{
    QWidget *window = panel->window();
    if (window == panel)
        return;
    const QList<QAction *> inside = actionsWithin(panel);
    QList<QKeySequence> taken;
    for (const QAction *action : actionsWithin(window)) {
        if (isWindowWide(action) && !action->shortcut().isEmpty() && !inside.contains(action))
            taken.append(action->shortcut());
    }
    for (QAction *action : inside) {
        if (!isWindowWide(action) && taken.contains(action->shortcut()))
            action->setShortcut({});
    }
}

} // namespace fw::ui
