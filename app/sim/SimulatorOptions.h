#pragma once

#include "RetryAnswer.h"

#include <QtGlobal>

namespace fw::sim {

// How GET /pipelines/{id}/runs wraps its items. The endpoint is undocumented, so the simulator can
// answer in each of the envelope shapes the documented list endpoints use.
enum class RunsEnvelope {
    PaginationObject, // {"data":[...],"pagination":{"total","hasMore","limit","cursor"}}
    NextCursor, // {"data":[...],"pagination":{"total","hasMore","limit","nextCursor"}}
    TopLevel, // {"data":[...],"total":N,"hasMore":bool,"cursor":...}
    BareArray, // [...] with every item
};

struct SimulatorOptions
{
    quint64 seed = 1;
    double speed = 1.0; // simulated seconds per real second
    quint16 port = 0; // 0 = pick a free port
    bool runsListEnabled = true; // false: GET /pipelines/{id}/runs answers 404
    RunsEnvelope runsEnvelope = RunsEnvelope::PaginationObject;
    bool csvErrors = true; // false: the errors endpoint ignores Accept: text/csv
    qint64 millionErrors = 1'000'000; // size of run_401's error list
    RetryAnswer retry; // how retries are answered, for runs without their own answer
};

} // namespace fw::sim
