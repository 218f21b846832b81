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

void TrayStatusRule::update(const RunRef &run, RunStatus status)
{
    auto it = m_entries.find(run);
    if (it == m_entries.end()) {
        m_entries.insert(run, Entry {status, m_pendingAcknowledgements.remove(run)});
        return;
    }
    if (it->status != status) {
        it->status = status;
        it->acknowledged = false;
    }
}

void TrayStatusRule::acknowledge(const RunRef &run)
{
    auto it = m_entries.find(run);
    if (it != m_entries.end())
        it->acknowledged = true;
    else
        m_pendingAcknowledgements.insert(run);
}

void TrayStatusRule::remove(const RunRef &run)
{
    m_entries.remove(run);
    m_pendingAcknowledgements.remove(run);
}

void TrayStatusRule::rename(const RunRef &from, const RunRef &to)
{
    if (const auto it = m_entries.constFind(from); it != m_entries.constEnd()) {
        const Entry entry = *it;
        m_entries.remove(from);
        m_entries.insert(to, entry);
    }
    if (m_pendingAcknowledgements.remove(from))
        m_pendingAcknowledgements.insert(to);
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
