#pragma once

#include "ErrorFilter.h"
#include "ErrorStore.h"

#include <QStringMatcher>

#include <vector>

namespace fw {

/// An ErrorFilter compiled against one ErrorStore: names resolved to ids, the text tested once
/// per distinct column name and message, a precompiled case-insensitive search for values.
/// Interned names that appear after compiling are tested on the fly.
class ErrorMatcher final
{
public:
    ErrorMatcher(const ErrorFilter &filter, const ErrorStore &store);

    [[nodiscard]] bool matchesAll() const { return m_matchesAll; }
    [[nodiscard]] bool matches(const ErrorStore &store, qsizetype i) const;

    /// The same rule for one error on its own (the command line's --filter).
    [[nodiscard]] static bool matches(const ErrorFilter &filter, const ValidationError &error);

private:
    [[nodiscard]] bool textMatches(QStringView text) const;
    [[nodiscard]] bool rowMatches(qint64 row) const;
    [[nodiscard]] bool idMatches(const std::vector<qint8> &cache, ErrorStore::Id id,
                                 const QStringList &names) const;

    ErrorFilter m_filter;
    QStringMatcher m_text;
    QString m_digits; ///< the text as a row number's digits; empty if it cannot be one
    qint64 m_columnId = -1;
    qint64 m_messageId = -1;
    std::vector<qint8> m_columnText; ///< per column id: does its name contain the text
    std::vector<qint8> m_messageText;
    bool m_matchesAll = true;
    bool m_matchesNone = false;
};

} // namespace fw
