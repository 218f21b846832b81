// The API client against the built-in simulator over real loopback HTTP: every endpoint, every
// error class, pagination, Retry-After, redirects, timeouts, size caps, and what is sent.
#include "core/api/ApiClient.h"
#include "core/api/ErrorsRequest.h"
#include "core/api/PipelinesRequest.h"
#include "core/api/ProgressDecoder.h"
#include "core/api/ProgressRequest.h"
#include "core/api/RetryRequest.h"
#include "core/api/RunsRequest.h"
#include "sim/Simulator.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fw;
using fw::sim::Fault;

namespace {
// A server on another port of 127.0.0.1: another origin. Records what reaches it and answers
// with `reply` (or nothing when empty).
class RecordingServer final : public QTcpServer
{
public:
    QByteArray received;
    QByteArray reply;

    explicit RecordingServer(QByteArray answer = {})
        : reply(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    received += socket->readAll();
                    if (!reply.isEmpty() && received.contains("\r\n\r\n")) {
                        socket->write(reply);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:"_s + QString::number(serverPort())); }
};

bool waitFor(ApiRequest *request, int timeoutMs = 10000)
{
    request->setAutoDelete(false);
    QSignalSpy spy(request, &ApiRequest::finished);
    request->start();
    return spy.wait(timeoutMs) && spy.size() == 1;
}
} // namespace

class TestClient final : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;

    std::unique_ptr<ApiClient> client(const QString &key = u"krn_demo_admin"_s,
                                      AuthStyle style = AuthStyle::ApiKeyHeader)
    {
        ConnectionConfig config;
        config.name = u"Test"_s;
        config.server = m_sim->baseUrl();
        config.tenant = u"demo"_s;
        config.apiKey = key;
        config.authStyle = style;
        return std::make_unique<ApiClient>(config);
    }

private Q_SLOTS:
    void init()
    {
        sim::SimulatorOptions options;
        options.millionErrors = 5000; // the big run is measured in the benchmark, not here
        m_sim = std::make_unique<sim::Simulator>(options);
        QVERIFY(m_sim->start());
    }
    void cleanup() { m_sim.reset(); }

    void successivePollsReuseWhatDidNotChange()
    {
        // The 1,000-partition run, polled twice ten seconds apart through one decoder, as a
        // RunWatcher does: most partitions did not move, and are not parsed again.
        QDateTime now(QDate(2026, 3, 30), QTime(10, 2), Qt::UTC);
        m_sim->setClock([&now] { return now; });
        auto api = client();
        auto decoder = std::make_shared<ProgressDecoder>();
        auto poll = [&]() -> std::optional<RunProgress> {
            ProgressRequest *request = api->fetchProgress(u"pipe_003"_s, u"run_201"_s, decoder);
            const bool done = waitFor(request) && request->succeeded();
            std::optional<RunProgress> progress;
            if (done)
                progress = request->takeProgress();
            delete request;
            return progress;
        };
        const auto first = poll();
        QVERIFY(first);
        QCOMPARE(first->partitionDetails.size(), 1000);
        QCOMPARE(decoder->lastStats().partitionsParsed, 1000);
        now = now.addSecs(10);
        const auto second = poll();
        QVERIFY(second);
        QVERIFY(!decoder->lastStats().wholeParse);
        const qsizetype reparsed = decoder->lastStats().partitionsParsed;
        QVERIFY2(reparsed > 0 && reparsed < 200, qPrintable(QString::number(reparsed)));
        QVERIFY(second->processedRows > first->processedRows);
        // The same poll again: the same bytes, nothing parsed.
        const auto third = poll();
        QVERIFY(third);
        QVERIFY(decoder->lastStats().sameBody);
        QVERIFY(*third == *second);
    }

    void listsEveryPipelineAcrossPages()
    {
        auto api = client();
        QStringList ids;
        QString cursor;
        int pages = 0;
        std::optional<qint64> total;
        do {
            auto *request = api->listPipelines(cursor, 7);
            QVERIFY(waitFor(request));
            QVERIFY2(request->succeeded(), qPrintable(request->error().userMessage()));
            for (const Pipeline &p : request->page().items)
                ids << p.id;
            cursor = request->page().nextCursor;
            total = request->page().total;
            ++pages;
            delete request;
        } while (!cursor.isEmpty() && pages < 20);
        QVERIFY(pages > 1);
        QVERIFY(total.has_value());
        QCOMPARE(ids.size(), *total);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        QVERIFY(ids.contains(u"pipe_001"_s));
    }

    void cursorsArePercentEncoded()
    {
        // The simulator's cursors contain + / and =; an unencoded + would arrive as a space.
        auto api = client();
        auto *first = api->listPipelines({}, 5);
        QVERIFY(waitFor(first));
        const QString cursor = first->page().nextCursor;
        delete first;
        QVERIFY(cursor.contains(u'+') || cursor.contains(u'/') || cursor.contains(u'='));
        RecordingServer raw;
        ConnectionConfig config = api->config();
        config.server = raw.url();
        ApiClient rawClient(config);
        auto *request = rawClient.listPipelines(cursor, 5);
        rawClient.setTimeouts({std::chrono::milliseconds(300), std::chrono::milliseconds(300)});
        QVERIFY(waitFor(request));
        delete request;
        const QByteArray line = raw.received.left(raw.received.indexOf("\r\n"));
        QVERIFY2(!line.contains('+') && !line.contains(QByteArray("cursor=" + cursor.toLatin1())),
                 line.constData());
        QVERIFY(line.contains(QUrl::toPercentEncoding(cursor)));
    }

    void sendsTheDocumentedHeaders()
    {
        RecordingServer raw;
        ConnectionConfig config;
        config.server = raw.url();
        config.tenant = u"demo"_s;
        config.apiKey = u"krn_demo_editor"_s;
        ApiClient api(config);
        api.setTimeouts({std::chrono::milliseconds(300), std::chrono::milliseconds(300)});
        auto *request = api.retryRun(u"pipe_001"_s, u"run_001"_s, QUuid::createUuid());
        const QByteArray key = request->idempotencyKey().toByteArray(QUuid::WithoutBraces);
        QVERIFY(waitFor(request));
        delete request;
        const QByteArray head = raw.received.toLower();
        QVERIFY(raw.received.startsWith("POST /api/v1/pipelines/pipe_001/runs/run_001/retry "));
        QVERIFY(head.contains("x-api-key: krn_demo_editor\r\n"));
        QVERIFY(head.contains("x-tenant-id: demo\r\n"));
        QVERIFY(head.contains("accept: application/json\r\n"));
        QVERIFY(head.contains("content-type: application/json\r\n"));
        QVERIFY(head.contains("x-requested-with: xmlhttprequest\r\n"));
        QVERIFY(head.contains("user-agent: flowwatch/"));
        QVERIFY(head.contains(QByteArray("idempotency-key: " + key + "\r\n")));
        QVERIFY(!head.contains("authorization:"));
    }

    void bearerStyleIsAccepted()
    {
        auto api = client(u"krn_demo_viewer"_s, AuthStyle::Bearer);
        auto *request = api->fetchProgress(u"pipe_001"_s, u"run_001"_s);
        QVERIFY(waitFor(request));
        QVERIFY2(request->succeeded(), qPrintable(request->error().userMessage()));
        delete request;
    }

    void progressOfAFailedRun()
    {
        auto api = client(u"krn_demo_viewer"_s);
        auto *request = api->fetchProgress(u"pipe_001"_s, u"run_001"_s);
        QVERIFY(waitFor(request));
        QVERIFY2(request->succeeded(), qPrintable(request->error().userMessage()));
        const RunProgress &p = request->progress();
        QCOMPARE(p.status, RunStatus::Failed);
        QCOMPARE(p.totalRows, 50000);
        QCOMPARE(p.processedRows, 32000);
        QCOMPARE(p.loadStrategy, u"upsert"_s);
        QCOMPARE(p.partitionDetails.size(), 4);
        QVERIFY(p.validationErrors.size() <= 20);
        delete request;
    }

    void errorClasses_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("pipeline");
        QTest::addColumn<QString>("run");
        QTest::addColumn<bool>("retry");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<int>("status");
        using K = ApiError::Kind;
        QTest::newRow("bad key") << u"krn_nope"_s << u"pipe_001"_s << u"run_001"_s << false
                                 << K::Unauthorized << 401;
        QTest::newRow("unknown run")
            << u"krn_demo_viewer"_s << u"pipe_001"_s << u"run_404"_s << false << K::NotFound << 404;
        QTest::newRow("run of another pipeline")
            << u"krn_demo_viewer"_s << u"pipe_002"_s << u"run_001"_s << false << K::NotFound << 404;
        QTest::newRow("viewer retries")
            << u"krn_demo_viewer"_s << u"pipe_001"_s << u"run_001"_s << true << K::Forbidden << 403;
        QTest::newRow("retry of a running run") << u"krn_demo_editor"_s << u"pipe_001"_s
                                                << u"run_002"_s << true << K::Unprocessable << 422;
    }

    void errorClasses()
    {
        QFETCH(QString, key);
        QFETCH(QString, pipeline);
        QFETCH(QString, run);
        QFETCH(bool, retry);
        QFETCH(ApiError::Kind, kind);
        QFETCH(int, status);
        auto api = client(key);
        ApiRequest *request = retry
            ? static_cast<ApiRequest *>(api->retryRun(pipeline, run, QUuid::createUuid()))
            : api->fetchProgress(pipeline, run);
        QVERIFY(waitFor(request));
        QCOMPARE(request->error().kind, kind);
        QCOMPARE(request->error().httpStatus, status);
        QVERIFY(!request->error().serverMessage.isEmpty()); // from the documented envelope
        QVERIFY(!request->error().outcomeUnknown);
        delete request;
    }

    void retryCreatesARunThatResumes()
    {
        auto api = client(u"krn_demo_editor"_s);
        auto *request = api->retryRun(u"pipe_001"_s, u"run_001"_s, QUuid::createUuid());
        QVERIFY(waitFor(request));
        QVERIFY2(request->succeeded(), qPrintable(request->error().userMessage()));
        QCOMPARE(request->httpStatus(), 201);
        const RunInfo &run = request->newRun();
        QCOMPARE(run.retryOf, u"run_001"_s);
        QCOMPARE(run.resumeFromRow, std::optional<qint64>(32000));
        QCOMPARE(run.status, RunStatus::Pending);
        auto *progress = api->fetchProgress(u"pipe_001"_s, run.id);
        QVERIFY(waitFor(progress));
        QVERIFY(progress->succeeded());
        delete progress;
        delete request;
    }

    void rateLimitedWithRetryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<std::optional<qint64>>("seconds");
        QTest::addColumn<ApiError::Kind>("kind");
        using S = std::optional<qint64>;
        QTest::newRow("429 seconds")
            << 429 << QByteArray("7") << S(7) << ApiError::Kind::RateLimited;
        QTest::newRow("429 garbage")
            << 429 << QByteArray("later") << S() << ApiError::Kind::RateLimited;
        QTest::newRow("503 seconds")
            << 503 << QByteArray("3") << S(3) << ApiError::Kind::ServerError;
        QTest::newRow("500 ignores it")
            << 500 << QByteArray("3") << S() << ApiError::Kind::ServerError;
    }

    void rateLimitedWithRetryAfter()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(std::optional<qint64>, seconds);
        QFETCH(ApiError::Kind, kind);
        m_sim->injectFault(
            Fault::withStatus(u"GET"_s, u"/progress$"_s, status, "<html><body>Busy</body></html>",
                              {{"Retry-After", retryAfter}, {"Content-Type", "text/html"}}));
        auto api = client();
        auto *request = api->fetchProgress(u"pipe_001"_s, u"run_001"_s);
        QVERIFY(waitFor(request));
        QCOMPARE(request->error().kind, kind);
        QCOMPARE(request->error().retryAfterSeconds, seconds);
        QVERIFY(request->error().serverMessage.isEmpty()); // an HTML body is never shown
        QVERIFY(request->error().isTransient());
        delete request;
    }

    void unreadableBodyWithSuccessStatus()
    {
        m_sim->injectFault(Fault::withStatus(u"GET"_s, u"/progress$"_s, 200, "{\"status\": \"runn",
                                             {{"Content-Type", "application/json"}}));
        auto api = client();
        auto *request = api->fetchProgress(u"pipe_001"_s, u"run_001"_s);
        QVERIFY(waitFor(request));
        QCOMPARE(request->error().kind, ApiError::Kind::BadPayload);
        delete request;
    }

    void serverThatNeverAnswersTimesOut()
    {
        m_sim->injectFault(Fault::of(Fault::Kind::NeverAnswer, u"GET"_s, u"/progress$"_s));
        auto api = client();
        api->setTimeouts({std::chrono::milliseconds(300), std::chrono::milliseconds(5000)});
        auto *request = api->fetchProgress(u"pipe_001"_s, u"run_001"_s);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(waitFor(request));
        QCOMPARE(request->error().kind, ApiError::Kind::Timeout);
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY(request->error().userMessage().contains(u"not responding"_s));
        delete request;
    }

    void slowDripHitsTheDeadline()
    {
        Fault drip = Fault::of(Fault::Kind::SlowDrip, u"GET"_s, u"/progress$"_s);
        drip.body = QByteArray(200, ' ');
        drip.dripIntervalMs = 50;
        m_sim->injectFault(drip);
        auto api = client();
        api->setTimeouts({std::chrono::milliseconds(2000), std::chrono::milliseconds(600)});
        auto *request = api->fetchProgress(u"pipe_001"_s, u"run_001"_s);
        QVERIFY(waitFor(request));
        QCOMPARE(request->error().kind, ApiError::Kind::Timeout);
        delete request;
    }

    void cutShortIsAnError_data()
    {
        QTest::addColumn<Fault::Kind>("kind");
        QTest::newRow("reset after headers") << Fault::Kind::ResetAfterHeaders;
        QTest::newRow("body shorter than Content-Length") << Fault::Kind::TruncatedBody;
    }

    void cutShortIsAnError()
    {
        QFETCH(Fault::Kind, kind);
        Fault fault = Fault::of(kind, u"GET"_s, u"/progress$"_s);
        fault.body = "{\"status\":\"running\",\"totalRows\":1,\"processedRows\":1}";
        fault.declaredLength = fault.body.size() + 100;
        m_sim->injectFault(fault);
        auto api = client();
        auto *request = api->fetchProgress(u"pipe_001"_s, u"run_001"_s);
        QVERIFY(waitFor(request));
        QCOMPARE(request->error().kind, ApiError::Kind::Network);
        delete request;
    }

    void redirectWithinTheServerIsFollowed()
    {
        const QByteArray target
            = m_sim->baseUrl().toEncoded() + "/api/v1/pipelines/pipe_001/runs/run_001/progress";
        // Every time: Qt may send the first GET again when the server's keep-alive connection
        // and its redirect cross (see Fault); each attempt must meet the same redirect.
        m_sim->injectFault(Fault::redirect(u"GET"_s, u"/runs/moved/progress$"_s, target, 302, -1));
        auto api = client();
        auto *request = api->fetchProgress(u"pipe_001"_s, u"moved"_s);
        QVERIFY(waitFor(request));
        QVERIFY2(request->succeeded(), qPrintable(request->error().userMessage()));
        QCOMPARE(request->progress().processedRows, 32000); // run_001's answer
        delete request;
    }

    void redirectToAnotherHostIsNotFollowed()
    {
        RecordingServer other("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        m_sim->injectFault(
            Fault::redirect(u"GET"_s, u"/progress$"_s, other.url().toEncoded() + "/api/v1/steal"));
        auto api = client();
        auto *request = api->fetchProgress(u"pipe_001"_s, u"run_001"_s);
        QVERIFY(waitFor(request));
        QCOMPARE(request->error().kind, ApiError::Kind::Redirect);
        QVERIFY(request->error().userMessage().contains(u"check the server URL"_s));
        QTest::qWait(100);
        QVERIFY(other.received.isEmpty()); // the key never went there
        delete request;
    }

    void oversizedBodyIsCut()
    {
        m_sim->injectFault(Fault::withStatus(u"GET"_s, u"/progress$"_s, 200,
                                             QByteArray(33 * 1024 * 1024, ' '),
                                             {{"Content-Type", "application/json"}}));
        auto api = client();
        auto *request = api->fetchProgress(u"pipe_001"_s, u"run_001"_s);
        QVERIFY(waitFor(request, 20000));
        QCOMPARE(request->error().kind, ApiError::Kind::TooLarge);
        delete request;
    }

    void droppedRetryHasAnUnknownOutcome()
    {
        m_sim->injectFault(Fault::of(Fault::Kind::DropAfterProcessing, u"POST"_s, u"/retry$"_s));
        auto api = client(u"krn_demo_admin"_s);
        auto *request = api->retryRun(u"pipe_001"_s, u"run_001"_s, QUuid::createUuid());
        QVERIFY(waitFor(request));
        QVERIFY(request->error().isError());
        QVERIFY(request->error().outcomeUnknown);
        QTest::qWait(200); // Qt would resend a dropped POST by itself: it must not have
        QCOMPARE(m_sim->requestCount(u"POST"_s, u"/retry$"_s), 1);
        delete request;
    }

    void refusedRetryWasNeverSent()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        ConnectionConfig config;
        config.server = QUrl(u"http://127.0.0.1:"_s + QString::number(port));
        config.tenant = u"demo"_s;
        config.apiKey = u"krn_demo_admin"_s;
        ApiClient api(config);
        auto *request = api.retryRun(u"pipe_001"_s, u"run_001"_s, QUuid::createUuid());
        QVERIFY(waitFor(request));
        QCOMPARE(request->error().kind, ApiError::Kind::Network);
        QVERIFY(!request->error().outcomeUnknown);
        QVERIFY(request->error().userMessage().startsWith(u"Cannot reach 127.0.0.1:"_s));
        // A request on its own is never resent: its message promises nothing of the kind.
        QVERIFY(!request->error().userMessage().contains(u"etrying"_s));
        delete request;
    }

    void runsListInEveryEnvelope_data()
    {
        QTest::addColumn<sim::RunsEnvelope>("envelope");
        QTest::newRow("pagination object") << sim::RunsEnvelope::PaginationObject;
        QTest::newRow("nextCursor") << sim::RunsEnvelope::NextCursor;
        QTest::newRow("top level") << sim::RunsEnvelope::TopLevel;
        QTest::newRow("bare array") << sim::RunsEnvelope::BareArray;
    }

    void runsListInEveryEnvelope()
    {
        QFETCH(sim::RunsEnvelope, envelope);
        m_sim->setRunsEnvelope(envelope);
        auto api = client();
        QStringList ids;
        QString cursor;
        for (int page = 0; page < 10; ++page) {
            auto *request = api->listRuns(u"pipe_001"_s, cursor, 1);
            QVERIFY(waitFor(request));
            QVERIFY2(request->succeeded(), qPrintable(request->error().userMessage()));
            QVERIFY(!request->isListingUnavailable());
            for (const RunInfo &run : request->page().items)
                ids << run.id;
            cursor = request->page().nextCursor;
            delete request;
            if (cursor.isEmpty())
                break;
        }
        QVERIFY(ids.contains(u"run_001"_s));
        QVERIFY(ids.contains(u"run_002"_s));
    }

    void runsListAbsentIsAnAnswer()
    {
        m_sim->setRunsListEnabled(false);
        auto api = client();
        auto *request = api->listRuns(u"pipe_001"_s);
        QVERIFY(waitFor(request));
        QVERIFY(request->succeeded());
        QVERIFY(request->isListingUnavailable());
        delete request;
    }

    void errorsAsCsvAndAsJsonAgree()
    {
        auto api = client(u"krn_demo_viewer"_s);
        auto collect = [&](bool preferCsv, bool *gotCsv, QString *fileName) {
            QList<ValidationError> rows;
            auto *request = api->fetchErrors(u"pipe_002"_s, u"run_101"_s, preferCsv);
            connect(request, &ErrorsRequest::rowsArrived, this,
                    [&rows](const QList<ValidationError> &batch) { rows += batch; });
            if (!waitFor(request, 20000) || !request->succeeded())
                qWarning() << request->error().userMessage();
            *gotCsv = request->answeredWithCsv();
            *fileName = request->suggestedFileName();
            delete request;
            return rows;
        };
        bool csv = false;
        QString name;
        const QList<ValidationError> fromCsv = collect(true, &csv, &name);
        QVERIFY(csv);
        QCOMPARE(name, u"pipeline-run-run_101-errors.csv"_s);
        const QList<ValidationError> fromJson = collect(false, &csv, &name);
        QVERIFY(!csv);
        QCOMPARE(fromCsv.size(), 2500);
        QCOMPARE(fromJson.size(), 2500);
        for (qsizetype i = 0; i < fromCsv.size(); ++i)
            QCOMPARE(fromCsv.at(i), fromJson.at(i));
        // The awkward values made it through intact.
        const bool hasNewline
            = std::any_of(fromCsv.begin(), fromCsv.end(),
                          [](const ValidationError &e) { return e.value.contains(u'\n'); });
        QVERIFY(hasNewline);
        m_sim->setCsvErrors(false); // a server that only speaks JSON
        const QList<ValidationError> fallback = collect(true, &csv, &name);
        QVERIFY(!csv);
        QCOMPARE(fallback, fromJson);
    }

    void errorsWithInvalidUtf8AreShownWithReplacementCharacters()
    {
        // Elements are split off the stream byte by byte and parsed one by one; the envelope is
        // parsed at the end: invalid UTF-8 in either is read as U+FFFD, not refused.
        m_sim->injectFault(Fault::withStatus(
            u"GET"_s, u"/errors$"_s, 200,
            "{\"runId\":\"run_\xff\",\"total\":2,\"errors\":[{\"row\":1,\"column\":\"caf\xc3(\","
            "\"value\":\"\xc0\xaf\",\"error\":\"bad\"},{\"row\":2,\"column\":\"ok\","
            "\"value\":\"\xed\xa0\x80\",\"error\":\"e\\u0007\"}]}"_ba,
            {{"Content-Type"_ba, "application/json"_ba}}));
        auto api = client(u"krn_demo_viewer"_s);
        QList<ValidationError> rows;
        auto *request = api->fetchErrors(u"pipe_002"_s, u"run_101"_s, false);
        connect(request, &ErrorsRequest::rowsArrived, this,
                [&rows](const QList<ValidationError> &batch) { rows += batch; });
        QVERIFY(waitFor(request));
        QVERIFY2(request->succeeded(), qPrintable(request->error().userMessage()));
        delete request;
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).column, u"caf\uFFFD("_s);
        QVERIFY(!rows.at(0).value.isEmpty());
        QVERIFY(rows.at(0).value.contains(QChar::ReplacementCharacter));
        QVERIFY(rows.at(1).value.contains(QChar::ReplacementCharacter));
        QCOMPARE(rows.at(1).error, u"e\u0007"_s); // kept for the views to show visibly
    }

    void errorsStreamCanBeCancelled()
    {
        m_sim = std::make_unique<sim::Simulator>(); // with the full million-error run
        QVERIFY(m_sim->start());
        auto api = client(u"krn_demo_viewer"_s);
        auto *request = api->fetchErrors(u"pipe_005"_s, u"run_401"_s, true);
        request->setAutoDelete(false);
        QSignalSpy finished(request, &ApiRequest::finished);
        connect(request, &ErrorsRequest::rowsArrived, request, &ApiRequest::cancel);
        request->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(request->error().kind, ApiError::Kind::Cancelled);
        QVERIFY(request->rowsReceived() > 0);
        QVERIFY(request->rowsReceived() < 1000000);
        delete request;
    }

    void keyNeverLogged()
    {
        static QStringList messages;
        messages.clear();
        QLoggingCategory::setFilterRules(u"flowwatch.*=true"_s);
        const auto previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &m) { messages << m; });
        m_sim->injectFault(Fault::withStatus(u"GET"_s, u"/progress$"_s, 200, "not json"));
        auto api = client(u"krn_demo_admin"_s);
        for (ApiRequest *request :
             {static_cast<ApiRequest *>(api->fetchProgress(u"pipe_001"_s, u"run_001"_s)),
              static_cast<ApiRequest *>(api->listPipelines())}) {
            QVERIFY(waitFor(request));
            delete request;
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!messages.isEmpty()); // the requests were logged...
        for (const QString &m : std::as_const(messages))
            QVERIFY2(!m.contains(u"krn_demo_admin"_s), qPrintable(m)); // ...without the key
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
