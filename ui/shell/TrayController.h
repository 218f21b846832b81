#pragma once

#include "core/api/RunRef.h"
#include "core/api/RunStatus.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QMenu;
class QSystemTrayIcon;

namespace fw {
class ConnectionRegistry;
class WatchController;
} // namespace fw

namespace fw::ui {

class DesktopNotifier;

/// The tray icon (the worst status across watched runs, a menu of watched runs) and desktop
/// notifications when a watched run finishes, per its profile's notification setting. The
/// notifications go to the desktop's notification service (DesktopNotifier), whose "open" action
/// opens the run, so they work without a tray; the tray balloon shows them only when no service
/// answers. The tray icon is shown where the platform has a system tray.
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
    DesktopNotifier *notifier() const { return m_notifier; }

Q_SIGNALS:
    void openRequested(const fw::RunRef &run);
    void showWindowRequested();
    void quitRequested();

private:
    void onRunFinished(const RunRef &ref, RunStatus status);
    /// `key` is a run's RunRef::toText(), as the notifier carries it.
    void showBalloon(const QString &key, const QString &title, const QString &body);
    void updateIcon();
    void rebuildMenu();

    WatchController *m_watches = nullptr;
    ConnectionRegistry *m_registry = nullptr;
    QPointer<QSystemTrayIcon> m_tray;
    QMenu *m_menu = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    RunRef m_lastRun; ///< of the last notification
    /// The balloon icon (QSystemTrayIcon::MessageIcon) of each run's pending notification, by
    /// the run's text form.
    QHash<QString, int> m_balloonIcons;
    QString m_toolTip;
    QString m_lastNotification;
};

} // namespace fw::ui
