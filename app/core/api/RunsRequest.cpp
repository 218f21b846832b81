#include "RunsRequest.h"

#include "ApiClient.h"
#include "JsonBody.h"
#include "PageEnvelope.h"
#include "ValueReaders.h"

using namespace Qt::StringLiterals;

namespace fw {

RunsRequest::RunsRequest(ApiClient *client, const QString &pipelineId, const QString &cursor,
                         int limit)
    : ApiRequest(client, "GET",
                 u"/pipelines/"_s + ApiClient::encodeSegment(pipelineId) + u"/runs"_s,
                 pageQuery(cursor, limit))
    , m_pipelineId(pipelineId)
{ }

bool RunsRequest::isAcceptedStatus(int status) const
{
    return status == 404 || ApiRequest::isAcceptedStatus(status);
}

ApiError RunsRequest::parseBody(const QByteArray &body)
{
    if (httpStatus() == 404) {
        m_unavailable = true;
        return {};
    }
    return parse(body, &m_page);
}

ApiError RunsRequest::parse(const QByteArray &body, Page<RunInfo> *page)
{
    ApiError error;
    const auto doc = parseJsonBody(body, &error);
    if (!doc)
        return error;
    QJsonArray items;
    error = readPageEnvelope(*doc, &items, &page->nextCursor, &page->hasMore, &page->total);
    if (error.isError())
        return error;
    JsonReader::Problem problem;
    JsonReader root(doc->isObject() ? doc->object() : QJsonObject(), QString(), &problem);
    const QLatin1StringView key = doc->isArray() ? ""_L1 : "data"_L1;
    page->items = readObjects<RunInfo>(root, items, key, &problem, readRunInfo);
    if (!root.ok())
        return payloadError(problem.field, problem.reason);
    return {};
}

} // namespace fw
