// Progress evolving on an injected clock, the seed's example run, and determinism.
#include "support/SimFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using fw::test::HttpResult;
using fw::test::SimFixture;

namespace {

QJsonObject progress(SimFixture &f, const QByteArray &pipeline, const QByteArray &run)
{
    const HttpResult r
        = f.get("/api/v1/pipelines/"_ba + pipeline + "/runs/"_ba + run + "/progress"_ba);
    if (r.status != 200)
        qWarning("progress %s: HTTP %d", run.constData(), r.status);
    return r.json().object();
}

} // namespace

class TestSimProgress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hasExactlyTheSeedsFields()
    {
        SimFixture f;
        const QJsonObject p = progress(f, "pipe_001", "run_001");
        QStringList keys = p.keys();
        QStringList expected {
            u"status"_s,           u"totalRows"_s,        u"processedRows"_s,
            u"rowsIn"_s,           u"rowsOut"_s,          u"failedRows"_s,
            u"skippedRows"_s,      u"partitions"_s,       u"completedPartitions"_s,
            u"partitionDetails"_s, u"validationErrors"_s, u"eta"_s,
            u"durationMs"_s,       u"loadStrategy"_s,     u"log"_s};
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
    }

    void run001MatchesTheDocumentedExample()
    {
        SimFixture f;
        const QJsonObject p = progress(f, "pipe_001", "run_001");
        QCOMPARE(p.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(p.value(u"totalRows"_s).toInteger(), 50'000);
        QCOMPARE(p.value(u"processedRows"_s).toInteger(), 32'000);
        QCOMPARE(p.value(u"failedRows"_s).toInteger(), 12);
        QCOMPARE(p.value(u"partitions"_s).toInt(), 4);
        QCOMPARE(p.value(u"completedPartitions"_s).toInt(), 2);
        QCOMPARE(p.value(u"loadStrategy"_s).toString(), u"upsert"_s);
        QVERIFY(p.value(u"eta"_s).isNull());
        QVERIFY(p.value(u"rowsIn"_s).isNull());
        const QJsonArray parts = p.value(u"partitionDetails"_s).toArray();
        QStringList statuses;
        for (const QJsonValue &v : parts) {
            statuses.append(v.toObject().value(u"status"_s).toString());
            QVERIFY(!v.toObject().contains(u"progress"_s));
        }
        QCOMPARE(statuses,
                 (QStringList {u"completed"_s, u"completed"_s, u"failed"_s, u"pending"_s}));
        QCOMPARE(parts.at(2).toObject().value(u"rows"_s).toInt(), 7000);
        const QJsonArray errors = p.value(u"validationErrors"_s).toArray();
        QCOMPARE(errors.size(), 12);
        QCOMPARE(errors.first().toObject(),
                 (QJsonObject {{u"row"_s, 142},
                               {u"column"_s, u"email"_s},
                               {u"value"_s, u"not-an-email"_s},
                               {u"error"_s, u"Invalid email format"_s}}));
        const QJsonArray log = p.value(u"log"_s).toArray();
        QCOMPARE(log.first().toObject().value(u"stage"_s).toString(), u"extract"_s);
        QVERIFY(log.last().toObject().value(u"message"_s).toString().contains(u"failed"_s));
        QVERIFY(log.first().toObject().value(u"timestamp"_s).toString().endsWith(u'Z'));
    }

    void pendingRunningCompleted()
    {
        SimFixture f;
        QJsonObject p = progress(f, "pipe_004", "run_301");
        QCOMPARE(p.value(u"status"_s).toString(), u"pending"_s);
        QVERIFY(p.value(u"eta"_s).isNull());
        QCOMPARE(p.value(u"processedRows"_s).toInteger(), 0);
        f.advance(19'000);
        QCOMPARE(progress(f, "pipe_004", "run_301").value(u"status"_s).toString(), u"pending"_s);

        f.advance(31'000); // 30 s into running
        p = progress(f, "pipe_004", "run_301");
        QCOMPARE(p.value(u"status"_s).toString(), u"running"_s);
        QVERIFY(p.value(u"rowsIn"_s).isNull());
        QVERIFY(p.value(u"rowsOut"_s).isNull());
        QVERIFY(p.value(u"eta"_s).isString());
        QCOMPARE(p.value(u"durationMs"_s).toInteger(), 30'000);
        const qint64 processed = p.value(u"processedRows"_s).toInteger();
        QVERIFY(processed > 0 && processed < 36'000);
        int running = 0;
        for (const QJsonValue &v : p.value(u"partitionDetails"_s).toArray()) {
            const QJsonObject part = v.toObject();
            const bool isRunning = part.value(u"status"_s).toString() == u"running"_s;
            QCOMPARE(part.contains(u"progress"_s), isRunning);
            if (isRunning) {
                ++running;
                const int pct = part.value(u"progress"_s).toInt(-1);
                QVERIFY(pct >= 0 && pct <= 100);
            }
        }
        QVERIFY(running > 0);
        const QJsonArray earlyLog = p.value(u"log"_s).toArray();

        f.advance(60'000);
        p = progress(f, "pipe_004", "run_301");
        QVERIFY(p.value(u"processedRows"_s).toInteger() > processed);
        const QJsonArray laterLog = p.value(u"log"_s).toArray();
        QVERIFY(laterLog.size() > earlyLog.size());
        for (qsizetype i = 0; i < earlyLog.size(); ++i) // entries are never rewritten
            QCOMPARE(laterLog.at(i), earlyLog.at(i));

        f.advance(60'000);
        p = progress(f, "pipe_004", "run_301");
        QCOMPARE(p.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(p.value(u"processedRows"_s).toInteger(), 36'000);
        QCOMPARE(p.value(u"rowsIn"_s).toInteger(), 36'000);
        QVERIFY(p.value(u"rowsOut"_s).isDouble());
        QVERIFY(p.value(u"eta"_s).isNull());
        QCOMPARE(p.value(u"completedPartitions"_s).toInt(), 4);
    }

    void otherDemoRuns()
    {
        SimFixture f;
        QCOMPARE(progress(f, "pipe_004", "run_302").value(u"status"_s).toString(), u"paused"_s);
        QCOMPARE(progress(f, "pipe_002", "run_101").value(u"status"_s).toString(),
                 u"completed_with_errors"_s);
        QCOMPARE(progress(f, "pipe_002", "run_101").value(u"validationErrors"_s).toArray().size(),
                 20);
        QCOMPARE(progress(f, "pipe_002", "run_102").value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(progress(f, "pipe_005", "run_401").value(u"failedRows"_s).toInteger(), 1'000'000);

        f.advance(60'000);
        QJsonObject big = progress(f, "pipe_003", "run_201");
        QCOMPARE(big.value(u"status"_s).toString(), u"running"_s);
        QCOMPARE(big.value(u"partitions"_s).toInt(), 1000);
        QCOMPARE(big.value(u"partitionDetails"_s).toArray().size(), 1000);
        QCOMPARE(progress(f, "pipe_006", "run_501").value(u"status"_s).toString(), u"running"_s);
        QCOMPARE(progress(f, "pipe_001", "run_002").value(u"status"_s).toString(), u"running"_s);

        f.advance(40'000);
        const QJsonObject failed = progress(f, "pipe_006", "run_501");
        QCOMPARE(failed.value(u"status"_s).toString(), u"failed"_s);
        QVERIFY(failed.value(u"log"_s)
                    .toArray()
                    .last()
                    .toObject()
                    .value(u"message"_s)
                    .toString()
                    .contains(u"failed"_s));

        f.advance(600'000);
        QCOMPARE(progress(f, "pipe_001", "run_002").value(u"status"_s).toString(), u"completed"_s);
        big = progress(f, "pipe_003", "run_201");
        QCOMPARE(big.value(u"status"_s).toString(), u"completed_with_errors"_s);
        int failedParts = 0;
        for (const QJsonValue &v : big.value(u"partitionDetails"_s).toArray())
            failedParts += v.toObject().value(u"status"_s).toString() == u"failed"_s;
        QVERIFY(failedParts > 0 && failedParts < 20);
        QCOMPARE(progress(f, "pipe_001", "run_003").value(u"status"_s).toString().isEmpty(), false);
    }

    void customRuns()
    {
        SimFixture f;
        fw::sim::RunSpec failed;
        failed.pipelineId = u"pipe_002"_s;
        failed.finalStatus = u"failed"_s;
        failed.failAtProcessedRows = 4000;
        failed.errorCount = 5;
        failed.finished = true;
        const QString failedId = f.sim().addRun(failed);
        QCOMPARE(failedId, u"run_8001"_s);
        QJsonObject p = progress(f, "pipe_002", failedId.toUtf8());
        QCOMPARE(p.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(p.value(u"processedRows"_s).toInteger(), 4000);

        fw::sim::RunSpec frozen;
        frozen.id = u"run_frozen"_s;
        frozen.partitions = 12;
        frozen.freezeAtProcessedRows = 5000;
        frozen.finished = true;
        f.sim().addRun(frozen);
        p = progress(f, "pipe_001", "run_frozen");
        QCOMPARE(p.value(u"status"_s).toString(), u"running"_s);
        QCOMPARE(p.value(u"partitions"_s).toInt(), 12);
        const qint64 rows = p.value(u"processedRows"_s).toInteger();
        f.advance(3'600'000);
        QCOMPARE(progress(f, "pipe_001", "run_frozen").value(u"processedRows"_s).toInteger(), rows);
    }

    void sameSeedSameBytes()
    {
        fw::sim::SimulatorOptions options;
        options.seed = 42;
        SimFixture a(options);
        SimFixture b(options);
        options.seed = 43;
        SimFixture c(options);
        for (SimFixture *f : {&a, &b, &c})
            f->advance(75'000);
        for (const QByteArray &path : {"/api/v1/pipelines/pipe_003/runs/run_201/progress"_ba,
                                       "/api/v1/pipelines/pipe_002/runs/run_101/errors"_ba,
                                       "/api/v1/pipelines?limit=100"_ba})
            QCOMPARE(a.get(path).body, b.get(path).body);
        QVERIFY(a.get("/api/v1/pipelines/pipe_002/runs/run_101/errors").body
                != c.get("/api/v1/pipelines/pipe_002/runs/run_101/errors").body);
    }
};

QTEST_GUILESS_MAIN(TestSimProgress)
#include "tst_sim_progress.moc"
