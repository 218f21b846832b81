#include "RunEndpoints.h"

#include "ErrorGenerator.h"
#include "RunEvaluator.h"
#include "RunPlanner.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fw::sim {

RunEndpoints::RunEndpoints(SimContext context)
    : m_context(std::move(context))
{ }

const RunPlan *RunEndpoints::find(const QString &pipelineId, const QString &runId,
                                  ApiReply &notFound) const
{
    if (!m_context.world->pipeline(pipelineId)) {
        notFound.response = Payloads::error(404, u"NOT_FOUND"_s, u"Pipeline not found"_s);
        return nullptr;
    }
    const RunPlan *plan = m_context.world->run(pipelineId, runId, m_context.nowMs());
    if (!plan)
        notFound.response = Payloads::error(404, u"NOT_FOUND"_s, u"Pipeline run not found"_s);
    return plan;
}

ApiReply RunEndpoints::progress(const QString &pipelineId, const QString &runId) const
{
    ApiReply reply;
    const RunPlan *plan = find(pipelineId, runId, reply);
    if (!plan)
        return reply;
    const quint64 seed = m_context.world->seed();
    const RunState state = RunEvaluator::evaluate(*plan, m_context.nowMs(), seed);
    reply.response = Payloads::json(
        200, QJsonDocument(Payloads::progress(*plan, state, seed, m_context.wall)));
    return reply;
}

ApiReply RunEndpoints::errors(const HttpRequest &request, const QString &pipelineId,
                              const QString &runId) const
{
    ApiReply reply;
    const RunPlan *plan = find(pipelineId, runId, reply);
    if (!plan)
        return reply;
    const RunState state
        = RunEvaluator::evaluate(*plan, m_context.nowMs(), m_context.world->seed());
    reply.streamErrors = true;
    reply.csv = m_context.options->csvErrors
        && request.header("accept"_ba).toLower().contains("text/csv");
    reply.runId = plan->id;
    reply.errorCount = plan->errorCount;
    reply.errorRowSpan = plan->errorRowSpan;
    reply.total = state.visibleErrors;
    return reply;
}

ApiReply RunEndpoints::retry(const HttpRequest &request, Role role, const QString &pipelineId,
                             const QString &runId)
{
    ApiReply reply;
    if (request.header("x-requested-with"_ba).compare("XMLHttpRequest"_ba, Qt::CaseInsensitive)
        != 0) {
        reply.response = Payloads::error(
            403, u"FORBIDDEN"_s,
            u"Missing X-Requested-With: XMLHttpRequest header (required on this route)"_s);
        return reply;
    }
    if (role == Role::Viewer) {
        reply.response = Payloads::error(403, u"FORBIDDEN"_s, u"Insufficient permissions"_s);
        return reply;
    }
    const RunPlan *original = find(pipelineId, runId, reply);
    if (!original)
        return reply;
    const QString key = QString::fromUtf8(request.header("idempotency-key"_ba));
    const QString memo = runId + u'\n' + key;
    if (!key.isEmpty()) {
        const QByteArray previous = m_context.world->idempotentReply(memo);
        if (!previous.isEmpty()) {
            reply.response = Payloads::json(201, QJsonDocument::fromJson(previous));
            return reply;
        }
    }
    const qint64 now = m_context.nowMs();
    const quint64 seed = m_context.world->seed();
    const RunState state = RunEvaluator::evaluate(*original, now, seed);
    if (state.status != u"failed"_s && state.status != u"completed_with_errors"_s) {
        reply.response = Payloads::error(
            422, u"UNPROCESSABLE_ENTITY"_s,
            u"Run status '%1' does not allow retry (must be failed or completed_with_errors)"_s.arg(
                state.status));
        return reply;
    }
    // As documented, append and upsert resume from the last processed row; a run's or the
    // simulator's RetryAnswer makes it answer like servers that decide otherwise.
    const RetryAnswer answer = original->retryAnswer.value_or(m_context.options->retry);
    const bool strategyResumes
        = original->loadStrategy == u"append"_s || original->loadStrategy == u"upsert"_s;
    const qint64 resumeFrom = answer.resumeFromRow >= 0
        ? std::min(answer.resumeFromRow, state.processedRows)
        : (strategyResumes ? state.processedRows : 0);
    const bool resumable = answer.resumable.value_or(strategyResumes && resumeFrom > 0);
    reply.delayMs = answer.delayMs;

    RunPlan plan;
    plan.id = m_context.world->nextRetryId();
    plan.pipelineId = original->pipelineId;
    plan.loadStrategy = original->loadStrategy;
    plan.createdAtMs = now;
    plan.pendingMs = 4000;
    plan.totalRows = original->totalRows;
    plan.resumeFromRow = resumeFrom;
    plan.durationMs
        = 60'000 + 60'000 * (plan.totalRows - resumeFrom) / std::max<qint64>(1, plan.totalRows);
    plan.parallelism = original->parallelism;
    plan.finalStatus = u"completed"_s;
    plan.transformSummary = original->transformSummary;
    plan.metadata = QJsonObject {{u"retryOf"_s, original->id},
                                 {u"resumeFromRow"_s, resumeFrom},
                                 {u"resumable"_s, resumable}};
    if (resumeFrom > 0)
        plan.retryLogMessage
            = u"Resuming from row %1 (original run: %2)"_s.arg(resumeFrom).arg(original->id);
    else if (strategyResumes)
        plan.retryLogMessage
            = u"Re-processing all partitions from row 0 (original run: %1)"_s.arg(original->id);
    else
        plan.retryLogMessage
            = u"Re-running from the beginning (original run: %1)"_s.arg(original->id);
    RunPlanner::schedule(plan, int(original->partitions.size()), seed);
    m_context.world->addPlan(plan);

    const QJsonObject body {
        {u"id"_s, plan.id},
        {u"pipelineId"_s, plan.pipelineId},
        {u"status"_s, u"pending"_s},
        {u"loadStrategy"_s, plan.loadStrategy},
        {u"metadata"_s, plan.metadata},
        {u"log"_s,
         QJsonArray {QJsonObject {{u"stage"_s, u"retry"_s},
                                  {u"message"_s, plan.retryLogMessage},
                                  {u"timestamp"_s, Payloads::iso(m_context.wall(now))}}}},
    };
    reply.response = Payloads::json(201, QJsonDocument(body));
    if (!key.isEmpty())
        m_context.world->rememberReply(memo, reply.response.body);
    return reply;
}

} // namespace fw::sim
