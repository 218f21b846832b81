// The standalone flowwatch-sim tool: prints its base URL first, then serves.
#include "support/SimFixture.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using fw::test::SimFixture;

class TestSimTool final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsBaseUrlThenServes()
    {
        QProcess tool;
        tool.start(
            QStringLiteral(FLOWWATCH_SIM_EXE),
            {u"--port"_s, u"0"_s, u"--seed"_s, u"7"_s, u"--speed"_s, u"5"_s, u"--no-runs-list"_s});
        QVERIFY(tool.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(tool.canReadLine(), 10'000);
        const QString line = QString::fromUtf8(tool.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"http://127.0.0.1:"_s), qPrintable(line));
        const QUrl base(line);
        QVERIFY(base.port() > 0);

        QNetworkAccessManager network;
        QNetworkRequest health(base.resolved(QUrl(u"/api/health"_s)));
        QCOMPARE(SimFixture::send(network, health, "GET").status, 200);
        QNetworkRequest runs(base.resolved(QUrl(u"/api/v1/pipelines/pipe_001/runs"_s)));
        runs.setRawHeader("X-API-Key", "krn_demo_viewer");
        runs.setRawHeader("X-Tenant-Id", "demo");
        QCOMPARE(SimFixture::send(network, runs, "GET").status, 404);

        tool.kill();
        QVERIFY(tool.waitForFinished());
    }

    void rejectsBadArguments()
    {
        QProcess tool;
        tool.start(QStringLiteral(FLOWWATCH_SIM_EXE), {u"--port"_s, u"99999"_s});
        QVERIFY(tool.waitForFinished(10'000));
        QCOMPARE(tool.exitCode(), 2);
        QVERIFY(tool.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimTool)
#include "tst_sim_tool.moc"
