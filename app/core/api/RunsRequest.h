#pragma once

#include "ApiRequest.h"
#include "Page.h"
#include "RunInfo.h"

namespace fw {

/// GET /pipelines/{id}/runs?limit&cursor — not documented by KaireonAI. A 404 is an answer
/// ("this server has no runs list"), not a failure: see isListingUnavailable().
class RunsRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsRequest)

public:
    RunsRequest(ApiClient *client, const QString &pipelineId, const QString &cursor, int limit);

    const Page<RunInfo> &page() const { return m_page; }
    bool isListingUnavailable() const { return m_unavailable; }
    const QString &pipelineId() const { return m_pipelineId; }
    static ApiError parse(const QByteArray &body, Page<RunInfo> *page);

protected:
    qint64 sizeCap() const override { return 8 * 1024 * 1024; }
    bool isAcceptedStatus(int status) const override;
    ApiError parseBody(const QByteArray &body) override;

private:
    QString m_pipelineId;
    Page<RunInfo> m_page;
    bool m_unavailable = false;
};

} // namespace fw
