#include "CsvStreamParser.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace fw {

namespace {

constexpr char Bom[3] = {'\xEF', '\xBB', '\xBF'};

inline bool endsUnquoted(char c)
{
    return c == ',' || c == '\n' || c == '\r';
}

// The first comma, CR or LF in [p, end), or end. Unquoted runs are scanned 16 bytes at a time.
const char *findUnquotedEnd(const char *p, const char *end)
{
#ifdef __SSE2__
    const __m128i comma = _mm_set1_epi8(',');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i lf = _mm_set1_epi8('\n');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hits = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, cr)), _mm_cmpeq_epi8(v, lf));
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
        if (mask != 0)
            return p + std::countr_zero(mask);
        p += 16;
    }
#endif
    while (p < end && !endsUnquoted(*p))
        ++p;
    return p;
}

} // namespace

CsvStreamParser::CsvStreamParser(qsizetype maxRecordBytes)
    : m_maxRecordBytes(maxRecordBytes)
{ }

void CsvStreamParser::reset()
{
    m_recordSize = 0;
    m_fieldEnds.clear();
    m_bomProbe.clear();
    m_atStreamStart = true;
    m_state = State::RecordStart;
    m_recordCount = 0;
    m_bytesConsumed = 0;
    m_errorString.clear();
}

void CsvStreamParser::feed(QByteArrayView chunk, const RecordHandler &onRecord)
{
    if (hasError() || chunk.isEmpty())
        return;
    m_bytesConsumed += chunk.size();

    if (m_atStreamStart) {
        while (!chunk.isEmpty() && m_bomProbe.size() < 3
               && chunk.front() == Bom[m_bomProbe.size()]) {
            m_bomProbe.append(chunk.front());
            chunk = chunk.sliced(1);
        }
        if (m_bomProbe.size() == 3) {
            m_bomProbe.clear(); // a BOM: skip it
        } else if (chunk.isEmpty()) {
            return; // still a possible start of a BOM
        } else {
            // Not a BOM after all: what was held back is data.
            const QByteArray data = std::exchange(m_bomProbe, {});
            parse(data.constData(), data.constData() + data.size(), onRecord);
        }
        m_atStreamStart = false;
    }
    parse(chunk.data(), chunk.data() + chunk.size(), onRecord);
}

bool CsvStreamParser::finish(const RecordHandler &onRecord)
{
    if (m_atStreamStart) {
        m_atStreamStart = false;
        const QByteArray data = std::exchange(m_bomProbe, {});
        parse(data.constData(), data.constData() + data.size(), onRecord);
    }
    if (hasError())
        return false;

    switch (m_state) {
    case State::RecordStart:
        break;
    case State::Quoted:
        fail(tr("The CSV data ends inside a quoted field (record %1).").arg(m_recordCount + 1));
        return false;
    case State::FieldStart:
    case State::Unquoted:
    case State::QuoteInQuoted:
        if (!endField())
            return false;
        endRecord(onRecord);
        break;
    }
    m_state = State::RecordStart;
    return true;
}

inline bool CsvStreamParser::append(const char *data, qsizetype size)
{
    const qsizetype needed = m_recordSize + size;
    if (needed + static_cast<qsizetype>(m_fieldEnds.size()) > m_maxRecordBytes) [[unlikely]]
        return recordTooLarge();
    if (needed > static_cast<qsizetype>(m_record.size())) [[unlikely]]
        m_record.resize(std::max<std::size_t>(static_cast<std::size_t>(needed),
                                              std::max<std::size_t>(2 * m_record.size(), 4096)));
    if (size > 0)
        std::memcpy(m_record.data() + m_recordSize, data, static_cast<std::size_t>(size));
    m_recordSize = needed;
    return true;
}

bool CsvStreamParser::recordTooLarge()
{
    fail(u"Record %1 of the CSV data is larger than %2 bytes."_s.arg(m_recordCount + 1)
             .arg(m_maxRecordBytes));
    return false;
}

inline bool CsvStreamParser::endField()
{
    // Each field counts as one byte towards the cap, so a run of commas is bounded too.
    if (m_recordSize + static_cast<qsizetype>(m_fieldEnds.size()) >= m_maxRecordBytes) [[unlikely]]
        return recordTooLarge();
    m_fieldEnds.push_back(m_recordSize);
    return true;
}

void CsvStreamParser::parse(const char *p, const char *const end, const RecordHandler &onRecord)
{
    while (p < end) {
        switch (m_state) {
        case State::RecordStart:
            while (p < end && (*p == '\r' || *p == '\n'))
                ++p; // blank lines, and the LF of a CRLF split from its CR
            if (p == end)
                return;
            m_state = State::FieldStart;
            [[fallthrough]];
        case State::FieldStart:
            if (*p == '"') {
                ++p;
                m_state = State::Quoted;
                break;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            // A quote here is malformed; it is kept as a literal character.
            const char *const stop = findUnquotedEnd(p, end);
            if (!append(p, stop - p))
                return;
            p = stop;
            if (p == end)
                return;
            const char c = *p++;
            if (!endField())
                return;
            if (c == ',') {
                m_state = State::FieldStart;
            } else {
                endRecord(onRecord);
                m_state = State::RecordStart;
            }
            break;
        }
        case State::Quoted: {
            const auto *quote = static_cast<const char *>(std::memchr(p, '"', end - p));
            const char *const stop = quote ? quote : end;
            if (!append(p, stop - p))
                return;
            p = stop;
            if (quote) {
                ++p;
                m_state = State::QuoteInQuoted;
            }
            break;
        }
        case State::QuoteInQuoted: {
            const char c = *p;
            if (c == '"') {
                // A doubled quote: one literal quote.
                if (!append(p, 1))
                    return;
                ++p;
                m_state = State::Quoted;
            } else if (c == ',') {
                ++p;
                if (!endField())
                    return;
                m_state = State::FieldStart;
            } else if (c == '\r' || c == '\n') {
                ++p;
                if (!endField())
                    return;
                endRecord(onRecord);
                m_state = State::RecordStart;
            } else {
                // Malformed: text after the closing quote is kept as part of the field.
                m_state = State::Unquoted;
            }
            break;
        }
        }
    }
}

void CsvStreamParser::endRecord(const RecordHandler &onRecord)
{
    m_views.clear();
    const char *const base = m_record.data();
    qsizetype start = 0;
    for (const qsizetype fieldEnd : m_fieldEnds) {
        m_views.emplace_back(base + start, fieldEnd - start);
        start = fieldEnd;
    }
    m_recordSize = 0;
    m_fieldEnds.clear();
    ++m_recordCount;
    if (onRecord)
        onRecord(std::span<const QByteArrayView>(m_views));
}

void CsvStreamParser::fail(const QString &message)
{
    if (m_errorString.isEmpty())
        m_errorString = message;
}

} // namespace fw
