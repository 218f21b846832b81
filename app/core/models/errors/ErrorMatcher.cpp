#include "ErrorMatcher.h"

#include <QLocale>

#include <array>

namespace fw {

namespace {

QString digitsOf(const QString &text)
{
    // "1,234", "1 234", "1.234" and the locale's own separator all name row 1234.
    const QChar group
        = QLocale().groupSeparator().isEmpty() ? QChar(u',') : QLocale().groupSeparator().front();
    QString digits;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits += c;
        else if (c == u',' || c == u'.' || c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F)
                 || c == group)
            continue;
        else
            return {};
    }
    return digits;
}

} // namespace

ErrorMatcher::ErrorMatcher(const ErrorFilter &filter, const ErrorStore &store)
    : m_filter(filter)
    , m_text(filter.text, Qt::CaseInsensitive)
    , m_digits(digitsOf(filter.text))
{
    m_matchesAll = filter.isEmpty();
    if (filter.column) {
        m_columnId = store.findColumn(*filter.column);
        m_matchesNone = m_matchesNone || m_columnId < 0;
    }
    if (filter.message) {
        m_messageId = store.findMessage(*filter.message);
        m_matchesNone = m_matchesNone || m_messageId < 0;
    }
    if (!filter.text.isEmpty()) {
        m_columnText.resize(std::size_t(store.columnNames().size()));
        for (qsizetype id = 0; id < store.columnNames().size(); ++id)
            m_columnText[std::size_t(id)] = textMatches(store.columnNames().at(id)) ? 1 : 0;
        m_messageText.resize(std::size_t(store.messages().size()));
        for (qsizetype id = 0; id < store.messages().size(); ++id)
            m_messageText[std::size_t(id)] = textMatches(store.messages().at(id)) ? 1 : 0;
    }
}

bool ErrorMatcher::textMatches(QStringView text) const
{
    return m_text.indexIn(text) >= 0;
}

bool ErrorMatcher::rowMatches(qint64 row) const
{
    if (m_digits.isEmpty())
        return false;
    std::array<char16_t, 24> buffer {};
    char16_t *const end = buffer.data() + buffer.size();
    char16_t *begin = end;
    quint64 magnitude = row < 0 ? 0 - quint64(row) : quint64(row);
    do {
        *--begin = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    return QStringView(begin, end).contains(m_digits);
}

bool ErrorMatcher::idMatches(const std::vector<qint8> &cache, ErrorStore::Id id,
                             const QStringList &names) const
{
    if (id < cache.size())
        return cache[id] != 0;
    return textMatches(names.at(id)); // appeared after compiling
}

bool ErrorMatcher::matches(const ErrorStore &store, qsizetype i) const
{
    if (m_matchesAll)
        return true;
    if (m_matchesNone)
        return false;
    if (m_columnId >= 0 && store.columnId(i) != ErrorStore::Id(m_columnId))
        return false;
    if (m_messageId >= 0 && store.messageId(i) != ErrorStore::Id(m_messageId))
        return false;
    if (m_filter.text.isEmpty())
        return true;
    return idMatches(m_messageText, store.messageId(i), store.messages())
        || idMatches(m_columnText, store.columnId(i), store.columnNames())
        || textMatches(store.value(i)) || rowMatches(store.row(i));
}

bool ErrorMatcher::matches(const ErrorFilter &filter, const ValidationError &error)
{
    if (filter.column && error.column != *filter.column)
        return false;
    if (filter.message && error.error != *filter.message)
        return false;
    if (filter.text.isEmpty())
        return true;
    if (error.column.contains(filter.text, Qt::CaseInsensitive)
        || error.value.contains(filter.text, Qt::CaseInsensitive)
        || error.error.contains(filter.text, Qt::CaseInsensitive))
        return true;
    const QString digits = digitsOf(filter.text);
    return !digits.isEmpty() && QString::number(error.row).contains(digits);
}

} // namespace fw
