// Journey: quit and come back. A first MainWindow opens runs and saves its session; a second one,
// on the same settings file and key store (a restart), restores them — for a --server session by
// its server and tenant, and for a saved connection whose key is missing, with a way to enter the
// key that reconnects at once. Drives the real windows with keys and clicks against the simulator
// over loopback and checks what reached it (which runs were polled, with which key).
#include "core/api/RunRef.h"
#include "core/monitor/watching/RunWatcher.h"
#include "core/monitor/watching/WatchController.h"
#include "core/profiles/ConnectionRegistry.h"
#include "core/profiles/MemoryKeyStore.h"
#include "sim/Simulator.h"
#include "support/ShellProfiles.h"
#include "ui/run/RunPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ProfileDialog.h"
#include "ui/shell/RunTab.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fw;
using namespace fw::ui;

namespace {

constexpr int kTimeout = 20'000;
const QString kStaging = u"Staging"_s;

/// One launch of Flowwatch: its registry on the settings file and key store that outlive it.
struct Launch
{
    Launch(QSettings *settings, KeyStore *keys)
        : registry(settings, keys)
    { }
    ConnectionRegistry registry;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestRestartJourney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void serverSessionComesBackWithItsRuns();
    void otherServerOrTenantRestoresNothing();
    void missingKeyIsEnteredAndTheTabReconnects();
    void savedKeyRestoresAndPolls();

private:
    /// `flowwatch --server <sim> --tenant <tenant>` with `key` from the environment.
    ConnectionProfile serverProfile(const QString &tenant = u"demo"_s) const;
    bool show(Launch &launch, const QString &profile);
    /// Quits the way Ctrl+Q does, up to QApplication::quit(): the session is saved.
    static void quit(Launch &launch);
    int progressRequests(const QString &runId) const;
    QList<QByteArray> progressKeys(const QString &runId, qsizetype from = 0) const;

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryKeyStore> m_keys;
};

void TestRestartJourney::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sim = std::make_unique<sim::Simulator>();
    QVERIFY(m_sim->start());
}

void TestRestartJourney::init()
{
    m_sim->resetCounters();
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings
        = std::make_unique<QSettings>(m_dir->filePath(u"flowwatch.ini"_s), QSettings::IniFormat);
    m_settings->setValue(u"window/keepWatchingInTray"_s, false);
    m_keys = std::make_unique<MemoryKeyStore>();
}

void TestRestartJourney::cleanup()
{
    m_keys.reset();
    m_settings.reset();
    m_dir.reset();
}

ConnectionProfile TestRestartJourney::serverProfile(const QString &tenant) const
{
    // What main.cpp makes of --server and --tenant: named after the host, for this session only.
    ConnectionProfile p;
    p.server = m_sim->baseUrl();
    p.tenant = tenant;
    p.name = p.server.host();
    return p;
}

bool TestRestartJourney::show(Launch &launch, const QString &profile)
{
    launch.window = std::make_unique<MainWindow>(&launch.registry, m_settings.get());
    launch.window->restoreSession();
    launch.window->setCurrentProfile(profile);
    launch.window->show();
    if (!QTest::qWaitForWindowExposed(launch.window.get()))
        return false;
    if (!launch.window->isActiveWindow()) {
        launch.window->activateWindow();
        if (!QTest::qWaitForWindowActive(launch.window.get()))
            return false;
    }
    return true;
}

void TestRestartJourney::quit(Launch &launch)
{
    launch.window->saveSession();
    launch.window.reset();
}

int TestRestartJourney::progressRequests(const QString &runId) const
{
    return m_sim->requestCount(u"GET"_s, u"/runs/"_s + runId + u"/progress$"_s);
}

QList<QByteArray> TestRestartJourney::progressKeys(const QString &runId, qsizetype from) const
{
    return m_sim->headerValues("x-api-key", u"GET"_s, u"/runs/"_s + runId + u"/progress$"_s)
        .mid(from);
}

void TestRestartJourney::serverSessionComesBackWithItsRuns()
{
    const ConnectionProfile server = serverProfile();
    {
        Launch first(m_settings.get(), m_keys.get());
        first.registry.addSessionProfile(server, u"krn_demo_admin"_s);
        QVERIFY(show(first, server.name));
        // Ctrl+O, type the run, Enter — twice.
        for (const QString &text : {u"pipe_001/run_001"_s, u"pipe_004/run_302"_s}) {
            if (!first.window->isActiveWindow()) {
                first.window->activateWindow();
                QVERIFY(QTest::qWaitForWindowActive(first.window.get()));
            }
            QTest::keyClick(first.window.get(), Qt::Key_O, Qt::ControlModifier);
            QInputDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = first.window->findChild<QInputDialog *>())
                                         && dialog->isVisible(),
                                     kTimeout);
            auto *edit = dialog->findChild<QLineEdit *>();
            QVERIFY(edit);
            QTest::keyClicks(edit, text);
            QTest::keyClick(edit, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(!first.window->findChild<QInputDialog *>(), kTimeout);
        }
        QCOMPARE(first.window->runTabCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(first.window->runTab(1)->status().has_value(), kTimeout);
        quit(first);
    }

    // The same server and tenant again, with another key from the environment.
    m_sim->resetCounters();
    Launch second(m_settings.get(), m_keys.get());
    second.registry.addSessionProfile(server, u"krn_demo_editor"_s);
    QVERIFY(show(second, server.name));
    QCOMPARE(second.window->runTabCount(), 2);
    QCOMPARE(second.window->runTab(0)->run(), (RunRef {server.name, u"pipe_001"_s, u"run_001"_s}));
    QCOMPARE(second.window->runTab(1)->run(), (RunRef {server.name, u"pipe_004"_s, u"run_302"_s}));
    for (int i = 0; i < 2; ++i) {
        RunTab *tab = second.window->runTab(i);
        QTRY_VERIFY_WITH_TIMEOUT(tab->page(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(tab->status().has_value(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(progressRequests(tab->run().runId) >= 1, kTimeout);
    }
    // Polled with this session's key only.
    for (const QString &run : {u"run_001"_s, u"run_302"_s}) {
        const QList<QByteArray> keys = progressKeys(run);
        QVERIFY(!keys.isEmpty());
        for (const QByteArray &key : keys)
            QCOMPARE(key, "krn_demo_editor");
    }
    quit(second);
}

void TestRestartJourney::otherServerOrTenantRestoresNothing()
{
    const ConnectionProfile server = serverProfile();
    {
        Launch first(m_settings.get(), m_keys.get());
        first.registry.addSessionProfile(server, u"krn_demo_admin"_s);
        QVERIFY(show(first, server.name));
        first.window->openRun(RunRef {server.name, u"pipe_001"_s, u"run_001"_s});
        quit(first);
    }
    {
        // Another tenant on the same server: nothing comes back, nothing is polled...
        m_sim->resetCounters();
        Launch other(m_settings.get(), m_keys.get());
        other.registry.addSessionProfile(serverProfile(u"demo-eu"_s), u"krn_demo_admin"_s);
        QVERIFY(show(other, server.name));
        QCOMPARE(other.window->runTabCount(), 0);
        QTest::qWait(300);
        QCOMPARE(progressRequests(u"run_001"_s), 0);
        quit(other);
    }
    // ...and the first server's runs are still kept for it.
    Launch again(m_settings.get(), m_keys.get());
    again.registry.addSessionProfile(server, u"krn_demo_admin"_s);
    QVERIFY(show(again, server.name));
    QCOMPARE(again.window->runTabCount(), 1);
    QCOMPARE(again.window->runTab(0)->run().runId, u"run_001"_s);
    quit(again);
}

void TestRestartJourney::missingKeyIsEnteredAndTheTabReconnects()
{
    // A saved connection; its key went missing from the key store between the two launches.
    ConnectionProfile staging = test::ShellProfiles::demoProfile(m_sim->baseUrl(), kStaging);
    {
        Launch first(m_settings.get(), m_keys.get());
        QCOMPARE(first.registry.saveProfile(staging), QString());
        QVERIFY(show(first, kStaging));
        first.window->openRun(RunRef {kStaging, u"pipe_001"_s, u"run_002"_s});
        quit(first);
    }
    m_sim->resetCounters();
    Launch second(m_settings.get(), m_keys.get());
    QVERIFY(show(second, kStaging));
    QCOMPARE(second.window->runTabCount(), 1);
    RunTab *tab = second.window->runTab(0);
    QCOMPARE(tab->run(), (RunRef {kStaging, u"pipe_001"_s, u"run_002"_s}));

    // The tab says the key is missing and offers to enter it; nothing is polled.
    QTRY_VERIFY_WITH_TIMEOUT(tab->enterKeyButton()->isVisible(), kTimeout);
    QCOMPARE(tab->connectionStatus(), u"Not connected \u2014 no API key"_s);
    QVERIFY2(tab->connectionProblem().contains(u"No API key is stored for \u201cStaging\u201d"_s),
             qPrintable(tab->connectionProblem()));
    QVERIFY(!tab->page());
    QCOMPARE(progressRequests(u"run_002"_s), 0);

    // F5 without a key: still not connected, still no request.
    second.window->tabs()->setCurrentWidget(tab);
    QTest::keyClick(second.window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(tab->enterKeyButton()->isVisible(), kTimeout);
    QCOMPARE(progressRequests(u"run_002"_s), 0);

    // "Enter API key…": the connection dialog on Staging, the key field ready; type it, save.
    QTest::mouseClick(tab->enterKeyButton(), Qt::LeftButton);
    auto *dialog = second.window->findChild<ProfileDialog *>(u"profileDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *keyEdit = dialog->findChild<QLineEdit *>(u"keyEdit"_s);
    QVERIFY(keyEdit);
    QTRY_VERIFY_WITH_TIMEOUT(keyEdit->hasFocus(), kTimeout);
    QTest::keyClicks(keyEdit, u"krn_demo_admin"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);

    // Reconnected without a restart: the run page shows and the run is polled with the key.
    QTRY_VERIFY_WITH_TIMEOUT(tab->page(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(tab->status().has_value(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(progressRequests(u"run_002"_s) >= 2, kTimeout);
    for (const QByteArray &key : progressKeys(u"run_002"_s))
        QCOMPARE(key, "krn_demo_admin");
    QCOMPARE(second.window->runTabCount(), 1);
    dialog->close();
    quit(second);
}

void TestRestartJourney::savedKeyRestoresAndPolls()
{
    // The key stays in the key store: the restored tab connects by itself.
    ConnectionProfile staging = test::ShellProfiles::demoProfile(m_sim->baseUrl(), kStaging);
    {
        Launch first(m_settings.get(), m_keys.get());
        QCOMPARE(first.registry.saveProfile(staging), QString());
        bool stored = false;
        first.registry.keys().storeKey(
            kStaging, u"krn_demo_viewer"_s, nullptr,
            [&stored](const KeyResult &result) { stored = result.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(stored, kTimeout);
        QVERIFY(show(first, kStaging));
        first.window->openRun(RunRef {kStaging, u"pipe_002"_s, u"run_101"_s});
        quit(first);
    }
    m_sim->resetCounters();
    Launch second(m_settings.get(), m_keys.get());
    QVERIFY(show(second, kStaging));
    QCOMPARE(second.window->runTabCount(), 1);
    RunTab *tab = second.window->runTab(0);
    QTRY_VERIFY_WITH_TIMEOUT(tab->page(), kTimeout);
    QVERIFY(!tab->enterKeyButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(progressRequests(u"run_101"_s) >= 1, kTimeout);
    for (const QByteArray &key : progressKeys(u"run_101"_s))
        QCOMPARE(key, "krn_demo_viewer");
    quit(second);
}

QTEST_MAIN(TestRestartJourney)
#include "tst_journey_restart.moc"
