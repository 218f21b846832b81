// ProgressDecoder: each poll's result equals the whole parse of the same body, whatever the
// body; and what did not change since the last poll is not parsed again.
#include "core/api/ParseProgress.h"
#include "core/api/ProgressDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply> // ApiRequest.h holds a QPointer<QNetworkReply>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using fw::ProgressDecoder;
using fw::RunProgress;

namespace {

/// A run whose progress body the tests move forward.
struct Run
{
    QList<int> progress = QList<int>(200, 0);
    int logCount = 30;
    int logFirst = 0; ///< entries before it were trimmed by the server
    QString status = u"running"_s;
    QJsonDocument::JsonFormat format = QJsonDocument::Compact;

    QByteArray body() const
    {
        QJsonArray parts;
        for (qsizetype i = 0; i < progress.size(); ++i) {
            const int p = progress.at(i);
            QJsonObject o {{u"index"_s, i}, {u"rows"_s, p * 10}};
            o.insert(u"status"_s, p >= 100 ? u"completed"_s : p > 0 ? u"running"_s : u"pending"_s);
            if (p > 0 && p < 100)
                o.insert(u"progress"_s, p);
            parts.append(o);
        }
        QJsonArray log;
        for (int i = logFirst; i < logCount; ++i)
            log.append(QJsonObject {
                {u"stage"_s, i % 2 ? u"load"_s : u"extract"_s},
                {u"message"_s, u"Batch %1 \"quoted\"\nsecond line \u00e9\u4e2d"_s.arg(i)},
                {u"timestamp"_s, u"2026-03-30T10:%1:00Z"_s.arg(i % 60, 2, 10, QChar(u'0'))}});
        QJsonObject root {{u"status"_s, status},
                          {u"totalRows"_s, 2000},
                          {u"processedRows"_s, 700},
                          {u"rowsIn"_s, QJsonValue::Null},
                          {u"partitions"_s, progress.size()},
                          {u"partitionDetails"_s, parts},
                          {u"validationErrors"_s,
                           QJsonArray {QJsonObject {{u"row"_s, 4},
                                                    {u"column"_s, u"email"_s},
                                                    {u"error"_s, u"bad"_s},
                                                    {u"value"_s, 12}}}},
                          {u"eta"_s, u"3m"_s},
                          {u"durationMs"_s, 5000},
                          {u"loadStrategy"_s, u"append"_s},
                          {u"log"_s, log}};
        return QJsonDocument(root).toJson(format);
    }
};

RunProgress wholeParse(const QByteArray &body, fw::ApiError *error)
{
    RunProgress p;
    *error = fw::parseProgress(body, &p);
    return p;
}

} // namespace

class TestProgressDecoder : public QObject
{
    Q_OBJECT

private:
    /// Decodes `body` and checks the result (or the error) against the whole parse.
    static void decodeAndCompare(ProgressDecoder &decoder, const QByteArray &body)
    {
        fw::ApiError expectedError;
        const RunProgress expected = wholeParse(body, &expectedError);
        RunProgress got;
        const fw::ApiError error = decoder.decode(body, &got);
        QCOMPARE(error.isError(), expectedError.isError());
        if (error.isError()) {
            QCOMPARE(error.kind, expectedError.kind);
            QCOMPARE(error.detail, expectedError.detail);
            return;
        }
        QVERIFY(got == expected);
    }

private Q_SLOTS:
    void identicalBodyIsNotParsedAgain()
    {
        Run run;
        ProgressDecoder decoder;
        decodeAndCompare(decoder, run.body());
        QVERIFY(!decoder.lastStats().sameBody);
        QCOMPARE(decoder.lastStats().partitionsParsed, 200);
        QCOMPARE(decoder.lastStats().logEntriesParsed, 30);

        RunProgress first;
        QVERIFY(!decoder.decode(run.body(), &first).isError());
        RunProgress second;
        QVERIFY(!decoder.decode(run.body(), &second).isError());
        QVERIFY(decoder.lastStats().sameBody);
        // The lists are shared, so comparing them with the last poll's costs nothing.
        QCOMPARE(second.partitionDetails.constData(), first.partitionDetails.constData());
        QCOMPARE(second.log.constData(), first.log.constData());
    }

    void onlyChangedPartitionsAndNewLogEntriesAreParsed()
    {
        Run run;
        ProgressDecoder decoder;
        decodeAndCompare(decoder, run.body());
        for (int i = 10; i < 20; ++i)
            run.progress[i] = 40;
        run.logCount += 5;
        decodeAndCompare(decoder, run.body());
        QCOMPARE(decoder.lastStats().partitionsParsed, 10);
        QCOMPARE(decoder.lastStats().logEntriesParsed, 5);
        QVERIFY(!decoder.lastStats().wholeParse);

        // Only the counters moved: no partition and no log entry is parsed again.
        run.status = u"running"_s;
        QByteArray body = run.body();
        body.replace("\"durationMs\":5000", "\"durationMs\":7000");
        decodeAndCompare(decoder, body);
        QCOMPARE(decoder.lastStats().partitionsParsed, 0);
        QCOMPARE(decoder.lastStats().logEntriesParsed, 0);
    }

    void shapeChangesStillMatchTheWholeParse()
    {
        Run run;
        ProgressDecoder decoder;
        decodeAndCompare(decoder, run.body());
        run.progress.append(QList<int>(50, 3)); // more partitions
        decodeAndCompare(decoder, run.body());
        QCOMPARE(decoder.lastStats().partitionsParsed, 50);
        run.progress.resize(120); // fewer partitions
        decodeAndCompare(decoder, run.body());
        QCOMPARE(decoder.lastStats().partitionsParsed, 0);
        run.logFirst = 10; // the server trimmed the front of its log
        decodeAndCompare(decoder, run.body());
        QCOMPARE(decoder.lastStats().logEntriesParsed, 20);
        run.logCount = run.logFirst; // and then emptied it
        decodeAndCompare(decoder, run.body());
        run.logCount += 3;
        decodeAndCompare(decoder, run.body());
        QCOMPARE(decoder.lastStats().logEntriesParsed, 3);
        run.format = QJsonDocument::Indented; // the same data, laid out differently
        decodeAndCompare(decoder, run.body());
        run.progress.clear();
        decodeAndCompare(decoder, run.body());
    }

    void oddBodiesGoThroughTheWholeParse_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray ok = "{\"status\":\"running\",\"totalRows\":1,\"processedRows\":0,"
                              "\"partitionDetails\":[{\"index\":0,\"status\":\"pending\"}],"
                              "\"log\":[{\"stage\":\"a\",\"message\":\"m\"}]}";
        QTest::newRow("valid") << ok;
        QTest::newRow("escaped key")
            << QByteArray("{\"status\":\"running\",\"totalRows\":1,\"processedRows\":0,"
                          "\"partition\\u0044etails\":[{\"index\":\"x\",\"status\":\"pending\"}]}");
        QTest::newRow("repeated key")
            << QByteArray("{\"status\":\"running\",\"totalRows\":1,\"processedRows\":0,\"log\":[],"
                          "\"log\":[{\"stage\":1}]}");
        QTest::newRow("repeated log, first empty")
            << QByteArray("{\"status\":\"running\",\"totalRows\":1,\"processedRows\":0,"
                          "\"log\":[],\"log\":[{\"stage\":\"b\"}]}");
        QTest::newRow("repeated log, last empty")
            << QByteArray("{\"status\":\"running\",\"totalRows\":1,\"processedRows\":0,"
                          "\"log\":[{\"stage\":\"a\"}],\"log\":[]}");
        QTest::newRow("repeated log, last null")
            << QByteArray("{\"status\":\"running\",\"totalRows\":1,\"processedRows\":0,"
                          "\"log\":[{\"stage\":\"a\"}],\"log\":null}");
        QTest::newRow("trailing comma in log")
            << QByteArray("{\"status\":\"running\",\"totalRows\":1,\"processedRows\":0,\"log\":[{"
                          "\"stage\":\"a\"},]}");
        QTest::newRow("trailing comma in partitions")
            << QByteArray("{\"status\":\"running\",\"totalRows\":1,\"processedRows\":0,"
                          "\"partitionDetails\":[{\"index\":0,\"status\":\"x\"},]}");
        QTest::newRow("missing comma")
            << QByteArray("{\"status\":\"running\",\"totalRows\":1,\"processedRows\":0,\"log\":[{"
                          "\"stage\":\"a\"} {\"stage\":\"b\"}]}");
        QTest::newRow("garbage after") << ok + "x";
        QTest::newRow("second document") << ok + "{}";
        QTest::newRow("partition not an object")
            << QByteArray("{\"status\":\"running\",\"totalRows\":1,\"processedRows\":0,"
                          "\"partitionDetails\":[1]}");
        QTest::newRow("partition of the wrong type")
            << QByteArray("{\"status\":\"running\",\"totalRows\":1,\"processedRows\":0,"
                          "\"partitionDetails\":[{\"index\":\"0\",\"status\":\"x\"}]}");
        QTest::newRow("null arrays")
            << QByteArray("{\"status\":\"running\",\"totalRows\":1,\"processedRows\":0,"
                          "\"partitionDetails\":null,\"log\":null}");
        QTest::newRow("log is a string") << QByteArray(
            "{\"status\":\"running\",\"totalRows\":1,\"processedRows\":0,\"log\":\"[]\"}");
        QTest::newRow("missing status") << QByteArray("{\"totalRows\":1,\"processedRows\":0}");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html>502</html>");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("unterminated") << ok.left(ok.size() - 3);
        QTest::newRow("bracket mismatch")
            << QByteArray("{\"status\":\"running\",\"totalRows\":1,\"processedRows\":0,\"log\":[{"
                          "\"stage\":\"a\"]]}");
        QTest::newRow("nesting") << QByteArray(
            "{\"status\":\"running\",\"totalRows\":1,\"processedRows\":0,\"log\":[{\"stage\":\"a\","
            "\"x\":[[[{}]]]}]}");
        QTest::newRow("strings with brackets")
            << QByteArray("{\"status\":\"running\",\"totalRows\":1,\"processedRows\":0,\"log\":[{"
                          "\"stage\":\"]}\\\"[{\",\"message\":\"\\\\\"}]}");
        // Invalid UTF-8 is read as U+FFFD by both paths.
        QTest::newRow("invalid UTF-8 in a log message")
            << QByteArray(ok).replace("\"message\":\"m\"", "\"message\":\"m\xff\xfe \xc3(\"");
        QTest::newRow("lone lead byte in a partition status")
            << QByteArray(ok).replace("\"pending\"", "\"pend\xe2\x82\"");
        QTest::newRow("overlong slash and a surrogate in a key")
            << QByteArray(ok).replace("\"log\"", "\"\xc0\xaf\xed\xa0\x80\"");
        QTest::newRow("invalid UTF-8 between values")
            << QByteArray(ok).replace("\"totalRows\"", "\xff\"totalRows\"");
    }

    void oddBodiesGoThroughTheWholeParse()
    {
        QFETCH(QByteArray, body);
        ProgressDecoder fresh;
        decodeAndCompare(fresh, body);
        // And after a good poll, with state to reuse.
        ProgressDecoder warm;
        Run run;
        decodeAndCompare(warm, run.body());
        decodeAndCompare(warm, body);
        decodeAndCompare(warm, run.body());
    }

    void invalidUtf8IsShownWithReplacementCharacters()
    {
        Run run;
        run.progress.resize(12);
        run.logCount = 6;
        ProgressDecoder decoder;
        decodeAndCompare(decoder, run.body());
        QByteArray body = run.body();
        body.replace("Batch 3 ", "Batch 3 \xff\xc3( ");
        QVERIFY(!body.isValidUtf8());
        decodeAndCompare(decoder, body);
        RunProgress got;
        QVERIFY(!decoder.decode(body, &got).isError());
        QVERIFY(got.log.at(3).message.startsWith(u"Batch 3 \uFFFD\uFFFD( "_s));
        // The next polls still reuse what did not change, and still agree with the whole parse.
        run.progress[2] = 50;
        body = run.body();
        body.replace("Batch 3 ", "Batch 3 \xff\xc3( ");
        decodeAndCompare(decoder, body);
        QVERIFY(!decoder.lastStats().wholeParse);
        QCOMPARE(decoder.lastStats().partitionsParsed, 1);
        decodeAndCompare(decoder, run.body());
    }

    /// Random damage to a body that the decoder has seen: every result still equals the whole
    /// parse's, error text included.
    void damagedBodiesMatchTheWholeParse()
    {
        QRandomGenerator random(20261129);
        Run run;
        run.progress.resize(12);
        run.logCount = 6;
        const QByteArray good = run.body();
        static const char pieces[] = "{}[],:\"\\ 0-1e.tnfx\xff\xc3\xa9\xed";
        for (int i = 0; i < 3000; ++i) {
            ProgressDecoder decoder;
            decodeAndCompare(decoder, good);
            QByteArray body = good;
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = random.bounded(body.size());
                switch (random.bounded(3)) {
                case 0:
                    body[at] = pieces[random.bounded(int(sizeof(pieces) - 1))];
                    break;
                case 1:
                    body.remove(at, 1 + random.bounded(4));
                    break;
                default:
                    body.insert(at, pieces[random.bounded(int(sizeof(pieces) - 1))]);
                    break;
                }
            }
            decodeAndCompare(decoder, body);
            if (QTest::currentTestFailed()) {
                qWarning("body: %s", body.constData());
                return;
            }
            decodeAndCompare(decoder, good); // and back
        }
    }
};

QTEST_GUILESS_MAIN(TestProgressDecoder)
#include "tst_progressdecoder.moc"
