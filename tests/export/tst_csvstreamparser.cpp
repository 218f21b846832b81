#include "core/csv/CsvStreamParser.h"
#include "core/csv/CsvWriter.h"

#include <QBuffer>
#include <QLocale>
#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;

using Records = QList<QByteArrayList>;

namespace {

const QByteArray Bom = "\xEF\xBB\xBF"_ba;

struct Outcome
{
    Records records;
    bool finished = false;
    qint64 recordCount = 0;
    qint64 bytesConsumed = 0;

    friend bool operator==(const Outcome &, const Outcome &) = default;
};

char *toString(const Outcome &outcome)
{
    QByteArray text = "finished=" + QByteArray(outcome.finished ? "true" : "false")
        + " count=" + QByteArray::number(outcome.recordCount)
        + " consumed=" + QByteArray::number(outcome.bytesConsumed) + " records=";
    for (const QByteArrayList &record : outcome.records)
        text += '[' + record.join('|').toPercentEncoding("|") + ']';
    return qstrdup(text.constData());
}

// Parses `input` cut at the given offsets (ascending, each inside the input).
Outcome parse(const QByteArray &input, const std::vector<qsizetype> &cuts,
              fw::CsvStreamParser &parser)
{
    Outcome outcome;
    const fw::CsvStreamParser::RecordHandler collect
        = [&outcome](std::span<const QByteArrayView> fields) {
              QByteArrayList record;
              for (const QByteArrayView field : fields)
                  record.append(field.toByteArray());
              outcome.records.append(record);
          };
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        parser.feed(QByteArrayView(input).sliced(from, cut - from), collect);
        from = cut;
    }
    parser.feed(QByteArrayView(input).sliced(from), collect);
    outcome.finished = parser.finish(collect);
    outcome.recordCount = parser.recordCount();
    outcome.bytesConsumed = parser.bytesConsumed();
    return outcome;
}

Outcome parse(const QByteArray &input, const std::vector<qsizetype> &cuts = {})
{
    fw::CsvStreamParser parser;
    return parse(input, cuts, parser);
}

Outcome parseInChunksOf(const QByteArray &input, qsizetype size)
{
    std::vector<qsizetype> cuts;
    for (qsizetype at = size; at < input.size(); at += size)
        cuts.push_back(at);
    return parse(input, cuts);
}

QByteArray write(const QList<QStringList> &records, bool byteOrderMark = false)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    fw::CsvWriter writer(&buffer, {.byteOrderMark = byteOrderMark});
    for (const QStringList &record : records) {
        const std::vector<QStringView> fields(record.begin(), record.end());
        writer.writeRecord(fields);
    }
    writer.flush();
    return bytes;
}

// Parser output (UTF-8) → writer input.
QList<QStringList> toStrings(const Records &records)
{
    QList<QStringList> result;
    for (const QByteArrayList &record : records) {
        QStringList fields;
        for (const QByteArray &field : record)
            fields.append(QString::fromUtf8(field));
        result.append(fields);
    }
    return result;
}

Records toUtf8(const QList<QStringList> &records)
{
    Records result;
    for (const QStringList &record : records) {
        QByteArrayList fields;
        for (const QString &field : record)
            fields.append(field.toUtf8());
        result.append(fields);
    }
    return result;
}

QString randomField(QRandomGenerator &random)
{
    static const QStringList pieces {u"a"_s,
                                     u" "_s,
                                     u","_s,
                                     u"\""_s,
                                     u"\r"_s,
                                     u"\n"_s,
                                     u"\r\n"_s,
                                     u"é"_s,
                                     u"😀"_s,
                                     u"中"_s,
                                     u"="_s,
                                     u"\uFEFF"_s,
                                     u"plain text run"_s};
    QString field;
    const int count = random.bounded(0, 8);
    for (int i = 0; i < count; ++i)
        field += pieces.at(random.bounded(int(pieces.size())));
    return field;
}

} // namespace

class TestCsvStreamParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void parsing_data();
    void parsing();
    void everyChunkBoundary_data() { parsing_data(); }
    void everyChunkBoundary();
    void writerCasesParseBack_data();
    void writerCasesParseBack();
    void randomRoundTrip();
    void parseWriteParseIsStable();
    void randomBytesNeverCrashAndIgnoreChunking();
    void unterminatedQuoteIsAnError();
    void recordSizeCap();
    void manyFieldsAreCappedToo();
    void counters();
    void resetStartsANewStream();
    void withoutHandler();
    void largeStream();
};

void TestCsvStreamParser::parsing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");
    QTest::addColumn<bool>("ok");

    QTest::newRow("empty input") << QByteArray() << Records {} << true;
    QTest::newRow("plain CRLF") << "a,b,c\r\n"_ba << Records {{"a", "b", "c"}} << true;
    QTest::newRow("LF endings") << "a,b\nc,d\n"_ba << Records {{"a", "b"}, {"c", "d"}} << true;
    QTest::newRow("lone CR endings") << "a,b\rc,d\r"_ba << Records {{"a", "b"}, {"c", "d"}} << true;
    QTest::newRow("mixed endings")
        << "a\r\nb\nc\rd"_ba << Records {{"a"}, {"b"}, {"c"}, {"d"}} << true;
    QTest::newRow("no final newline")
        << "a,b\r\nc,d"_ba << Records {{"a", "b"}, {"c", "d"}} << true;
    QTest::newRow("empty fields") << ",,\r\n"_ba << Records {{"", "", ""}} << true;
    QTest::newRow("empty middle field") << "a,,c\r\n"_ba << Records {{"a", "", "c"}} << true;
    QTest::newRow("empty last field") << "a,\r\n"_ba << Records {{"a", ""}} << true;
    QTest::newRow("empty last field at end") << "a,"_ba << Records {{"a", ""}} << true;
    QTest::newRow("one empty quoted field") << "\"\"\r\n"_ba << Records {{""}} << true;
    QTest::newRow("quoted empty fields") << "\"\",\"\"\r\n"_ba << Records {{"", ""}} << true;
    QTest::newRow("quoted comma") << "\"a,b\",c\r\n"_ba << Records {{"a,b", "c"}} << true;
    QTest::newRow("doubled quote")
        << "\"say \"\"hi\"\"\"\r\n"_ba << Records {{"say \"hi\""}} << true;
    QTest::newRow("only a quote") << "\"\"\"\"\r\n"_ba << Records {{"\""}} << true;
    QTest::newRow("quoted LF") << "\"a\nb\",c\n"_ba << Records {{"a\nb", "c"}} << true;
    QTest::newRow("quoted CRLF") << "\"a\r\nb\"\r\n"_ba << Records {{"a\r\nb"}} << true;
    QTest::newRow("quoted lone CR") << "\"a\rb\"\r\n"_ba << Records {{"a\rb"}} << true;
    QTest::newRow("quoted at end without newline")
        << "x,\"a\"\"\""_ba << Records {{"x", "a\""}} << true;
    QTest::newRow("spaces kept") << " a , b \r\n"_ba << Records {{" a ", " b "}} << true;
    QTest::newRow("blank lines skipped")
        << "a\r\n\r\n\n\rb\r\n"_ba << Records {{"a"}, {"b"}} << true;
    QTest::newRow("only newlines") << "\r\n\r\n\n"_ba << Records {} << true;
    QTest::newRow("BOM skipped") << Bom + "a,b\r\n"_ba << Records {{"a", "b"}} << true;
    QTest::newRow("BOM only") << Bom << Records {} << true;
    QTest::newRow("BOM then quoted") << Bom + "\"a\"\r\n"_ba << Records {{"a"}} << true;
    QTest::newRow("BOM later is data")
        << "a\r\n"_ba + Bom + "b\r\n"_ba << Records {{"a"}, {Bom + "b"}} << true;
    QTest::newRow("two BOMs: second is data")
        << Bom + Bom + "a"_ba << Records {{Bom + "a"}} << true;
    QTest::newRow("half a BOM is data")
        << "\xEF\xBB,x\r\n"_ba << Records {{"\xEF\xBB", "x"}} << true;
    QTest::newRow("half a BOM at the end") << "\xEF"_ba << Records {{"\xEF"}} << true;
    QTest::newRow("UTF-8") << "\xC3\xA9,\xF0\x9F\x98\x80\r\n"_ba
                           << Records {{"\xC3\xA9", "\xF0\x9F\x98\x80"}} << true;
    QTest::newRow("quoted UTF-8") << "\"\xE4\xB8\xAD,\xE6\x96\x87\"\r\n"_ba
                                  << Records {{"\xE4\xB8\xAD,\xE6\x96\x87"}} << true;
    QTest::newRow("invalid UTF-8 passed through")
        << "\xFF\xFE,\xC3\r\n"_ba << Records {{"\xFF\xFE", "\xC3"}} << true;
    QTest::newRow("NUL byte") << QByteArray("a\0b,c\n", 6) << Records {{QByteArray("a\0b", 3), "c"}}
                              << true;
    QTest::newRow("long unquoted field") << QByteArray(100, 'x') + ",y\n"
                                         << Records {{QByteArray(100, 'x'), "y"}} << true;
    QTest::newRow("neutralised cell") << "'=1+2,'-5\r\n"_ba << Records {{"'=1+2", "'-5"}} << true;
    // Malformed input is kept, never dropped.
    QTest::newRow("malformed: quote inside unquoted")
        << "ab\"c,d\r\n"_ba << Records {{"ab\"c", "d"}} << true;
    QTest::newRow("malformed: text after closing quote")
        << "\"ab\"cd,e\r\n"_ba << Records {{"abcd", "e"}} << true;
    QTest::newRow("malformed: quotes after closing quote")
        << "\"a\"b\"c\"\n"_ba << Records {{"ab\"c\""}} << true;
    QTest::newRow("malformed: space before quote")
        << " \"a,b\"\n"_ba << Records {{" \"a", "b\""}} << true;
    QTest::newRow("malformed: space after closing quote")
        << "\"a\" ,b\n"_ba << Records {{"a ", "b"}} << true;
    QTest::newRow("unterminated quote") << "a,\"bc\r\nd"_ba << Records {} << false;
    QTest::newRow("lone quote") << "\""_ba << Records {} << false;
    QTest::newRow("records before an unterminated quote")
        << "a\r\n\"b"_ba << Records {{"a"}} << false;
}

void TestCsvStreamParser::parsing()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    QFETCH(bool, ok);

    fw::CsvStreamParser parser;
    const Outcome outcome = parse(input, {}, parser);
    QCOMPARE(outcome.records, expected);
    QCOMPARE(outcome.finished, ok);
    QCOMPARE(parser.hasError(), !ok);
    QCOMPARE(parser.errorString().isEmpty(), ok);
    QCOMPARE(outcome.recordCount, expected.size());
    QCOMPARE(outcome.bytesConsumed, input.size());
}

void TestCsvStreamParser::everyChunkBoundary()
{
    QFETCH(QByteArray, input);

    const Outcome whole = parse(input);
    // One cut at every position, two cuts at every pair of positions, and 1-byte chunks.
    for (qsizetype i = 0; i <= input.size(); ++i) {
        QCOMPARE(parse(input, {i}), whole);
        for (qsizetype j = i; j <= input.size(); ++j)
            QCOMPARE(parse(input, {i, j}), whole);
    }
    QCOMPARE(parseInChunksOf(input, 1), whole);
    QCOMPARE(parseInChunksOf(input, 2), whole);
    QCOMPARE(parseInChunksOf(input, 3), whole);
}

void TestCsvStreamParser::writerCasesParseBack_data()
{
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("plain") << QStringList {u"abc"_s, u"def"_s};
    QTest::newRow("comma") << QStringList {u"a,b"_s};
    QTest::newRow("quote") << QStringList {u"say \"hi\""_s, u"\""_s};
    QTest::newRow("CR") << QStringList {u"a\rb"_s, u"\r"_s};
    QTest::newRow("LF") << QStringList {u"a\nb"_s, u"\n"_s};
    QTest::newRow("CRLF") << QStringList {u"a\r\nb"_s, u"\r\n"_s};
    QTest::newRow("spaces") << QStringList {u"  a  "_s, u" "_s};
    QTest::newRow("one empty field") << QStringList {QString()};
    QTest::newRow("empty fields") << QStringList {QString(), QString(), QString()};
    QTest::newRow("empty last field") << QStringList {u"a"_s, QString()};
    QTest::newRow("formula text") << QStringList {u"=1+2"_s, u"-5"_s, u"@x"_s, u"\tx"_s};
    QTest::newRow("unicode") << QStringList {u"é"_s, u"😀"_s, u"שלום"_s, u"a\u202Eb"_s};
    QTest::newRow("BOM character in data") << QStringList {u"\uFEFFa"_s};
}

void TestCsvStreamParser::writerCasesParseBack()
{
    QFETCH(QStringList, fields);

    const QList<QStringList> records {fields, fields};
    for (const bool bom : {false, true}) {
        const QByteArray bytes = write(records, bom);
        const Outcome outcome = parse(bytes);
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.records, toUtf8(records));
        QCOMPARE(parseInChunksOf(bytes, 1), outcome);
    }
}

void TestCsvStreamParser::randomRoundTrip()
{
    QRandomGenerator random(1);
    for (int round = 0; round < 300; ++round) {
        QList<QStringList> records;
        const int recordCount = random.bounded(1, 6);
        for (int r = 0; r < recordCount; ++r) {
            QStringList record;
            const int fieldCount = random.bounded(1, 5);
            for (int f = 0; f < fieldCount; ++f)
                record.append(randomField(random));
            records.append(record);
        }
        const QByteArray bytes = write(records, random.bounded(2) == 1);
        std::vector<qsizetype> cuts;
        for (qsizetype at = random.bounded(1, 9); at < bytes.size(); at += random.bounded(1, 9))
            cuts.push_back(at);
        const Outcome outcome = parse(bytes, cuts);
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.records, toUtf8(records));
    }
}

void TestCsvStreamParser::parseWriteParseIsStable()
{
    // Foreign CSV (odd line endings, needless quotes, malformed bits) rewritten through the
    // writer parses back to the same fields, and rewriting again changes nothing.
    const QByteArray foreign = Bom
        + "\"a\",b\rc,\"d\"\"e\"\n\n\"x\ny\",\"\"\r\n"
          "ab\"c,\"q\"z,'=1,=2\r\n"
          "\xC3\xA9,\"\xF0\x9F\x98\x80\",\n"
          "last"_ba;
    const Outcome first = parse(foreign);
    QVERIFY(first.finished);
    QCOMPARE(first.records.size(), 6);
    const QByteArray rewritten = write(toStrings(first.records));
    const Outcome second = parse(rewritten);
    QCOMPARE(second.records, first.records);
    QCOMPARE(write(toStrings(second.records)), rewritten);
}

void TestCsvStreamParser::randomBytesNeverCrashAndIgnoreChunking()
{
    static const QByteArrayList alphabet {"a"_ba, ","_ba,    "\""_ba,   "\r"_ba,   "\n"_ba,
                                          " "_ba, "\xEF"_ba, "\xBB"_ba, "\xBF"_ba, "\xC3\xA9"_ba};
    QRandomGenerator random(99);
    for (int round = 0; round < 3000; ++round) {
        QByteArray input;
        const int length = random.bounded(0, 24);
        for (int i = 0; i < length; ++i)
            input += alphabet.at(random.bounded(int(alphabet.size())));
        const Outcome whole = parse(input);
        QCOMPARE(whole.bytesConsumed, input.size());
        for (qsizetype i = 0; i <= input.size(); ++i)
            QCOMPARE(parse(input, {i}), whole);
        QCOMPARE(parseInChunksOf(input, 1), whole);
    }
}

void TestCsvStreamParser::unterminatedQuoteIsAnError()
{
    fw::CsvStreamParser parser;
    int records = 0;
    const auto count = [&records](std::span<const QByteArrayView>) { ++records; };
    parser.feed("a,b\r\n\"open,"_ba, count);
    QCOMPARE(records, 1);
    QVERIFY(!parser.hasError()); // not yet: more may come
    parser.feed("still open\r\n"_ba, count);
    QVERIFY(!parser.finish(count));
    QVERIFY(parser.hasError());
    QVERIFY2(parser.errorString().contains(u"quoted field"_s), qPrintable(parser.errorString()));
    QCOMPARE(records, 1);
    QCOMPARE(parser.recordCount(), 1);
    QVERIFY(!parser.finish(count)); // stays failed
}

void TestCsvStreamParser::recordSizeCap()
{
    fw::CsvStreamParser parser(64);
    int records = 0;
    const auto count = [&records](std::span<const QByteArrayView>) { ++records; };
    parser.feed(QByteArray(QByteArray(60, 'x') + "\r\n"), count); // fits
    QCOMPARE(records, 1);
    QVERIFY(!parser.hasError());
    parser.feed(QByteArray("\"" + QByteArray(40, 'y')), count);
    parser.feed(QByteArray(40, 'y'), count); // a stray quote swallowing the stream
    QVERIFY(parser.hasError());
    QVERIFY2(parser.errorString().contains(u"larger than 64 bytes"_s),
             qPrintable(parser.errorString()));
    const qint64 consumed = parser.bytesConsumed();
    parser.feed("\"\r\nz\r\n"_ba, count); // ignored after an error
    QCOMPARE(parser.bytesConsumed(), consumed);
    QVERIFY(!parser.finish(count));
    QCOMPARE(records, 1);
}

void TestCsvStreamParser::manyFieldsAreCappedToo()
{
    fw::CsvStreamParser parser(1000);
    parser.feed(QByteArray(5000, ','), {});
    QVERIFY(parser.hasError());
}

void TestCsvStreamParser::counters()
{
    fw::CsvStreamParser parser;
    QCOMPARE(parser.recordCount(), 0);
    QCOMPARE(parser.bytesConsumed(), 0);
    parser.feed(QByteArray(Bom + "a,b\r\nc"_ba), {});
    QCOMPARE(parser.recordCount(), 1);
    QCOMPARE(parser.bytesConsumed(), 9);
    QVERIFY(parser.finish({}));
    QCOMPARE(parser.recordCount(), 2);
    QVERIFY(!parser.hasError());
    QCOMPARE(parser.errorString(), QString());
}

void TestCsvStreamParser::resetStartsANewStream()
{
    fw::CsvStreamParser parser;
    Outcome first = parse("\"unterminated"_ba, {}, parser);
    QVERIFY(!first.finished);
    parser.reset();
    QVERIFY(!parser.hasError());
    QCOMPARE(parser.recordCount(), 0);
    QCOMPARE(parser.bytesConsumed(), 0);
    // A BOM is skipped again at the start of the new stream.
    const Outcome second = parse(Bom + "a,b\r\n"_ba, {2}, parser);
    QVERIFY(second.finished);
    QCOMPARE(second.records, (Records {{"a", "b"}}));

    // Reset in the middle of a record forgets it.
    parser.reset();
    parser.feed("partial,\"rec"_ba, {});
    parser.reset();
    QCOMPARE(parse("x\n"_ba, {}, parser).records, (Records {{"x"}}));
}

void TestCsvStreamParser::withoutHandler()
{
    fw::CsvStreamParser parser;
    parser.feed("a\nb\nc"_ba, {});
    QVERIFY(parser.finish({}));
    QCOMPARE(parser.recordCount(), 3);
}

void TestCsvStreamParser::largeStream()
{
    // Many records through network-sized chunks: every one arrives, in order.
    QByteArray bytes;
    const int recordCount = 50000;
    for (int i = 0; i < recordCount; ++i)
        bytes += QByteArray::number(i) + ",\"v," + QByteArray::number(i) + "\"\"\",plain\r\n";
    fw::CsvStreamParser parser;
    qint64 next = 0;
    bool inOrder = true;
    const fw::CsvStreamParser::RecordHandler check = [&](std::span<const QByteArrayView> fields) {
        inOrder = inOrder && fields.size() == 3 && fields[0].toLongLong() == next
            && fields[1] == QByteArray("v," + QByteArray::number(next) + "\"")
            && fields[2] == "plain";
        ++next;
    };
    for (qsizetype at = 0; at < bytes.size(); at += 1000)
        parser.feed(QByteArrayView(bytes).sliced(at, std::min<qsizetype>(1000, bytes.size() - at)),
                    check);
    QVERIFY(parser.finish(check));
    QVERIFY(inOrder);
    QCOMPARE(next, recordCount);
}

QTEST_GUILESS_MAIN(TestCsvStreamParser)
#include "tst_csvstreamparser.moc"
