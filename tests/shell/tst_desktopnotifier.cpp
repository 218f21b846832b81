// Desktop notifications over D-Bus, against a private session bus started here with a small
// notification server registered on it: what reached the server (summary, body, actions,
// hints), that its "open" action opens the run in the main window, and the fallback when no
// service answers.
#include "core/models/browser/WatchListModel.h"
#include "core/monitor/watching/WatchController.h"
#include "sim/Simulator.h"
#include "support/ShellProfiles.h"
#include "ui/shell/DesktopNotifier.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/RunTab.h"
#include "ui/shell/TrayController.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fw;
using namespace fw::ui;

namespace {

constexpr int kTimeout = 20'000;

struct NotifyCall
{
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
};

} // namespace

/// The server side of org.freedesktop.Notifications, as a desktop would provide it.
class FakeNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_DISABLE_COPY_MOVE(FakeNotificationServer)

public:
    FakeNotificationServer() = default;

    QList<NotifyCall> calls;
    QList<uint> closed;

public Q_SLOTS:
    uint Notify(const QString &app_name, uint replaces_id, const QString &app_icon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expire_timeout)
    {
        calls.append(
            {app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout});
        return static_cast<uint>(calls.size()) + 100u;
    }
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s, u"body-markup"_s}; }
    void CloseNotification(uint id)
    {
        closed.append(id);
        Q_EMIT NotificationClosed(id, 3);
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &action_key);
    void NotificationClosed(uint id, uint reason);
};

class TestDesktopNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void sendsPlainTextWithAnOpenAction();
    void openActionAndClickActivate();
    void closedNotificationsAreForgotten();
    void fallsBackWhenNoServiceAnswers();
    void fallsBackWithoutABus();
    void openActionOpensTheRunInTheWindow();

private:
    bool registerServer();

    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    std::unique_ptr<FakeNotificationServer> m_server;
    std::unique_ptr<sim::Simulator> m_sim;
};

void TestDesktopNotifier::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    if (daemon.isEmpty())
        QFAIL("dbus-daemon is not installed (Debian package dbus-daemon; scripts/dev test "
              "installs it)");
    QVERIFY(m_dir.isValid());
    // A session bus of the test's own: anyone may own names and talk to anyone.
    const QString config = m_dir.filePath(u"session.conf"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\""
               " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
               "<busconfig><type>session</type><listen>unix:dir="
               + m_dir.path().toUtf8()
               + "</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                 "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                 "<allow own=\"*\"/></policy></busconfig>\n");
    file.close();
    m_daemon.start(daemon, {u"--config-file="_s + config, u"--print-address=1"_s, u"--nofork"_s});
    QVERIFY2(m_daemon.waitForStarted(), qPrintable(m_daemon.errorString()));
    while (!m_daemon.canReadLine())
        QVERIFY2(m_daemon.waitForReadyRead(10'000), "dbus-daemon printed no address");
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    QVERIFY(!m_address.isEmpty());
    // The application's own session bus is this one (nothing has connected to a bus yet).
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             qPrintable(QDBusConnection::sessionBus().lastError().message()));

    m_sim = std::make_unique<sim::Simulator>();
    QVERIFY(m_sim->start());
}

void TestDesktopNotifier::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(u"notification-server"_s);
    m_daemon.terminate();
    m_daemon.waitForFinished(5'000);
}

bool TestDesktopNotifier::registerServer()
{
    QDBusConnection bus = QDBusConnection::connectToBus(m_address, u"notification-server"_s);
    return bus.isConnected()
        && bus.registerObject(QString::fromLatin1(DesktopNotifier::ObjectPath), m_server.get(),
                              QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
        && bus.registerService(QString::fromLatin1(DesktopNotifier::ServiceName));
}

void TestDesktopNotifier::init()
{
    m_server = std::make_unique<FakeNotificationServer>();
    QVERIFY(registerServer());
}

void TestDesktopNotifier::cleanup()
{
    QDBusConnection bus(u"notification-server"_s);
    bus.unregisterService(QString::fromLatin1(DesktopNotifier::ServiceName));
    bus.unregisterObject(QString::fromLatin1(DesktopNotifier::ObjectPath));
    m_server.reset();
}

void TestDesktopNotifier::sendsPlainTextWithAnOpenAction()
{
    DesktopNotifier notifier;
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
    // Server text is data: a pipeline named like markup must show as typed.
    notifier.notify(u"key-1"_s, u"run_7 <b>failed</b>"_s,
                    u"Orders <i>&</i> Returns \u2192 Warehouse on Demo"_s,
                    DesktopNotifier::Urgency::Critical);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, kTimeout);
    QCOMPARE(unavailable.size(), 0);
    QCOMPARE(shown.at(0).at(0).toString(), u"key-1"_s);
    QCOMPARE(shown.at(0).at(1).toUInt(), 101u);

    QCOMPARE(m_server->calls.size(), 1);
    const NotifyCall &call = m_server->calls.constFirst();
    QCOMPARE(call.summary, u"run_7 <b>failed</b>"_s); // the summary is never markup
    QCOMPARE(call.body, u"Orders &lt;i&gt;&amp;&lt;/i&gt; Returns \u2192 Warehouse on Demo"_s);
    QCOMPARE(call.replacesId, 0u);
    QCOMPARE(call.expireTimeout, -1);
    QCOMPARE(call.appIcon, QStringLiteral(FLOWWATCH_APP_ID));
    // Pairs of key and label: the default action (a click) and the "Open run" button.
    QCOMPARE(call.actions, QStringList({u"default"_s, u"Open run"_s, u"open"_s, u"Open run"_s}));
    QCOMPARE(call.hints.value(u"urgency"_s).toInt(), 2);
    QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(), QStringLiteral(FLOWWATCH_APP_ID));
    QCOMPARE(notifier.openCount(), 1);
}

void TestDesktopNotifier::openActionAndClickActivate()
{
    DesktopNotifier notifier;
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    QSignalSpy activated(&notifier, &DesktopNotifier::activated);
    notifier.notify(u"first"_s, u"run_1 completed"_s, u"body"_s);
    notifier.notify(u"second"_s, u"run_2 failed"_s, u"body"_s);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, kTimeout);

    Q_EMIT m_server->ActionInvoked(102, u"open"_s);
    QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, kTimeout);
    QCOMPARE(activated.at(0).at(0).toString(), u"second"_s);

    Q_EMIT m_server->ActionInvoked(101, u"default"_s);
    QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 2, kTimeout);
    QCOMPARE(activated.at(1).at(0).toString(), u"first"_s);

    // Another application's notification, and an action Flowwatch never offered: nothing.
    Q_EMIT m_server->ActionInvoked(999, u"open"_s);
    Q_EMIT m_server->ActionInvoked(101, u"snooze"_s);
    Q_EMIT m_server->ActionInvoked(102, u"open"_s); // a later signal: the ones before arrived
    QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 3, kTimeout);
    QCOMPARE(activated.at(2).at(0).toString(), u"second"_s);
}

void TestDesktopNotifier::closedNotificationsAreForgotten()
{
    DesktopNotifier notifier;
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    QSignalSpy activated(&notifier, &DesktopNotifier::activated);
    notifier.notify(u"a"_s, u"run_1 failed"_s, u"body"_s);
    notifier.notify(u"b"_s, u"run_2 failed"_s, u"body"_s);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, kTimeout);
    QCOMPARE(notifier.openCount(), 2);

    Q_EMIT m_server->NotificationClosed(101, 2); // dismissed by the user
    QTRY_COMPARE_WITH_TIMEOUT(notifier.openCount(), 1, kTimeout);
    Q_EMIT m_server->ActionInvoked(101, u"open"_s); // a stale action for the closed one
    Q_EMIT m_server->ActionInvoked(102, u"open"_s);
    QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, kTimeout);
    QCOMPARE(activated.at(0).at(0).toString(), u"b"_s);

    notifier.closeAll();
    QCOMPARE(notifier.openCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->closed, QList<uint>({102u}), kTimeout);
}

void TestDesktopNotifier::fallsBackWhenNoServiceAnswers()
{
    cleanup(); // no notification service on the bus
    DesktopNotifier notifier;
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
    notifier.notify(u"key"_s, u"run_3 failed"_s, u"Orders on Demo"_s,
                    DesktopNotifier::Urgency::Critical);
    QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, kTimeout);
    QCOMPARE(shown.size(), 0);
    QCOMPARE(unavailable.at(0).at(0).toString(), u"key"_s);
    QCOMPARE(unavailable.at(0).at(1).toString(), u"run_3 failed"_s);
    QCOMPARE(unavailable.at(0).at(2).toString(), u"Orders on Demo"_s); // plain, for the tray
    init();
}

void TestDesktopNotifier::fallsBackWithoutABus()
{
    DesktopNotifier notifier(QDBusConnection(u"never-connected"_s));
    QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
    notifier.notify(u"key"_s, u"run_4 completed"_s, u"body"_s);
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(m_server->calls.size(), 0);
}

void TestDesktopNotifier::openActionOpensTheRunInTheWindow()
{
    sim::RunSpec spec;
    spec.pipelineId = u"pipe_001"_s;
    spec.id = u"run_7101"_s;
    spec.durationMs = 2'000;
    spec.finalStatus = u"failed"_s;
    m_sim->addRun(spec);
    test::ShellProfiles profiles(m_sim->baseUrl());
    MainWindow window(profiles.registry(), profiles.settings());
    window.resize(1200, 800);
    window.setCurrentProfile(u"Demo"_s);
    window.show();
    window.openRun(u"Demo"_s, u"pipe_001"_s, u"run_7101"_s);
    window.tabs()->setCurrentIndex(0); // the user looks at the overview, not at the run

    QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 1, kTimeout);
    const NotifyCall call = m_server->calls.constFirst();
    QCOMPARE(call.summary, u"run_7101 failed"_s);
    QCOMPARE(call.body, u"Orders \u2192 Warehouse on Demo \u2014 click to open the run."_s);
    QVERIFY(call.actions.contains(u"open"_s));
    QCOMPARE(window.tray()->lastNotification(), call.summary + u'\n' + call.body);
    QVERIFY(window.currentRunTab() == nullptr);

    // The "Open run" button: the run's tab comes to the front.
    Q_EMIT m_server->ActionInvoked(101, u"open"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentRunTab() != nullptr, kTimeout);
    QCOMPARE(window.currentRunTab()->run().runId, u"run_7101"_s);
    QCOMPARE(window.runTabCount(), 1);
}

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
