// JsonScanner: the one byte-level JSON splitter, byte by byte across chunks (as ErrorsRequest
// reads a stream) and as a cursor over a whole text (as ProgressDecoder reads a poll).
#include "core/api/JsonScanner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using fw::JsonScanner;
using Token = fw::JsonScanner::Token;

namespace {
/// The scanner's state after `text`, fed in chunks of `chunk` bytes by a fresh scanner each time
/// it is copied in and out (as a request keeps it between readyRead()s).
JsonScanner fedInChunks(const QByteArray &text, qsizetype chunk, QList<int> *tokens)
{
    JsonScanner scanner;
    for (qsizetype from = 0; from < text.size(); from += chunk) {
        JsonScanner kept = scanner;
        for (const char c : text.mid(from, chunk))
            tokens->append(int(kept.step(c)));
        scanner = kept;
    }
    return scanner;
}
} // namespace

class TestJsonScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepByByte_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("inString");
        QTest::addColumn<int>("opens");
        QTest::addColumn<int>("strings");
        QTest::newRow("object") << QByteArray("{\"a\":[1,2,{\"b\":null}]}") << 0 << false << 3 << 2;
        QTest::newRow("brackets in strings")
            << QByteArray("{\"a\":\"[{]}\",\"b\":\"}\"}") << 0 << false << 1 << 4;
        QTest::newRow("escaped quote")
            << QByteArray("[\"a\\\"b\", \"c\\\\\"]") << 0 << false << 1 << 2;
        QTest::newRow("escaped backslash then quote ends")
            << QByteArray("[\"\\\\\\\\\"]") << 0 << false << 1 << 1;
        QTest::newRow("open object")
            << QByteArray("{\"errors\":[{\"row\":1") << 3 << false << 3 << 2;
        QTest::newRow("open string") << QByteArray("{\"errors\":\"ab\\\"") << 1 << true << 1 << 2;
        QTest::newRow("unicode bytes")
            << QByteArray("{\"k\":\"\xe2\x86\x92 \xe7\x8a\xb6\"}") << 0 << false << 1 << 2;
    }

    void stepByByte()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, depth);
        QFETCH(bool, inString);
        QFETCH(int, opens);
        QFETCH(int, strings);
        QList<int> whole;
        const JsonScanner once = fedInChunks(text, text.size(), &whole);
        QCOMPARE(once.depth(), depth);
        QCOMPARE(once.inString(), inString);
        QCOMPARE(once.balanced(), depth == 0 && !inString);
        QCOMPARE(int(whole.count(int(Token::Open))), opens);
        QCOMPARE(int(whole.count(int(Token::StringStart))), strings);
        // However the bytes are cut into chunks, the same tokens and the same state.
        for (const qsizetype chunk : {1, 2, 3, 7}) {
            QList<int> tokens;
            const JsonScanner s = fedInChunks(text, chunk, &tokens);
            QCOMPARE(tokens, whole);
            QCOMPARE(s.depth(), depth);
            QCOMPARE(s.inString(), inString);
        }
    }

    void cursorSkipsValues_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("skipped");
        QTest::addColumn<int>("offsetAfter");
        QTest::newRow("number") << QByteArray("123,") << true << 3;
        QTest::newRow("literal") << QByteArray("true]") << true << 4;
        QTest::newRow("string with escapes") << QByteArray("\"a\\\"b\\\\\",") << true << 8;
        QTest::newRow("nested") << QByteArray("{\"a\":[1,{\"b\":\"]\"}]} x") << true << 19;
        QTest::newRow("unterminated object") << QByteArray("{\"a\":[1,2}") << false << -1;
        QTest::newRow("unterminated string") << QByteArray("\"abc") << false << -1;
        QTest::newRow("backslash at the end") << QByteArray("\"abc\\") << false << -1;
        QTest::newRow("nothing") << QByteArray(",") << false << -1;
        QTest::newRow("too deep") << QByteArray(JsonScanner::MaxDepth + 1, '[')
                + QByteArray(JsonScanner::MaxDepth + 1, ']')
                                  << false << -1;
        QTest::newRow("as deep as allowed")
            << QByteArray(JsonScanner::MaxDepth, '[') + QByteArray(JsonScanner::MaxDepth, ']')
            << true << 2 * JsonScanner::MaxDepth;
    }

    void cursorSkipsValues()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, skipped);
        QFETCH(int, offsetAfter);
        JsonScanner s(text);
        QCOMPARE(s.skipValue(), skipped);
        if (skipped)
            QCOMPARE(int(s.offset()), offsetAfter);
    }

    void cursorReadsStructure()
    {
        const QByteArray text = " { \"k\\u0041\" : [ {\"a\":1} , {\"b\":2} ] } ";
        JsonScanner s(text);
        s.skipSpace();
        QVERIFY(s.take('{'));
        s.skipSpace();
        bool escaped = false;
        QVERIFY(s.skipString(&escaped));
        QVERIFY(escaped); // a key with an escape is left to the whole parse
        s.skipSpace();
        QVERIFY(s.take(':'));
        s.skipSpace();
        QVERIFY(s.take('['));
        s.skipSpace();
        QVERIFY(s.skipObject());
        QCOMPARE(s.takeSeparator(']'), JsonScanner::After::More);
        s.skipSpace();
        QVERIFY(s.skipObject());
        QCOMPARE(s.takeSeparator(']'), JsonScanner::After::Closed);
        QCOMPARE(s.takeSeparator('}'), JsonScanner::After::Closed);
        s.skipSpace();
        QVERIFY(s.atEnd());

        JsonScanner plain("\"key\"");
        QVERIFY(plain.skipString(&escaped));
        QVERIFY(!escaped);
        JsonScanner broken("{\"a\":1 \"b\":2}");
        QVERIFY(broken.take('{'));
        QVERIFY(broken.skipString());
        QVERIFY(broken.take(':'));
        QVERIFY(broken.skipValue());
        QCOMPARE(broken.takeSeparator('}'), JsonScanner::After::Broken);
        JsonScanner literal("null]");
        QVERIFY(literal.takeBytes("null", 4));
        QVERIFY(!literal.takeBytes("]]", 2));
        QVERIFY(literal.take(']'));
    }
};

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "tst_jsonscanner.moc"
