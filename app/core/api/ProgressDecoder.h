#pragma once

#include "ApiError.h"
#include "RunProgress.h"

#include <QByteArray>

#include <vector>

namespace fw {

/// Parses the successive progress bodies of one run, reusing what did not change since the last
/// body it decoded. A body identical to the last one costs one comparison; a partition whose JSON
/// is byte for byte the one of the last poll keeps its parsed value, and a log that only grew at
/// its end has only its new entries parsed. Lists that did not change share their data with the
/// last result, so comparing them is cheap too.
///
/// The result is always what parseProgress() makes of the same body. Whatever the fast path is
/// not sure of (an escaped or repeated top-level key, JSON it cannot split, a value of the wrong
/// type) goes through parseProgress() whole, with its exact error.
class ProgressDecoder final
{
public:
    /// Invalid UTF-8 in `received` is read as U+FFFD, as parseProgress() does.
    ApiError decode(const QByteArray &received, RunProgress *progress);

    /// What the last decode() did, for tests and the benchmark.
    struct Stats
    {
        bool sameBody = false; ///< identical to the last body: nothing parsed
        bool wholeParse = false; ///< went through parseProgress()
        qsizetype partitionsParsed = 0;
        qsizetype logEntriesParsed = 0;
    };
    const Stats &lastStats() const { return m_stats; }

private:
    struct Span
    {
        qsizetype offset = 0;
        qsizetype length = 0;
    };
    struct State
    {
        std::vector<Span> partitions; ///< each partition object, in the body
        Span logEntries; ///< from the first log entry to the end of the last one, in the body
        qsizetype logCount = 0;
    };
    bool decodeIncrementally(const QByteArray &body, RunProgress *progress, State *state);

    QByteArray m_body; ///< the last body decoded; empty: none
    RunProgress m_progress; ///< what it held
    State m_state;
    Stats m_stats;
};

} // namespace fw
