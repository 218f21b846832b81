// POST .../retry: permissions, states, the new run's life and Idempotency-Key.
#include "support/SimFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using fw::test::HttpResult;
using fw::test::SimFixture;

namespace {

void checkError(const HttpResult &r, int status, const QString &code, const QString &message = {})
{
    QCOMPARE(r.status, status);
    const QJsonObject error = r.json().object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), code);
    if (!message.isEmpty())
        QCOMPARE(error.value(u"message"_s).toString(), message);
}

} // namespace

class TestSimRetry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resumableRetryCreatesAPollableRun()
    {
        SimFixture f;
        const HttpResult r = f.retry("pipe_001", "run_001");
        QCOMPARE(r.status, 201);
        const QJsonObject run = r.json().object();
        QCOMPARE(run.value(u"id"_s).toString(), u"run_9001"_s);
        QCOMPARE(run.value(u"pipelineId"_s).toString(), u"pipe_001"_s);
        QCOMPARE(run.value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(run.value(u"loadStrategy"_s).toString(), u"upsert"_s);
        QCOMPARE(run.value(u"metadata"_s).toObject(),
                 (QJsonObject {{u"retryOf"_s, u"run_001"_s},
                               {u"resumeFromRow"_s, 32000},
                               {u"resumable"_s, true}}));
        const QJsonObject log = run.value(u"log"_s).toArray().first().toObject();
        QCOMPARE(log.value(u"stage"_s).toString(), u"retry"_s);
        QCOMPARE(log.value(u"message"_s).toString(),
                 u"Resuming from row 32000 (original run: run_001)"_s);
        QCOMPARE(log.value(u"timestamp"_s).toString(), u"2026-03-30T10:00:00Z"_s);

        const QByteArray progress = "/api/v1/pipelines/pipe_001/runs/run_9001/progress";
        QJsonObject p = f.get(progress).json().object();
        QCOMPARE(p.value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(p.value(u"processedRows"_s).toInteger(), 32000);
        f.advance(20'000);
        p = f.get(progress).json().object();
        QCOMPARE(p.value(u"status"_s).toString(), u"running"_s);
        QVERIFY(p.value(u"processedRows"_s).toInteger() > 32000);
        f.advance(120'000);
        p = f.get(progress).json().object();
        QCOMPARE(p.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(p.value(u"processedRows"_s).toInteger(), 50000);

        const QJsonObject newest = f.get("/api/v1/pipelines/pipe_001/runs?limit=1")
                                       .json()
                                       .object()
                                       .value(u"data"_s)
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(newest.value(u"id"_s).toString(), u"run_9001"_s);
        QCOMPARE(newest.value(u"metadata"_s).toObject().value(u"retryOf"_s).toString(),
                 u"run_001"_s);

        QCOMPARE(f.retry("pipe_001", "run_001").json().object().value(u"id"_s).toString(),
                 u"run_9002"_s);
    }

    void retryAnswersAsConfigured_data()
    {
        QTest::addColumn<QString>("runId");
        QTest::addColumn<qint64>("resumeFromRow");
        QTest::addColumn<int>("resumable"); // -1: the default
        QTest::addColumn<qint64>("expectedRow");
        QTest::addColumn<bool>("expectedResumable");
        QTest::addColumn<QString>("expectedLog");
        QTest::newRow("checkpoint behind")
            << u"run_001"_s << qint64(28'026) << -1 << qint64(28'026) << true
            << u"Resuming from row 28026 (original run: run_001)"_s;
        QTest::newRow("checkpoint capped")
            << u"run_001"_s << qint64(99'999) << -1 << qint64(32'000) << true
            << u"Resuming from row 32000 (original run: run_001)"_s;
        QTest::newRow("full re-run, resumable")
            << u"run_001"_s << qint64(0) << 1 << qint64(0) << true
            << u"Re-processing all partitions from row 0 (original run: run_001)"_s;
        QTest::newRow("full re-run, not resumable")
            << u"run_001"_s << qint64(0) << 0 << qint64(0) << false
            << u"Re-processing all partitions from row 0 (original run: run_001)"_s;
        QTest::newRow("replace") << u"run_101"_s << qint64(-1) << -1 << qint64(0) << false
                                 << u"Re-running from the beginning (original run: run_101)"_s;
    }

    void retryAnswersAsConfigured()
    {
        QFETCH(QString, runId);
        QFETCH(qint64, resumeFromRow);
        QFETCH(int, resumable);
        QFETCH(qint64, expectedRow);
        QFETCH(bool, expectedResumable);
        QFETCH(QString, expectedLog);
        SimFixture f;
        fw::sim::RetryAnswer answer;
        answer.resumeFromRow = resumeFromRow;
        if (resumable >= 0)
            answer.resumable = resumable == 1;
        QVERIFY(f.sim().setRetryAnswer(runId, answer));
        const QByteArray pipeline = runId == u"run_001"_s ? "pipe_001" : "pipe_002";
        const HttpResult r = f.retry(pipeline, runId.toLatin1());
        QCOMPARE(r.status, 201);
        const QJsonObject run = r.json().object();
        const QJsonObject metadata = run.value(u"metadata"_s).toObject();
        QCOMPARE(metadata.value(u"resumeFromRow"_s).toInteger(), expectedRow);
        QCOMPARE(metadata.value(u"resumable"_s).toBool(), expectedResumable);
        QCOMPARE(run.value(u"log"_s).toArray().first().toObject().value(u"message"_s).toString(),
                 expectedLog);
        // The new run starts where the answer said.
        const QJsonObject p = f.get("/api/v1/pipelines/" + pipeline + "/runs/"
                                    + run.value(u"id"_s).toString().toLatin1() + "/progress")
                                  .json()
                                  .object();
        QCOMPARE(p.value(u"processedRows"_s).toInteger(), expectedRow);
    }

    void simulatorWideAnswerAndSlowPost()
    {
        fw::sim::SimulatorOptions options;
        options.retry.resumeFromRow = 12'000;
        options.retry.delayMs = 400;
        SimFixture f(options);
        QElapsedTimer timer;
        timer.start();
        const HttpResult r = f.retry("pipe_001", "run_001");
        QCOMPARE(r.status, 201);
        QVERIFY(timer.elapsed() >= 350); // the answer waited; the run existed at once
        QCOMPARE(
            r.json().object().value(u"metadata"_s).toObject().value(u"resumeFromRow"_s).toInteger(),
            12'000);
        // A run with its own answer is not affected by the simulator's.
        fw::sim::RunSpec spec;
        spec.id = u"run_8500"_s;
        spec.finalStatus = u"failed"_s;
        spec.finished = true;
        spec.failAtProcessedRows = 6000;
        spec.retry = fw::sim::RetryAnswer {};
        f.sim().addRun(spec);
        const HttpResult own = f.retry("pipe_001", "run_8500");
        QCOMPARE(own.json()
                     .object()
                     .value(u"metadata"_s)
                     .toObject()
                     .value(u"resumeFromRow"_s)
                     .toInteger(),
                 6000);
    }

    void replaceRetryStartsFromZero()
    {
        SimFixture f;
        const HttpResult r = f.retry("pipe_002", "run_101", "krn_demo_editor");
        QCOMPARE(r.status, 201);
        const QJsonObject metadata = r.json().object().value(u"metadata"_s).toObject();
        QCOMPARE(metadata.value(u"resumeFromRow"_s).toInt(-1), 0);
        QCOMPARE(metadata.value(u"resumable"_s).toBool(true), false);
        QCOMPARE(r.json()
                     .object()
                     .value(u"log"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"message"_s)
                     .toString(),
                 u"Re-running from the beginning (original run: run_101)"_s);
    }

    void idempotencyKeyReturnsTheSameRun()
    {
        SimFixture f;
        const HttpResult first = f.retry("pipe_001", "run_001", "krn_demo_admin", "key-1");
        const HttpResult again = f.retry("pipe_001", "run_001", "krn_demo_admin", "key-1");
        QCOMPARE(first.status, 201);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, first.body);
        const HttpResult other = f.retry("pipe_001", "run_001", "krn_demo_admin", "key-2");
        QCOMPARE(other.json().object().value(u"id"_s).toString(), u"run_9002"_s);
        QCOMPARE(f.sim().requestCount(u"POST"_s, u"/retry$"_s), 3);
    }

    void refusals()
    {
        SimFixture f;
        checkError(f.retry("pipe_001", "run_001", "krn_demo_viewer"), 403, u"FORBIDDEN"_s,
                   u"Insufficient permissions"_s);
        QNetworkRequest noHeader = f.request("/api/v1/pipelines/pipe_001/runs/run_001/retry");
        const HttpResult csrf = SimFixture::send(f.network(), noHeader, "POST", "{}");
        checkError(csrf, 403, u"FORBIDDEN"_s);
        QVERIFY(csrf.json()
                    .object()
                    .value(u"error"_s)
                    .toObject()
                    .value(u"message"_s)
                    .toString()
                    .contains(u"X-Requested-With"_s));
        checkError(f.retry("pipe_001", "run_002"), 422, u"UNPROCESSABLE_ENTITY"_s,
                   u"Run status 'running' does not allow retry (must be failed or "
                   "completed_with_errors)"_s.replace(u"running"_s, u"pending"_s));
        f.advance(10'000);
        checkError(f.retry("pipe_001", "run_002"), 422, u"UNPROCESSABLE_ENTITY"_s,
                   u"Run status 'running' does not allow retry (must be failed or "
                   "completed_with_errors)"_s);
        checkError(f.retry("pipe_002", "run_102"), 422, u"UNPROCESSABLE_ENTITY"_s);
        checkError(f.retry("pipe_004", "run_302"), 422, u"UNPROCESSABLE_ENTITY"_s);
        checkError(f.retry("pipe_999", "run_001"), 404, u"NOT_FOUND"_s);
        checkError(f.retry("pipe_001", "run_999"), 404, u"NOT_FOUND"_s);
        checkError(f.retry("pipe_002", "run_001"), 404, u"NOT_FOUND"_s);
        checkError(f.retry("pipe_001", "run_001", "krn_bad"), 401, u"UNAUTHORIZED"_s);
        QCOMPARE(f.sim().requestCount(u"GET"_s, u"/progress$"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimRetry)
#include "tst_sim_retry.moc"
