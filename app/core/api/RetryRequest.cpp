#include "RetryRequest.h"

#include "ApiClient.h"
#include "JsonBody.h"
#include "ValueReaders.h"

#include <QCoreApplication>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace fw {

RetryRequest::RetryRequest(ApiClient *client, const QString &pipelineId, const QString &runId,
                           const QUuid &idempotencyKey)
    : ApiRequest(client, "POST", ApiClient::runPath(pipelineId, runId) + u"/retry"_s, QString())
    , m_key(idempotencyKey)
{ }

void RetryRequest::addHeaders(QNetworkRequest &request) const
{
    request.setRawHeader("Idempotency-Key", m_key.toByteArray(QUuid::WithoutBraces));
}

ApiError RetryRequest::parse(const QByteArray &body, RunInfo *run)
{
    ApiError error;
    const auto doc = parseJsonBody(body, &error);
    if (!doc)
        return error;
    if (!doc->isObject())
        return payloadError(QString(),
                            QCoreApplication::translate("fw::JsonBody", "expected an object"));
    JsonReader::Problem problem;
    JsonReader reader(doc->object(), QString(), &problem);
    RunInfo parsed = readRunInfo(reader);
    if (!reader.ok())
        return payloadError(problem.field, problem.reason);
    *run = std::move(parsed);
    return {};
}

} // namespace fw
