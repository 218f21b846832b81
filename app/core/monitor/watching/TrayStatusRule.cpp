#include "TrayStatusRule.h"

namespace fw {

std::optional<RunStatus> TrayStatusRule::worst(const QList<Entry> &entries)
{
    std::optional<RunStatus> result;
    for (const Entry &entry : entries) {
        RunStatus effective = entry.status;
        if (entry.acknowledged
            && (effective == RunStatus::Failed || effective == RunStatus::CompletedWithErrors))
            effective = RunStatus::Completed;
        if (!result || statusSeverity(effective) > statusSeverity(*result))
            result = effective;
    }
    return result;
}

void TrayStatusRule::update(const QString &key, RunStatus status)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        m_entries.insert(key, Entry {status, m_pendingAcknowledgements.remove(key)});
        return;
    }
    if (it->status != status) {
        it->status = status;
        it->acknowledged = false;
    }
}

void TrayStatusRule::acknowledge(const QString &key)
{
    auto it = m_entries.find(key);
    if (it != m_entries.end())
        it->acknowledged = true;
    else
        m_pendingAcknowledgements.insert(key);
}

void TrayStatusRule::remove(const QString &key)
{
    m_entries.remove(key);
    m_pendingAcknowledgements.remove(key);
}

std::optional<RunStatus> TrayStatusRule::worst() const
{
    return worst(m_entries.values());
}

int TrayStatusRule::unacknowledgedProblems() const
{
    int count = 0;
    for (const Entry &entry : m_entries) {
        if (!entry.acknowledged
            && (entry.status == RunStatus::Failed
                || entry.status == RunStatus::CompletedWithErrors))
            ++count;
    }
    return count;
}

} // namespace fw
