#pragma once

#include "core/api/RunRef.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QSettings;
class QTabWidget;

namespace fw {
class ConnectionRegistry;
class WatchController;
struct ConnectionProfile;
struct RunInfo;
} // namespace fw

namespace fw::ui {

class BrowserPanel;
class ProfileDialog;
class RunTab;
class TrayController;
class WatchingView;

/// The Flowwatch window: the browser dock (connection → pipelines → runs), the tab area with the
/// Watching overview and one tab per open run (across connections; each tab shows the run's
/// status icon and its connection's colour), the menus with every action and its shortcut, the
/// status bar (connection, server, last update) and the tray. Open tabs, geometry, splitters and
/// column layouts survive a restart. Each run's news from the WatchController goes to that
/// run's tab only; an edited connection re-binds its open runs at once, a removed one closes them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `registry` and `settings` are not owned and must outlive the window.
    MainWindow(ConnectionRegistry *registry, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setCurrentProfile(const QString &name);
    QString currentProfile() const { return m_profile; }
    /// Opens (or focuses) a tab for the run and watches it.
    RunTab *openRun(const RunRef &run, const QString &pipelineName = {});
    /// The same, for the command line's separate options.
    RunTab *openRun(const QString &profile, const QString &pipelineId, const QString &runId,
                    const QString &pipelineName = {});
    /// The open tab of `run`, or nullptr.
    RunTab *tabOf(const RunRef &run) const;
    /// Opens a flowwatch:// link; malformed links get one clear message. Returns true if a run
    /// was opened (or a new connection was offered for it).
    bool openLink(const QString &link);
    /// Restores geometry, docks, column layouts and the tabs of the last session.
    void restoreSession();
    void saveSession() const;
    void setKeepWatchingInTray(bool keep);
    /// Shows the window in front and asks for focus: from the tray, minimised or behind others
    /// (a maximised window stays maximised). For a later launch handing over its link.
    void bringToFront();

    int runTabCount() const;
    RunTab *runTab(int index) const;
    RunTab *currentRunTab() const;
    QTabWidget *tabs() const { return m_tabs; }
    BrowserPanel *browser() const { return m_browser; }
    WatchController *watches() const { return m_watches; }
    WatchingView *watching() const { return m_watching; }
    TrayController *tray() const { return m_tray; }
    /// The last message shown to the user (status bar or message box), for tests.
    QString lastMessage() const { return m_lastMessage; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void createMenus();
    void refreshProfiles();
    void updateTitle();
    void updateTab(RunTab *tab);
    void updateStatusBar();
    void showMessage(const QString &text, bool problem = false);
    void showRun(const RunRef &run);
    /// A retry created `newRun`: open it in its own tab (watched live) and list it at once.
    void followRetry(const RunRef &newRun, const RunInfo &info, const QString &pipelineName);
    void onConnectionChanged(const QString &name, const QString &previousName);
    void onConnectionRemoved(const QString &name);
    void closeTab(int index);
    void showOpenRunDialog();
    void openRunText(const QString &text);
    /// File → Connections…, on `profile` (default: the current connection).
    void showConnections(const QString &profile = {});
    /// Runs of `connection` whose connection could not be made (no key) try again now.
    void reconnect(const QString &connection);
    void showAbout();
    void quit();

    ConnectionRegistry *m_registry = nullptr;
    QSettings *m_settings = nullptr;
    WatchController *m_watches = nullptr;
    TrayController *m_tray = nullptr;
    BrowserPanel *m_browser = nullptr;
    QDockWidget *m_browserDock = nullptr;
    QTabWidget *m_tabs = nullptr;
    WatchingView *m_watching = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_productionBadge = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_updateLabel = nullptr;
    QPointer<ProfileDialog> m_profileDialog;
    QHash<RunRef, QPointer<RunTab>> m_runTabs;
    QAction *m_darkAction = nullptr;
    QAction *m_trayAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_retryAction = nullptr;
    QString m_profile;
    QString m_lastMessage;
    bool m_quitting = false;
    bool m_trayHintShown = false;
};

} // namespace fw::ui
