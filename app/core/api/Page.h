#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace fw {

/// One page of a cursor-paginated list, whatever envelope the server used.
template<typename T> struct Page
{
    QList<T> items;
    QString nextCursor; ///< empty when there is no next page
    bool hasMore = false;
    std::optional<qint64> total;
};

} // namespace fw
