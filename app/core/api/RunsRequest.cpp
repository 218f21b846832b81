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
    return parsePage(body, page, readRunInfo);
}

} // namespace fw
