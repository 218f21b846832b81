#include "World.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fw::sim {

World::World(quint64 seed)
    : m_seed(seed)
{ }

void World::addPipeline(const PipelineInfo &pipeline)
{
    m_pipelines.append(pipeline);
}

const PipelineInfo *World::pipeline(const QString &id) const
{
    for (const PipelineInfo &p : m_pipelines)
        if (p.id == id)
            return &p;
    return nullptr;
}

void World::addPlan(const RunPlan &plan)
{
    m_runs.insert_or_assign(plan.id, plan);
}

const RunPlan *World::run(const QString &pipelineId, const QString &runId, qint64 nowMs) const
{
    const auto it = m_runs.find(runId);
    if (it == m_runs.end() || it->second.pipelineId != pipelineId || it->second.createdAtMs > nowMs)
        return nullptr;
    return &it->second;
}

bool World::setRetryAnswer(const QString &runId, const RetryAnswer &answer)
{
    const auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return false;
    it->second.retryAnswer = answer;
    return true;
}

QList<const RunPlan *> World::allRuns(qint64 nowMs) const
{
    QList<const RunPlan *> out;
    for (const auto &entry : m_runs)
        if (entry.second.createdAtMs <= nowMs)
            out.append(&entry.second);
    std::sort(out.begin(), out.end(), [](const RunPlan *a, const RunPlan *b) {
        if (a->createdAtMs != b->createdAtMs)
            return a->createdAtMs > b->createdAtMs;
        if (a->id.size() != b->id.size())
            return a->id.size() > b->id.size();
        return a->id > b->id;
    });
    return out;
}

QList<const RunPlan *> World::runsOf(const QString &pipelineId, qint64 nowMs) const
{
    QList<const RunPlan *> out = allRuns(nowMs);
    out.removeIf([&](const RunPlan *p) { return p->pipelineId != pipelineId; });
    return out;
}

QString World::nextRetryId()
{
    while (hasRun(u"run_"_s + QString::number(m_nextRetry)))
        ++m_nextRetry;
    return u"run_"_s + QString::number(m_nextRetry++);
}

QString World::nextCustomId()
{
    while (hasRun(u"run_"_s + QString::number(m_nextCustom)))
        ++m_nextCustom;
    return u"run_"_s + QString::number(m_nextCustom++);
}

} // namespace fw::sim
