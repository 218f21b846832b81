#include "PipelinesRequest.h"

#include "JsonBody.h"
#include "PageEnvelope.h"
#include "ValueReaders.h"

using namespace Qt::StringLiterals;

namespace fw {

PipelinesRequest::PipelinesRequest(ApiClient *client, const QString &cursor, int limit)
    : ApiRequest(client, "GET", u"/pipelines"_s, pageQuery(cursor, limit))
{ }

ApiError PipelinesRequest::parse(const QByteArray &body, Page<Pipeline> *page)
{
    return parsePage(body, page, readPipeline);
}

} // namespace fw
