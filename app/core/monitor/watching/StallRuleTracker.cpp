#include "StallRuleTracker.h"

#include <algorithm>

namespace fw {

StallRuleTracker::StallRuleTracker(QObject *parent)
    : QObject(parent)
{ }

StallRuleTracker::~StallRuleTracker() = default;

void StallRuleTracker::setThreshold(const QString &key, std::chrono::milliseconds threshold)
{
    m_rules[key].setThreshold(threshold);
}

void StallRuleTracker::observe(const QString &key, const RunProgress &progress, const QDateTime &at)
{
    StallRule &rule = m_rules[key];
    switch (rule.observe(progress.status, progress.processedRows, at)) {
    case StallRule::Change::Began:
        Q_EMIT stallBegan(key, rule.text(at));
        break;
    case StallRule::Change::Ended:
        Q_EMIT stallEnded(key);
        break;
    case StallRule::Change::None:
        break;
    }
}

void StallRuleTracker::remove(const QString &key)
{
    const auto it = m_rules.constFind(key);
    if (it == m_rules.constEnd())
        return;
    const bool wasStalled = it->isStalled(QDateTime::currentDateTimeUtc());
    m_rules.erase(it);
    if (wasStalled)
        Q_EMIT stallEnded(key);
}

bool StallRuleTracker::isStalled(const QString &key, const QDateTime &now) const
{
    const auto it = m_rules.constFind(key);
    return it != m_rules.constEnd() && it->isStalled(now);
}

QString StallRuleTracker::text(const QString &key, const QDateTime &now) const
{
    const auto it = m_rules.constFind(key);
    return it == m_rules.constEnd() ? QString() : it->text(now);
}

QStringList StallRuleTracker::stalledKeys(const QDateTime &now) const
{
    QList<std::pair<qint64, QString>> stalled;
    for (auto it = m_rules.cbegin(); it != m_rules.cend(); ++it)
        if (it->isStalled(now))
            stalled.append({qint64(it->unchangedFor(now).count()), it.key()});
    std::sort(stalled.begin(), stalled.end(), [](const auto &a, const auto &b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    QStringList keys;
    for (const auto &entry : stalled)
        keys << entry.second;
    return keys;
}

} // namespace fw
