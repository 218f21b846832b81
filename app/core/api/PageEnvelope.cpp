#include "PageEnvelope.h"

#include "JsonReader.h"

#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fw {

QString pageQuery(const QString &cursor, int limit)
{
    QString query = u"limit="_s + QString::number(limit);
    if (!cursor.isEmpty())
        query += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    return query;
}

ApiError readPageEnvelope(const QJsonDocument &doc, QJsonArray *items, QString *nextCursor,
                          bool *hasMore, std::optional<qint64> *total)
{
    nextCursor->clear();
    *hasMore = false;
    total->reset();
    if (doc.isArray()) {
        *items = doc.array();
        *total = items->size();
        return {};
    }
    JsonReader::Problem problem;
    JsonReader root(doc.object(), QString(), &problem);
    *items = root.requiredArray("data"_L1);
    const QJsonObject paginationObject = root.optionalObject("pagination"_L1);
    JsonReader pagination(paginationObject, u"pagination"_s, &problem);
    JsonReader &source = paginationObject.isEmpty() ? root : pagination;
    *total = source.nullableInt("total"_L1);
    QString cursor = source.optionalString("nextCursor"_L1);
    if (cursor.isEmpty())
        cursor = source.optionalString("cursor"_L1);
    const std::optional<bool> more = source.nullableBool("hasMore"_L1);
    if (!problem.reason.isEmpty())
        return payloadError(problem.field, problem.reason);
    // A next page needs a cursor; "hasMore" without one would loop on the first page.
    *hasMore = !cursor.isEmpty() && more.value_or(true);
    if (*hasMore)
        *nextCursor = cursor;
    return {};
}

} // namespace fw
