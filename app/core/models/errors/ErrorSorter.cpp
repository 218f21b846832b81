#include "ErrorSorter.h"

#include <QChar>
#include <QHash>

#include <algorithm>
#include <array>
#include <bit>
#include <numeric>

namespace fw {

namespace {

inline char16_t folded(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    return static_cast<char16_t>(QChar::toCaseFolded(char32_t(c)));
}

// The first sixteen folded code units, packed so that comparing the integers compares the
// prefixes (a shorter text pads with zeros and sorts first).
struct Prefix
{
    std::array<quint64, 4> words {};
    quint32 index = 0;
};

Prefix prefixOf(QStringView text, quint32 index)
{
    Prefix p;
    p.index = index;
    const qsizetype n = std::min<qsizetype>(text.size(), 16);
    const char16_t *units = text.utf16();
    for (qsizetype k = 0; k < n; ++k)
        p.words[std::size_t(k / 4)] |= quint64(folded(units[k])) << (48 - 16 * (k % 4));
    return p;
}

// A stable counting sort of `indices` by `keys` (each below `limit`), two passes of 16 bits.
void radixSort(std::vector<quint32> &indices, const std::vector<quint32> &keys, quint32 limit)
{
    const std::size_t n = indices.size();
    std::vector<quint32> order(n);
    std::vector<quint32> scratch(n);
    for (std::size_t k = 0; k < n; ++k)
        order[k] = quint32(k);
    const int passes = limit > 0x10000u ? 2 : 1;
    for (int pass = 0; pass < passes; ++pass) {
        const int shift = 16 * pass;
        std::vector<std::size_t> start(0x10001, 0);
        for (std::size_t k = 0; k < n; ++k)
            ++start[((keys[k] >> shift) & 0xFFFFu) + 1];
        for (std::size_t b = 1; b < start.size(); ++b)
            start[b] += start[b - 1];
        for (std::size_t k = 0; k < n; ++k) {
            const quint32 item = order[k];
            scratch[start[(keys[item] >> shift) & 0xFFFFu]++] = item;
        }
        order.swap(scratch);
    }
    for (std::size_t k = 0; k < n; ++k)
        scratch[k] = indices[order[k]];
    indices.swap(scratch);
}

} // namespace

int ErrorSorter::compareText(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const char16_t *pa = a.utf16();
    const char16_t *pb = b.utf16();
    for (qsizetype k = 0; k < n; ++k) {
        const char16_t fa = folded(pa[k]);
        const char16_t fb = folded(pb[k]);
        if (fa != fb)
            return fa < fb ? -1 : 1;
    }
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    for (qsizetype k = 0; k < n; ++k) {
        if (pa[k] != pb[k])
            return pa[k] < pb[k] ? -1 : 1;
    }
    return 0;
}

std::vector<qint64> ErrorSorter::ranks(const QStringList &names)
{
    std::vector<quint32> order(std::size_t(names.size()));
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        return compareText(names.at(a), names.at(b)) < 0;
    });
    std::vector<qint64> rank(order.size());
    for (std::size_t r = 0; r < order.size(); ++r)
        rank[order[r]] = qint64(r);
    return rank;
}

void ErrorSorter::sortByNumber(std::vector<quint32> &indices, const std::vector<qint64> &keys,
                               Qt::SortOrder order)
{
    // Rows usually arrive in row order: a sorted input costs one pass, not a sort. Descending
    // is the reversal with each run of equal keys turned back, so ties keep arrival order.
    if (std::is_sorted(keys.begin(), keys.end())) {
        if (order == Qt::DescendingOrder) {
            std::reverse(indices.begin(), indices.end());
            const std::size_t n = indices.size();
            for (std::size_t begin = 0; begin < n;) {
                std::size_t end = begin + 1;
                while (end < n && keys[n - 1 - end] == keys[n - 1 - begin])
                    ++end;
                std::reverse(indices.begin() + qsizetype(begin), indices.begin() + qsizetype(end));
                begin = end;
            }
        }
        return;
    }
    struct Item
    {
        qint64 key;
        quint32 index;
    };
    std::vector<Item> items(indices.size());
    for (std::size_t k = 0; k < indices.size(); ++k)
        items[k] = {keys[k], indices[k]};
    if (order == Qt::AscendingOrder) {
        std::stable_sort(items.begin(), items.end(),
                         [](const Item &a, const Item &b) { return a.key < b.key; });
    } else {
        std::stable_sort(items.begin(), items.end(),
                         [](const Item &a, const Item &b) { return b.key < a.key; });
    }
    for (std::size_t k = 0; k < indices.size(); ++k)
        indices[k] = items[k].index;
}

std::vector<quint32> ErrorSorter::valueRanks(const ErrorStore &store,
                                             const std::vector<quint32> &indices, quint32 *limit)
{
    // Values repeat a lot (the same bad input in many rows): rank each distinct value once, then
    // rows sort by rank, so equal values never reach the text comparison.
    // An open-addressing table of distinct ids, twice as large as the rows: one probe usually.
    const std::size_t slots = std::bit_ceil(std::max<std::size_t>(16, 2 * indices.size()));
    const std::size_t mask = slots - 1;
    constexpr quint32 Empty = ~quint32(0);
    std::vector<quint32> table(slots, Empty);
    std::vector<std::size_t> distinctHash;
    std::vector<quint32> distinctRow; // a store index holding each distinct value
    std::vector<quint32> rowId(indices.size());
    for (std::size_t k = 0; k < indices.size(); ++k) {
        const QStringView value = store.value(indices[k]);
        const std::size_t hash = qHash(value);
        std::size_t slot = hash & mask;
        while (true) {
            const quint32 id = table[slot];
            if (id == Empty) {
                table[slot] = quint32(distinctRow.size());
                rowId[k] = quint32(distinctRow.size());
                distinctHash.push_back(hash);
                distinctRow.push_back(indices[k]);
                break;
            }
            if (distinctHash[id] == hash && store.value(distinctRow[id]) == value) {
                rowId[k] = id;
                break;
            }
            slot = (slot + 1) & mask;
        }
    }
    std::vector<Prefix> items(distinctRow.size());
    for (std::size_t d = 0; d < distinctRow.size(); ++d) {
        items[d] = prefixOf(store.value(distinctRow[d]), quint32(d));
    }
    // Distinct values never compare equal, so no stability is needed here.
    std::sort(items.begin(), items.end(), [&](const Prefix &a, const Prefix &b) {
        if (a.words != b.words)
            return a.words < b.words;
        return compareText(store.value(distinctRow[a.index]), store.value(distinctRow[b.index]))
            < 0;
    });
    std::vector<quint32> rank(items.size());
    for (std::size_t r = 0; r < items.size(); ++r)
        rank[items[r].index] = quint32(r);
    for (std::size_t k = 0; k < indices.size(); ++k)
        rowId[k] = rank[rowId[k]];
    *limit = quint32(items.size());
    return rowId;
}

void ErrorSorter::sortByRank(std::vector<quint32> &indices, std::vector<quint32> &ranks,
                             quint32 limit, Qt::SortOrder order)
{
    if (order == Qt::DescendingOrder) {
        for (quint32 &rank : ranks)
            rank = limit - 1 - rank; // still stable: ties keep arrival order
    }
    radixSort(indices, ranks, limit);
}

void ErrorSorter::sort(const ErrorStore &store, std::vector<quint32> &indices, Key key,
                       Qt::SortOrder order)
{
    if (key == Key::Row) {
        std::vector<qint64> keys(indices.size());
        for (std::size_t k = 0; k < indices.size(); ++k)
            keys[k] = store.row(indices[k]);
        sortByNumber(indices, keys, order);
        return;
    }
    std::vector<quint32> keys;
    quint32 limit = 0;
    if (key == Key::Value) {
        keys = valueRanks(store, indices, &limit);
    } else {
        const bool byColumn = key == Key::Column;
        const std::vector<qint64> rank = ranks(byColumn ? store.columnNames() : store.messages());
        limit = quint32(rank.size());
        keys.resize(indices.size());
        for (std::size_t k = 0; k < indices.size(); ++k) {
            const ErrorStore::Id id
                = byColumn ? store.columnId(indices[k]) : store.messageId(indices[k]);
            keys[k] = quint32(rank[id]);
        }
    }
    sortByRank(indices, keys, limit, order);
}

} // namespace fw
