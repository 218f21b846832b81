#pragma once

#include "ApiRequest.h"
#include "ProgressDecoder.h"
#include "RunProgress.h"

#include <memory>

namespace fw {

/// GET /pipelines/{id}/runs/{runId}/progress — one poll of a run.
class ProgressRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressRequest)

public:
    /// With a `decoder` (shared by the polls of one run) only what changed is parsed.
    ProgressRequest(ApiClient *client, const QString &pipelineId, const QString &runId,
                    std::shared_ptr<ProgressDecoder> decoder = {});

    const RunProgress &progress() const { return m_progress; }
    /// Moves the parsed progress out (saves a copy of large partition lists).
    RunProgress takeProgress() { return std::move(m_progress); }

protected:
    qint64 sizeCap() const override { return 32 * 1024 * 1024; }
    ApiError parseBody(const QByteArray &body) override;

private:
    RunProgress m_progress;
    std::shared_ptr<ProgressDecoder> m_decoder;
};

} // namespace fw
