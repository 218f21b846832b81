#pragma once

#include "ApiError.h"
#include "JsonBody.h"
#include "JsonReader.h"
#include "Page.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fw {

/// Reads any of the list envelopes the API uses: {data, pagination{total, hasMore, cursor}},
/// pagination.nextCursor, the older top-level total/hasMore/cursor, or a bare array.
/// Fills everything of `page` but the items, and returns the raw items.
ApiError readPageEnvelope(const QJsonDocument &doc, QJsonArray *items, QString *nextCursor,
                          bool *hasMore, std::optional<qint64> *total);

/// Parses a whole list answer into `page`, reading each item with `read` (a ValueReaders function).
template<typename T, typename Read>
ApiError parsePage(const QByteArray &body, Page<T> *page, Read read)
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
    const QLatin1StringView key
        = doc->isArray() ? QLatin1StringView("") : QLatin1StringView("data");
    page->items.clear();
    page->items.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && root.ok(); ++i) {
        JsonReader item(root.objectAt(items, key, i), root.childPath(key, i), &problem);
        page->items.append(read(item));
    }
    if (!root.ok())
        return payloadError(problem.field, problem.reason);
    return {};
}

/// "limit=20&cursor=..." with the cursor fully percent-encoded (+, / and = included).
QString pageQuery(const QString &cursor, int limit);

} // namespace fw
