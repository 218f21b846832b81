#include "ErrorStore.h"

namespace fw {

ErrorStore::Id ErrorStore::intern(const QString &text, Interner &interner, QStringList &names,
                                  QList<qint64> &counts)
{
    constexpr qsizetype PinLimit = 4096;
    const auto byData = interner.byData.constFind(text.constData());
    if (byData != interner.byData.constEnd() && names.at(byData.value()).size() == text.size()) {
        ++counts[byData.value()];
        return static_cast<Id>(byData.value());
    }
    auto it = interner.byText.constFind(text);
    if (it == interner.byText.constEnd()) {
        it = interner.byText.insert(text, names.size());
        names.append(text);
        counts.append(0);
    }
    // Heap data only: literal and raw data have no header that keeps them alive.
    if (text.data_ptr().isMutable() && interner.pinned.size() < PinLimit) {
        interner.pinned.append(text);
        interner.byData.insert(text.constData(), it.value());
    }
    const auto id = static_cast<Id>(it.value());
    ++counts[id];
    return id;
}

void ErrorStore::append(const ValidationError &error)
{
    m_rows.append(error.row);
    m_columnIds.append(intern(error.column, m_columnLookup, m_columns, m_columnCounts));
    m_messageIds.append(intern(error.error, m_messageLookup, m_messages, m_messageCounts));
    if (m_chunks.isEmpty()
        || (m_chunks.constLast().size() + error.value.size() > ChunkChars
            && !m_chunks.constLast().isEmpty())) {
        QString chunk;
        chunk.reserve(std::max(ChunkChars, error.value.size()));
        m_chunks.append(chunk);
    }
    QString &chunk = m_chunks.last();
    m_valueAt.append(quint64(m_chunks.size() - 1) << OffsetBits | quint64(chunk.size()));
    chunk.append(error.value);
}

void ErrorStore::append(const QList<ValidationError> &batch)
{
    // No reserve() here: QList's own growth reallocates in place (mremap for big blocks), while
    // reserve() would copy and fault in every column at once, a visible stall at a million rows.
    for (const ValidationError &error : batch)
        append(error);
}

void ErrorStore::reserve(qsizetype rows)
{
    m_rows.reserve(rows);
    m_columnIds.reserve(rows);
    m_messageIds.reserve(rows);
    m_valueAt.reserve(rows);
}

void ErrorStore::clear()
{
    *this = ErrorStore();
}

ValidationError ErrorStore::at(qsizetype i) const
{
    return {row(i), column(i), value(i).toString(), message(i)};
}

ValidationError ErrorStore::borrowedAt(qsizetype i) const
{
    const QStringView v = value(i);
    return {row(i), column(i), QString::fromRawData(v.data(), v.size()), message(i)};
}

qint64 ErrorStore::memoryBytes() const
{
    qint64 chunkBytes = 0;
    for (const QString &chunk : m_chunks)
        chunkBytes += chunk.capacity() * qint64(sizeof(QChar));
    return m_rows.capacity() * qint64(sizeof(qint64)) + m_columnIds.capacity() * qint64(sizeof(Id))
        + m_messageIds.capacity() * qint64(sizeof(Id))
        + m_valueAt.capacity() * qint64(sizeof(quint64)) + chunkBytes;
}

} // namespace fw
