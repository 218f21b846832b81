#include "DemoWorld.h"

#include "RunPlanner.h"
#include "World.h"

#include <QJsonObject>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace fw::sim {

namespace {

struct PipelineSeed
{
    const char16_t *name;
    const char16_t *connector;
    const char16_t *type;
    const char16_t *schema;
};

constexpr std::array<PipelineSeed, 30> Seeds {{
    {u"Orders → Warehouse", u"Shop Postgres", u"postgresql", u"orders"},
    {u"Customer profiles sync", u"CRM (Salesforce)", u"salesforce", u"customers"},
    {u"Clickstream events", u"Events (Kafka)", u"kafka", u"click_events"},
    {u"Payments ledger (hourly)", u"Stripe", u"stripe", u"payments"},
    {u"Product catalog import", u"Catalog bucket (S3)", u"s3", u"products"},
    {u"Marketing attribution", u"Ads API", u"http", u"touchpoints"},
    {u"Inventory snapshots", u"Warehouse MySQL", u"mysql", u"inventory"},
    {u"Support tickets", u"Zendesk export", u"http", u"tickets"},
    {u"Shipment tracking", u"Carrier SFTP", u"sftp", u"shipments"},
    {u"Newsletter subscribers", u"Mailing list CSV", u"s3", u"subscribers"},
    {u"Returns & refunds", u"Shop Postgres", u"postgresql", u"returns"},
    {u"Supplier invoices", u"Accounts SFTP", u"sftp", u"invoices"},
    {u"App reviews", u"Store reviews API", u"http", u"reviews"},
    {u"Loyalty points", u"Loyalty MySQL", u"mysql", u"loyalty"},
    {u"Web sessions rollup", u"Events (Kafka)", u"kafka", u"sessions"},
    {u"Fraud signals", u"Risk engine", u"http", u"fraud_signals"},
    {u"Store footfall", u"Sensors bucket (S3)", u"s3", u"footfall"},
    {u"HR headcount", u"HR system", u"http", u"employees"},
    {u"Exchange rates (daily)", u"FX feed", u"http", u"fx_rates"},
    {u"Search queries", u"Events (Kafka)", u"kafka", u"search_queries"},
    {u"Warehouse pick lists", u"Warehouse MySQL", u"mysql", u"pick_lists"},
    {u"Price changes", u"Catalog bucket (S3)", u"s3", u"prices"},
    {u"Partner orders (EDI)", u"Partner SFTP", u"sftp", u"edi_orders"},
    {u"Email engagement", u"ESP webhooks", u"http", u"email_events"},
    {u"Ad spend", u"Ads API", u"http", u"ad_spend"},
    {u"Subscription billing", u"Stripe", u"stripe", u"subscriptions"},
    {u"Geo lookup refresh", u"GeoIP bucket (S3)", u"s3", u"geo_ip"},
    {u"Call center logs", u"Telephony export", u"sftp", u"calls"},
    {u"Data quality audit", u"Warehouse (Snowflake)", u"snowflake", u"dq_results"},
    {u"Legacy CRM archive", u"Legacy Oracle", u"oracle", u"crm_archive"},
}};

QString num3(int n)
{
    return QString::number(n).rightJustified(3, u'0');
}

} // namespace

void DemoWorld::addPipelines(World &world)
{
    static const std::array<QString, 5> schedules {u"*/15 * * * *"_s, u"0 * * * *"_s,
                                                   u"0 2 * * *"_s, QString(), u"30 6 * * 1-5"_s};
    for (int i = 0; i < int(Seeds.size()); ++i) {
        const PipelineSeed &s = Seeds.at(i);
        const int n = i + 1;
        PipelineInfo p;
        p.id = u"pipe_"_s + num3(n);
        p.name = QString::fromUtf16(s.name);
        p.description = u"Loads %1 from %2 into the analytics warehouse."_s.arg(
            QString::fromUtf16(s.schema), QString::fromUtf16(s.connector));
        p.status = n % 5 == 0 && n > 6 ? u"draft"_s : u"active"_s;
        p.schedule = n == 4 ? u"0 * * * *"_s : schedules.at(n % schedules.size());
        p.connectorId = u"conn_"_s + num3(n);
        p.connectorName = QString::fromUtf16(s.connector);
        p.connectorType = QString::fromUtf16(s.type);
        p.schemaId = u"schema_"_s + num3(n);
        p.schemaName = QString::fromUtf16(s.schema);
        QString display = p.schemaName;
        display.replace(u'_', u' ');
        display[0] = display[0].toUpper();
        p.schemaDisplayName = display;
        p.batchSize = 1000 * (1 + n % 10);
        p.parallelism = 1 + n % 8;
        const std::array<std::array<QString, 3>, 4> nodes {{
            {u"n1"_s, u"source"_s, p.connectorName},
            {u"n2"_s, u"transform"_s, u"Map fields"_s},
            {u"n3"_s, u"validate"_s, u"Validate schema"_s},
            {u"n4"_s, u"target"_s, u"Warehouse"_s},
        }};
        for (std::size_t k = 0; k < nodes.size(); ++k) {
            p.nodes.append(QJsonObject {
                {u"id"_s, nodes[k][0]}, {u"type"_s, nodes[k][1]}, {u"label"_s, nodes[k][2]}});
            if (k > 0)
                p.edges.append(QJsonObject {{u"id"_s, u"e%1"_s.arg(k)},
                                            {u"source"_s, nodes[k - 1][0]},
                                            {u"target"_s, nodes[k][0]}});
        }
        p.createdAt = u"2026-01-%1T09:00:00Z"_s.arg(n, 2, 10, QChar(u'0'));
        p.updatedAt = u"2026-03-%1T14:30:00Z"_s.arg(std::min(n, 28), 2, 10, QChar(u'0'));
        world.addPipeline(p);
    }
}

RunPlan DemoWorld::make(const QString &id, const QString &pipelineId, const QString &strategy,
                        qint64 createdAtMs, qint64 pendingMs, qint64 durationMs, qint64 rows,
                        int partitions, int parallelism, const QString &finalStatus, qint64 errors,
                        quint64 seed, int failingPartitions)
{
    RunPlan plan;
    plan.id = id;
    plan.pipelineId = pipelineId;
    plan.loadStrategy = strategy;
    plan.createdAtMs = createdAtMs;
    plan.pendingMs = pendingMs;
    plan.durationMs = std::max<qint64>(1000, durationMs);
    plan.totalRows = rows;
    plan.parallelism = parallelism;
    plan.finalStatus = finalStatus;
    plan.errorCount = errors;
    plan.errorRowSpan = rows;
    plan.transformSummary = u"Applied 3 transforms: map_fields, dedupe, cast_types"_s;
    RunPlanner::schedule(plan, partitions, seed, failingPartitions);
    return plan;
}

RunPlan DemoWorld::fromSpec(const RunSpec &spec, const QString &id, qint64 nowMs, quint64 seed)
{
    const qint64 created = spec.finished ? nowMs - spec.pendingMs - spec.durationMs - 60'000
                                         : nowMs + spec.startInMs;
    const QString final = spec.finalStatus.isEmpty() ? u"completed"_s : spec.finalStatus;
    RunPlan plan
        = make(id, spec.pipelineId, spec.loadStrategy, created, spec.pendingMs, spec.durationMs,
               spec.totalRows, spec.partitions, spec.parallelism, final, spec.errorCount, seed);
    if (final == u"failed"_s) {
        const qint64 rows
            = spec.failAtProcessedRows >= 0 ? spec.failAtProcessedRows : spec.totalRows / 2;
        RunPlanner::failAtRows(plan, rows, u"Target connection lost; run aborted"_s);
    }
    if (spec.freezeAtProcessedRows >= 0) {
        plan.frozenAtMs = RunPlanner::runningTimeForRows(plan, spec.freezeAtProcessedRows);
        plan.frozenStatus = spec.statusOverride.isEmpty() ? u"running"_s : spec.statusOverride;
        if (spec.finished)
            plan.createdAtMs = nowMs - spec.pendingMs - plan.frozenAtMs - 60'000;
    }
    plan.retryAnswer = spec.retry;
    return plan;
}

void DemoWorld::populate(World &world, const SimulatorOptions &options)
{
    const quint64 seed = options.seed;
    addPipelines(world);
    const QString failed = u"failed"_s;
    const QString completed = u"completed"_s;
    const QString partial = u"completed_with_errors"_s;

    RunPlan r001 = make(u"run_001"_s, u"pipe_001"_s, u"upsert"_s, -7'200'000, 3000, 300'000, 50'000,
                        4, 1, failed, 12, seed);
    RunPlanner::failAtRows(r001, 32'000,
                           u"Partition 2 failed after 7000 rows: warehouse connection reset by "
                           "peer (SQLSTATE 08006); run aborted"_s);
    world.addPlan(r001);
    world.addPlan(make(u"run_002"_s, u"pipe_001"_s, u"upsert"_s, 0, 2000, 178'000, 120'000, 8, 4,
                       completed, 0, seed));
    // So that the demo stays alive, pipe_001 starts a fresh run every five simulated minutes.
    for (int k = 3; k <= 99; ++k) {
        const bool fails = k % 5 == 0;
        RunPlan r = make(u"run_"_s + num3(k), u"pipe_001"_s, u"upsert"_s, (k - 2) * 300'000LL, 3000,
                         170'000, 100'000 + (k * 7919) % 40'000, 8, 4,
                         k % 3 == 0 ? partial : completed, k % 3 == 0 || fails ? 25 : 0, seed);
        if (fails)
            RunPlanner::failAtRows(r, r.totalRows * 3 / 5,
                                   u"Source connection timed out after 30 s; run aborted"_s);
        world.addPlan(r);
    }
    world.addPlan(make(u"run_101"_s, u"pipe_002"_s, u"replace"_s, -10'800'000, 2000, 240'000,
                       80'000, 4, 2, partial, 2500, seed));
    world.addPlan(make(u"run_102"_s, u"pipe_002"_s, u"replace"_s, -3'600'000, 2000, 200'000, 80'000,
                       4, 2, completed, 0, seed));
    world.addPlan(make(u"run_201"_s, u"pipe_003"_s, u"append"_s, 0, 1500, 600'000, 12'000'000, 1000,
                       8, partial, 3000, seed, 5));
    world.addPlan(make(u"run_301"_s, u"pipe_004"_s, u"append"_s, 0, 20'000, 120'000, 36'000, 4, 2,
                       completed, 0, seed));
    RunPlan r302 = make(u"run_302"_s, u"pipe_004"_s, u"upsert"_s, -900'000, 3000, 300'000, 60'000,
                        4, 2, completed, 0, seed);
    r302.frozenAtMs = 120'000;
    r302.frozenStatus = u"paused"_s;
    world.addPlan(r302);
    const qint64 million = std::max<qint64>(0, options.millionErrors);
    world.addPlan(make(u"run_401"_s, u"pipe_005"_s, u"append"_s, -86'400'000, 5000, 1'800'000,
                       std::max<qint64>(5'000'000, million * 5), 16, 4,
                       million > 0 ? partial : completed, million, seed));
    RunPlan r501 = make(u"run_501"_s, u"pipe_006"_s, u"append"_s, 0, 2000, 240'000, 90'000, 6, 3,
                        failed, 40, seed);
    RunPlanner::failAtRows(r501, RunPlanner::processedAt(r501, 88'000),
                           u"Target rejected batch 18: quota exceeded on table "
                           "attribution_touchpoints; run aborted"_s);
    world.addPlan(r501);

    static const std::array<QString, 3> strategies {u"append"_s, u"upsert"_s, u"replace"_s};
    for (int n = 7; n <= 30; ++n) {
        if (n % 5 == 0)
            continue; // drafts that never ran
        const QString status = n % 7 == 0 ? failed : n % 4 == 0 ? partial : completed;
        RunPlan r = make(u"run_"_s + QString::number((n - 1) * 100 + 1), u"pipe_"_s + num3(n),
                         strategies.at(n % 3), -qint64(n) * 1'800'000, 2000, 60'000 + n * 1000,
                         10'000LL * n, 4, 2, status, status == completed ? 0 : n * 3, seed);
        if (status == failed)
            RunPlanner::failAtRows(r, r.totalRows / 2,
                                   u"Source returned HTTP 500 three times; run aborted"_s);
        world.addPlan(r);
    }
}

} // namespace fw::sim
