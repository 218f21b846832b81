#pragma once

#include "ApiReply.h"
#include "HttpRequest.h"
#include "RunEndpoints.h"
#include "SimContext.h"

#include <QJsonArray>

#include <optional>

namespace fw::sim {

// Authentication and routing of /api/health and /api/v1/*, plus the list endpoints.
class ApiRouter final
{
public:
    explicit ApiRouter(SimContext context);

    ApiReply route(const HttpRequest &request);

private:
    struct Page
    {
        qint64 offset = 0;
        qint64 limit = 20;
    };

    std::optional<HttpResponse> authenticate(const HttpRequest &request, Role &role) const;
    static std::optional<HttpResponse> parsePage(const HttpRequest &request, const QString &scope,
                                                 qint64 total, Page &page);
    static QJsonObject envelope(const QJsonArray &data, qint64 total, const Page &page,
                                const QString &scope, RunsEnvelope style);
    HttpResponse pipelines(const HttpRequest &request) const;
    HttpResponse pipelineDetail(const QString &pipelineId) const;
    HttpResponse runs(const HttpRequest &request, const QString &pipelineId) const;
    HttpResponse systemHealth(const HttpRequest &request) const;
    QJsonObject pipelineJson(const PipelineInfo &pipeline, qint64 now) const;

    SimContext m_context;
    RunEndpoints m_runs;
};

} // namespace fw::sim
