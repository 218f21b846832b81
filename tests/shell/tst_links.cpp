#include "core/profiles/DeepLink.h"
#include "core/profiles/RunLocator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fw;

class TestLinks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deepLink_data();
    void deepLink();
    void deepLinkRoundTrip();
    void runLocator_data();
    void runLocator();
};

void TestLinks::deepLink_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("server"); // empty: refused
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("pipeline");
    QTest::addColumn<QString>("run");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("plain")
        << u"flowwatch://open?server=https://k.example&tenant=acme&pipeline=pipe_001&run=run_001"_s
        << u"https://k.example"_s << u"acme"_s << u"pipe_001"_s << u"run_001"_s << QString();
    QTest::newRow("encoded server with port and path")
        << u"flowwatch://open?server=http%3A%2F%2F127.0.0.1%3A3000%2F&tenant=demo&pipeline=p&run=r"_s
        << u"http://127.0.0.1:3000"_s << u"demo"_s << u"p"_s << u"r"_s << QString();
    QTest::newRow("surrounding spaces")
        << u"  flowwatch://open?run=run_2&pipeline=pipe_1&tenant=t&server=https://h  "_s
        << u"https://h"_s << u"t"_s << u"pipe_1"_s << u"run_2"_s << QString();
    QTest::newRow("carries key")
        << u"flowwatch://open?server=https://k.example&tenant=acme&pipeline=p&run=r&key=krn_x"_s
        << QString() << QString() << QString() << QString() << u"API key"_s;
    QTest::newRow("carries apiKey")
        << u"flowwatch://open?server=https://k.example&tenant=a&pipeline=p&run=r&apiKey=krn_x"_s
        << QString() << QString() << QString() << QString() << u"API key"_s;
    QTest::newRow("carries api_key first")
        << u"flowwatch://open?api_key=krn_x&server=https://k.example&tenant=a&pipeline=p&run=r"_s
        << QString() << QString() << QString() << QString() << u"API key"_s;
    QTest::newRow("carries token")
        << u"flowwatch://open?server=https://k.example&tenant=a&pipeline=p&run=r&token=x"_s
        << QString() << QString() << QString() << QString() << u"API key"_s;
    QTest::newRow("wrong scheme") << u"https://open?server=https://k&tenant=a&pipeline=p&run=r"_s
                                  << QString() << QString() << QString() << QString()
                                  << u"not a flowwatch://"_s;
    QTest::newRow("unknown action")
        << u"flowwatch://delete?server=https://k&tenant=a&pipeline=p&run=r"_s << QString()
        << QString() << QString() << QString() << u"only understands"_s;
    QTest::newRow("missing run") << u"flowwatch://open?server=https://k&tenant=a&pipeline=p"_s
                                 << QString() << QString() << QString() << QString() << u"run id"_s;
    QTest::newRow("missing server") << u"flowwatch://open?tenant=a&pipeline=p&run=r"_s << QString()
                                    << QString() << QString() << QString() << u"server"_s;
    QTest::newRow("javascript server")
        << u"flowwatch://open?server=javascript:alert(1)&tenant=a&pipeline=p&run=r"_s << QString()
        << QString() << QString() << QString() << u"server"_s;
    QTest::newRow("server with user info")
        << u"flowwatch://open?server=https://u:p@k&tenant=a&pipeline=p&run=r"_s << QString()
        << QString() << QString() << QString() << u"server"_s;
    QTest::newRow("duplicate run")
        << u"flowwatch://open?server=https://k&tenant=a&pipeline=p&run=r&run=s"_s << QString()
        << QString() << QString() << QString() << u"twice"_s;
    QTest::newRow("unknown parameter")
        << u"flowwatch://open?server=https://k&tenant=a&pipeline=p&run=r&x=1"_s << QString()
        << QString() << QString() << QString() << u"unknown parameter"_s;
    QTest::newRow("path traversal in run")
        << u"flowwatch://open?server=https://k&tenant=a&pipeline=p&run=..%2F..%2Fetc"_s << QString()
        << QString() << QString() << QString() << u"run id"_s;
    QTest::newRow("spaces in tenant")
        << u"flowwatch://open?server=https://k&tenant=a%20b&pipeline=p&run=r"_s << QString()
        << QString() << QString() << QString() << u"tenant"_s;
    QTest::newRow("empty") << QString() << QString() << QString() << QString() << QString()
                           << u"not a flowwatch://"_s;
    QTest::newRow("garbage") << u"flowwatch:%%%"_s << QString() << QString() << QString()
                             << QString() << u"flowwatch://"_s;
    QTest::newRow("too long") << (u"flowwatch://open?server=https://k&tenant=a&pipeline=p&run="_s
                                  + QString(5000, u'r'))
                              << QString() << QString() << QString() << QString() << u"too long"_s;
}

void TestLinks::deepLink()
{
    QFETCH(QString, link);
    QFETCH(QString, server);
    QFETCH(QString, tenant);
    QFETCH(QString, pipeline);
    QFETCH(QString, run);
    QFETCH(QString, errorContains);

    QString error = u"stale"_s;
    const DeepLink parsed = DeepLink::parse(link, &error);
    if (server.isEmpty()) {
        QVERIFY(!parsed.isValid());
        QVERIFY2(error.contains(errorContains), qPrintable(error));
        QVERIFY(!error.contains(u"krn_"_s)); // the key is not echoed back
        return;
    }
    QVERIFY2(parsed.isValid(), qPrintable(error));
    QCOMPARE(error, QString());
    QCOMPARE(parsed.server, QUrl(server));
    QCOMPARE(parsed.tenant, tenant);
    QCOMPARE(parsed.pipelineId, pipeline);
    QCOMPARE(parsed.runId, run);
}

void TestLinks::deepLinkRoundTrip()
{
    DeepLink link;
    link.server = QUrl(u"https://k.example:8443"_s);
    link.tenant = u"acme"_s;
    link.pipelineId = u"pipe_001"_s;
    link.runId = u"run_001"_s;
    QString error;
    const DeepLink again = DeepLink::parse(link.toUrl().toString(QUrl::FullyEncoded), &error);
    QVERIFY2(again.isValid(), qPrintable(error));
    QCOMPARE(again.server, link.server);
    QCOMPARE(again.runId, link.runId);
    QVERIFY(DeepLink::looksLikeDeepLink(u" FlowWatch://open"_s));
}

void TestLinks::runLocator_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("pipeline");
    QTest::addColumn<QString>("run"); // empty: refused
    QTest::addColumn<QString>("server");

    QTest::newRow("bare run id") << u"run_001"_s << QString() << u"run_001"_s << QString();
    QTest::newRow("bare id with spaces")
        << u"  run_001 \n"_s << QString() << u"run_001"_s << QString();
    QTest::newRow("pipeline/run") << u"pipe_001/run_002"_s << u"pipe_001"_s << u"run_002"_s
                                  << QString();
    QTest::newRow("web app url") << u"https://app.kaireon.example/pipelines/pipe_001/runs/run_001"_s
                                 << u"pipe_001"_s << u"run_001"_s
                                 << u"https://app.kaireon.example"_s;
    QTest::newRow("flows url with trailing parts")
        << u"https://h.example:8443/t/acme/flows/pipe_7/runs/run_9/errors?tab=log#top"_s
        << u"pipe_7"_s << u"run_9"_s << u"https://h.example:8443"_s;
    QTest::newRow("api url") << u"http://localhost:3000/api/v1/pipelines/p1/runs/r1/progress"_s
                             << u"p1"_s << u"r1"_s << u"http://localhost:3000"_s;
    QTest::newRow("runs without pipeline")
        << u"https://h/runs/run_5"_s << QString() << u"run_5"_s << u"https://h"_s;
    QTest::newRow("url with user info drops it")
        << u"https://me@h/pipelines/p/runs/r"_s << u"p"_s << u"r"_s << u"https://h"_s;
    QTest::newRow("encoded id") << u"https://h/pipelines/pipe%5F1/runs/run%5F2"_s << u"pipe_1"_s
                                << u"run_2"_s << u"https://h"_s;
    QTest::newRow("empty") << QString() << QString() << QString() << QString();
    QTest::newRow("no runs segment")
        << u"https://h/pipelines/p"_s << QString() << QString() << QString();
    QTest::newRow("runs at the end")
        << u"https://h/pipelines/p/runs/"_s << QString() << QString() << QString();
    QTest::newRow("script injection")
        << u"<script>alert(1)</script>"_s << QString() << QString() << QString();
    QTest::newRow("spaces inside") << u"run 001"_s << QString() << QString() << QString();
    QTest::newRow("ftp url") << u"ftp://h/pipelines/p/runs/r"_s << QString() << QString()
                             << QString();
    QTest::newRow("traversal") << u"https://h/pipelines/p/runs/..%2Fx"_s << QString() << QString()
                               << QString();
}

void TestLinks::runLocator()
{
    QFETCH(QString, input);
    QFETCH(QString, pipeline);
    QFETCH(QString, run);
    QFETCH(QString, server);
    QString error;
    const RunLocator locator = RunLocator::parse(input, &error);
    if (run.isEmpty()) {
        QVERIFY(!locator.isValid());
        QVERIFY(error.contains(u"run id"_s) || error.contains(u"run address"_s)
                || error.contains(u"address"_s));
        return;
    }
    QVERIFY2(locator.isValid(), qPrintable(error));
    QCOMPARE(locator.pipelineId, pipeline);
    QCOMPARE(locator.runId, run);
    QCOMPARE(locator.server.toString(), server);
}

QTEST_GUILESS_MAIN(TestLinks)
#include "tst_links.moc"
