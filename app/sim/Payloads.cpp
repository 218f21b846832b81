#include "Payloads.h"

#include "ErrorGenerator.h"
#include "RunEvaluator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fw::sim {

QString Payloads::iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QByteArray Payloads::jsonContentType()
{
    return "application/json; charset=utf-8"_ba;
}

HttpResponse Payloads::json(int status, const QJsonDocument &document)
{
    HttpResponse response;
    response.status = status;
    response.headers = {{"Content-Type"_ba, jsonContentType()}};
    response.body = document.toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse Payloads::error(int status, const QString &code, const QString &message)
{
    return json(
        status,
        QJsonDocument(QJsonObject {
            {u"error"_s,
             QJsonObject {{u"code"_s, code}, {u"message"_s, message}, {u"status"_s, status}}}}));
}

QJsonObject Payloads::pipeline(const PipelineInfo &p, const RunPlan *latest,
                               const RunState *latestState, const WallClock &wall)
{
    QJsonObject o {
        {u"id"_s, p.id},
        {u"tenantId"_s, u"demo"_s},
        {u"name"_s, p.name},
        {u"description"_s, p.description},
        {u"status"_s, p.status},
        {u"schedule"_s,
         p.schedule.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.schedule)},
        {u"connectorId"_s, p.connectorId},
        {u"schemaId"_s, p.schemaId},
        {u"executionConfig"_s,
         QJsonObject {{u"batchSize"_s, p.batchSize}, {u"parallelism"_s, p.parallelism}}},
        {u"connector"_s,
         QJsonObject {
             {u"id"_s, p.connectorId}, {u"name"_s, p.connectorName}, {u"type"_s, p.connectorType}}},
        {u"schema"_s,
         QJsonObject {{u"id"_s, p.schemaId},
                      {u"name"_s, p.schemaName},
                      {u"displayName"_s, p.schemaDisplayName}}},
        {u"nodes"_s, p.nodes},
        {u"edges"_s, p.edges},
        {u"createdAt"_s, p.createdAt},
        {u"updatedAt"_s, p.updatedAt},
    };
    if (latest && latestState) {
        o.insert(u"lastRunAt"_s, iso(wall(latest->createdAtMs)));
        o.insert(u"lastRunStatus"_s, latestState->status);
        o.insert(u"lastRunId"_s, latest->id);
    } else {
        o.insert(u"lastRunAt"_s, QJsonValue::Null);
        o.insert(u"lastRunStatus"_s, QJsonValue::Null);
        o.insert(u"lastRunId"_s, QJsonValue::Null);
    }
    return o;
}

QJsonObject Payloads::runSummary(const RunPlan &plan, const RunState &state, const WallClock &wall)
{
    return QJsonObject {
        {u"id"_s, plan.id},
        {u"pipelineId"_s, plan.pipelineId},
        {u"status"_s, state.status},
        {u"loadStrategy"_s, plan.loadStrategy},
        {u"metadata"_s, plan.metadata},
        {u"startedAt"_s, iso(wall(plan.createdAtMs))},
        {u"finishedAt"_s,
         state.finishedAtMs ? QJsonValue(iso(wall(*state.finishedAtMs)))
                            : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject Payloads::progress(const RunPlan &plan, const RunState &state, quint64 seed,
                               const WallClock &wall)
{
    const bool done = state.status == u"completed"_s || state.status == u"completed_with_errors"_s;
    QJsonArray partitions;
    for (const PartitionState &p : state.partitions) {
        QJsonObject o {{u"index"_s, p.index}, {u"status"_s, p.status}, {u"rows"_s, p.rows}};
        if (p.progress >= 0)
            o.insert(u"progress"_s, p.progress);
        partitions.append(o);
    }
    QJsonArray errors;
    const ErrorGenerator generator(seed, plan.id, plan.errorCount, plan.errorRowSpan);
    for (qint64 i = 0; i < std::min<qint64>(20, state.visibleErrors); ++i) {
        const GeneratedError e = generator.at(i);
        errors.append(QJsonObject {{u"row"_s, e.row},
                                   {u"column"_s, e.column},
                                   {u"value"_s, e.value},
                                   {u"error"_s, e.error}});
    }
    QJsonArray log;
    for (const RunLogLine &line : state.log)
        log.append(QJsonObject {{u"stage"_s, line.stage},
                                {u"message"_s, line.message},
                                {u"timestamp"_s, iso(wall(line.atMs))}});
    const qint64 rowsOut = state.processedRows - state.failedRows - state.skippedRows;
    return QJsonObject {
        {u"status"_s, state.status},
        {u"totalRows"_s, plan.totalRows},
        {u"processedRows"_s, state.processedRows},
        {u"rowsIn"_s, done ? QJsonValue(state.processedRows) : QJsonValue(QJsonValue::Null)},
        {u"rowsOut"_s, done ? QJsonValue(rowsOut) : QJsonValue(QJsonValue::Null)},
        {u"failedRows"_s, state.failedRows},
        {u"skippedRows"_s, state.skippedRows},
        {u"partitions"_s, int(state.partitions.size())},
        {u"completedPartitions"_s, state.completedPartitions},
        {u"partitionDetails"_s, partitions},
        {u"validationErrors"_s, errors},
        {u"eta"_s,
         state.etaMs >= 0 ? QJsonValue(RunEvaluator::formatEta(state.etaMs))
                          : QJsonValue(QJsonValue::Null)},
        {u"durationMs"_s, state.durationMs},
        {u"loadStrategy"_s, plan.loadStrategy},
        {u"log"_s, log},
    };
}

} // namespace fw::sim
