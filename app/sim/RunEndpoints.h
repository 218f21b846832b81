#pragma once

#include "ApiReply.h"
#include "HttpRequest.h"
#include "SimContext.h"

namespace fw::sim {

enum class Role { Admin, Editor, Viewer };

// progress, errors and retry of one run.
class RunEndpoints final
{
public:
    explicit RunEndpoints(SimContext context);

    ApiReply progress(const QString &pipelineId, const QString &runId) const;
    ApiReply errors(const HttpRequest &request, const QString &pipelineId,
                    const QString &runId) const;
    ApiReply retry(const HttpRequest &request, Role role, const QString &pipelineId,
                   const QString &runId);

private:
    const RunPlan *find(const QString &pipelineId, const QString &runId, ApiReply &notFound) const;

    SimContext m_context;
};

} // namespace fw::sim
