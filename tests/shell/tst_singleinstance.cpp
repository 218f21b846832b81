// One Flowwatch per user session: a later launch hands its arguments to the running instance over
// a real local socket. Two instances in this process stand for two launches; each test uses its
// own server name in a temporary directory, so a Flowwatch running on this machine is not
// disturbed.
#include "SingleInstance.h"

#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using fw::app::SingleInstance;

namespace {

const QString kLink = u"flowwatch://open?server=https%3A%2F%2Fkaireon.example&tenant=acme"
                      u"&pipeline=pipe_001&run=run_001"_s;

#ifdef Q_OS_UNIX
/// What a crashed instance leaves: a socket file nobody listens on.
bool leaveStaleSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (size_t(name.size()) >= sizeof(address.sun_path)) {
        ::close(fd);
        return false;
    }
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    const bool bound
        = ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd); // the file stays, as after a crash
    return bound && QFile::exists(path);
}
#endif

} // namespace

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void secondLaunchHandsItsLinkToTheFirst();
    void namesDoNotMeet();
    void staleSocketDoesNotBlockStartUp();
    void strangerIsHungUpOn();
    void defaultNameIsPerUser();

private:
    QString name(const QString &base) const { return m_dir->filePath(base); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSingleInstance::secondLaunchHandsItsLinkToTheFirst()
{
    SingleInstance first(name(u"fw"_s));
    QSignalSpy received(&first, &SingleInstance::messageReceived);
    QCOMPARE(first.handOffOrListen({}), SingleInstance::Outcome::Primary);
    QVERIFY(first.isListening());

    SingleInstance second(name(u"fw"_s));
    QCOMPARE(second.handOffOrListen({kLink}), SingleInstance::Outcome::HandedOff);
    QVERIFY(!second.isListening());
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), QStringList {kLink});

    // A third launch, with options and text that needs care (quotes, newline, non-Latin).
    const QStringList arguments {u"--profile"_s, u"staging \"eu\"\nwest ✓ مرحبا"_s, kLink};
    SingleInstance third(name(u"fw"_s));
    QCOMPARE(third.handOffOrListen(arguments), SingleInstance::Outcome::HandedOff);
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(1).at(0).toStringList(), arguments);
}

void TestSingleInstance::namesDoNotMeet()
{
    SingleInstance first(name(u"fw-a"_s));
    QCOMPARE(first.handOffOrListen({}), SingleInstance::Outcome::Primary);
    QSignalSpy received(&first, &SingleInstance::messageReceived);
    SingleInstance other(name(u"fw-b"_s));
    QCOMPARE(other.handOffOrListen({kLink}), SingleInstance::Outcome::Primary);
    QCOMPARE(received.size(), 0);
}

void TestSingleInstance::staleSocketDoesNotBlockStartUp()
{
#ifdef Q_OS_UNIX
    const QString path = name(u"fw-crashed"_s);
    QVERIFY(leaveStaleSocket(path));
    QLocalServer blocked;
    QVERIFY(!blocked.listen(path)); // what a plain listen() makes of it

    SingleInstance restarted(path);
    QCOMPARE(restarted.handOffOrListen({}), SingleInstance::Outcome::Primary);
    QVERIFY(restarted.isListening());
    QSignalSpy received(&restarted, &SingleInstance::messageReceived);
    SingleInstance later(path);
    QCOMPARE(later.handOffOrListen({kLink}), SingleInstance::Outcome::HandedOff);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), QStringList {kLink});
#else
    QSKIP("A stale socket file is a Unix matter");
#endif
}

void TestSingleInstance::strangerIsHungUpOn()
{
    SingleInstance first(name(u"fw"_s));
    QCOMPARE(first.handOffOrListen({}), SingleInstance::Outcome::Primary);
    QSignalSpy received(&first, &SingleInstance::messageReceived);
    QLocalSocket stranger;
    QSignalSpy closed(&stranger, &QLocalSocket::disconnected);
    stranger.connectToServer(name(u"fw"_s));
    QVERIFY(stranger.waitForConnected(5'000));
    stranger.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(closed.wait(5'000));
    QCOMPARE(received.size(), 0);

    // The next real launch still gets through.
    SingleInstance second(name(u"fw"_s));
    QCOMPARE(second.handOffOrListen({kLink}), SingleInstance::Outcome::HandedOff);
    QCOMPARE(received.size(), 1);
}

void TestSingleInstance::defaultNameIsPerUser()
{
    const QString name = SingleInstance::defaultServerName(u"io.github.flowwatch.Flowwatch"_s);
    QVERIFY(name.contains(u"io.github.flowwatch.Flowwatch-"_s));
#ifdef Q_OS_UNIX
    QVERIFY(name.endsWith(u'-' + QString::number(::getuid())));
#endif
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
