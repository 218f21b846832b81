#include "SimFixture.h"

#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fw::test {

SimFixture::SimFixture(sim::SimulatorOptions options)
    : m_sim(std::make_unique<sim::Simulator>(options))
{
    m_sim->setClock(m_clock.function());
    const bool started = m_sim->start();
    Q_ASSERT(started);
    Q_UNUSED(started)
}

SimFixture::~SimFixture() = default;

QUrl SimFixture::url(const QByteArray &pathAndQuery) const
{
    return QUrl::fromEncoded(m_sim->baseUrl().toEncoded() + pathAndQuery, QUrl::StrictMode);
}

QNetworkRequest SimFixture::request(const QByteArray &pathAndQuery, const QByteArray &key) const
{
    QNetworkRequest request(url(pathAndQuery));
    if (!key.isEmpty())
        request.setRawHeader("X-API-Key"_ba, key);
    request.setRawHeader("X-Tenant-Id"_ba, "demo"_ba);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return request;
}

HttpResult SimFixture::get(const QByteArray &pathAndQuery, const QByteArray &key)
{
    return send(m_network, request(pathAndQuery, key), "GET"_ba);
}

HttpResult SimFixture::retry(const QByteArray &pipelineId, const QByteArray &runId,
                             const QByteArray &key, const QByteArray &idempotencyKey)
{
    QNetworkRequest r
        = request("/api/v1/pipelines/"_ba + pipelineId + "/runs/"_ba + runId + "/retry"_ba, key);
    r.setRawHeader("X-Requested-With"_ba, "XMLHttpRequest"_ba);
    r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!idempotencyKey.isEmpty())
        r.setRawHeader("Idempotency-Key"_ba, idempotencyKey);
    return send(m_network, r, "POST"_ba, "{}"_ba);
}

HttpResult SimFixture::send(QNetworkAccessManager &network, const QNetworkRequest &request,
                            const QByteArray &verb, const QByteArray &body, int timeoutMs)
{
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    result.timedOut = timedOut;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    if (reply->isOpen())
        result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

} // namespace fw::test
