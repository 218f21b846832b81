// MainWindow: its actions, menus and the session it saves and restores.
#include "Appearance.h"
#include "BrowserPanel.h"
#include "MainWindow.h"
#include "RunTab.h"
#include "ShortcutSheet.h"
#include "TrayController.h"
#include "WatchingView.h"
#include "core/monitor/watching/WatchController.h"
#include "core/profiles/ConnectionRegistry.h"
#include "core/profiles/DeepLink.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QTabWidget>

#include <tuple>

using namespace Qt::StringLiterals;

namespace fw::ui {

namespace {

QAction *makeAction(QObject *parent, const QString &text, const QKeySequence &shortcut,
                    const QString &name)
{
    auto *action = new QAction(text, parent);
    action->setShortcut(shortcut);
    action->setObjectName(name);
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

} // namespace

void MainWindow::createActions()
{
    // Appearance: System, Light or Dark, one radio group, applied at once and remembered.
    auto *themes = new QActionGroup(this);
    themes->setExclusive(true);
    const bool wasDark = m_settings->value(u"window/dark"_s, false).toBool(); // before themes
    const Appearance::Theme saved = Appearance::themeForKey(
        m_settings->value(u"window/theme"_s, wasDark ? u"dark"_s : u"system"_s).toString());
    for (const auto &[theme, text, name] :
         {std::tuple {Appearance::Theme::System, u"&System appearance"_s, u"actionThemeSystem"_s},
          std::tuple {Appearance::Theme::Light, u"&Light appearance"_s, u"actionThemeLight"_s},
          std::tuple {Appearance::Theme::Dark, u"&Dark appearance"_s, u"actionDark"_s}}) {
        QAction *action = makeAction(themes, text, {}, name);
        action->setCheckable(true);
        action->setChecked(theme == saved);
        connect(action, &QAction::triggered, this, [this, theme = theme] {
            Appearance::setTheme(theme);
            m_settings->setValue(u"window/theme"_s, Appearance::key(theme));
            m_settings->remove(u"window/dark"_s);
        });
        themes->addAction(action);
        if (theme == Appearance::Theme::Dark)
            m_darkAction = action;
    }
    m_darkAction->setShortcut(QKeySequence(u"Ctrl+Shift+D"_s));
    Appearance::setTheme(saved);
    m_trayAction = makeAction(this, u"&Keep watching in the tray when closed"_s,
                              QKeySequence(u"Ctrl+Shift+T"_s), u"actionKeepInTray"_s);
    m_trayAction->setCheckable(true);
    connect(m_trayAction, &QAction::toggled, this,
            [this](bool keep) { m_settings->setValue(u"window/keepWatchingInTray"_s, keep); });
    m_exportAction
        = makeAction(this, u"&Export errors\u2026"_s, QKeySequence(u"Ctrl+E"_s), u"actionExport"_s);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        RunTab *tab = currentRunTab();
        if (!tab || !tab->exportErrors())
            showMessage(u"Open a run whose errors have loaded first: Export errors acts "
                        u"on the run in the current tab."_s,
                        true);
    });
    m_retryAction
        = makeAction(this, u"&Retry\u2026"_s, QKeySequence(u"Ctrl+R"_s), u"actionRetry"_s);
    connect(m_retryAction, &QAction::triggered, this, [this] {
        RunTab *tab = currentRunTab();
        if (!tab)
            showMessage(u"Open a failed run first: Retry acts on the run in the current "
                        u"tab."_s,
                        true);
        else if (!tab->retry())
            showMessage(u"Retry is not possible for %1 now; the Retry button in the "
                        u"run's header says why."_s.arg(tab->run().runId),
                        true);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(u"&File"_s);
    file->addAction(makeAction(this, u"&Open run\u2026"_s, QKeySequence::Open, u"actionOpen"_s));
    connect(file->actions().constLast(), &QAction::triggered, this, &MainWindow::showOpenRunDialog);
    QAction *connections
        = file->addAction(u"&Connections\u2026"_s, this, [this] { showConnections(); });
    connections->setShortcut(QKeySequence(u"Ctrl+K"_s));
    connections->setObjectName(u"actionConnections"_s);
    file->addSeparator();
    file->addAction(m_exportAction);
    QAction *copyLink = file->addAction(u"Copy &link to run"_s, this, [this] {
        RunTab *tab = currentRunTab();
        const auto profile = tab ? m_registry->profile(tab->run().connection) : std::nullopt;
        if (!tab || !profile) {
            showMessage(u"Open a run first: the link points at the run in the current tab."_s,
                        true);
            return;
        }
        const DeepLink link = DeepLink::forRun(profile->server, profile->tenant, tab->run());
        QApplication::clipboard()->setText(link.toUrl().toString(QUrl::FullyEncoded));
        showMessage(
            u"Copied a flowwatch:// link to %1 (it carries no key)."_s.arg(tab->run().runId));
    });
    copyLink->setShortcut(QKeySequence(u"Ctrl+Shift+L"_s));
    QAction *closeTabAction
        = file->addAction(u"&Close tab"_s, this, [this] { closeTab(m_tabs->currentIndex()); });
    closeTabAction->setShortcuts(QKeySequence::Close); // Ctrl+W as well where Ctrl+F4 comes first
    closeTabAction->setObjectName(u"actionCloseTab"_s);
    file->addSeparator();
    QAction *quitAction = file->addAction(u"&Quit"_s, this, &MainWindow::quit);
    quitAction->setShortcut(QKeySequence(u"Ctrl+Q"_s));
    quitAction->setObjectName(u"actionQuit"_s);

    QMenu *view = menuBar()->addMenu(u"&View"_s);
    QAction *refresh = view->addAction(u"&Refresh"_s, this, [this] {
        m_browser->reload();
        if (RunTab *tab = currentRunTab(); tab && !tab->page())
            reconnect(tab->run().connection); // it could not connect: try again
        if (RunTab *tab = currentRunTab()) {
            m_watches->refresh(tab->run());
        } else {
            m_watches->refreshAll();
        }
        showMessage(u"Refreshing\u2026"_s);
    });
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setObjectName(u"actionRefresh"_s);
    QAction *watching = view->addAction(u"&Watching overview"_s, this,
                                        [this] { m_tabs->setCurrentWidget(m_watching); });
    watching->setShortcut(QKeySequence(u"Ctrl+1"_s));
    QAction *browser = m_browserDock->toggleViewAction();
    browser->setText(u"&Browser"_s);
    browser->setShortcut(QKeySequence(u"Ctrl+B"_s));
    view->addAction(browser);
    // One Find for the window (two on one key would cancel each other): it searches where the
    // user is, the browser's pipelines or the current run's log or errors.
    QAction *filter = view->addAction(u"&Find"_s, this, [this] {
        const QWidget *focus = QApplication::focusWidget();
        const bool inBrowser = focus && m_browserDock->isAncestorOf(focus);
        if (RunTab *tab = currentRunTab(); tab && !inBrowser && tab->find())
            return;
        m_browserDock->show();
        m_browser->focusFilter();
    });
    filter->setShortcut(QKeySequence::Find);
    filter->setObjectName(u"actionFind"_s);
    QAction *next = view->addAction(u"&Next tab"_s, this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    next->setShortcut(QKeySequence(u"Ctrl+Tab"_s));
    QAction *previous = view->addAction(u"&Previous tab"_s, this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    previous->setShortcut(QKeySequence(u"Ctrl+Shift+Tab"_s));
    view->addSeparator();
    view->addSection(u"Appearance"_s);
    view->addActions(m_darkAction->actionGroup()->actions());
    view->addSeparator();
    view->addAction(m_trayAction);

    QMenu *run = menuBar()->addMenu(u"&Run"_s);
    run->addAction(m_retryAction);

    QMenu *help = menuBar()->addMenu(u"&Help"_s);
    QAction *shortcuts = help->addAction(u"&Keyboard shortcuts"_s, this, [this] {
        auto *sheet = findChild<ShortcutSheet *>();
        if (!sheet)
            sheet = new ShortcutSheet(this, this);
        sheet->show();
        sheet->raise();
        sheet->activateWindow();
    });
    shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(u"Ctrl+/"_s)});
    shortcuts->setObjectName(u"actionShortcuts"_s);
    help->addAction(u"&About Flowwatch"_s, this, &MainWindow::showAbout);
}

namespace {

/// Open runs of session-only connections (--server with a key from the environment) are saved by
/// server and tenant, not by name: the name is made up each time, the server and tenant are what
/// the user opens again. The RunRef's connection part holds "<server>\n<tenant>".
QString serverKey(const QUrl &server, const QString &tenant)
{
    return server.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
               .toString(QUrl::FullyEncoded)
        + u'\n' + tenant;
}

constexpr qsizetype maxServerTabs = 200;

} // namespace

void MainWindow::saveSession() const
{
    m_settings->setValue(u"window/geometry"_s, saveGeometry());
    m_settings->setValue(u"window/state"_s, saveState());
    m_settings->setValue(u"window/browser"_s, m_browser->saveState());
    m_settings->setValue(u"window/watching"_s, m_watching->saveState());
    QStringList tabs;
    QStringList serverTabs;
    QSet<QString> sessionServers;
    for (const ConnectionProfile &profile : m_registry->profiles()) {
        if (profile.sessionOnly)
            sessionServers.insert(serverKey(profile.server, profile.tenant));
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<RunTab *>(m_tabs->widget(i));
        if (!tab)
            continue;
        const auto profile = m_registry->profile(tab->run().connection);
        if (!profile)
            continue;
        if (!profile->sessionOnly)
            tabs.append(tab->run().toText());
        else
            serverTabs.append(
                tab->run().onConnection(serverKey(profile->server, profile->tenant)).toText());
    }
    // Keep what other sessions saved for other servers; this session's servers are replaced.
    const QStringList earlier = m_settings->value(u"session/serverTabs"_s).toStringList();
    for (const QString &text : earlier) {
        const RunRef run = RunRef::fromText(text);
        if (run.isValid() && !sessionServers.contains(run.connection) && !serverTabs.contains(text))
            serverTabs.append(text);
    }
    m_settings->setValue(u"session/tabs"_s, tabs);
    m_settings->setValue(u"session/serverTabs"_s, serverTabs.mid(0, maxServerTabs));
    m_settings->sync();
}

void MainWindow::restoreSession()
{
    restoreGeometry(m_settings->value(u"window/geometry"_s).toByteArray());
    restoreState(m_settings->value(u"window/state"_s).toByteArray());
    m_browser->restoreState(m_settings->value(u"window/browser"_s).toByteArray());
    m_watching->restoreState(m_settings->value(u"window/watching"_s).toByteArray());
    const QStringList tabs = m_settings->value(u"session/tabs"_s).toStringList();
    for (const QString &text : tabs) {
        // Also the "<profile>\n<pipeline>\n<run>" keys earlier versions saved.
        const RunRef run = RunRef::fromSettings(text);
        if (run.isValid() && m_registry->profile(run.connection))
            openRun(run);
    }
    // Runs of a --server session come back when the same server and tenant are open again.
    const QStringList serverTabs = m_settings->value(u"session/serverTabs"_s).toStringList();
    for (const QString &text : serverTabs) {
        const RunRef run = RunRef::fromText(text);
        if (!run.isValid())
            continue;
        for (const ConnectionProfile &profile : m_registry->profiles()) {
            if (profile.sessionOnly
                && serverKey(profile.server, profile.tenant) == run.connection) {
                openRun(run.onConnection(profile.name));
                break;
            }
        }
    }
}

} // namespace fw::ui
