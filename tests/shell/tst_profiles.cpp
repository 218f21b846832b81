#include "core/profiles/KeyRing.h"
#include "core/profiles/KeychainKeyStore.h"
#include "core/profiles/MemoryKeyStore.h"
#include "core/profiles/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace fw;

namespace {

const QString kSecret = u"krn_live_7f3a9c2e5b1d4f608a2c"_s;

ConnectionProfile staging()
{
    ConnectionProfile p;
    p.name = u"staging"_s;
    p.server = QUrl(u"https://staging.kaireon.example"_s);
    p.tenant = u"acme"_s;
    p.authStyle = AuthStyle::Bearer;
    p.role = Role::Editor;
    p.production = false;
    p.color = u"#1565c0"_s;
    p.notifications = NotificationPolicy::FailuresOnly;
    return p;
}

} // namespace
class TestProfiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(iniPath()); // every test starts from an empty settings file
    }
    void saveAndReload();
    void renameAndRemove();
    void validation_data();
    void validation();
    void settingsFileNeverHoldsTheKey();
    void memoryStoreIsAsynchronousAndForgets();
    void keychainReportsUnavailabilityCleanly();
    void sessionFallbackKeepsKeyInMemoryOnly();

private:
    QString iniPath() const { return m_dir.filePath(u"flowwatch.ini"_s); }
    QTemporaryDir m_dir;
};

void TestProfiles::saveAndReload()
{
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        QCOMPARE(store.save(staging()), QString());
        ConnectionProfile prod = staging();
        prod.name = u"production"_s;
        prod.production = true;
        prod.color.clear();
        prod.authStyle = AuthStyle::ApiKeyHeader;
        prod.role = Role::Viewer;
        prod.notifications = NotificationPolicy::All;
        QCOMPARE(store.save(prod), QString());
        store.setLastUsed(u"production"_s);
    }
    QSettings settings(iniPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    const QList<ConnectionProfile> profiles = store.load();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).name, u"production"_s);
    QVERIFY(profiles.at(0).production);
    QCOMPARE(profiles.at(0).effectiveColor(), u"#c62828"_s);
    QCOMPARE(profiles.at(0).role, Role::Viewer);
    QCOMPARE(profiles.at(1), staging());
    QCOMPARE(store.lastUsed(), u"production"_s);
    QCOMPARE(store.find(u"staging"_s)->tenant, u"acme"_s);
    QVERIFY(!store.find(u"dev"_s).has_value());
}

void TestProfiles::renameAndRemove()
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    QCOMPARE(store.save(staging()), QString());
    store.setLastUsed(u"staging"_s);
    ConnectionProfile renamed = staging();
    renamed.name = u"stage"_s;
    QCOMPARE(store.save(renamed, u"staging"_s), QString());
    QCOMPARE(store.load().size(), 1);
    QCOMPARE(store.lastUsed(), u"stage"_s);

    ConnectionProfile other = staging();
    other.name = u"dev"_s;
    QCOMPARE(store.save(other), QString());
    other.name = u"stage"_s; // renaming dev onto an existing name is refused
    QVERIFY(store.save(other, u"dev"_s).contains(u"exists already"_s));

    QVERIFY(store.remove(u"stage"_s));
    QVERIFY(!store.remove(u"stage"_s));
    QCOMPARE(store.lastUsed(), QString());
    QCOMPARE(store.load().size(), 1);

    ConnectionProfile session = staging();
    session.sessionOnly = true;
    QVERIFY(!store.save(session).isEmpty());
}

void TestProfiles::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("problemContains");

    QTest::newRow("valid https") << u"prod"_s << u"https://k.example"_s << u"acme"_s << QString();
    QTest::newRow("valid local http")
        << u"dev"_s << u"http://localhost:3000"_s << u"demo"_s << QString();
    QTest::newRow("no name") << u" "_s << u"https://k.example"_s << u"acme"_s << u"name"_s;
    QTest::newRow("no server") << u"x"_s << QString() << u"acme"_s << u"server address"_s;
    QTest::newRow("ftp server") << u"x"_s << u"ftp://k.example"_s << u"acme"_s << u"https://"_s;
    QTest::newRow("user info in url")
        << u"x"_s << u"https://me:pw@k.example"_s << u"acme"_s << u"user name"_s;
    QTest::newRow("no tenant") << u"x"_s << u"https://k.example"_s << QString() << u"tenant"_s;
}

void TestProfiles::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, server);
    QFETCH(QString, tenant);
    QFETCH(QString, problemContains);
    ConnectionProfile p;
    p.name = name;
    p.server = QUrl(server);
    p.tenant = tenant;
    const QString problem = p.validationProblem();
    if (problemContains.isEmpty())
        QCOMPARE(problem, QString());
    else
        QVERIFY2(problem.contains(problemContains), qPrintable(problem));
}

void TestProfiles::settingsFileNeverHoldsTheKey()
{
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        MemoryKeyStore keys;
        KeyRing ring(&keys);
        QCOMPARE(store.save(staging()), QString());
        std::optional<KeyResult> stored;
        ring.storeKey(u"staging"_s, kSecret, this, [&](const KeyResult &r) { stored = r; });
        QTRY_VERIFY(stored.has_value());
        QVERIFY(stored->ok());
        ring.storeSessionKey(u"other"_s, kSecret);
        settings.sync();
    }
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("staging")); // the profile is there ...
    QVERIFY(!bytes.contains(kSecret.toUtf8())); // ... its key is not
    QVERIFY(!bytes.contains("krn_"));
}

void TestProfiles::memoryStoreIsAsynchronousAndForgets()
{
    MemoryKeyStore store;
    bool called = false;
    store.writeKey(u"p"_s, kSecret, this, [&](const KeyResult &) { called = true; });
    QVERIFY(!called); // never re-entrant
    QTRY_VERIFY(called);

    std::optional<KeyResult> read;
    store.readKey(u"p"_s, this, [&](const KeyResult &r) { read = r; });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(read->key, kSecret);
    QVERIFY(read->sessionOnly);

    read.reset();
    store.deleteKey(u"p"_s, this, {});
    store.readKey(u"p"_s, this, [&](const KeyResult &r) { read = r; });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(read->status, KeyResult::Status::NotFound);
    QVERIFY(read->key.isEmpty());

    // A destroyed context drops the callback.
    called = false;
    auto *context = new QObject;
    store.readKey(u"p"_s, context, [&](const KeyResult &) { called = true; });
    delete context;
    QTest::qWait(0);
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void TestProfiles::keychainReportsUnavailabilityCleanly()
{
    // CI has no Secret Service: the job must end (no hang) with Unavailable and the message the
    // UI shows. On a desktop with a keychain the write succeeds; either way nothing crashes.
    KeychainKeyStore store(u"io.github.flowwatch.Flowwatch.test"_s);
    QVERIFY(store.isPersistent());
    std::optional<KeyResult> written;
    store.writeKey(u"ci-probe"_s, kSecret, this, [&](const KeyResult &r) { written = r; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30'000);
    const bool noSessionBus = qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
    if (noSessionBus)
        QCOMPARE(written->status, KeyResult::Status::Unavailable);
    if (written->status == KeyResult::Status::Unavailable) {
        QVERIFY(written->message.startsWith(u"No secure storage found"_s));
        QVERIFY(!written->message.contains(kSecret));
    } else if (written->ok()) {
        std::optional<KeyResult> removed;
        store.deleteKey(u"ci-probe"_s, this, [&](const KeyResult &r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30'000);
    } else {
        QVERIFY(!written->message.isEmpty());
    }
}

void TestProfiles::sessionFallbackKeepsKeyInMemoryOnly()
{
    MemoryKeyStore nextSessionStore; // an empty store standing in for the next session
    KeychainKeyStore keychain(u"io.github.flowwatch.Flowwatch.test"_s);
    KeyRing ring(&keychain);

    std::optional<KeyResult> stored;
    ring.storeKey(u"demo"_s, kSecret, this, [&](const KeyResult &r) { stored = r; });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 30'000);
    if (stored->ok()) {
        ring.forgetKey(u"demo"_s, this, {});
        QSKIP("A keychain is available here; the fallback is exercised where there is none");
    }
    QCOMPARE(stored->status, KeyResult::Status::Unavailable);
    QVERIFY(!ring.hasSessionKey(u"demo"_s)); // nothing kept until the user agrees

    ring.storeSessionKey(u"demo"_s, kSecret);
    QVERIFY(ring.hasSessionKey(u"demo"_s));
    std::optional<KeyResult> read;
    ring.readKey(u"demo"_s, this, [&](const KeyResult &r) { read = r; });
    QTRY_VERIFY(read.has_value());
    QVERIFY(read->ok());
    QVERIFY(read->sessionOnly);
    QCOMPARE(read->key, kSecret);

    // A fresh ring (the next session) has no key: it lived in memory only.
    KeyRing next(&nextSessionStore);
    QVERIFY(!next.hasSessionKey(u"demo"_s));
    read.reset();
    next.readKey(u"demo"_s, this, [&](const KeyResult &r) { read = r; });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(read->status, KeyResult::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
