#pragma once

#include "sim/Simulator.h"
#include "support/HttpResult.h"
#include "support/ManualClock.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <memory>

namespace fw::test {

// A started Simulator on a manual clock plus a synchronous QNetworkAccessManager client, so
// tests read as "request, then assert" without sleeping.
class SimFixture final
{
public:
    explicit SimFixture(sim::SimulatorOptions options = {});
    ~SimFixture();
    Q_DISABLE_COPY_MOVE(SimFixture)

    sim::Simulator &sim() { return *m_sim; }
    ManualClock &clock() { return m_clock; }
    QNetworkAccessManager &network() { return m_network; }
    // Advances the wall clock by `ms` (simulated time moves by ms * speed).
    void advance(qint64 ms) { m_clock.advance(ms); }

    // pathAndQuery is appended to the base URL as already-encoded text ("/api/v1/pipelines?x=%2B").
    QUrl url(const QByteArray &pathAndQuery) const;
    QNetworkRequest request(const QByteArray &pathAndQuery,
                            const QByteArray &key = QByteArrayLiteral("krn_demo_admin")) const;
    HttpResult get(const QByteArray &pathAndQuery,
                   const QByteArray &key = QByteArrayLiteral("krn_demo_admin"));
    HttpResult retry(const QByteArray &pipelineId, const QByteArray &runId,
                     const QByteArray &key = QByteArrayLiteral("krn_demo_admin"),
                     const QByteArray &idempotencyKey = {});

    // Sends and waits (event loop) up to timeoutMs; on timeout the reply is aborted.
    static HttpResult send(QNetworkAccessManager &network, const QNetworkRequest &request,
                           const QByteArray &verb, const QByteArray &body = {},
                           int timeoutMs = 10'000);

private:
    ManualClock m_clock;
    std::unique_ptr<sim::Simulator> m_sim;
    QNetworkAccessManager m_network;
};

} // namespace fw::test
