#include "CsvWriter.h"

#include <QIODevice>

#include <algorithm>
#include <bit>
#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace fw {

namespace {

// Output is handed to the device in blocks of about this size.
constexpr qsizetype BlockSize = qsizetype {64} * 1024;

// The most bytes one field can take: 3 per UTF-16 unit (a doubled quote takes 2, a surrogate
// pair 4 for its 2 units, anything else up to 3), plus apostrophe, two quotes and a separator.
constexpr qsizetype worstCaseBytes(qsizetype utf16Units)
{
    return 3 * utf16Units + 4;
}

inline char byte(unsigned value)
{
    return static_cast<char>(static_cast<unsigned char>(value));
}

// UTF-16 → UTF-8 straight into `out`, doubling double quotes when asked. Unpaired surrogates
// become U+FFFD, the Unicode replacement character (QString::toUtf8() would write '?', which
// cannot be told apart from a real question mark).
char *encodeUtf8(char *out, QStringView text, bool doubleQuotes)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
#ifdef __SSE2__
        // Runs of plain ASCII (no quote when quoting) are packed 8 units at a time.
        const __m128i highBits = _mm_set1_epi16(static_cast<short>(0xFF80));
        const __m128i quote = _mm_set1_epi16(u'"');
        while (end - p >= 8) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i ascii = _mm_cmpeq_epi16(_mm_and_si128(v, highBits), _mm_setzero_si128());
            const __m128i quotes = doubleQuotes ? _mm_cmpeq_epi16(v, quote) : _mm_setzero_si128();
            // Two mask bits per unit, set where the unit is plain ASCII.
            const auto plain
                = static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(quotes, ascii)));
            if (plain == 0xFFFFu) {
                _mm_storel_epi64(reinterpret_cast<__m128i *>(out), _mm_packus_epi16(v, v));
                out += 8;
                p += 8;
                continue;
            }
            // Copy the plain prefix, then fall through to the scalar loop for one unit.
            const int count = std::countr_one(plain) / 2;
            for (int i = 0; i < count; ++i)
                *out++ = static_cast<char>(p[i]);
            p += count;
            break;
        }
        if (p == end)
            break;
#endif
        const char16_t c = *p++;
        if (c < 0x80) {
            *out++ = static_cast<char>(c);
            if (c == u'"' && doubleQuotes)
                *out++ = '"';
        } else if (c < 0x800) {
            *out++ = byte(0xC0u | (c >> 6));
            *out++ = byte(0x80u | (c & 0x3Fu));
        } else if (!QChar::isSurrogate(c)) {
            *out++ = byte(0xE0u | (c >> 12));
            *out++ = byte(0x80u | ((c >> 6) & 0x3Fu));
            *out++ = byte(0x80u | (c & 0x3Fu));
        } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t u = QChar::surrogateToUcs4(c, *p++);
            *out++ = byte(0xF0u | (u >> 18));
            *out++ = byte(0x80u | ((u >> 12) & 0x3Fu));
            *out++ = byte(0x80u | ((u >> 6) & 0x3Fu));
            *out++ = byte(0x80u | (u & 0x3Fu));
        } else {
            *out++ = byte(0xEFu);
            *out++ = byte(0xBFu);
            *out++ = byte(0xBDu);
        }
    }
    return out;
}

// Writes one field (without separator) and returns the new end.
char *encodeFieldTo(char *out, QStringView field, bool neutralise, bool forceQuotes = false)
{
    const bool apostrophe = neutralise && CsvWriter::needsNeutralising(field);
    const bool quoted = forceQuotes || CsvWriter::needsQuoting(field);
    if (quoted)
        *out++ = '"';
    if (apostrophe)
        *out++ = '\'';
    out = encodeUtf8(out, field, quoted);
    if (quoted)
        *out++ = '"';
    return out;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, CsvWriterOptions options)
    : m_device(device)
    , m_options(options)
{ }

CsvWriter::~CsvWriter()
{
    flush();
}

bool CsvWriter::needsNeutralising(QStringView field)
{
    for (const QChar c : field) {
        switch (c.unicode()) {
        case u' ':
            continue;
        case u'=':
        case u'+':
        case u'-':
        case u'@':
        case u'\t':
        case u'\r':
            return true;
        default:
            return false;
        }
    }
    return false;
}

bool CsvWriter::needsQuoting(QStringView field)
{
    const char16_t *p = field.utf16();
    const char16_t *const end = p + field.size();
#ifdef __SSE2__
    const __m128i comma = _mm_set1_epi16(u',');
    const __m128i quote = _mm_set1_epi16(u'"');
    const __m128i cr = _mm_set1_epi16(u'\r');
    const __m128i lf = _mm_set1_epi16(u'\n');
    for (; end - p >= 8; p += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hits
            = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, comma), _mm_cmpeq_epi16(v, quote)),
                           _mm_or_si128(_mm_cmpeq_epi16(v, cr), _mm_cmpeq_epi16(v, lf)));
        if (_mm_movemask_epi8(hits) != 0)
            return true;
    }
#endif
    return std::any_of(
        p, end, [](char16_t u) { return u == u',' || u == u'"' || u == u'\r' || u == u'\n'; });
}

QByteArray CsvWriter::encodeField(QStringView field, bool neutralise)
{
    QByteArray bytes;
    bytes.resize(worstCaseBytes(field.size()));
    char *const begin = bytes.data();
    bytes.resize(encodeFieldTo(begin, field, neutralise) - begin);
    return bytes;
}

void CsvWriter::writeRecord(std::initializer_list<QStringView> fields,
                            std::initializer_list<bool> neutralise)
{
    writeRecord(std::span<const QStringView>(fields.begin(), fields.size()),
                std::span<const bool>(neutralise.begin(), neutralise.size()));
}

void CsvWriter::writeRecord(std::span<const QStringView> fields, std::span<const bool> neutralise)
{
    if (!ok())
        return;

    qsizetype needed = 3 + 2; // BOM, CRLF
    for (const QStringView field : fields)
        needed += worstCaseBytes(field.size());
    char *const begin = reserve(needed);
    if (!begin)
        return;
    char *out = begin;

    // Without a BOM of our own, a first field starting with U+FEFF would start the output
    // with the bytes of one, and readers would drop it: quote that field.
    bool quoteFirstField = false;
    if (!m_bomWritten) {
        m_bomWritten = true;
        if (m_options.byteOrderMark) {
            *out++ = byte(0xEFu);
            *out++ = byte(0xBBu);
            *out++ = byte(0xBFu);
        } else {
            quoteFirstField = !fields.empty() && fields.front().startsWith(QChar(0xFEFF));
        }
    }

    if (fields.size() == 1 && fields.front().isEmpty()) {
        // A lone empty field would be a blank line, which readers skip.
        *out++ = '"';
        *out++ = '"';
    } else {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0)
                *out++ = ',';
            out = encodeFieldTo(out, fields[i], i < neutralise.size() && neutralise[i],
                                i == 0 && quoteFirstField);
        }
    }
    *out++ = '\r';
    *out++ = '\n';

    m_used += out - begin;
    ++m_recordCount;
    if (m_used >= BlockSize)
        flush();
}

char *CsvWriter::reserve(qsizetype bytes)
{
    if (m_used + bytes > m_buffer.size()) {
        if (m_used > 0 && !flush())
            return nullptr;
        if (bytes > m_buffer.size())
            m_buffer.resize(std::max(bytes, 2 * BlockSize));
    }
    return m_buffer.data() + m_used;
}

bool CsvWriter::flush()
{
    if (m_used == 0 || !ok())
        return ok();
    const qsizetype pending = std::exchange(m_used, 0);
    if (!m_device || !m_device->isWritable()) {
        fail(u"The CSV output is not open for writing."_s);
        return false;
    }
    const qint64 written = m_device->write(m_buffer.constData(), pending);
    if (written != pending) {
        const QString reason = m_device->errorString();
        fail(reason.isEmpty() || written >= 0
                 ? u"Could not write the CSV data (%1 of %2 bytes written)."_s
                       .arg(std::max<qint64>(written, 0))
                       .arg(pending)
                 : u"Could not write the CSV data: %1"_s.arg(reason));
        return false;
    }
    return true;
}

void CsvWriter::fail(const QString &message)
{
    if (m_errorString.isEmpty())
        m_errorString = message;
}

} // namespace fw
