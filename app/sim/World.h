#pragma once

#include "PipelineInfo.h"
#include "RunPlan.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <map>

namespace fw::sim {

// The simulator's data: pipeline definitions and run plans. Runs become visible once the
// simulated clock passes their creation time.
class World final
{
public:
    explicit World(quint64 seed);

    quint64 seed() const { return m_seed; }
    void addPipeline(const PipelineInfo &pipeline);
    const QList<PipelineInfo> &pipelines() const { return m_pipelines; }
    const PipelineInfo *pipeline(const QString &id) const;

    void addPlan(const RunPlan &plan);
    bool hasRun(const QString &runId) const { return m_runs.count(runId) > 0; }
    // nullptr when unknown, not yet created, or belonging to another pipeline.
    const RunPlan *run(const QString &pipelineId, const QString &runId, qint64 nowMs) const;
    QList<const RunPlan *> runsOf(const QString &pipelineId, qint64 nowMs) const; // newest first
    QList<const RunPlan *> allRuns(qint64 nowMs) const;

    // Sets how a retry of `runId` is answered; false when there is no such run.
    bool setRetryAnswer(const QString &runId, const RetryAnswer &answer);

    QString nextRetryId();
    QString nextCustomId();

    QByteArray idempotentReply(const QString &key) const { return m_idempotent.value(key); }
    void rememberReply(const QString &key, const QByteArray &body)
    {
        m_idempotent.insert(key, body);
    }

    // A key's role changed in the middle of a session: "admin", "editor", "viewer", or empty for
    // a revoked key. Unlisted keys keep their demo role.
    void setKeyRole(const QByteArray &key, const QString &role) { m_keyRoles.insert(key, role); }
    bool hasKeyRole(const QByteArray &key) const { return m_keyRoles.contains(key); }
    QString keyRole(const QByteArray &key) const { return m_keyRoles.value(key); }

private:
    quint64 m_seed = 1;
    QList<PipelineInfo> m_pipelines;
    std::map<QString, RunPlan> m_runs;
    QHash<QString, QByteArray> m_idempotent;
    QHash<QByteArray, QString> m_keyRoles;
    int m_nextRetry = 9001;
    int m_nextCustom = 8001;
};

} // namespace fw::sim
