// FaultProxy between a client and the simulator: it passes bytes through untouched, and each of
// its faults reaches the client as the failure it imitates.
#include "core/api/ApiClient.h"
#include "core/api/ProgressRequest.h"
#include "sim/Simulator.h"
#include "support/FaultProxy.h"
#include "support/SimFixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using fw::ApiError;
using fw::test::FaultProxy;

namespace {
const QByteArray kProgress = "/api/v1/pipelines/pipe_001/runs/run_001/progress"_ba;
}

class TestFaultProxy final : public QObject
{
    Q_OBJECT

    std::unique_ptr<fw::sim::Simulator> m_sim;
    std::unique_ptr<FaultProxy> m_proxy;
    QNetworkAccessManager m_network;

    fw::test::HttpResult get(const QByteArray &path, int timeoutMs = 10'000)
    {
        QNetworkRequest request(QUrl::fromEncoded(m_proxy->baseUrl().toEncoded() + path));
        request.setRawHeader("X-API-Key", "krn_demo_admin");
        request.setRawHeader("X-Tenant-Id", "demo");
        return fw::test::SimFixture::send(m_network, request, "GET", {}, timeoutMs);
    }

    std::unique_ptr<fw::ApiClient> client()
    {
        fw::ConnectionConfig config;
        config.server = m_proxy->baseUrl();
        config.tenant = u"demo"_s;
        config.apiKey = u"krn_demo_admin"_s;
        return std::make_unique<fw::ApiClient>(config);
    }

    /// Fetches run_001's progress through the proxy with Flowwatch's own request.
    ApiError fetch(fw::ApiClient &api)
    {
        auto *request = api.fetchProgress(u"pipe_001"_s, u"run_001"_s);
        request->setAutoDelete(false);
        QSignalSpy finished(request, &fw::ApiRequest::finished);
        request->start();
        if (!finished.wait(15'000)) {
            delete request;
            ApiError never;
            never.kind = ApiError::Kind::Cancelled;
            return never;
        }
        ApiError error = request->error();
        delete request;
        return error;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<fw::sim::Simulator>();
        QVERIFY(m_sim->start());
        m_proxy = std::make_unique<FaultProxy>(QHostAddress::LocalHost, m_sim->port());
        QVERIFY(m_proxy->listen());
        m_network.clearConnectionCache();
    }

    void cleanup()
    {
        m_network.clearConnectionCache();
        m_proxy.reset();
        m_sim.reset();
    }

    void passesBytesThroughUntouched()
    {
        const fw::test::HttpResult direct = fw::test::SimFixture::send(
            m_network,
            [&] {
                QNetworkRequest r(QUrl::fromEncoded(m_sim->baseUrl().toEncoded() + kProgress));
                r.setRawHeader("X-API-Key", "krn_demo_admin");
                r.setRawHeader("X-Tenant-Id", "demo");
                return r;
            }(),
            "GET");
        const fw::test::HttpResult proxied = get(kProgress);
        QCOMPARE(proxied.status, 200);
        QCOMPARE(proxied.body, direct.body);
        // Keep-alive works through it: a second request on the same connection.
        QCOMPARE(get(kProgress).status, 200);
        QCOMPARE(m_proxy->stats().connections, 1);
        QVERIFY(m_proxy->stats().bytesToClient > direct.body.size());
        auto api = client();
        QCOMPARE(fetch(*api).kind, ApiError::Kind::None);
    }

    void addsLatency()
    {
        m_proxy->setSettings({.latency = std::chrono::milliseconds(150)});
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(get(kProgress).status, 200);
        QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed()))); // both ways
    }

    void limitsTheBandwidth()
    {
        // run_101's 2,500 errors as CSV are a few hundred KB.
        m_proxy->setSettings({.bytesPerSecond = 400 * 1024});
        QElapsedTimer timer;
        timer.start();
        const fw::test::HttpResult r = get("/api/v1/pipelines/pipe_002/runs/run_101/errors"_ba);
        QCOMPARE(r.status, 200);
        const double seconds = double(timer.elapsed()) / 1000.0;
        QVERIFY(r.body.size() > 100 * 1024);
        QVERIFY2(double(r.body.size()) / seconds <= 1.5 * 400 * 1024,
                 qPrintable(QString::number(double(r.body.size()) / seconds)));
    }

    void resetsAfterSomeBytes()
    {
        m_proxy->setSettings({.resetAfterBytes = 40});
        auto api = client();
        const ApiError error = fetch(*api);
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QVERIFY(m_proxy->stats().resets >= 1);
        QVERIFY(m_sim->requestCount(u"GET"_s, u"/progress$"_s) >= 1);
    }

    void cutsABodyShortOfItsLength()
    {
        m_proxy->setSettings({.cutBodyBy = 10});
        auto api = client();
        const ApiError error = fetch(*api);
        // Never parsed as a success.
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QVERIFY(m_proxy->stats().cutBodies >= 1);
    }

    void acceptsAndNeverAnswers()
    {
        m_proxy->setSettings({.neverAnswer = true});
        auto api = client();
        api->setTimeouts({std::chrono::milliseconds(300), std::chrono::milliseconds(2000)});
        const ApiError error = fetch(*api);
        QCOMPARE(error.kind, ApiError::Kind::Timeout);
        QCOMPARE(m_sim->requestCount(u"GET"_s), 0); // nothing went upstream
        QVERIFY(m_proxy->stats().neverAnswered >= 1);
    }

    void breaksOnlyItsShareOfRequests()
    {
        m_proxy->setSettings({.resetAfterBytes = 0, .faultRate = 0.0});
        QCOMPARE(get(kProgress).status, 200);
        QCOMPARE(m_proxy->stats().resets, 0);
        QCOMPARE(m_proxy->stats().requests, 1);
    }

    // Qt keeps a connection alive across requests: each request still draws its own fault.
    void cutsAResponseOnAKeptAliveConnection()
    {
        auto api = client();
        QCOMPARE(fetch(*api).kind, ApiError::Kind::None);
        m_proxy->setSettings({.cutBodyBy = 10});
        QCOMPARE(fetch(*api).kind, ApiError::Kind::Network);
        QCOMPARE(m_proxy->stats().connections, 1);
        QCOMPARE(m_proxy->stats().cutBodies, 1);
        m_proxy->setSettings({});
        QCOMPARE(fetch(*api).kind, ApiError::Kind::None);
        QCOMPARE(m_proxy->stats().requests, 3);
        QCOMPARE(m_sim->requestCount(u"GET"_s, u"/progress$"_s), 3);
    }

    void leavesOneRequestOfAKeptAliveConnectionUnanswered()
    {
        auto api = client();
        api->setTimeouts({std::chrono::milliseconds(300), std::chrono::milliseconds(2000)});
        QCOMPARE(fetch(*api).kind, ApiError::Kind::None);
        m_proxy->setSettings({.neverAnswer = true});
        QCOMPARE(fetch(*api).kind, ApiError::Kind::Timeout);
        QCOMPARE(m_proxy->stats().connections, 1);
        QCOMPARE(m_proxy->stats().neverAnswered, 1);
        QCOMPARE(m_sim->requestCount(u"GET"_s), 1); // the swallowed one never went upstream
        m_proxy->setSettings({});
        QCOMPARE(fetch(*api).kind, ApiError::Kind::None);
        QCOMPARE(m_sim->requestCount(u"GET"_s), 2);
    }

    void drawsAFaultForEachRequest()
    {
        m_proxy->setSettings({.resetAfterBytes = 40, .faultRate = 0.5});
        m_proxy->setSeed(7);
        auto api = client();
        int ok = 0;
        int failed = 0;
        for (int i = 0; i < 30; ++i)
            (fetch(*api).kind == ApiError::Kind::None ? ok : failed) += 1;
        const FaultProxy::Stats stats = m_proxy->stats();
        // Drawn per connection, the first unbroken one would have carried every later poll.
        QVERIFY2(ok >= 5 && failed >= 5, qPrintable(u"%1 ok, %2 failed"_s.arg(ok).arg(failed)));
        QVERIFY(stats.resets >= failed); // Qt may send a reset request again
        QCOMPARE(m_sim->requestCount(u"GET"_s, u"/progress$"_s), stats.requests);
        QVERIFY(stats.connections < stats.requests);
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
