#include "ValueReaders.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fw {

LogEntry readLogEntry(JsonReader &reader)
{
    LogEntry entry;
    entry.stage = reader.optionalString("stage"_L1);
    entry.message = reader.optionalString("message"_L1);
    entry.timestampText = reader.optionalString("timestamp"_L1);
    // An unreadable timestamp is shown as sent rather than failing the whole log.
    QDateTime when = QDateTime::fromString(entry.timestampText, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(entry.timestampText, Qt::ISODate);
    entry.timestamp = when.isValid() ? when.toUTC() : QDateTime();
    return entry;
}

PartitionDetail readPartition(JsonReader &reader)
{
    PartitionDetail partition;
    partition.index = reader.requiredInt("index"_L1);
    partition.statusText = reader.requiredString("status"_L1);
    partition.status = partitionStatusFromString(partition.statusText);
    partition.rows = reader.optionalInt("rows"_L1);
    partition.progress = reader.nullableNumber("progress"_L1);
    return partition;
}

ValidationError readValidationError(JsonReader &reader)
{
    ValidationError error;
    error.row = reader.requiredInt("row"_L1);
    error.column = reader.optionalString("column"_L1);
    error.error = reader.optionalString("error"_L1);
    // The value is the user's own data: a number, a boolean or null are shown as text.
    error.value = reader.optionalStringOrScalar("value"_L1);
    return error;
}

RunInfo readRunInfo(JsonReader &reader)
{
    RunInfo run;
    run.id = reader.requiredString("id"_L1);
    run.pipelineId = reader.optionalString("pipelineId"_L1);
    run.statusText = reader.requiredString("status"_L1);
    run.status = runStatusFromString(run.statusText);
    run.loadStrategy = reader.optionalString("loadStrategy"_L1);
    JsonReader metadata(reader.optionalObject("metadata"_L1), reader.childPath("metadata"_L1),
                        reader.problem());
    run.retryOf = metadata.optionalString("retryOf"_L1);
    run.resumeFromRow = metadata.nullableInt("resumeFromRow"_L1);
    run.resumable = metadata.nullableBool("resumable"_L1);
    run.startedAt = reader.optionalDateTime("startedAt"_L1);
    // The end time's name is not documented: completedAt is the likely one.
    run.finishedAt = reader.optionalDateTime("completedAt"_L1);
    if (!run.finishedAt.isValid())
        run.finishedAt = reader.optionalDateTime("finishedAt"_L1);
    if (!run.finishedAt.isValid())
        run.finishedAt = reader.optionalDateTime("endedAt"_L1);
    run.log = readObjects<LogEntry>(reader, reader.optionalArray("log"_L1), "log"_L1,
                                    reader.problem(), readLogEntry);
    return run;
}

Pipeline readPipeline(JsonReader &reader)
{
    Pipeline pipeline;
    pipeline.id = reader.requiredString("id"_L1);
    pipeline.name = reader.requiredString("name"_L1);
    pipeline.description = reader.optionalString("description"_L1);
    pipeline.status = reader.optionalString("status"_L1);
    pipeline.schedule = reader.optionalString("schedule"_L1);
    JsonReader connector(reader.optionalObject("connector"_L1), reader.childPath("connector"_L1),
                         reader.problem());
    pipeline.connectorName = connector.optionalString("name"_L1);
    pipeline.connectorType = connector.optionalString("type"_L1);
    JsonReader schema(reader.optionalObject("schema"_L1), reader.childPath("schema"_L1),
                      reader.problem());
    pipeline.schemaName = schema.optionalString("displayName"_L1);
    if (pipeline.schemaName.isEmpty())
        pipeline.schemaName = schema.optionalString("name"_L1);
    pipeline.lastRunAt = reader.optionalDateTime("lastRunAt"_L1);
    pipeline.lastRunStatusText = reader.optionalString("lastRunStatus"_L1);
    if (!pipeline.lastRunStatusText.isEmpty())
        pipeline.lastRunStatus = runStatusFromString(pipeline.lastRunStatusText);
    pipeline.lastRunId = reader.optionalString("lastRunId"_L1);
    pipeline.updatedAt = reader.optionalDateTime("updatedAt"_L1);
    return pipeline;
}

} // namespace fw
