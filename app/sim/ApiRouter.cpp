#include "ApiRouter.h"

#include "Cursor.h"
#include "RunEvaluator.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fw::sim {

namespace {

const QString Seg = u"([A-Za-z0-9_.~-]+)"_s;

HttpResponse methodNotAllowed()
{
    return Payloads::error(405, u"METHOD_NOT_ALLOWED"_s, u"Method not allowed"_s);
}

} // namespace

ApiRouter::ApiRouter(SimContext context)
    : m_context(context)
    , m_runs(std::move(context))
{ }

std::optional<HttpResponse> ApiRouter::authenticate(const HttpRequest &request, Role &role) const
{
    QByteArray key = request.header("x-api-key"_ba);
    const QByteArray authorization = request.header("authorization"_ba);
    if (key.isEmpty() && authorization.left(7).compare("Bearer "_ba, Qt::CaseInsensitive) == 0)
        key = authorization.mid(7).trimmed();
    if (key.isEmpty())
        return Payloads::error(401, u"UNAUTHORIZED"_s, u"Missing API key"_s);
    const QByteArray effective = !m_context.world->hasKeyRole(key) ? key
        : m_context.world->keyRole(key).isEmpty()
        ? QByteArray()
        : "krn_demo_"_ba + m_context.world->keyRole(key).toLatin1();
    if (effective == "krn_demo_admin")
        role = Role::Admin;
    else if (effective == "krn_demo_editor")
        role = Role::Editor;
    else if (effective == "krn_demo_viewer")
        role = Role::Viewer;
    else
        return Payloads::error(401, u"UNAUTHORIZED"_s, u"Invalid or revoked API key"_s);
    const QByteArray tenant = request.header("x-tenant-id"_ba);
    if (tenant.isEmpty())
        return Payloads::error(401, u"UNAUTHORIZED"_s, u"Missing X-Tenant-Id header"_s);
    if (tenant != "demo")
        return Payloads::error(401, u"UNAUTHORIZED"_s,
                               u"API key does not belong to the requested tenant"_s);
    return std::nullopt;
}

ApiReply ApiRouter::route(const HttpRequest &request)
{
    static const QRegularExpression pipelineRe(u"^/api/v1/pipelines/"_s + Seg + u"$"_s);
    static const QRegularExpression runsRe(u"^/api/v1/pipelines/"_s + Seg + u"/runs$"_s);
    static const QRegularExpression runRe(u"^/api/v1/pipelines/"_s + Seg + u"/runs/"_s + Seg
                                          + u"/(progress|errors|retry)$"_s);
    ApiReply reply;
    const QString &path = request.path;
    const bool get = request.method == "GET";
    if (path == u"/api/health"_s || path == u"/api/ready"_s) {
        reply.response = get
            ? Payloads::json(200,
                             QJsonDocument(QJsonObject {
                                 {u"status"_s, path.endsWith(u"health"_s) ? u"ok"_s : u"ready"_s}}))
            : methodNotAllowed();
        return reply;
    }
    if (!path.startsWith(u"/api/v1/"_s)) {
        reply.response = Payloads::error(404, u"NOT_FOUND"_s, u"Not found"_s);
        return reply;
    }
    Role role = Role::Viewer;
    if (auto failure = authenticate(request, role)) {
        reply.response = *failure;
        return reply;
    }
    if (path == u"/api/v1/pipelines"_s) {
        reply.response = get ? pipelines(request) : methodNotAllowed();
    } else if (path == u"/api/v1/system-health"_s) {
        reply.response = get ? systemHealth(request) : methodNotAllowed();
    } else if (const auto one = pipelineRe.match(path); one.hasMatch()) {
        reply.response = get ? pipelineDetail(one.captured(1)) : methodNotAllowed();
    } else if (const auto list = runsRe.match(path); list.hasMatch()) {
        reply.response = get ? runs(request, list.captured(1)) : methodNotAllowed();
    } else if (const auto m = runRe.match(path); m.hasMatch()) {
        const QString action = m.captured(3);
        if (action == u"retry"_s) {
            if (request.method == "POST")
                return m_runs.retry(request, role, m.captured(1), m.captured(2));
        } else if (get) {
            return action == u"progress"_s ? m_runs.progress(m.captured(1), m.captured(2))
                                           : m_runs.errors(request, m.captured(1), m.captured(2));
        }
        reply.response = methodNotAllowed();
    } else {
        reply.response = Payloads::error(404, u"NOT_FOUND"_s, u"Not found"_s);
    }
    return reply;
}

std::optional<HttpResponse> ApiRouter::parsePage(const HttpRequest &request, const QString &scope,
                                                 qint64 total, Page &page)
{
    if (request.hasQuery(u"limit"_s)) {
        bool ok = false;
        page.limit = request.queryValue(u"limit"_s).toLongLong(&ok);
        if (!ok || page.limit < 1 || page.limit > 100)
            return Payloads::error(400, u"BAD_REQUEST"_s,
                                   u"limit must be an integer between 1 and 100"_s);
    }
    if (request.hasQuery(u"cursor"_s)) {
        const auto offset = Cursor::decode(request.queryValue(u"cursor"_s), scope);
        if (!offset || *offset > total)
            return Payloads::error(400, u"BAD_REQUEST"_s, u"Invalid cursor"_s);
        page.offset = *offset;
    }
    return std::nullopt;
}

QJsonObject ApiRouter::envelope(const QJsonArray &data, qint64 total, const Page &page,
                                const QString &scope, RunsEnvelope style)
{
    const bool hasMore = page.offset + page.limit < total;
    const QJsonValue cursor = hasMore ? QJsonValue(Cursor::encode(scope, page.offset + page.limit))
                                      : QJsonValue(QJsonValue::Null);
    if (style == RunsEnvelope::TopLevel)
        return {
            {u"data"_s, data}, {u"total"_s, total}, {u"hasMore"_s, hasMore}, {u"cursor"_s, cursor}};
    const QString cursorKey = style == RunsEnvelope::NextCursor ? u"nextCursor"_s : u"cursor"_s;
    return {{u"data"_s, data},
            {u"pagination"_s,
             QJsonObject {{u"total"_s, total},
                          {u"hasMore"_s, hasMore},
                          {u"limit"_s, page.limit},
                          {cursorKey, cursor}}}};
}

QJsonObject ApiRouter::pipelineJson(const PipelineInfo &pipeline, qint64 now) const
{
    const QList<const RunPlan *> runs = m_context.world->runsOf(pipeline.id, now);
    if (runs.isEmpty())
        return Payloads::pipeline(pipeline, nullptr, nullptr, m_context.wall);
    const RunState state = RunEvaluator::evaluate(*runs.first(), now, m_context.world->seed());
    return Payloads::pipeline(pipeline, runs.first(), &state, m_context.wall);
}

HttpResponse ApiRouter::pipelines(const HttpRequest &request) const
{
    const QList<PipelineInfo> &all = m_context.world->pipelines();
    Page page;
    if (auto failure = parsePage(request, u"pipelines"_s, all.size(), page))
        return *failure;
    const qint64 now = m_context.nowMs();
    QJsonArray data;
    for (qint64 i = page.offset; i < std::min<qint64>(all.size(), page.offset + page.limit); ++i)
        data.append(pipelineJson(all.at(i), now));
    return Payloads::json(200,
                          QJsonDocument(envelope(data, all.size(), page, u"pipelines"_s,
                                                 RunsEnvelope::PaginationObject)));
}

HttpResponse ApiRouter::pipelineDetail(const QString &pipelineId) const
{
    const PipelineInfo *pipeline = m_context.world->pipeline(pipelineId);
    if (!pipeline)
        return Payloads::error(404, u"NOT_FOUND"_s, u"Pipeline not found"_s);
    return Payloads::json(200, QJsonDocument(pipelineJson(*pipeline, m_context.nowMs())));
}

HttpResponse ApiRouter::runs(const HttpRequest &request, const QString &pipelineId) const
{
    if (!m_context.options->runsListEnabled)
        return Payloads::error(404, u"NOT_FOUND"_s, u"Not found"_s);
    if (!m_context.world->pipeline(pipelineId))
        return Payloads::error(404, u"NOT_FOUND"_s, u"Pipeline not found"_s);
    const qint64 now = m_context.nowMs();
    const QList<const RunPlan *> runs = m_context.world->runsOf(pipelineId, now);
    const RunsEnvelope style = m_context.options->runsEnvelope;
    Page page;
    if (style == RunsEnvelope::BareArray) {
        page.limit = runs.size();
    } else if (auto failure = parsePage(request, u"runs:"_s + pipelineId, runs.size(), page)) {
        return *failure;
    }
    QJsonArray data;
    const qint64 end = std::min<qint64>(runs.size(), page.offset + page.limit);
    for (qint64 i = page.offset; i < end; ++i) {
        const RunPlan *plan = runs.at(i);
        const RunState state = RunEvaluator::evaluate(*plan, now, m_context.world->seed());
        data.append(Payloads::runSummary(*plan, state, m_context.wall));
    }
    if (style == RunsEnvelope::BareArray)
        return Payloads::json(200, QJsonDocument(data));
    return Payloads::json(
        200, QJsonDocument(envelope(data, runs.size(), page, u"runs:"_s + pipelineId, style)));
}

HttpResponse ApiRouter::systemHealth(const HttpRequest &request) const
{
    const qint64 now = m_context.nowMs();
    const QString source = request.queryValue(u"source"_s);
    QDateTime since;
    if (request.hasQuery(u"since"_s)) {
        since = QDateTime::fromString(request.queryValue(u"since"_s), Qt::ISODateWithMs);
        if (!since.isValid())
            return Payloads::error(400, u"BAD_REQUEST"_s, u"since must be an ISO 8601 date"_s);
    }
    QList<QPair<qint64, QJsonObject>> items;
    if (source.isEmpty() || source == u"flow"_s) {
        for (const RunPlan *plan : m_context.world->allRuns(now)) {
            const RunState state = RunEvaluator::evaluate(*plan, now, m_context.world->seed());
            if (state.status != u"failed"_s)
                continue;
            const qint64 finishedAt = state.finishedAtMs.value_or(now);
            const QDateTime at = m_context.wall(finishedAt);
            if (since.isValid() && at <= since)
                continue;
            const PipelineInfo *pipeline = m_context.world->pipeline(plan->pipelineId);
            items.append(
                {finishedAt,
                 QJsonObject {
                     {u"id"_s, QString(u"alert_"_s + plan->id)},
                     {u"severity"_s, u"error"_s},
                     {u"source"_s, u"flow"_s},
                     {u"title"_s, u"Pipeline run failed"_s},
                     {u"message"_s,
                      u"%1: run %2 failed — %3"_s.arg(pipeline ? pipeline->name : plan->pipelineId,
                                                      plan->id, plan->failureReason)},
                     {u"link"_s, u"/data/pipelines/%1/runs/%2"_s.arg(plan->pipelineId, plan->id)},
                     {u"metadata"_s,
                      QJsonObject {{u"pipelineId"_s, plan->pipelineId}, {u"runId"_s, plan->id}}},
                     {u"createdAt"_s, Payloads::iso(at)},
                     {u"read"_s, false}}});
        }
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    Page page;
    if (auto failure = parsePage(request, u"health"_s, items.size(), page))
        return *failure;
    QJsonArray data;
    for (qint64 i = page.offset; i < std::min<qint64>(items.size(), page.offset + page.limit); ++i)
        data.append(items.at(i).second);
    return Payloads::json(200,
                          QJsonDocument(envelope(data, items.size(), page, u"health"_s,
                                                 RunsEnvelope::PaginationObject)));
}

} // namespace fw::sim
