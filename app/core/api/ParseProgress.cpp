#include "ParseProgress.h"

#include "JsonBody.h"
#include "ValueReaders.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fw {

ApiError parseProgress(const QByteArray &body, RunProgress *out)
{
    ApiError error;
    const auto doc = parseJsonBody(body, &error);
    if (!doc)
        return error;
    if (!doc->isObject())
        return payloadError(QString(),
                            QCoreApplication::translate("fw::JsonBody", "expected an object"));
    JsonReader::Problem problem;
    JsonReader r(doc->object(), QString(), &problem);
    RunProgress p;
    p.statusText = r.requiredString("status"_L1);
    p.status = runStatusFromString(p.statusText);
    p.totalRows = r.requiredInt("totalRows"_L1);
    p.processedRows = r.requiredInt("processedRows"_L1);
    p.rowsIn = r.nullableInt("rowsIn"_L1);
    p.rowsOut = r.nullableInt("rowsOut"_L1);
    p.failedRows = r.optionalInt("failedRows"_L1);
    p.skippedRows = r.optionalInt("skippedRows"_L1);
    p.partitions = r.optionalInt("partitions"_L1);
    p.completedPartitions = r.optionalInt("completedPartitions"_L1);
    p.eta = r.optionalString("eta"_L1);
    p.durationMs = r.optionalInt("durationMs"_L1);
    p.loadStrategy = r.optionalString("loadStrategy"_L1);
    p.partitionDetails = readObjects<PartitionDetail>(
        r, r.optionalArray("partitionDetails"_L1), "partitionDetails"_L1, &problem, readPartition);
    p.validationErrors
        = readObjects<ValidationError>(r, r.optionalArray("validationErrors"_L1),
                                       "validationErrors"_L1, &problem, readValidationError);
    p.log = readObjects<LogEntry>(r, r.optionalArray("log"_L1), "log"_L1, &problem, readLogEntry);
    if (!r.ok())
        return payloadError(problem.field, problem.reason);
    *out = std::move(p);
    return {};
}

} // namespace fw
