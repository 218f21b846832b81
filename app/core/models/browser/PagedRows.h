#pragma once

#include "core/api/Page.h"

#include <QList>
#include <QSet>
#include <QString>

#include <utility>

namespace fw {

/// What the browser's cursor-paginated lists share: their rows, merged page by page by id, and
/// the cursor to follow. `T` has an `id` and operator==. The model around it announces the
/// changes (dataChanged for the rows merge() reports, begin/endInsertRows around append() and
/// prepend(), begin/endRemoveRows around removeRows()).
template<typename T> class PagedRows final
{
public:
    /// Rows that changed in place, and items to append (in order, each id once).
    struct Merged
    {
        QList<int> changedRows;
        QList<T> fresh;
    };

    const QList<T> &rows() const { return m_rows; }
    QList<T> &rows() { return m_rows; }
    int size() const { return int(m_rows.size()); }

    int rowOf(const QString &id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return row;
        }
        return -1;
    }

    /// Starts a load from the first page again; the rows stay (a reload updates them in place).
    void restart()
    {
        m_seenIds.clear();
        m_cursorsFollowed.clear();
        m_nextCursor.clear();
        m_started = false;
        m_hasMore = false;
    }
    void clear()
    {
        m_rows.clear();
        restart();
    }

    /// The first page was asked for.
    bool started() const { return m_started; }
    void setStarted() { m_started = true; }
    /// The cursor of the page to ask for next: empty before the first page.
    QString nextCursor() const { return m_nextCursor; }
    /// After a page: another can be fetched.
    bool hasMore() const { return m_hasMore; }

    /// Updates the rows of `page` that changed in place and returns them with the new items to
    /// append. Items without an id, and ids this load has already seen, are skipped. Then takes
    /// the page's cursor: hasMore() is true only when the server says there is more and the
    /// cursor is neither empty nor one this load followed already (a cursor that does not move
    /// would page forever).
    Merged merge(const Page<T> &page)
    {
        Merged merged;
        for (const T &item : page.items) {
            if (item.id.isEmpty() || m_seenIds.contains(item.id))
                continue;
            m_seenIds.insert(item.id);
            const int row = rowOf(item.id);
            if (row < 0) {
                merged.fresh.append(item);
            } else if (!(m_rows.at(row) == item)) {
                m_rows[row] = item;
                merged.changedRows.append(row);
            }
        }
        m_nextCursor = page.nextCursor;
        m_hasMore = page.hasMore && !page.nextCursor.isEmpty()
            && !m_cursorsFollowed.contains(page.nextCursor);
        if (m_hasMore)
            m_cursorsFollowed.insert(page.nextCursor);
        return merged;
    }
    void append(const QList<T> &fresh) { m_rows.append(fresh); }
    void prepend(const QList<T> &fresh) { m_rows = fresh + m_rows; }

    /// Contiguous blocks [first, last] of rows this load did not see, last block first, so that
    /// removing them one after another keeps the others' rows valid.
    QList<std::pair<int, int>> unseenBlocks() const
    {
        QList<std::pair<int, int>> blocks;
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (m_seenIds.contains(m_rows.at(row).id))
                continue;
            int first = row;
            while (first > 0 && !m_seenIds.contains(m_rows.at(first - 1).id))
                --first;
            blocks.append({first, row});
            row = first;
        }
        return blocks;
    }
    void removeRows(int first, int last) { m_rows.remove(first, last - first + 1); }

private:
    QList<T> m_rows;
    QSet<QString> m_seenIds; ///< ids seen during the load in progress
    QSet<QString> m_cursorsFollowed; ///< guards against a server that repeats a cursor
    QString m_nextCursor;
    bool m_started = false;
    bool m_hasMore = false;
};

} // namespace fw
