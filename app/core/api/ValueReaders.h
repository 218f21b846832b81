#pragma once

#include "JsonReader.h"
#include "LogEntry.h"
#include "PartitionDetail.h"
#include "Pipeline.h"
#include "RunInfo.h"
#include "ValidationError.h"

namespace fw {

/// Readers for the value types that several endpoints share. Each reads one JSON object through
/// `reader` (which records the first problem with its field path) and never throws.
LogEntry readLogEntry(JsonReader &reader);
PartitionDetail readPartition(JsonReader &reader);
ValidationError readValidationError(JsonReader &reader);
RunInfo readRunInfo(JsonReader &reader);
Pipeline readPipeline(JsonReader &reader);

/// Reads every object of `array` (at `key` of `parent`) with `read`.
template<typename T, typename Read>
QList<T> readObjects(JsonReader &parent, const QJsonArray &array, QLatin1StringView key,
                     JsonReader::Problem *problem, Read read)
{
    QList<T> result;
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && parent.ok(); ++i) {
        JsonReader item(parent.objectAt(array, key, i), parent.childPath(key, i), problem);
        result.append(read(item));
    }
    return result;
}

} // namespace fw
