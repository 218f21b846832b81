#pragma once

#include "ErrorStore.h"

#include <QStringView>

#include <vector>

namespace fw {

/// Sorts rows of an ErrorStore by permuting indices, never the data. Every sort is stable: rows
/// that compare equal keep their order of arrival, in both directions. Row sorts numerically;
/// Column, Value and Error compare text case-insensitively (code unit by code unit after case
/// folding), then case-sensitively.
class ErrorSorter final
{
public:
    enum class Key { Row, Column, Value, Error };

    /// Sorts `indices` (ascending store indices, e.g. the rows a filter kept) in place.
    static void sort(const ErrorStore &store, std::vector<quint32> &indices, Key key,
                     Qt::SortOrder order);

    /// The text order used by Column, Value and Error: negative, zero or positive.
    [[nodiscard]] static int compareText(QStringView a, QStringView b);

private:
    static void sortByNumber(std::vector<quint32> &indices, const std::vector<qint64> &keys,
                             Qt::SortOrder order);
    static std::vector<quint32> valueRanks(const ErrorStore &store,
                                           const std::vector<quint32> &indices, quint32 *limit);
    static void sortByRank(std::vector<quint32> &indices, std::vector<quint32> &ranks,
                           quint32 limit, Qt::SortOrder order);
    static std::vector<qint64> ranks(const QStringList &names);
};

} // namespace fw
