#include "StallRuleTracker.h"

#include <algorithm>

namespace fw {

StallRuleTracker::StallRuleTracker(QObject *parent)
    : QObject(parent)
{ }

StallRuleTracker::~StallRuleTracker() = default;

void StallRuleTracker::setThreshold(const RunRef &run, std::chrono::milliseconds threshold)
{
    m_rules[run].setThreshold(threshold);
}

void StallRuleTracker::observe(const RunRef &run, const RunProgress &progress, const QDateTime &at)
{
    StallRule &rule = m_rules[run];
    switch (rule.observe(progress.status, progress.processedRows, at)) {
    case StallRule::Change::Began:
        Q_EMIT stallBegan(run, rule.text(at));
        break;
    case StallRule::Change::Ended:
        Q_EMIT stallEnded(run);
        break;
    case StallRule::Change::None:
        break;
    }
}

void StallRuleTracker::remove(const RunRef &run, const QDateTime &now)
{
    const auto it = m_rules.constFind(run);
    if (it == m_rules.constEnd())
        return;
    const bool wasStalled = it->isStalled(now);
    m_rules.erase(it);
    if (wasStalled)
        Q_EMIT stallEnded(run);
}

bool StallRuleTracker::isStalled(const RunRef &run, const QDateTime &now) const
{
    const auto it = m_rules.constFind(run);
    return it != m_rules.constEnd() && it->isStalled(now);
}

QString StallRuleTracker::text(const RunRef &run, const QDateTime &now) const
{
    const auto it = m_rules.constFind(run);
    return it == m_rules.constEnd() ? QString() : it->text(now);
}

void StallRuleTracker::rename(const RunRef &from, const RunRef &to)
{
    if (m_rules.contains(from))
        m_rules.insert(to, m_rules.take(from));
}

QList<RunRef> StallRuleTracker::stalledRuns(const QDateTime &now) const
{
    QList<std::pair<qint64, RunRef>> stalled;
    for (auto it = m_rules.cbegin(); it != m_rules.cend(); ++it)
        if (it->isStalled(now))
            stalled.append({qint64(it->unchangedFor(now).count()), it.key()});
    std::sort(stalled.begin(), stalled.end(), [](const auto &a, const auto &b) {
        return a.first > b.first || (a.first == b.first && a.second.toText() < b.second.toText());
    });
    QList<RunRef> runs;
    for (const auto &entry : stalled)
        runs << entry.second;
    return runs;
}

} // namespace fw
