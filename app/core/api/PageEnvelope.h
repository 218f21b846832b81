#pragma once

#include "ApiError.h"
#include "Page.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fw {

/// Reads any of the list envelopes the API uses: {data, pagination{total, hasMore, cursor}},
/// pagination.nextCursor, the older top-level total/hasMore/cursor, or a bare array.
/// Fills everything of `page` but the items, and returns the raw items.
ApiError readPageEnvelope(const QJsonDocument &doc, QJsonArray *items, QString *nextCursor,
                          bool *hasMore, std::optional<qint64> *total);

/// "limit=20&cursor=..." with the cursor fully percent-encoded (+, / and = included).
QString pageQuery(const QString &cursor, int limit);

} // namespace fw
