#include "ApiClient.h"

#include "ErrorsRequest.h"
#include "PipelinesRequest.h"
#include "ProgressRequest.h"
#include "RetryRequest.h"
#include "RunsRequest.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fw {

ApiClient::ApiClient(ConnectionConfig config, QObject *parent)
    : ApiClient(std::make_shared<const ConnectionConfig>(std::move(config)), parent)
{ }

ApiClient::ApiClient(ConnectionConfigPtr config, QObject *parent)
    : QObject(parent)
    , m_config(config ? std::move(config) : std::make_shared<const ConnectionConfig>())
    , m_network(new QNetworkAccessManager(this))
{
    // Caches and cookies would let one profile's answers leak into another's.
    m_network->setCookieJar(nullptr);
    m_network->setCache(nullptr);
}

ApiClient::~ApiClient() = default;

void ApiClient::setConfig(ConnectionConfigPtr config)
{
    if (!config || config == m_config)
        return;
    const bool changed = *config != *m_config;
    m_config = std::move(config);
    if (changed)
        Q_EMIT configChanged();
}

void ApiClient::setConfig(ConnectionConfig config)
{
    setConfig(std::make_shared<const ConnectionConfig>(std::move(config)));
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("Flowwatch/" FLOWWATCH_VERSION);
}

QString ApiClient::encodeSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QString ApiClient::runPath(const QString &pipelineId, const QString &runId)
{
    return u"/pipelines/"_s + encodeSegment(pipelineId) + u"/runs/"_s + encodeSegment(runId);
}

QUrl ApiClient::endpointUrl(const QString &encodedPath, const QString &encodedQuery) const
{
    QUrl url = m_config->server;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u"/api/v1"_s + encodedPath, QUrl::TolerantMode);
    if (encodedQuery.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(encodedQuery, QUrl::TolerantMode);
    url.setFragment(QString());
    return url;
}

void ApiClient::decorate(QNetworkRequest &request) const
{
    const ConnectionConfigPtr config = m_config;
    if (config->authStyle == AuthStyle::Bearer)
        request.setRawHeader("Authorization", "Bearer " + config->apiKey.toUtf8());
    else
        request.setRawHeader("X-API-Key", config->apiKey.toUtf8());
    request.setRawHeader("X-Tenant-Id", config->tenant.toUtf8());
    request.setRawHeader("User-Agent", userAgent());
}

PipelinesRequest *ApiClient::listPipelines(const QString &cursor, int limit)
{
    return new PipelinesRequest(this, cursor, limit);
}

RunsRequest *ApiClient::listRuns(const QString &pipelineId, const QString &cursor, int limit)
{
    return new RunsRequest(this, pipelineId, cursor, limit);
}

ProgressRequest *ApiClient::fetchProgress(const QString &pipelineId, const QString &runId,
                                          std::shared_ptr<ProgressDecoder> decoder)
{
    return new ProgressRequest(this, pipelineId, runId, std::move(decoder));
}

ErrorsRequest *ApiClient::fetchErrors(const QString &pipelineId, const QString &runId,
                                      bool preferCsv)
{
    return new ErrorsRequest(this, pipelineId, runId, preferCsv);
}

RetryRequest *ApiClient::retryRun(const QString &pipelineId, const QString &runId,
                                  const QUuid &idempotencyKey)
{
    return new RetryRequest(this, pipelineId, runId, idempotencyKey);
}

} // namespace fw
