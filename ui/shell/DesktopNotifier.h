#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QString>

namespace fw::ui {

/// Desktop notifications through the freedesktop notification service
/// (org.freedesktop.Notifications on the session bus), so a finished run is announced on
/// desktops without a system tray too. Inside Flatpak the sandbox's bus proxy forwards the same
/// service (the manifest talks to org.freedesktop.Notifications). Each notification offers an
/// "open" action and the default action (a click on it); invoking either emits activated() with
/// the key it was sent with. Calls never block: when no service answers, unavailable() hands the
/// notification back so it can be shown another way (the tray balloon).
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    enum class Urgency : uchar { Low = 0, Normal = 1, Critical = 2 };

    static constexpr const char *ServiceName = "org.freedesktop.Notifications";
    static constexpr const char *ObjectPath = "/org/freedesktop/Notifications";
    static constexpr const char *InterfaceName = "org.freedesktop.Notifications";
    /// The action key of the "Open run" button.
    static constexpr const char *OpenAction = "open";

    /// Notifies over the user's session bus.
    explicit DesktopNotifier(QObject *parent = nullptr);
    /// Notifies over `bus` (tests pass a private bus).
    explicit DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);
    ~DesktopNotifier() override;

    /// Sends a notification. `summary` and `body` are plain text: the body is escaped, since
    /// servers may read it as markup. `key` comes back with activated().
    void notify(const QString &key, const QString &summary, const QString &body,
                Urgency urgency = Urgency::Normal);
    /// Closes the notifications still shown (for instance when their run is opened).
    void closeAll();

    /// The body as markup that shows `text` literally (`&`, `<`, `>` escaped).
    static QString escapedBody(const QString &text);
    /// Notifications shown and not yet closed by the server.
    qsizetype openCount() const { return m_keys.size(); }

Q_SIGNALS:
    /// The server showed the notification under `id`.
    void shown(const QString &key, uint id);
    /// The user chose "open" (or clicked the notification).
    void activated(const QString &key);
    /// No notification service answered; nothing was shown.
    void unavailable(const QString &key, const QString &summary, const QString &body,
                     fw::ui::DesktopNotifier::Urgency urgency);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QHash<uint, QString> m_keys;
};

} // namespace fw::ui
