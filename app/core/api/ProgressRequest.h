#pragma once

#include "ApiRequest.h"
#include "RunProgress.h"

namespace fw {

/// GET /pipelines/{id}/runs/{runId}/progress — one poll of a run.
class ProgressRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressRequest)

public:
    ProgressRequest(ApiClient *client, const QString &pipelineId, const QString &runId);

    const RunProgress &progress() const { return m_progress; }
    /// Moves the parsed progress out (saves a copy of large partition lists).
    RunProgress takeProgress() { return std::move(m_progress); }
    static ApiError parse(const QByteArray &body, RunProgress *progress);

protected:
    qint64 sizeCap() const override { return 32 * 1024 * 1024; }
    ApiError parseBody(const QByteArray &body) override { return parse(body, &m_progress); }

private:
    RunProgress m_progress;
};

} // namespace fw
