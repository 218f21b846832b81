#include "DesktopNotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace fw::ui {

namespace {

Q_LOGGING_CATEGORY(lcNotify, "flowwatch.notify")

/// How long a notification service may take to answer before the tray shows it instead.
constexpr int kCallTimeoutMs = 5'000;

QString service()
{
    return QString::fromLatin1(DesktopNotifier::ServiceName);
}
QString path()
{
    return QString::fromLatin1(DesktopNotifier::ObjectPath);
}
QString interface()
{
    return QString::fromLatin1(DesktopNotifier::InterfaceName);
}

QString desktopEntry()
{
    const QString name = QGuiApplication::desktopFileName();
    return name.isEmpty() ? QStringLiteral(FLOWWATCH_APP_ID) : name;
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), parent)
{ }

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(service(), path(), interface(), u"ActionInvoked"_s, this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service(), path(), interface(), u"NotificationClosed"_s, this,
                  SLOT(onNotificationClosed(uint, uint)));
}

DesktopNotifier::~DesktopNotifier()
{
    if (!m_bus.isConnected())
        return;
    m_bus.disconnect(service(), path(), interface(), u"ActionInvoked"_s, this,
                     SLOT(onActionInvoked(uint, QString)));
    m_bus.disconnect(service(), path(), interface(), u"NotificationClosed"_s, this,
                     SLOT(onNotificationClosed(uint, uint)));
}

QString DesktopNotifier::escapedBody(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'&')
            escaped += u"&amp;"_s;
        else if (c == u'<')
            escaped += u"&lt;"_s;
        else if (c == u'>')
            escaped += u"&gt;"_s;
        else
            escaped += c;
    }
    return escaped;
}

void DesktopNotifier::notify(const QString &key, const QString &summary, const QString &body,
                             Urgency urgency)
{
    if (!m_bus.isConnected()) {
        Q_EMIT unavailable(key, summary, body, urgency);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(service(), path(), interface(), u"Notify"_s);
    const QStringList actions {u"default"_s, tr("Open run"), QString::fromLatin1(OpenAction),
                               tr("Open run")};
    QVariantMap hints;
    hints.insert(u"urgency"_s, QVariant::fromValue(static_cast<uchar>(urgency)));
    hints.insert(u"desktop-entry"_s, desktopEntry());
    hints.insert(u"category"_s,
                 urgency == Urgency::Critical ? u"transfer.error"_s : u"transfer.complete"_s);
    call.setArguments({QGuiApplication::applicationDisplayName(), 0u, desktopEntry(), summary,
                       escapedBody(body), actions, hints, -1});
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, watcher, key, summary, body, urgency] {
                watcher->deleteLater();
                const QDBusPendingReply<uint> reply = *watcher;
                if (reply.isError()) {
                    qCInfo(lcNotify) << "no notification service:" << reply.error().name()
                                     << reply.error().message();
                    Q_EMIT unavailable(key, summary, body, urgency);
                    return;
                }
                m_keys.insert(reply.value(), key);
                Q_EMIT shown(key, reply.value());
            });
}

void DesktopNotifier::closeAll()
{
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        QDBusMessage call = QDBusMessage::createMethodCall(service(), path(), interface(),
                                                           u"CloseNotification"_s);
        call << it.key();
        m_bus.asyncCall(call, kCallTimeoutMs);
    }
    m_keys.clear();
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_keys.constFind(id);
    if (it == m_keys.cend())
        return; // another application's notification
    if (action == QLatin1StringView(OpenAction) || action == u"default"_s)
        Q_EMIT activated(*it);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_keys.remove(id);
}

} // namespace fw::ui
