#pragma once

#include "ApiError.h"
#include "RunProgress.h"

#include <QByteArray>

namespace fw {

/// The whole parse of a progress body (GET …/runs/{runId}/progress): the one answer of
/// ProgressRequest without a decoder, and the reference ProgressDecoder falls back to and must
/// match. `out` is left alone on error.
ApiError parseProgress(const QByteArray &body, RunProgress *out);

} // namespace fw
