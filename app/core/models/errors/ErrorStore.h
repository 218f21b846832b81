#pragma once

#include "core/api/ValidationError.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace fw {

/// A run's validation errors in compact columns, built for a million rows: row numbers as
/// integers, column names and error messages interned to small ids (with running counts per id),
/// and every value in one UTF-16 arena addressed by end offsets.
///
/// Every member is implicitly shared, so copying a store is a cheap snapshot: a worker thread can
/// sort or export a copy while the GUI thread keeps appending (the next append detaches).
class ErrorStore final
{
public:
    using Id = quint32;

    [[nodiscard]] qsizetype size() const { return m_rows.size(); }
    [[nodiscard]] bool isEmpty() const { return m_rows.isEmpty(); }

    void append(const ValidationError &error);
    void append(const QList<ValidationError> &batch);
    void clear();
    void reserve(qsizetype rows);

    [[nodiscard]] qint64 row(qsizetype i) const { return m_rows.at(i); }
    [[nodiscard]] Id columnId(qsizetype i) const { return m_columnIds.at(i); }
    [[nodiscard]] Id messageId(qsizetype i) const { return m_messageIds.at(i); }
    [[nodiscard]] const QString &column(qsizetype i) const { return m_columns.at(columnId(i)); }
    [[nodiscard]] const QString &message(qsizetype i) const { return m_messages.at(messageId(i)); }
    [[nodiscard]] QStringView value(qsizetype i) const
    {
        const quint64 at = m_valueAt.at(i);
        const QString &chunk = m_chunks.at(qsizetype(at >> OffsetBits));
        const qsizetype begin = qsizetype(at & OffsetMask);
        qsizetype end = chunk.size();
        if (i + 1 < m_valueAt.size() && (m_valueAt.at(i + 1) >> OffsetBits) == (at >> OffsetBits))
            end = qsizetype(m_valueAt.at(i + 1) & OffsetMask);
        return QStringView(chunk).sliced(begin, end - begin);
    }
    /// A copy of error i (allocates for the value).
    [[nodiscard]] ValidationError at(qsizetype i) const;
    /// Error i whose value points into the arena: valid only while this store is neither
    /// changed nor destroyed. For writing rows out without copying values.
    [[nodiscard]] ValidationError borrowedAt(qsizetype i) const;

    /// The distinct column names and messages, by id (in order of first appearance).
    [[nodiscard]] const QStringList &columnNames() const { return m_columns; }
    [[nodiscard]] const QStringList &messages() const { return m_messages; }
    [[nodiscard]] qint64 columnCount(Id id) const { return m_columnCounts.at(id); }
    [[nodiscard]] qint64 messageCount(Id id) const { return m_messageCounts.at(id); }
    /// The id of a column name or message, or -1 when no row has it.
    [[nodiscard]] qint64 findColumn(const QString &name) const
    {
        return m_columnLookup.byText.value(name, -1);
    }
    [[nodiscard]] qint64 findMessage(const QString &text) const
    {
        return m_messageLookup.byText.value(text, -1);
    }

    /// Bytes held by the columns (capacity, not counting the interned strings).
    [[nodiscard]] qint64 memoryBytes() const;

private:
    struct Interner
    {
        QHash<QString, qint64> byText;
        /// Shared strings seen before, by their data: a hit needs no hashing of the text. Only
        /// strings held in `pinned` are listed, so an address cannot be reused meanwhile.
        QHash<const QChar *, qint64> byData;
        QStringList pinned;
    };
    static Id intern(const QString &text, Interner &interner, QStringList &names,
                     QList<qint64> &counts);

    QList<qint64> m_rows;
    QList<Id> m_columnIds;
    QList<Id> m_messageIds;
    // Values live in chunks that never grow past their reserved size (or one long value), so
    // appending never copies or re-faults the whole arena. Per row: chunk << 40 | offset; a
    // value ends where the next one in the same chunk begins, or at the chunk's end.
    static constexpr int OffsetBits = 40;
    static constexpr quint64 OffsetMask = (quint64(1) << OffsetBits) - 1;
    static constexpr qsizetype ChunkChars = qsizetype(1) << 20;
    QList<quint64> m_valueAt;
    QList<QString> m_chunks;
    QStringList m_columns;
    QStringList m_messages;
    QList<qint64> m_columnCounts;
    QList<qint64> m_messageCounts;
    Interner m_columnLookup;
    Interner m_messageLookup;
};

} // namespace fw
