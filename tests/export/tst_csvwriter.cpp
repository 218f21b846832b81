#include "core/csv/CsvWriter.h"
#include "core/export/ValidationErrorCsv.h"

#include <QBuffer>
#include <QLocale>
#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Bom = "\xEF\xBB\xBF"_ba;

// Writes the records into a buffer and returns its exact bytes.
QByteArray write(const QList<QStringList> &records, const QList<bool> &neutralise,
                 bool byteOrderMark)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        fw::CsvWriter writer(&buffer, {.byteOrderMark = byteOrderMark});
        const std::span<const bool> marks(neutralise.constData(), neutralise.size());
        for (const QStringList &record : records) {
            const std::vector<QStringView> fields(record.begin(), record.end());
            writer.writeRecord(fields, marks);
        }
        writer.flush();
        if (!writer.ok())
            qWarning() << writer.errorString();
    }
    return bytes;
}

// The rules spelled out the slow, obvious way, to check the fast path against.
QByteArray referenceField(const QString &field, bool neutralise)
{
    QString text = field;
    qsizetype first = 0;
    while (first < text.size() && text.at(first) == u' ')
        ++first;
    if (neutralise && first < text.size() && u"=+-@\t\r"_s.contains(text.at(first)))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n'))
        text = u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
    return text.toUtf8();
}

QString randomField(QRandomGenerator &random)
{
    static const QList<char16_t> alphabet {
        u'a', u'Z', u'0',  u' ', u',', u'"', u'\r', u'\n',     u'\t',     u'=',      u'+',
        u'-', u'@', u'\'', u'é', u'ß', u'€', u'中', u'\u05D0', u'\u202E', u'\uFEFF', u'\uFFFD'};
    QString field;
    const int length = random.bounded(0, 40);
    for (int i = 0; i < length; ++i) {
        const int pick = random.bounded(0, int(alphabet.size()) + 2);
        if (pick < alphabet.size())
            field.append(QChar(alphabet.at(pick)));
        else if (pick == alphabet.size())
            field.append(u"😀"_s); // a surrogate pair
        else
            field.append(QString(20, u'x')); // a long plain run for the 8-unit fast path
    }
    return field;
}

// A device that accepts `capacity` bytes and then refuses every write.
class FailingDevice final : public QIODevice
{
public:
    explicit FailingDevice(qint64 capacity)
        : m_capacity(capacity)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (m_written + size > m_capacity) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        m_written += size;
        return size;
    }

private:
    qint64 m_capacity = 0;
    qint64 m_written = 0;
};

} // namespace

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void escaping_data();
    void escaping();
    void neutralising_data();
    void neutralising();
    void needsNeutralising_data();
    void needsNeutralising();
    void byteOrderMark_data();
    void byteOrderMark();
    void records();
    void matchesReference();
    void unicodeMatchesQtUtf8();
    void largeOutputAcrossBlocks();
    void validationErrors_data();
    void validationErrors();
    void validationErrorHeaderWithBom();
    void rowNumberIgnoresLocale();
    void unwritableDevice();
    void nullDevice();
    void deviceFailsMidway();
};

void TestCsvWriter::escaping_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << u"abc"_s << "abc\r\n"_ba;
    QTest::newRow("comma") << u"a,b"_s << "\"a,b\"\r\n"_ba;
    QTest::newRow("quote") << u"say \"hi\""_s << "\"say \"\"hi\"\"\"\r\n"_ba;
    QTest::newRow("only a quote") << u"\""_s << "\"\"\"\"\r\n"_ba;
    QTest::newRow("LF") << u"a\nb"_s << "\"a\nb\"\r\n"_ba;
    QTest::newRow("CRLF") << u"a\r\nb"_s << "\"a\r\nb\"\r\n"_ba;
    QTest::newRow("lone CR") << u"a\rb"_s << "\"a\rb\"\r\n"_ba;
    QTest::newRow("trailing CR") << u"a\r"_s << "\"a\r\"\r\n"_ba;
    QTest::newRow("leading and trailing spaces") << u"  a b  "_s << "  a b  \r\n"_ba;
    QTest::newRow("only spaces") << u"   "_s << "   \r\n"_ba;
    QTest::newRow("empty (quoted, not a blank line)") << QString() << "\"\"\r\n"_ba;
    QTest::newRow("apostrophe") << u"it's"_s << "it's\r\n"_ba;
    QTest::newRow("tab inside") << u"a\tb"_s << "a\tb\r\n"_ba;
    QTest::newRow("formula, not marked") << u"=1+2"_s << "=1+2\r\n"_ba;
    QTest::newRow("latin-1") << u"Zürich café"_s << "Z\xC3\xBCrich caf\xC3\xA9\r\n"_ba;
    QTest::newRow("euro") << u"€5"_s
                          << "\xE2\x82\xAC"
                             "5\r\n"_ba;
    QTest::newRow("CJK") << u"中文"_s << "\xE4\xB8\xAD\xE6\x96\x87\r\n"_ba;
    QTest::newRow("emoji") << u"😀"_s << "\xF0\x9F\x98\x80\r\n"_ba;
    QTest::newRow("RTL") << u"שלום"_s << "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\r\n"_ba;
    QTest::newRow("RTL override") << u"a\u202Eb"_s
                                  << "a\xE2\x80\xAE"
                                     "b\r\n"_ba;
    QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) << "\xEF\xBF\xBD\r\n"_ba;
    QTest::newRow("lone low surrogate") << (u"a"_s + QChar(0xDE00) + u"b"_s)
                                        << "a\xEF\xBF\xBD"
                                           "b\r\n"_ba;
    QTest::newRow("unicode and comma") << u"é,😀"_s << "\"\xC3\xA9,\xF0\x9F\x98\x80\"\r\n"_ba;
    QTest::newRow("long plain run")
        << QString(37, u'x') << QByteArray(QByteArray(37, 'x') + "\r\n");
    QTest::newRow("quote after a long run")
        << (QString(17, u'x') + u"\""_s) << QByteArray("\"" + QByteArray(17, 'x') + "\"\"\"\r\n");
}

void TestCsvWriter::escaping()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, expected);

    QCOMPARE(write({{field}}, {}, false), expected);
    // A field is encoded the same whether it is marked or not, unless it is a formula.
    if (!fw::CsvWriter::needsNeutralising(field))
        QCOMPARE(write({{field}}, {true}, false), expected);
    QCOMPARE(fw::CsvWriter::encodeField(field) + "\r\n"_ba, field.isEmpty() ? "\r\n"_ba : expected);
}

void TestCsvWriter::neutralising_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("=") << u"=1+2"_s << "'=1+2\r\n"_ba;
    QTest::newRow("+") << u"+1"_s << "'+1\r\n"_ba;
    QTest::newRow("-") << u"-cmd"_s << "'-cmd\r\n"_ba;
    QTest::newRow("@") << u"@SUM(A1)"_s << "'@SUM(A1)\r\n"_ba;
    QTest::newRow("tab") << u"\tx"_s << "'\tx\r\n"_ba;
    QTest::newRow("CR") << u"\rx"_s << "\"'\rx\"\r\n"_ba;
    QTest::newRow("spaces then =") << u"  =x"_s << "'  =x\r\n"_ba;
    QTest::newRow("spaces then @") << u" @x"_s << "' @x\r\n"_ba;
    // Deliberate: a spreadsheet cannot tell "-5" from the start of "-5+cmd|...".
    QTest::newRow("negative number") << u"-5"_s << "'-5\r\n"_ba;
    QTest::newRow("negative decimal") << u"-0.25"_s << "'-0.25\r\n"_ba;
    QTest::newRow("formula with comma") << u"=a,b"_s << "\"'=a,b\"\r\n"_ba;
    QTest::newRow("formula with quotes") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                                         << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n"_ba;
    QTest::newRow("DDE payload") << u"=cmd|' /C calc'!A0"_s << "'=cmd|' /C calc'!A0\r\n"_ba;
    QTest::newRow("formula then LF") << u"=1\n2"_s << "\"'=1\n2\"\r\n"_ba;
    QTest::newRow("unicode formula") << u"=\"é\""_s << "\"'=\"\"\xC3\xA9\"\"\"\r\n"_ba;
    QTest::newRow("equals later") << u"a=b"_s << "a=b\r\n"_ba;
    QTest::newRow("minus later") << u"5-3"_s << "5-3\r\n"_ba;
    QTest::newRow("LF first") << u"\n=x"_s << "\"\n=x\"\r\n"_ba;
    QTest::newRow("apostrophe first") << u"'=x"_s << "'=x\r\n"_ba;
    QTest::newRow("only spaces") << u"  "_s << "  \r\n"_ba;
    QTest::newRow("empty") << QString() << "\"\"\r\n"_ba;
    QTest::newRow("full-width equals") << u"\uFF1D1"_s
                                       << "\xEF\xBC\x9D"
                                          "1\r\n"_ba;
}

void TestCsvWriter::neutralising()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, expected);

    QCOMPARE(write({{field}}, {true}, false), expected);
}

void TestCsvWriter::needsNeutralising_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("expected");

    QTest::newRow("=") << u"=x"_s << true;
    QTest::newRow("+") << u"+x"_s << true;
    QTest::newRow("-") << u"-x"_s << true;
    QTest::newRow("@") << u"@x"_s << true;
    QTest::newRow("tab") << u"\t"_s << true;
    QTest::newRow("CR") << u"\r"_s << true;
    QTest::newRow("spaces then =") << u"    =x"_s << true;
    QTest::newRow("-5") << u"-5"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces") << u"   "_s << false;
    QTest::newRow("LF") << u"\n="_s << false;
    QTest::newRow("text") << u"abc"_s << false;
    QTest::newRow("number") << u"5"_s << false;
    QTest::newRow("later =") << u"a=1"_s << false;
    QTest::newRow("apostrophe") << u"'=1"_s << false;
    QTest::newRow("no-break space then =") << u"\u00A0=1"_s << false;
}

void TestCsvWriter::needsNeutralising()
{
    QFETCH(QString, field);
    QFETCH(bool, expected);

    QCOMPARE(fw::CsvWriter::needsNeutralising(field), expected);
}

void TestCsvWriter::byteOrderMark_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("firstField");
    QTest::addColumn<int>("recordCount");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("on, one record") << true << u"a"_s << 1 << QByteArray(Bom + "a,b\r\n"_ba);
    QTest::newRow("on, written once")
        << true << u"a"_s << 2 << QByteArray(Bom + "a,b\r\na,b\r\n"_ba);
    QTest::newRow("on, no records") << true << u"a"_s << 0 << QByteArray();
    QTest::newRow("off") << false << u"a"_s << 2 << "a,b\r\na,b\r\n"_ba;
    // U+FEFF as data: with our BOM in front, readers drop only ours; without one, the field is
    // quoted so that its bytes cannot be taken for a BOM.
    QTest::newRow("on, data starting with U+FEFF")
        << true << u"\uFEFFa"_s << 1 << QByteArray(Bom + Bom + "a,b\r\n"_ba);
    QTest::newRow("off, data starting with U+FEFF")
        << false << u"\uFEFFa"_s << 2 << QByteArray("\"" + Bom + "a\",b\r\n" + Bom + "a,b\r\n"_ba);
}

void TestCsvWriter::byteOrderMark()
{
    QFETCH(bool, bom);
    QFETCH(QString, firstField);
    QFETCH(int, recordCount);
    QFETCH(QByteArray, expected);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        fw::CsvWriter writer(&buffer, {.byteOrderMark = bom});
        for (int i = 0; i < recordCount; ++i)
            writer.writeRecord({firstField, u"b"});
        QVERIFY(writer.flush());
        QCOMPARE(writer.recordCount(), recordCount);
    }
    QCOMPARE(bytes, expected);
}

void TestCsvWriter::records()
{
    // Default options: a BOM.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    fw::CsvWriter writer(&buffer);
    writer.writeRecord({u"a", u"", u"c"}); // empty middle field
    writer.writeRecord({u"", u""}); // two empty fields
    writer.writeRecord({u"x", u""}); // empty last field
    writer.writeRecord({}); // no fields: an empty line
    writer.writeRecord({u"=1", u"=1", u"-2"}, {false, true}); // marks may be shorter
    writer.writeRecord({u" a ", u"b,c", u"d\"e"});
    QVERIFY(writer.flush());
    QVERIFY(writer.ok());
    QCOMPARE(writer.errorString(), QString());
    QCOMPARE(bytes,
             QByteArray(Bom
                        + "a,,c\r\n"
                          ",\r\n"
                          "x,\r\n"
                          "\r\n"
                          "=1,'=1,-2\r\n"
                          " a ,\"b,c\",\"d\"\"e\"\r\n"_ba));
}

void TestCsvWriter::matchesReference()
{
    QRandomGenerator random(4180);
    for (int i = 0; i < 20000; ++i) {
        const QString field = randomField(random);
        const bool neutralise = random.bounded(2) == 1;
        QCOMPARE(fw::CsvWriter::encodeField(field, neutralise), referenceField(field, neutralise));
    }
}

void TestCsvWriter::unicodeMatchesQtUtf8()
{
    // Every BMP character and a few supplementary ones encode exactly as QString::toUtf8()
    // does. Unpaired surrogates are the one deliberate difference: U+FFFD instead of '?'
    // (see the "lone ... surrogate" rows of escaping()).
    QString all;
    for (char32_t u = 0x20; u <= 0xFFFF; ++u) {
        const auto unit = static_cast<char16_t>(u);
        if (u != u',' && u != u'"' && !QChar::isSurrogate(unit))
            all.append(QChar(unit));
    }
    all += u"😀𝄞🇩🇪"_s;
    QCOMPARE(fw::CsvWriter::encodeField(all), all.toUtf8());
}

void TestCsvWriter::largeOutputAcrossBlocks()
{
    // Far more than one internal block, with a field larger than a block in the middle.
    QRandomGenerator random(20);
    QList<QStringList> records;
    QByteArray expected = Bom;
    for (int i = 0; i < 5000; ++i) {
        QStringList record {QString::number(i), randomField(random), randomField(random)};
        if (i == 2500)
            record.append(QString(300000, u'"'));
        QByteArrayList encoded;
        for (const QString &field : std::as_const(record))
            encoded.append(referenceField(field, false));
        expected += encoded.join(',') + "\r\n";
        records.append(record);
    }
    QCOMPARE(write(records, {}, true), expected);
}

void TestCsvWriter::validationErrors_data()
{
    QTest::addColumn<qint64>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << qint64(12) << u"email"_s << u"bob@example.com"_s
                           << u"invalid address"_s
                           << "12,email,bob@example.com,invalid address\r\n"_ba;
    QTest::newRow("negative number value (neutralised)")
        << qint64(3) << u"amount"_s << u"-5"_s << u"must be positive"_s
        << "3,amount,'-5,must be positive\r\n"_ba;
    QTest::newRow("formula everywhere")
        << qint64(7) << u"=cmd"_s << u"@SUM(A1)"_s << u"+1"_s << "7,'=cmd,'@SUM(A1),'+1\r\n"_ba;
    QTest::newRow("value with comma, quote and newline")
        << qint64(1) << u"name"_s << u"Doe, \"J\"\nx"_s << u"too long"_s
        << "1,name,\"Doe, \"\"J\"\"\nx\",too long\r\n"_ba;
    QTest::newRow("tab and CR triggers")
        << qint64(2) << u"\tcol"_s << u"\rv"_s << u" =e"_s << "2,'\tcol,\"'\rv\",' =e\r\n"_ba;
    QTest::newRow("empty values") << qint64(0) << QString() << QString() << QString()
                                  << "0,,,\r\n"_ba;
    QTest::newRow("negative row (ours, not neutralised)")
        << qint64(-3) << u"c"_s << u"v"_s << u"e"_s << "-3,c,v,e\r\n"_ba;
    QTest::newRow("largest row") << std::numeric_limits<qint64>::max() << u"c"_s << u"v"_s << u"e"_s
                                 << "9223372036854775807,c,v,e\r\n"_ba;
    QTest::newRow("smallest row") << std::numeric_limits<qint64>::min() << u"c"_s << u"v"_s
                                  << u"e"_s << "-9223372036854775808,c,v,e\r\n"_ba;
    QTest::newRow("unicode")
        << qint64(5) << u"名前"_s << u"😀 שלום"_s << u"ungültig"_s
        << "5,\xE5\x90\x8D\xE5\x89\x8D,\xF0\x9F\x98\x80 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D,ung\xC3\xBCltig\r\n"_ba;
}

void TestCsvWriter::validationErrors()
{
    QFETCH(qint64, row);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, error);
    QFETCH(QByteArray, expected);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    fw::CsvWriter writer(&buffer, {.byteOrderMark = false});
    fw::ValidationErrorCsv csv(writer);
    csv.writeError({.row = row, .column = column, .value = value, .error = error});
    QVERIFY(writer.flush());
    QCOMPARE(bytes, expected);
}

void TestCsvWriter::validationErrorHeaderWithBom()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    fw::CsvWriter writer(&buffer);
    fw::ValidationErrorCsv csv(writer);
    csv.writeHeader();
    csv.writeError({.row = 1, .column = u"a"_s, .value = u"=1"_s, .error = u"bad"_s});
    QVERIFY(writer.flush());
    QCOMPARE(bytes, QByteArray(Bom + "Row,Column,Value,Error\r\n1,a,'=1,bad\r\n"_ba));
}

void TestCsvWriter::rowNumberIgnoresLocale()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        fw::CsvWriter writer(&buffer, {.byteOrderMark = false});
        fw::ValidationErrorCsv(writer).writeError(
            {.row = 1234567, .column = {}, .value = {}, .error = {}});
    }
    QLocale::setDefault(QLocale::c());
    QCOMPARE(bytes, "1234567,,,\r\n"_ba);
}

void TestCsvWriter::unwritableDevice()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    fw::CsvWriter writer(&buffer);
    writer.writeRecord({u"a"});
    QVERIFY(!writer.flush());
    QVERIFY(!writer.ok());
    QVERIFY(!writer.errorString().isEmpty());
    writer.writeRecord({u"b"}); // ignored, no crash
    QVERIFY(!writer.flush());
    QVERIFY(bytes.isEmpty());
}

void TestCsvWriter::nullDevice()
{
    fw::CsvWriter writer(nullptr);
    QVERIFY(writer.ok());
    writer.writeRecord({u"a"});
    QVERIFY(!writer.flush());
    QVERIFY(!writer.errorString().isEmpty());
}

void TestCsvWriter::deviceFailsMidway()
{
    FailingDevice device(100000);
    fw::CsvWriter writer(&device);
    const QString value(50, u'v');
    int written = 0;
    for (; written < 100000 && writer.ok(); ++written)
        writer.writeRecord({u"1", value});
    QVERIFY(!writer.ok()); // noticed while writing, long before the end
    QVERIFY(written < 5000);
    QVERIFY2(writer.errorString().contains(u"No space left on device"_s),
             qPrintable(writer.errorString()));
    writer.writeRecord({u"more"});
    QVERIFY(!writer.flush());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
