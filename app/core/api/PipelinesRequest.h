#pragma once

#include "ApiRequest.h"
#include "Page.h"
#include "Pipeline.h"

namespace fw {

/// GET /pipelines?limit&cursor — one page of the tenant's pipelines.
class PipelinesRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelinesRequest)

public:
    PipelinesRequest(ApiClient *client, const QString &cursor, int limit);

    const Page<Pipeline> &page() const { return m_page; }
    static ApiError parse(const QByteArray &body, Page<Pipeline> *page);

protected:
    qint64 sizeCap() const override { return 8 * 1024 * 1024; }
    ApiError parseBody(const QByteArray &body) override { return parse(body, &m_page); }

private:
    Page<Pipeline> m_page;
};

} // namespace fw
