// Every Fault kind, request counting, and the raw scripted server used for redirect tests.
#include "support/RawHttpServer.h"
#include "support/SimFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using fw::sim::Fault;
using fw::test::HttpResult;
using fw::test::RawHttpServer;
using fw::test::SimFixture;

namespace {

const QByteArray Progress = "/api/v1/pipelines/pipe_001/runs/run_001/progress";
const QString ProgressRe = u"/runs/run_001/progress$"_s;

HttpResult getWithin(SimFixture &f, const QByteArray &path, int timeoutMs)
{
    return SimFixture::send(f.network(), f.request(path), "GET", {}, timeoutMs);
}

} // namespace

class TestSimFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusFaults()
    {
        SimFixture f;
        f.sim().injectFault(
            Fault::withStatus(u"GET"_s, ProgressRe, 429, "{}", {{"Retry-After", "7"}}));
        f.sim().injectFault(
            Fault::withStatus(u"GET"_s, ProgressRe, 503, "<html><body>Down</body></html>"));
        f.sim().injectFault(Fault::withStatus(u"GET"_s, ProgressRe, 200, "{\"status\": \"runn"));
        HttpResult r = f.get(Progress);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("retry-after"), "7"_ba);
        r = f.get(Progress);
        QCOMPARE(r.status, 503);
        QVERIFY(r.header("content-type").startsWith("text/html"));
        r = f.get(Progress);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().isNull());
        r = f.get(Progress); // faults used up
        QCOMPARE(r.json().object().value(u"status"_s).toString(), u"failed"_s);
    }

    void timesAndClear()
    {
        SimFixture f;
        Fault fault = Fault::withStatus({}, u"/pipelines$"_s, 500, "oops");
        fault.times = 2;
        f.sim().injectFault(fault);
        QCOMPARE(f.get("/api/v1/pipelines").status, 500);
        QCOMPARE(f.get("/api/v1/pipelines").status, 500);
        QCOMPARE(f.get("/api/v1/pipelines").status, 200);
        fault.times = -1;
        f.sim().injectFault(fault);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(f.get("/api/v1/pipelines").status, 500);
        f.sim().clearFaults();
        QCOMPARE(f.get("/api/v1/pipelines").status, 200);
        QCOMPARE(f.sim().requestCount(u"GET"_s, u"^/api/v1/pipelines$"_s), 8);
        QCOMPARE(f.sim().requestCount(u"get"_s), 8);
        QCOMPARE(f.sim().requestCount(u"POST"_s), 0);
        f.sim().resetCounters();
        QCOMPARE(f.sim().requestCount({}), 0);
    }

    void neverAnswer()
    {
        SimFixture f;
        f.sim().injectFault(Fault::of(Fault::Kind::NeverAnswer, u"GET"_s, ProgressRe));
        QElapsedTimer timer;
        timer.start();
        const HttpResult r = getWithin(f, Progress, 400);
        QVERIFY(r.timedOut);
        QCOMPARE(r.status, 0);
        QVERIFY(timer.elapsed() >= 350); // coarse timers may fire up to 5 % early
        QCOMPARE(f.sim().requestCount(u"GET"_s, ProgressRe), 1);
        QCOMPARE(f.get(Progress).status, 200);
    }

    void slowDrip()
    {
        SimFixture f;
        Fault drip = Fault::of(Fault::Kind::SlowDrip, u"GET"_s, ProgressRe);
        drip.dripIntervalMs = 20;
        drip.body = "{\"status\":\"x\"}";
        f.sim().injectFault(drip);
        QElapsedTimer timer;
        timer.start();
        HttpResult r = f.get(Progress);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, drip.body);
        QVERIFY(timer.elapsed() >= 200);

        drip.dripIntervalMs = 200;
        f.sim().injectFault(drip);
        r = getWithin(f, Progress, 500); // an overall deadline ends it
        QVERIFY(r.timedOut);
    }

    void brokenBodies_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("reset after headers") << int(Fault::Kind::ResetAfterHeaders);
        QTest::newRow("truncated body") << int(Fault::Kind::TruncatedBody);
    }
    void brokenBodies()
    {
        QFETCH(int, kind);
        SimFixture f;
        // QNetworkAccessManager silently resends a GET (up to twice) when the connection ends
        // early, so the fault must outlast the resends.
        f.sim().injectFault(Fault::of(Fault::Kind(kind), u"GET"_s, ProgressRe, -1));
        const HttpResult r = getWithin(f, Progress, 5000);
        QVERIFY(!r.timedOut);
        // The client never gets a complete response. (Qt 6.4's QNetworkAccessManager reports
        // NoError after its silent resend also fails, so clients must compare the bytes they got
        // with Content-Length themselves.)
        const qint64 declared = r.header("content-length").toLongLong();
        QVERIFY2(r.error != QNetworkReply::NoError || r.body.size() < declared,
                 qPrintable(r.errorString));
        QVERIFY(f.sim().requestCount(u"GET"_s, ProgressRe) >= 1);
        f.sim().clearFaults();
        QCOMPARE(f.get(Progress).status, 200);
    }

    void redirectToAnotherHost()
    {
        SimFixture f;
        RawHttpServer other;
        QVERIFY(other.listen());
        const QByteArray target = other.baseUrl().toEncoded() + "/elsewhere";
        f.sim().injectFault(Fault::redirect(u"GET"_s, ProgressRe, target, 307));
        HttpResult r = f.get(Progress); // the fixture does not follow redirects
        QCOMPARE(r.status, 307);
        QCOMPARE(r.header("location"), target);
        QVERIFY(other.requests().isEmpty());

        // A client that follows it reaches the other server, which records what it was sent.
        f.sim().injectFault(Fault::redirect(u"GET"_s, ProgressRe, target, 302));
        QNetworkRequest follow = f.request(Progress);
        follow.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                            QNetworkRequest::NoLessSafeRedirectPolicy);
        r = SimFixture::send(f.network(), follow, "GET");
        QCOMPARE(other.requests().size(), 1);
        QVERIFY(other.requests().first().startsWith("GET /elsewhere HTTP/1.1\r\n"));
        QCOMPARE(r.body, "{}"_ba);
    }

    void dropAfterProcessingStillCreatesTheRun()
    {
        SimFixture f;
        f.sim().injectFault(Fault::of(Fault::Kind::DropAfterProcessing, u"POST"_s, u"/retry$"_s));
        const HttpResult r = f.retry("pipe_001", "run_001", "krn_demo_admin", "drop-key");
        // Either the client saw the connection close, or it resent the POST by itself and the
        // same Idempotency-Key returned the run created by the dropped request.
        if (r.error == QNetworkReply::NoError)
            QCOMPARE(r.json().object().value(u"id"_s).toString(), u"run_9001"_s);
        QVERIFY(f.sim().requestCount(u"POST"_s, u"/retry$"_s) >= 1);
        const HttpResult p = f.get("/api/v1/pipelines/pipe_001/runs/run_9001/progress");
        QCOMPARE(p.status, 200);
        QCOMPARE(f.get("/api/v1/pipelines/pipe_001/runs/run_9002/progress").status, 404);
    }

    void rawServerScriptsAndRecords()
    {
        QNetworkAccessManager network;
        const auto requestTo = [](const RawHttpServer &server) {
            QNetworkRequest request(server.baseUrl().resolved(QUrl(u"/api/v1/pipelines"_s)));
            request.setRawHeader("X-API-Key", "krn_demo_admin");
            return request;
        };
        RawHttpServer truncated;
        QVERIFY(truncated.listen());
        truncated.setDefaultReply({"HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n{\"trunc"_ba,
                                   RawHttpServer::After::Close});
        QSignalSpy received(&truncated, &RawHttpServer::requestReceived);
        QVERIFY(SimFixture::send(network, requestTo(truncated), "GET").error
                != QNetworkReply::NoError);
        QVERIFY(received.count() >= 1);
        QVERIFY(truncated.requests().first().startsWith("GET /api/v1/pipelines HTTP/1.1\r\n"));
        QVERIFY(truncated.requests().first().contains("X-API-Key: krn_demo_admin\r\n"));

        RawHttpServer garbage;
        QVERIFY(garbage.listen());
        garbage.setDefaultReply({"garbage\r\n\r\n"_ba, RawHttpServer::After::Close});
        QVERIFY(SimFixture::send(network, requestTo(garbage), "GET").error
                != QNetworkReply::NoError);

        RawHttpServer silent;
        QVERIFY(silent.listen());
        silent.setDefaultReply({{}, RawHttpServer::After::KeepOpen});
        QVERIFY(SimFixture::send(network, requestTo(silent), "GET", {}, 300).timedOut);
        QCOMPARE(silent.requests().size(), 1);

        RawHttpServer scripted;
        QVERIFY(scripted.listen());
        scripted.enqueue({RawHttpServer::response(418, "first"), RawHttpServer::After::Close});
        const HttpResult first = SimFixture::send(network, requestTo(scripted), "GET");
        QCOMPARE(first.status, 418);
        QCOMPARE(first.body, "first"_ba);
        QCOMPARE(SimFixture::send(network, requestTo(scripted), "GET").body, "{}"_ba);
        QCOMPARE(scripted.connectionCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_sim_faults.moc"
