// Auth, routing, the pipelines list, the runs list and the system-health feed of the simulator.
#include "support/SimFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using fw::test::HttpResult;
using fw::test::SimFixture;

class TestSimApi final : public QObject
{
    Q_OBJECT

private:
    static void checkEnvelope(const HttpResult &r, int status, const QString &code)
    {
        QCOMPARE(r.status, status);
        QVERIFY(r.header("content-type").startsWith("application/json"));
        const QJsonObject error = r.json().object().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), code);
        QCOMPARE(error.value(u"status"_s).toInt(), status);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    }

private Q_SLOTS:
    void healthNeedsNoAuth()
    {
        SimFixture f;
        QVERIFY(f.sim().baseUrl().toString().startsWith(u"http://127.0.0.1:"_s));
        const HttpResult r = f.get("/api/health", {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().object().value(u"status"_s).toString(), u"ok"_s);
    }

    void unauthorized_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("tenant");
        QTest::newRow("no key") << QByteArray() << "demo"_ba;
        QTest::newRow("unknown key") << "krn_nope"_ba
                                     << "demo"_ba;
        QTest::newRow("no tenant") << "krn_demo_admin"_ba << QByteArray();
        QTest::newRow("other tenant") << "krn_demo_admin"_ba
                                      << "acme"_ba;
    }
    void unauthorized()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, tenant);
        SimFixture f;
        QNetworkRequest request(f.url("/api/v1/pipelines"));
        if (!key.isEmpty())
            request.setRawHeader("X-API-Key", key);
        if (!tenant.isEmpty())
            request.setRawHeader("X-Tenant-Id", tenant);
        checkEnvelope(SimFixture::send(f.network(), request, "GET"), 401, u"UNAUTHORIZED"_s);
    }

    void bearerAndEveryRoleCanRead()
    {
        SimFixture f;
        QNetworkRequest request(f.url("/api/v1/pipelines"));
        request.setRawHeader("Authorization", "Bearer krn_demo_viewer");
        request.setRawHeader("X-Tenant-Id", "demo");
        QCOMPARE(SimFixture::send(f.network(), request, "GET").status, 200);
        for (const QByteArray &key :
             {"krn_demo_admin"_ba, "krn_demo_editor"_ba, "krn_demo_viewer"_ba})
            QCOMPARE(f.get("/api/v1/pipelines/pipe_001/runs/run_001/progress", key).status, 200);
    }

    void unknownPathsAndMethods()
    {
        SimFixture f;
        checkEnvelope(f.get("/api/v1/nope"), 404, u"NOT_FOUND"_s);
        checkEnvelope(f.get("/api/v1/pipelines/pipe_999/runs/run_001/progress"), 404,
                      u"NOT_FOUND"_s);
        checkEnvelope(f.get("/api/v1/pipelines/pipe_001/runs/run_999/progress"), 404,
                      u"NOT_FOUND"_s);
        // A run of another pipeline is not found under this one.
        checkEnvelope(f.get("/api/v1/pipelines/pipe_002/runs/run_001/progress"), 404,
                      u"NOT_FOUND"_s);
        checkEnvelope(f.get("/api/v1/pipelines/pipe_001/runs/run_001/retry"), 405,
                      u"METHOD_NOT_ALLOWED"_s);
    }

    void pipelineHasEveryDocumentedField()
    {
        SimFixture f;
        const QJsonObject page = f.get("/api/v1/pipelines").json().object();
        const QJsonArray data = page.value(u"data"_s).toArray();
        QCOMPARE(data.size(), 20);
        const QJsonObject p = data.first().toObject();
        for (const QString &key :
             {u"id"_s, u"tenantId"_s, u"name"_s, u"description"_s, u"status"_s, u"schedule"_s,
              u"connectorId"_s, u"schemaId"_s, u"executionConfig"_s, u"connector"_s, u"schema"_s,
              u"nodes"_s, u"edges"_s, u"lastRunAt"_s, u"lastRunStatus"_s, u"lastRunId"_s,
              u"createdAt"_s, u"updatedAt"_s})
            QVERIFY2(p.contains(key), qPrintable(key));
        QCOMPARE(p.value(u"id"_s).toString(), u"pipe_001"_s);
        QCOMPARE(p.value(u"name"_s).toString(), u"Orders → Warehouse"_s);
        QCOMPARE(p.value(u"tenantId"_s).toString(), u"demo"_s);
        QCOMPARE(p.value(u"lastRunId"_s).toString(), u"run_002"_s);
        QCOMPARE(p.value(u"lastRunStatus"_s).toString(), u"pending"_s);
        QVERIFY(p.value(u"lastRunAt"_s).toString().endsWith(u'Z'));
        QVERIFY(p.value(u"executionConfig"_s).toObject().contains(u"parallelism"_s));
        QCOMPARE(p.value(u"connector"_s).toObject().value(u"type"_s).toString(), u"postgresql"_s);
        QVERIFY(p.value(u"schema"_s).toObject().contains(u"displayName"_s));
        QVERIFY(!p.value(u"nodes"_s).toArray().isEmpty());
        const QJsonObject pagination = page.value(u"pagination"_s).toObject();
        QCOMPARE(pagination.value(u"total"_s).toInt(), 30);
        QCOMPARE(pagination.value(u"limit"_s).toInt(), 20);
        QVERIFY(pagination.value(u"hasMore"_s).toBool());
    }

    void paginationWalksAllPagesWithAwkwardCursors()
    {
        SimFixture f;
        QStringList ids;
        QByteArray next = "/api/v1/pipelines?limit=7";
        int pages = 0;
        while (!next.isEmpty()) {
            const HttpResult r = f.get(next);
            QCOMPARE(r.status, 200);
            const QJsonObject page = r.json().object();
            for (const QJsonValue &v : page.value(u"data"_s).toArray())
                ids.append(v.toObject().value(u"id"_s).toString());
            const QJsonObject pagination = page.value(u"pagination"_s).toObject();
            const QJsonValue cursor = pagination.value(u"cursor"_s);
            QCOMPARE(pagination.value(u"hasMore"_s).toBool(), !cursor.isNull());
            next.clear();
            if (!cursor.isNull()) {
                const QString c = cursor.toString();
                QVERIFY(c.contains(u'+') && c.contains(u'/') && c.contains(u'='));
                next = "/api/v1/pipelines?limit=7&cursor="_ba + QUrl::toPercentEncoding(c);
            }
            ++pages;
        }
        QCOMPARE(pages, 5);
        QCOMPARE(ids.size(), 30);
        QCOMPARE(ids.first(), u"pipe_001"_s);
        QCOMPARE(ids.last(), u"pipe_030"_s);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 30);
    }

    void badPagingIsRejected_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::newRow("limit 0") << "limit=0"_ba;
        QTest::newRow("limit 101") << "limit=101"_ba;
        QTest::newRow("limit text") << "limit=ten"_ba;
        QTest::newRow("unknown cursor") << "cursor=abc"_ba;
        QTest::newRow("unencoded cursor") << "cursor=++++////cGlwZWxpbmVzfDIwfC4="_ba;
    }
    void badPagingIsRejected()
    {
        QFETCH(QByteArray, query);
        SimFixture f;
        checkEnvelope(f.get("/api/v1/pipelines?"_ba + query), 400, u"BAD_REQUEST"_s);
    }

    void runsListEnvelopes_data()
    {
        QTest::addColumn<int>("envelope");
        QTest::newRow("pagination") << int(fw::sim::RunsEnvelope::PaginationObject);
        QTest::newRow("nextCursor") << int(fw::sim::RunsEnvelope::NextCursor);
        QTest::newRow("top level") << int(fw::sim::RunsEnvelope::TopLevel);
        QTest::newRow("bare array") << int(fw::sim::RunsEnvelope::BareArray);
    }
    void runsListEnvelopes()
    {
        QFETCH(int, envelope);
        fw::sim::SimulatorOptions options;
        options.runsEnvelope = fw::sim::RunsEnvelope(envelope);
        SimFixture f(options);
        f.advance(19 * 60'000); // run_003 .. run_005 have been created by now
        const HttpResult r = f.get("/api/v1/pipelines/pipe_001/runs?limit=2");
        QCOMPARE(r.status, 200);
        QJsonArray items;
        QJsonValue cursor;
        switch (fw::sim::RunsEnvelope(envelope)) {
        case fw::sim::RunsEnvelope::PaginationObject:
            items = r.json().object().value(u"data"_s).toArray();
            cursor = r.json().object().value(u"pagination"_s).toObject().value(u"cursor"_s);
            break;
        case fw::sim::RunsEnvelope::NextCursor:
            items = r.json().object().value(u"data"_s).toArray();
            cursor = r.json().object().value(u"pagination"_s).toObject().value(u"nextCursor"_s);
            break;
        case fw::sim::RunsEnvelope::TopLevel:
            items = r.json().object().value(u"data"_s).toArray();
            cursor = r.json().object().value(u"cursor"_s);
            QCOMPARE(r.json().object().value(u"total"_s).toInt(), 5);
            break;
        case fw::sim::RunsEnvelope::BareArray:
            QVERIFY(r.json().isArray());
            items = r.json().array();
            break;
        }
        if (fw::sim::RunsEnvelope(envelope) == fw::sim::RunsEnvelope::BareArray) {
            QCOMPARE(items.size(), 5);
        } else {
            QCOMPARE(items.size(), 2);
            QVERIFY(cursor.toString().contains(u'+'));
        }
        const QJsonObject newest = items.first().toObject();
        QCOMPARE(newest.value(u"id"_s).toString(), u"run_005"_s);
        for (const QString &key : {u"id"_s, u"pipelineId"_s, u"status"_s, u"loadStrategy"_s,
                                   u"metadata"_s, u"startedAt"_s, u"finishedAt"_s})
            QVERIFY2(newest.contains(key), qPrintable(key));
        QCOMPARE(items.last().toObject().value(u"id"_s).toString(),
                 envelope == int(fw::sim::RunsEnvelope::BareArray) ? u"run_001"_s : u"run_004"_s);
    }

    void runsListCanBeAbsent()
    {
        fw::sim::SimulatorOptions options;
        options.runsListEnabled = false;
        SimFixture f(options);
        checkEnvelope(f.get("/api/v1/pipelines/pipe_001/runs"), 404, u"NOT_FOUND"_s);
        f.sim().setRunsListEnabled(true);
        QCOMPARE(f.get("/api/v1/pipelines/pipe_001/runs").status, 200);
        checkEnvelope(f.get("/api/v1/pipelines/pipe_404/runs"), 404, u"NOT_FOUND"_s);
    }

    void systemHealthFeedsFailedRuns()
    {
        SimFixture f;
        auto items = [&](const QByteArray &query) {
            return f.get("/api/v1/system-health?"_ba + query)
                .json()
                .object()
                .value(u"data"_s)
                .toArray();
        };
        QJsonArray before = items("source=flow");
        QStringList runs;
        for (const QJsonValue &v : before)
            runs.append(v.toObject().value(u"metadata"_s).toObject().value(u"runId"_s).toString());
        QVERIFY(runs.contains(u"run_001"_s));
        QVERIFY(!runs.contains(u"run_501"_s));
        const QJsonObject first = before.first().toObject();
        QCOMPARE(first.value(u"severity"_s).toString(), u"error"_s);
        QCOMPARE(first.value(u"source"_s).toString(), u"flow"_s);
        QCOMPARE(first.value(u"read"_s).toBool(true), false);
        for (const QString &key : {u"id"_s, u"title"_s, u"message"_s, u"link"_s, u"createdAt"_s})
            QVERIFY2(first.contains(key), qPrintable(key));
        const QByteArray since = QUrl::toPercentEncoding(f.clock().now().toString(Qt::ISODate));
        f.advance(100'000); // run_501 fails after ~90 s
        const QJsonArray after = items("source=flow&since="_ba + since);
        QCOMPARE(after.size(), 1);
        QCOMPARE(
            after.first().toObject().value(u"metadata"_s).toObject().value(u"runId"_s).toString(),
            u"run_501"_s);
        QVERIFY(items("source=billing").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimApi)
#include "tst_sim_api.moc"
