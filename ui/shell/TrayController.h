#pragma once

#include "core/api/RunRef.h"
#include "core/api/RunStatus.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QSystemTrayIcon;

namespace fw {
class ConnectionRegistry;
class WatchController;
} // namespace fw

namespace fw::ui {

/// The tray icon (the worst status across watched runs, a menu of watched runs) and desktop
/// notifications when a watched run finishes, per its profile's notification setting. Inactive
/// when the platform has no system tray.
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    TrayController(WatchController *watches, ConnectionRegistry *registry,
                   QObject *parent = nullptr);
    ~TrayController() override;

    static bool isAvailable();
    bool isVisible() const;
    /// The tooltip the tray shows ("Flowwatch — 1 failed run needs attention").
    QString toolTip() const { return m_toolTip; }
    /// The last notification shown (title, body), for tests and the status bar.
    QString lastNotification() const { return m_lastNotification; }

Q_SIGNALS:
    void openRequested(const fw::RunRef &run);
    void showWindowRequested();
    void quitRequested();

private:
    void onRunFinished(const RunRef &ref, RunStatus status);
    void updateIcon();
    void rebuildMenu();

    WatchController *m_watches = nullptr;
    ConnectionRegistry *m_registry = nullptr;
    QPointer<QSystemTrayIcon> m_tray;
    QMenu *m_menu = nullptr;
    RunRef m_lastRun; ///< of the last notification
    QString m_toolTip;
    QString m_lastNotification;
};

} // namespace fw::ui
