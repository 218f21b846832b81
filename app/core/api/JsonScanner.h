#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace fw {

/// Splits JSON text into values without decoding them; what it splits off is checked by
/// QJsonDocument afterwards. Two ways to drive it, on one lexical state (inside a string, after
/// a backslash there, how deep in objects and arrays):
/// - byte by byte with step(), for text that arrives in chunks (ErrorsRequest's stream);
/// - as a cursor over a whole text (ProgressDecoder), which checks the structure around the
///   values it skips: brackets, commas, colons and what follows the document.
class JsonScanner final
{
public:
    /// Nesting deeper than this is not skipped (the caller falls back to a whole parse).
    static constexpr int MaxDepth = 512;

    explicit JsonScanner(QByteArrayView text = {})
        : m_begin(text.data())
        , m_p(m_begin)
        , m_end(m_begin + text.size())
    { }

    // --- Byte by byte ---

    /// What a byte was.
    enum class Token {
        InString, ///< a byte inside a string, its quotes excepted
        StringStart,
        StringEnd,
        Open, ///< { or [ outside strings; depth() counts it
        Close, ///< } or ] outside strings; depth() no longer counts it
        Other, ///< anything else outside strings: space, comma, colon, a scalar's bytes
    };
    Token step(char c)
    {
        if (m_inString) {
            if (m_escape) {
                m_escape = false;
            } else if (c == '\\') {
                m_escape = true;
            } else if (c == '"') {
                m_inString = false;
                return Token::StringEnd;
            }
            return Token::InString;
        }
        switch (c) {
        case '"':
            m_inString = true;
            return Token::StringStart;
        case '{':
        case '[':
            ++m_depth;
            return Token::Open;
        case '}':
        case ']':
            --m_depth;
            return Token::Close;
        default:
            return Token::Other;
        }
    }
    bool inString() const { return m_inString; }
    int depth() const { return m_depth; }
    /// Every string and every object or array stepped into was closed again.
    bool balanced() const { return !m_inString && m_depth == 0; }

    // --- As a cursor over the whole text ---

    qsizetype offset() const { return m_p - m_begin; }
    bool atEnd() const { return m_p == m_end; }
    bool peek(char c) const { return m_p != m_end && *m_p == c; }
    void skipSpace()
    {
        while (m_p != m_end && isSpace(*m_p))
            ++m_p;
    }
    bool take(char c)
    {
        if (!peek(c))
            return false;
        ++m_p;
        return true;
    }
    /// Moves past the next `length` bytes if they are `bytes`.
    bool takeBytes(const char *bytes, qsizetype length);
    /// Moves past a string; `escaped` tells whether it holds a backslash.
    bool skipString(bool *escaped = nullptr);
    /// Moves past one object.
    bool skipObject() { return peek('{') && skipValue(); }
    /// Moves past one value of any kind.
    bool skipValue();

    /// What follows an element of an array or a member of an object.
    enum class After { More, Closed, Broken };
    /// Moves past the comma before the next element, or past `close`.
    After takeSeparator(char close)
    {
        skipSpace();
        if (take(','))
            return After::More;
        return take(close) ? After::Closed : After::Broken;
    }

    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

private:
    bool skipNested();

    const char *m_begin = nullptr;
    const char *m_p = nullptr;
    const char *m_end = nullptr;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
};

} // namespace fw
