#include "JsonScanner.h"

#include <cstring>

namespace fw {

namespace {
bool isDelimiter(char c)
{
    switch (c) {
    case ',':
    case ':':
    case '[':
    case ']':
    case '{':
    case '}':
    case '"':
        return true;
    default:
        return JsonScanner::isSpace(c);
    }
}
} // namespace

bool JsonScanner::takeBytes(const char *bytes, qsizetype length)
{
    if (m_end - m_p < length || std::memcmp(m_p, bytes, size_t(length)) != 0)
        return false;
    m_p += length;
    return true;
}

bool JsonScanner::skipString(bool *escaped)
{
    if (!peek('"'))
        return false;
    JsonScanner lexer;
    bool sawEscape = false;
    while (m_p != m_end) {
        const char c = *m_p++;
        if (lexer.step(c) == Token::StringEnd) {
            if (escaped)
                *escaped = sawEscape;
            return true;
        }
        sawEscape = sawEscape || c == '\\';
    }
    return false;
}

bool JsonScanner::skipValue()
{
    if (m_p == m_end)
        return false;
    if (*m_p == '"')
        return skipString();
    if (*m_p == '{' || *m_p == '[')
        return skipNested();
    const char *start = m_p;
    while (m_p != m_end && !isDelimiter(*m_p))
        ++m_p;
    return m_p != start;
}

bool JsonScanner::skipNested()
{
    JsonScanner lexer;
    while (m_p != m_end) {
        switch (lexer.step(*m_p++)) {
        case Token::Open:
            if (lexer.depth() > MaxDepth)
                return false;
            break;
        case Token::Close:
            if (lexer.depth() == 0)
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

} // namespace fw
