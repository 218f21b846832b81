// Parsing rules of the API layer: every payload row of the reliability table, as data.
#include "core/api/ApiError.h"
#include "core/api/ErrorsRequest.h"
#include "core/api/JsonBody.h"
#include "core/api/ParseProgress.h"
#include "core/api/PipelinesRequest.h"
#include "core/api/RetryAfter.h"
#include "core/api/RetryRequest.h"
#include "core/api/RunsRequest.h"
#include "core/text/DisplayText.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace fw;

namespace {
const QByteArray seedProgress = R"({
  "status": "running", "totalRows": 50000, "processedRows": 32000, "rowsIn": null,
  "rowsOut": null, "failedRows": 12, "skippedRows": 3, "partitions": 4,
  "completedPartitions": 2,
  "partitionDetails": [
    { "index": 0, "status": "completed", "rows": 12500 },
    { "index": 1, "status": "completed", "rows": 12500 },
    { "index": 2, "status": "running", "rows": 7000, "progress": 56 },
    { "index": 3, "status": "pending", "rows": 0 }
  ],
  "validationErrors": [
    { "row": 142, "column": "email", "value": "not-an-email", "error": "Invalid email format" }
  ],
  "eta": "3m", "durationMs": 45200, "loadStrategy": "upsert",
  "log": [ { "stage": "extract", "message": "Read 50000 rows from source",
             "timestamp": "2026-03-30T10:00:05Z" } ],
  "somethingNew": {"ignored": true}
})";

// Replaces the value of one top-level field of the seed body.
QByteArray withField(const char *field, const char *json)
{
    QByteArray body = seedProgress;
    const QByteArray key = QByteArray("\"") + field + "\": ";
    const qsizetype at = body.indexOf(key);
    Q_ASSERT(at >= 0);
    qsizetype end = at + key.size();
    int depth = 0;
    for (; end < body.size(); ++end) {
        const char ch = body.at(end);
        if (ch == '[' || ch == '{')
            ++depth;
        else if (ch == ']' || ch == '}')
            --depth;
        if (depth < 0 || (depth == 0 && ch == ','))
            break;
    }
    return body.left(at + key.size()) + json + body.mid(end);
}
} // namespace

class TestParsing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messagesSayWhoTriesAgain_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("advice"); // what the user is told to do, when nobody else will
        QTest::newRow("network") << int(ApiError::Kind::Network)
                                 << u"check the server URL and your network."_s;
        QTest::newRow("timeout")
            << int(ApiError::Kind::Timeout)
            << u"Try again; if it keeps happening, check that the server is up."_s;
        QTest::newRow("429") << int(ApiError::Kind::RateLimited) << u"Wait, then try again."_s;
        QTest::newRow("5xx")
            << int(ApiError::Kind::ServerError)
            << u"Try again later; if it persists, tell the server's administrators."_s;
    }

    void messagesSayWhoTriesAgain()
    {
        QFETCH(int, kind);
        QFETCH(QString, advice);
        ApiError error;
        error.kind = ApiError::Kind(kind);
        error.host = u"kaireon.example"_s;
        error.httpStatus = 503;
        // A request on its own (a retry POST, an export, a connection test) is not resent.
        const QString alone = error.userMessage();
        QVERIFY2(alone.endsWith(advice), qPrintable(alone));
        QVERIFY(!alone.contains(u"automatically"_s));
        // A run's watcher polls again: it says so instead of asking the user to.
        const QString watched = error.userMessage(ApiError::FollowUp::RetriesAutomatically);
        QVERIFY2(watched.endsWith(u" Retrying automatically."_s), qPrintable(watched));
        QVERIFY(!watched.contains(u"Try again"_s));
        // Not found needs the user whoever polls.
        error.kind = ApiError::Kind::NotFound;
        QVERIFY(!error.userMessage(ApiError::FollowUp::RetriesAutomatically)
                     .contains(u"automatically"_s));
    }

    void seedProgressParses()
    {
        RunProgress p;
        const ApiError error = parseProgress(seedProgress, &p);
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        QCOMPARE(p.status, RunStatus::Running);
        QCOMPARE(p.totalRows, 50000);
        QCOMPARE(p.processedRows, 32000);
        QVERIFY(!p.rowsIn.has_value());
        QCOMPARE(p.failedRows, 12);
        QCOMPARE(p.partitionDetails.size(), 4);
        QCOMPARE(p.partitionDetails.at(2).progress, std::optional<double>(56));
        QVERIFY(!p.partitionDetails.at(3).progress.has_value());
        QCOMPARE(p.partitionDetails.at(3).status, PartitionStatus::Pending);
        QCOMPARE(p.validationErrors.size(), 1);
        QCOMPARE(p.validationErrors.at(0).value, u"not-an-email"_s);
        QCOMPARE(p.eta, u"3m"_s);
        QCOMPARE(p.loadStrategy, u"upsert"_s);
        QCOMPARE(p.log.size(), 1);
        QCOMPARE(p.log.at(0).timestamp,
                 QDateTime(QDate(2026, 3, 30), QTime(10, 0, 5), QTimeZone::utc()));
    }

    void progressPayloadProblems_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field"); // the field the message must name ("" = whole body)
        QTest::addColumn<QString>("detail"); // a part of the message

        QTest::newRow("number as string")
            << withField("processedRows", "\"500\"") << u"processedRows"_s << u"got a string"_s;
        QTest::newRow("required number null")
            << withField("totalRows", "null") << u"totalRows"_s << u"got null"_s;
        QTest::newRow("object instead of array") << withField("partitionDetails", "{\"index\": 0}")
                                                 << u"partitionDetails"_s << u"expected an array"_s;
        QTest::newRow("nested wrong type") << withField(
            "partitionDetails", "[{\"index\":0,\"status\":\"running\",\"rows\":\"7\"}]")
                                           << u"partitionDetails[0].rows"_s << u"got a string"_s;
        QTest::newRow("fractional count")
            << withField("failedRows", "1.5") << u"failedRows"_s << u"whole number"_s;
        QTest::newRow("huge exponent") << withField("totalRows", "1e400") << QString() << QString();
        QTest::newRow("status not a string")
            << withField("status", "3") << u"status"_s << u"got a number"_s;
        QTest::newRow("array element not an object")
            << withField("log", "[\"extract\"]") << u"log[0]"_s << u"expected an object"_s;
        QTest::newRow("malformed json") << QByteArray("{\"status\": ") << QString() << u"at byte"_s;
        QTest::newRow("truncated") << seedProgress.left(120) << QString() << u"at byte"_s;
        QTest::newRow("html with 200")
            << QByteArray("<!doctype html><html>Oops</html>") << QString() << u"HTML"_s;
        QTest::newRow("empty body") << QByteArray() << QString() << u"empty body"_s;
        QTest::newRow("array at top")
            << QByteArray("[1,2]") << QString() << u"expected an object"_s;
    }

    void progressPayloadProblems()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, detail);
        RunProgress p;
        p.totalRows = 77; // must be left untouched on failure
        const ApiError error = parseProgress(body, &p);
        QCOMPARE(error.kind, ApiError::Kind::BadPayload);
        if (!field.isEmpty())
            QCOMPARE(error.field, field);
        QVERIFY2(error.detail.contains(detail), qPrintable(error.detail));
        QVERIFY(error.userMessage().startsWith(u"Server sent unreadable data"_s));
        QCOMPARE(p.totalRows, 77);
    }

    void oddButWellTypedValuesAreKept_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("negative") << withField("processedRows", "-5");
        QTest::newRow("processed > total") << withField("processedRows", "90000");
        QTest::newRow("total zero") << withField("totalRows", "0");
        QTest::newRow("progress 150") << withField(
            "partitionDetails", "[{\"index\":0,\"status\":\"running\",\"progress\":150}]");
    }

    void oddButWellTypedValuesAreKept()
    {
        // Odd numbers are not rejected nor clamped here: the views flag them.
        QFETCH(QByteArray, body);
        RunProgress p;
        QVERIFY(!parseProgress(body, &p).isError());
    }

    void statuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<RunStatus>("status");
        QTest::newRow("pending") << u"pending"_s << RunStatus::Pending;
        QTest::newRow("running") << u"running"_s << RunStatus::Running;
        QTest::newRow("completed") << u"completed"_s << RunStatus::Completed;
        QTest::newRow("failed") << u"failed"_s << RunStatus::Failed;
        QTest::newRow("completed_with_errors")
            << u"completed_with_errors"_s << RunStatus::CompletedWithErrors;
        QTest::newRow("paused") << u"paused"_s << RunStatus::Unknown;
        QTest::newRow("upper case") << u"RUNNING"_s << RunStatus::Unknown;
        QTest::newRow("empty") << QString() << RunStatus::Unknown;
        QTest::newRow("10000 chars") << QString(10000, u'x') << RunStatus::Unknown;
    }

    void statuses()
    {
        QFETCH(QString, text);
        QFETCH(RunStatus, status);
        RunProgress p;
        const QByteArray quoted = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
        QVERIFY(
            !parseProgress(withField("status", quoted.mid(1, quoted.size() - 2).constData()), &p)
                 .isError());
        QCOMPARE(p.status, status);
        QCOMPARE(p.statusText, text); // the raw text is kept to show "Unknown (paused)"
    }

    void unknownStatusLabel()
    {
        QCOMPARE(fw::unknownStatusLabel(u"paused"), u"Unknown (paused)"_s);
        QCOMPARE(fw::unknownStatusLabel(u""), u"Unknown (empty)"_s);
        const QString longLabel = fw::unknownStatusLabel(QString(10000, u'x'));
        QVERIFY(longLabel.size() < 60);
        QVERIFY(longLabel.contains(u'…'));
    }

    void visibleText_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << u"abc"_s << 0 << u"abc"_s;
        QTest::newRow("newline and tab") << u"a\nb\tc"_s << 0 << u"a␊b␉c"_s;
        QTest::newRow("bell and delete") << u"\u0007x\u007f"_s << 0 << u"␇x␡"_s;
        QTest::newRow("rtl override") << u"abc\u202Egnp.exe"_s << 0 << u"abc⟦RLO⟧gnp.exe"_s;
        QTest::newRow("elided") << u"abcdef"_s << 3 << u"abc…"_s;
        QTest::newRow("not elided at limit") << u"abc"_s << 3 << u"abc"_s;
    }

    void visibleText()
    {
        QFETCH(QString, raw);
        QFETCH(int, max);
        QFETCH(QString, shown);
        QCOMPARE(fw::visibleText(raw, max), shown);
    }

    void valueOfAnyJsonType_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("string") << QByteArray("\"=1+1\"") << u"=1+1"_s;
        QTest::newRow("number") << QByteArray("42") << u"42"_s;
        QTest::newRow("null") << QByteArray("null") << QString();
        QTest::newRow("bool") << QByteArray("true") << u"true"_s;
        QTest::newRow("object") << QByteArray("{\"a\":1}") << u"{\"a\":1}"_s;
    }

    void valueOfAnyJsonType()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, shown);
        QList<ValidationError> errors;
        std::optional<qint64> total;
        const QByteArray body
            = "{\"runId\":\"r\",\"total\":1,\"errors\":[{\"row\":1,\"column\":\"c\","
              "\"value\":"
            + value + ",\"error\":\"e\"}]}";
        QVERIFY(!ErrorsRequest::parseJson(body, &errors, &total).isError());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).value, shown);
        QCOMPARE(total, std::optional<qint64>(1));
    }

    // 429 and 503 say the wait that really happens: the server's Retry-After for a user who
    // tries again, the watcher's own (never shorter) wait when it does; never "wait 0 s".
    void waitInRateLimitMessages_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<std::optional<qint64>>("retryAfter");
        QTest::addColumn<std::optional<qint64>>("nextTry");
        QTest::addColumn<bool>("automatic");
        QTest::addColumn<QString>("message");
        using S = std::optional<qint64>;
        QTest::newRow("429, asks 30 s, user")
            << 429 << S(30) << S() << false
            << u"Rate limited by h:1 (it asks to wait 30 s). Wait, then try again."_s;
        QTest::newRow("429, asks 0 s, user")
            << 429 << S(0) << S() << false << u"Rate limited by h:1. Wait, then try again."_s;
        QTest::newRow("429, asks 0 s, watcher waits 8 s")
            << 429 << S(0) << S(8) << true
            << u"Rate limited by h:1. Retrying automatically in 8 s."_s;
        QTest::newRow("429, asks 30 s, watcher waits 30 s")
            << 429 << S(30) << S(30) << true
            << u"Rate limited by h:1. Retrying automatically in 30 s."_s;
        QTest::newRow("429, no header, watcher")
            << 429 << S() << S(5) << true
            << u"Rate limited by h:1. Retrying automatically in 5 s."_s;
        QTest::newRow("503, asks 0 s, watcher waits 2 s")
            << 503 << S(0) << S(2) << true
            << u"h:1 had an internal problem (HTTP 503). Retrying automatically in 2 s."_s;
        QTest::newRow("500, watcher: no wait stated")
            << 500 << S() << S(4) << true
            << u"h:1 had an internal problem (HTTP 500). Retrying automatically."_s;
    }

    void waitInRateLimitMessages()
    {
        QFETCH(int, status);
        QFETCH(std::optional<qint64>, retryAfter);
        QFETCH(std::optional<qint64>, nextTry);
        QFETCH(bool, automatic);
        QFETCH(QString, message);
        ApiError error;
        error.kind = status == 429 ? ApiError::Kind::RateLimited : ApiError::Kind::ServerError;
        error.httpStatus = status;
        error.host = u"h:1"_s;
        error.retryAfterSeconds = retryAfter;
        error.nextTrySeconds = nextTry;
        QCOMPARE(error.userMessage(automatic ? ApiError::FollowUp::RetriesAutomatically
                                             : ApiError::FollowUp::UserRetries),
                 message);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<std::optional<qint64>>("seconds");
        using S = std::optional<qint64>;
        QTest::newRow("seconds") << QByteArray("7") << S(7);
        QTest::newRow("zero") << QByteArray("0") << S(0);
        QTest::newRow("spaces") << QByteArray(" 12 ") << S(12);
        QTest::newRow("capped at 15 min") << QByteArray("99999") << S(900);
        QTest::newRow("absurd") << QByteArray("99999999999999999999") << S(900);
        QTest::newRow("imf date") << QByteArray("Sat, 28 Nov 2026 12:00:30 GMT") << S(30);
        QTest::newRow("rfc 850 date") << QByteArray("Saturday, 28-Nov-26 12:01:00 GMT") << S(60);
        QTest::newRow("asctime date") << QByteArray("Sat Nov 28 12:00:05 2026") << S(5);
        QTest::newRow("date in the past") << QByteArray("Sat, 28 Nov 2026 11:00:00 GMT") << S(0);
        QTest::newRow("negative") << QByteArray("-5") << S();
        QTest::newRow("garbage") << QByteArray("soon") << S();
        QTest::newRow("missing") << QByteArray() << S();
    }

    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(std::optional<qint64>, seconds);
        const QDateTime now(QDate(2026, 11, 28), QTime(12, 0, 0), QTimeZone::utc());
        QCOMPARE(parseRetryAfter(header, now), seconds);
    }

    void serverMessage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("documented envelope") << QByteArray(
            R"({"error":{"code":"BAD_REQUEST","message":"customerId is required","status":400}})")
                                             << u"customerId is required"_s;
        QTest::newRow("plain string")
            << QByteArray(R"({"error":"Run not retryable"})") << u"Run not retryable"_s;
        QTest::newRow("top-level message")
            << QByteArray(R"({"message":"Too many requests"})") << u"Too many requests"_s;
        QTest::newRow("html is never shown") << QByteArray("<html><b>502</b></html>") << QString();
        QTest::newRow("markup kept as text")
            << QByteArray(R"({"error":{"message":"<b>bold</b>\nnext"}})") << u"<b>bold</b> next"_s;
    }

    void serverMessage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QCOMPARE(parseServerMessage(body).message, message);
    }

    void serverMessageIsCapped()
    {
        const QByteArray body = "{\"error\":\"" + QByteArray(5000, 'x') + "\"}";
        QCOMPARE(parseServerMessage(body).message.size(), 300);
    }

    void pageEnvelopes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("items");
        QTest::addColumn<QString>("cursor");
        QTest::addColumn<bool>("hasMore");
        const QByteArray item = R"({"id":"run_1","status":"failed"})";
        QTest::newRow("pagination.cursor") << QByteArray(
            R"({"data":[)" + item
            + R"(],"pagination":{"total":30,"hasMore":true,"limit":1,"cursor":"a+b/c="}})")
                                           << 1 << u"a+b/c="_s << true;
        QTest::newRow("pagination.nextCursor") << QByteArray(
            R"({"data":[)" + item + R"(],"pagination":{"hasMore":true,"nextCursor":"n2"}})")
                                               << 1 << u"n2"_s << true;
        QTest::newRow("last page, null cursor") << QByteArray(
            R"({"data":[)" + item + R"(],"pagination":{"hasMore":false,"cursor":null}})")
                                                << 1 << QString() << false;
        QTest::newRow("older top-level form") << QByteArray(
            R"({"data":[)" + item + "," + item + R"(],"total":2,"hasMore":true,"cursor":"c3"})")
                                              << 2 << u"c3"_s << true;
        QTest::newRow("bare array") << QByteArray("[" + item + "]") << 1 << QString() << false;
        QTest::newRow("hasMore without a cursor stops")
            << QByteArray(R"({"data":[)" + item + R"(],"pagination":{"hasMore":true}})") << 1
            << QString() << false;
    }

    void pageEnvelopes()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, items);
        QFETCH(QString, cursor);
        QFETCH(bool, hasMore);
        Page<RunInfo> page;
        const ApiError error = RunsRequest::parse(body, &page);
        QVERIFY2(!error.isError(), qPrintable(error.detail));
        QCOMPARE(page.items.size(), items);
        QCOMPARE(page.nextCursor, cursor);
        QCOMPARE(page.hasMore, hasMore);
        QCOMPARE(page.items.at(0).status, RunStatus::Failed);
    }

    void pipelineWithWrongTypeNamesTheItem()
    {
        Page<Pipeline> page;
        const QByteArray body
            = R"({"data":[{"id":"p1","name":"A"},{"id":"p2","name":7}],"pagination":{"hasMore":false}})";
        const ApiError error = PipelinesRequest::parse(body, &page);
        QCOMPARE(error.kind, ApiError::Kind::BadPayload);
        QCOMPARE(error.field, u"data[1].name"_s);
    }

    void retryAnswer()
    {
        RunInfo run;
        const QByteArray body = R"({"id":"run_002","pipelineId":"pipe_001","status":"pending",
            "loadStrategy":"upsert","metadata":{"retryOf":"run_001","resumeFromRow":32000,
            "resumable":true},"log":[{"stage":"retry","message":"Resuming from row 32000",
            "timestamp":"2026-03-30T12:00:00Z"}]})";
        QVERIFY(!RetryRequest::parse(body, &run).isError());
        QCOMPARE(run.id, u"run_002"_s);
        QCOMPARE(run.retryOf, u"run_001"_s);
        QCOMPARE(run.resumeFromRow, std::optional<qint64>(32000));
        QCOMPARE(run.resumable, std::optional<bool>(true));
        QCOMPARE(run.status, RunStatus::Pending);
    }

    void safeFileName_data()
    {
        QTest::addColumn<QString>("suggested");
        QTest::addColumn<QString>("safe");
        QTest::newRow("documented")
            << u"pipeline-run-run_001-errors.csv"_s << u"pipeline-run-run_001-errors.csv"_s;
        QTest::newRow("path traversal") << u"../../etc/passwd"_s << u"passwd.csv"_s;
        QTest::newRow("windows path") << u"C:\\Users\\x\\evil.csv"_s << u"evil.csv"_s;
        QTest::newRow("hidden file") << u".bashrc"_s << u"bashrc.csv"_s;
        QTest::newRow("control and rtl") << u"a\u0007b\u202Ec.csv"_s << u"abc.csv"_s;
        QTest::newRow("reserved chars") << u"a<b>:c|d?.csv"_s << u"abcd.csv"_s;
        QTest::newRow("nothing left") << u"../"_s << QString();
    }

    void safeFileName()
    {
        QFETCH(QString, suggested);
        QFETCH(QString, safe);
        QCOMPARE(ErrorsRequest::safeFileName(suggested), safe);
    }
};

QTEST_GUILESS_MAIN(TestParsing)
#include "tst_parsing.moc"
