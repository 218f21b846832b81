// MainWindow: its actions, menus and the session it saves and restores.
#include "Appearance.h"
#include "BrowserPanel.h"
#include "LanguageMenu.h"
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
         {std::tuple {Appearance::Theme::System, tr("&System appearance"), u"actionThemeSystem"_s},
          std::tuple {Appearance::Theme::Light, tr("&Light appearance"), u"actionThemeLight"_s},
          std::tuple {Appearance::Theme::Dark, tr("&Dark appearance"), u"actionDark"_s}}) {
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
    m_trayAction = makeAction(this, tr("&Keep watching in the tray when closed"),
                              QKeySequence(u"Ctrl+Shift+T"_s), u"actionKeepInTray"_s);
    m_trayAction->setCheckable(true);
    connect(m_trayAction, &QAction::toggled, this,
            [this](bool keep) { m_settings->setValue(u"window/keepWatchingInTray"_s, keep); });
    m_exportAction
        = makeAction(this, tr("&Export errors…"), QKeySequence(u"Ctrl+E"_s), u"actionExport"_s);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        RunTab *tab = currentRunTab();
        if (!tab || !tab->exportErrors())
            showMessage(tr("Open a run whose errors have loaded first: Export errors acts "
                           "on the run in the current tab."),
                        true);
    });
    m_retryAction = makeAction(this, tr("&Retry…"), QKeySequence(u"Ctrl+R"_s), u"actionRetry"_s);
    connect(m_retryAction, &QAction::triggered, this, [this] {
        RunTab *tab = currentRunTab();
        if (!tab)
            showMessage(tr("Open a failed run first: Retry acts on the run in the current "
                           "tab."),
                        true);
        else if (!tab->retry())
            showMessage(tr("Retry is not possible for %1 now; the Retry button in the "
                           "run's header says why.")
                            .arg(tab->run().runId),
                        true);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(makeAction(this, tr("&Open run…"), QKeySequence::Open, u"actionOpen"_s));
    connect(file->actions().constLast(), &QAction::triggered, this, &MainWindow::showOpenRunDialog);
    QAction *connections
        = file->addAction(tr("&Connections…"), this, [this] { showConnections(); });
    connections->setShortcut(QKeySequence(u"Ctrl+K"_s));
    connections->setObjectName(u"actionConnections"_s);
    file->addSeparator();
    file->addAction(m_exportAction);
    QAction *copyLink = file->addAction(tr("Copy &link to run"), this, [this] {
        RunTab *tab = currentRunTab();
        const auto profile = tab ? m_registry->profile(tab->run().connection) : std::nullopt;
        if (!tab || !profile) {
            showMessage(tr("Open a run first: the link points at the run in the current tab."),
                        true);
            return;
        }
        const DeepLink link = DeepLink::forRun(profile->server, profile->tenant, tab->run());
        QApplication::clipboard()->setText(link.toUrl().toString(QUrl::FullyEncoded));
        showMessage(
            tr("Copied a flowwatch:// link to %1 (it carries no key).").arg(tab->run().runId));
    });
    copyLink->setShortcut(QKeySequence(u"Ctrl+Shift+L"_s));
    QAction *closeTabAction
        = file->addAction(tr("&Close tab"), this, [this] { closeTab(m_tabs->currentIndex()); });
    closeTabAction->setShortcuts(QKeySequence::Close); // Ctrl+W as well where Ctrl+F4 comes first
    closeTabAction->setObjectName(u"actionCloseTab"_s);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quitAction->setShortcut(QKeySequence(u"Ctrl+Q"_s));
    quitAction->setObjectName(u"actionQuit"_s);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        m_browser->reload();
        if (RunTab *tab = currentRunTab(); tab && !tab->page())
            reconnect(tab->run().connection); // it could not connect: try again
        if (RunTab *tab = currentRunTab()) {
            m_watches->refresh(tab->run());
        } else {
            m_watches->refreshAll();
        }
        showMessage(tr("Refreshing…"));
    });
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setObjectName(u"actionRefresh"_s);
    QAction *watching = view->addAction(tr("&Watching overview"), this,
                                        [this] { m_tabs->setCurrentWidget(m_watching); });
    watching->setShortcut(QKeySequence(u"Ctrl+1"_s));
    QAction *browser = m_browserDock->toggleViewAction();
    browser->setText(tr("&Browser"));
    browser->setShortcut(QKeySequence(u"Ctrl+B"_s));
    view->addAction(browser);
    // One Find for the window (two on one key would cancel each other): it searches where the
    // user is, the browser's pipelines or the current run's log or errors.
    QAction *filter = view->addAction(tr("&Find"), this, [this] {
        const QWidget *focus = QApplication::focusWidget();
        const bool inBrowser = focus && m_browserDock->isAncestorOf(focus);
        if (RunTab *tab = currentRunTab(); tab && !inBrowser && tab->find())
            return;
        m_browserDock->show();
        m_browser->focusFilter();
    });
    filter->setShortcut(QKeySequence::Find);
    filter->setObjectName(u"actionFind"_s);
    QAction *next = view->addAction(tr("&Next tab"), this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    next->setShortcut(QKeySequence(u"Ctrl+Tab"_s));
    QAction *previous = view->addAction(tr("&Previous tab"), this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    previous->setShortcut(QKeySequence(u"Ctrl+Shift+Tab"_s));
    view->addSeparator();
    view->addSection(tr("Appearance"));
    view->addActions(m_darkAction->actionGroup()->actions());
    auto *language = new LanguageMenu(m_settings, view);
    connect(language, &LanguageMenu::noteChanged, this,
            [this](const QString &note) { showMessage(note); });
    view->addMenu(language);
    view->addSeparator();
    view->addAction(m_trayAction);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_retryAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        auto *sheet = findChild<ShortcutSheet *>();
        if (!sheet)
            sheet = new ShortcutSheet(this, this);
        sheet->show();
        sheet->raise();
        sheet->activateWindow();
    });
    shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(u"Ctrl+/"_s)});
    shortcuts->setObjectName(u"actionShortcuts"_s);
    help->addAction(tr("&About Flowwatch"), this, &MainWindow::showAbout);
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
