#include "core/api/RunRef.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fw;

class TestRunRef final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textRoundTrips_data();
    void textRoundTrips();
    void malformedTextIsInvalid_data();
    void malformedTextIsInvalid();
    void legacySessionKeysStillRead_data();
    void legacySessionKeysStillRead();
    void equalityAndHash();
};

void TestRunRef::textRoundTrips_data()
{
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QString>("pipeline");
    QTest::addColumn<QString>("run");
    QTest::addColumn<QString>("text");

    QTest::newRow("plain") << u"Demo"_s << u"pipe_001"_s << u"run_001"_s
                           << u"Demo/pipe_001/run_001"_s;
    QTest::newRow("space in name") << u"My staging"_s << u"p"_s << u"r"_s << u"My%20staging/p/r"_s;
    QTest::newRow("slash and percent inside parts")
        << u"a/b"_s << u"100%"_s << u"r/1"_s << u"a%2Fb/100%25/r%2F1"_s;
    QTest::newRow("newline inside a part") << u"x\ny"_s << u"p"_s << u"r"_s << u"x%0Ay/p/r"_s;
    QTest::newRow("non-latin") << u"Прод"_s << u"流水线"_s << u"run_7"_s
                               << u"%D0%9F%D1%80%D0%BE%D0%B4/%E6%B5%81%E6%B0%B4%E7%BA%BF/run_7"_s;
}

void TestRunRef::textRoundTrips()
{
    QFETCH(QString, connection);
    QFETCH(QString, pipeline);
    QFETCH(QString, run);
    QFETCH(QString, text);

    const RunRef ref {connection, pipeline, run};
    QVERIFY(ref.isValid());
    QCOMPARE(ref.toText(), text);
    QCOMPARE(RunRef::fromText(text), ref);
    QCOMPARE(RunRef::fromSettings(text), ref);
}

void TestRunRef::malformedTextIsInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("two parts") << u"Demo/pipe_001"_s;
    QTest::newRow("four parts") << u"Demo/p/r/x"_s;
    QTest::newRow("empty part") << u"Demo//r"_s;
    QTest::newRow("raw space") << u"My staging/p/r"_s;
    QTest::newRow("not canonically encoded") << u"%44emo/p/r"_s;
    QTest::newRow("broken escape") << u"Demo/p%2/r"_s;
}

void TestRunRef::malformedTextIsInvalid()
{
    QFETCH(QString, text);
    const RunRef ref = RunRef::fromText(text);
    QVERIFY(!ref.isValid());
    QCOMPARE(ref, RunRef {});
}

void TestRunRef::legacySessionKeysStillRead_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QString>("pipeline");
    QTest::addColumn<QString>("run");

    QTest::newRow("previous version's tab")
        << u"Demo\npipe_001\nrun_001"_s << true << u"Demo"_s << u"pipe_001"_s << u"run_001"_s;
    QTest::newRow("name with slash") << u"a/b\np\nr"_s << true << u"a/b"_s << u"p"_s << u"r"_s;
    QTest::newRow("too few parts")
        << u"Demo\nrun_001"_s << false << QString() << QString() << QString();
    QTest::newRow("empty part") << u"Demo\n\nrun_001"_s << false << QString() << QString()
                                << QString();
}

void TestRunRef::legacySessionKeysStillRead()
{
    QFETCH(QString, stored);
    QFETCH(bool, valid);
    QFETCH(QString, connection);
    QFETCH(QString, pipeline);
    QFETCH(QString, run);

    const RunRef ref = RunRef::fromSettings(stored);
    QCOMPARE(ref.isValid(), valid);
    if (valid) {
        QCOMPARE(ref, (RunRef {connection, pipeline, run}));
        // Written back in the new form, it reads the same.
        QCOMPARE(RunRef::fromSettings(ref.toText()), ref);
    }
}

void TestRunRef::equalityAndHash()
{
    const RunRef a {u"Demo"_s, u"pipe_001"_s, u"run_001"_s};
    const RunRef sameAsA {u"Demo"_s, u"pipe_001"_s, u"run_001"_s};
    const RunRef otherConnection = a.onConnection(u"Staging"_s);
    QCOMPARE(a, sameAsA);
    QCOMPARE(qHash(a), qHash(sameAsA));
    QVERIFY(a != otherConnection);
    QCOMPARE(otherConnection.runId, a.runId);
    // Parts are not glued: moving text between them names another run.
    QVERIFY((RunRef {u"ab"_s, u"c"_s, u"d"_s}) != (RunRef {u"a"_s, u"bc"_s, u"d"_s}));

    QHash<RunRef, int> byRun;
    byRun.insert(a, 1);
    byRun.insert(sameAsA, 2);
    byRun.insert(otherConnection, 3);
    QCOMPARE(byRun.size(), 2);
    QCOMPARE(byRun.value(a), 2);
    QSet<RunRef> set {a, otherConnection, sameAsA};
    QCOMPARE(set.size(), 2);
}

QTEST_GUILESS_MAIN(TestRunRef)
#include "tst_runref.moc"
