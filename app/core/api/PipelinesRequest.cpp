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
    page->items = readObjects<Pipeline>(root, items, key, &problem, readPipeline);
    if (!root.ok())
        return payloadError(problem.field, problem.reason);
    return {};
}

} // namespace fw
