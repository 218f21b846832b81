#pragma once

#include <QtGlobal>

#include <optional>

namespace fw::sim {

// How the simulator answers POST …/retry for a run. The documentation says append and upsert
// resume "from the last processed row", but a server decides for itself: it may resume from a
// checkpoint behind the processed count, or re-process every partition of a run that completed
// with errors. The default answers as documented.
//  - checkpoint behind:  resumeFromRow = 128'026 (capped at the rows processed)
//  - full re-run:        resumeFromRow = 0, resumable = true or false
//  - slow answer:        delayMs = 3000 (the run is created at once, the 201 comes later)
struct RetryAnswer
{
    qint64 resumeFromRow = -1; // -1: as documented (processed rows for append/upsert, else 0)
    std::optional<bool> resumable; // nullopt: append/upsert say true unless they start at row 0
    int delayMs = 0; // real milliseconds between receiving the POST and answering it
};

} // namespace fw::sim
