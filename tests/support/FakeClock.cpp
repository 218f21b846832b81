#include "FakeClock.h"

#include <algorithm>

namespace fw {

FakeClock::FakeClock(QDateTime start, QObject *parent)
    : Clock(parent)
    , m_now(std::move(start))
{ }

Clock::TimerId FakeClock::callAt(const QDateTime &when, QObject *context,
                                 std::function<void()> callback)
{
    const TimerId id = m_nextId++;
    m_pending.append({id, std::max(when, m_now), context, std::move(callback)});
    return id;
}

void FakeClock::cancel(TimerId id)
{
    m_pending.removeIf([id](const Pending &p) { return p.id == id; });
}

bool FakeClock::runNextDue(const QDateTime &limit)
{
    // Earliest due first; among equal times, the one scheduled first.
    const auto next = std::min_element(m_pending.cbegin(), m_pending.cend(),
                                       [](const Pending &a, const Pending &b) {
                                           return a.when != b.when ? a.when < b.when : a.id < b.id;
                                       });
    if (next == m_pending.cend() || next->when > limit)
        return false;
    Pending due = *next;
    m_pending.removeAt(next - m_pending.cbegin());
    m_now = std::max(m_now, due.when);
    if (due.context)
        due.callback();
    return true;
}

void FakeClock::advance(qint64 ms)
{
    const QDateTime target = m_now.addMSecs(ms);
    while (runNextDue(target)) { }
    m_now = target;
}

bool FakeClock::advanceToNext()
{
    if (m_pending.isEmpty())
        return false;
    return runNextDue(nextDue());
}

QDateTime FakeClock::nextDue() const
{
    QDateTime earliest;
    for (const Pending &p : m_pending) {
        if (!earliest.isValid() || p.when < earliest)
            earliest = p.when;
    }
    return earliest;
}

} // namespace fw
