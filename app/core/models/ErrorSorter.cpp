#include "ErrorSorter.h"

#include <QChar>

#include <algorithm>
#include <numeric>

namespace fw {

namespace {

inline char16_t folded(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    return static_cast<char16_t>(QChar::toCaseFolded(char32_t(c)));
}

// The first eight folded code units, packed so that comparing the integers compares the
// prefixes (a shorter text pads with zeros and sorts first).
struct Prefix
{
    quint64 high = 0;
    quint64 low = 0;
    quint32 index = 0;
};

Prefix prefixOf(QStringView text, quint32 index)
{
    Prefix p;
    p.index = index;
    const qsizetype n = std::min<qsizetype>(text.size(), 8);
    for (qsizetype k = 0; k < 8; ++k) {
        const quint64 unit = k < n ? folded(text.utf16()[k]) : 0;
        if (k < 4)
            p.high |= unit << (48 - 16 * k);
        else
            p.low |= unit << (48 - 16 * (k - 4));
    }
    return p;
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

void ErrorSorter::sortByValue(const ErrorStore &store, std::vector<quint32> &indices,
                              Qt::SortOrder order)
{
    std::vector<Prefix> items(indices.size());
    for (std::size_t k = 0; k < indices.size(); ++k)
        items[k] = prefixOf(store.value(indices[k]), indices[k]);
    auto less = [&store](const Prefix &a, const Prefix &b) {
        if (a.high != b.high)
            return a.high < b.high;
        if (a.low != b.low)
            return a.low < b.low;
        return compareText(store.value(a.index), store.value(b.index)) < 0;
    };
    if (order == Qt::AscendingOrder)
        std::stable_sort(items.begin(), items.end(), less);
    else
        std::stable_sort(items.begin(), items.end(),
                         [&less](const Prefix &a, const Prefix &b) { return less(b, a); });
    for (std::size_t k = 0; k < indices.size(); ++k)
        indices[k] = items[k].index;
}

void ErrorSorter::sort(const ErrorStore &store, std::vector<quint32> &indices, Key key,
                       Qt::SortOrder order)
{
    std::vector<qint64> keys(indices.size());
    switch (key) {
    case Key::Row:
        for (std::size_t k = 0; k < indices.size(); ++k)
            keys[k] = store.row(indices[k]);
        break;
    case Key::Column: {
        const std::vector<qint64> rank = ranks(store.columnNames());
        for (std::size_t k = 0; k < indices.size(); ++k)
            keys[k] = rank[store.columnId(indices[k])];
        break;
    }
    case Key::Error: {
        const std::vector<qint64> rank = ranks(store.messages());
        for (std::size_t k = 0; k < indices.size(); ++k)
            keys[k] = rank[store.messageId(indices[k])];
        break;
    }
    case Key::Value:
        sortByValue(store, indices, order);
        return;
    }
    sortByNumber(indices, keys, order);
}

} // namespace fw
