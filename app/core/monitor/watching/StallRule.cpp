#include "StallRule.h"

#include <QCoreApplication>

#include <algorithm>

namespace fw {

StallRule::StallRule(ms threshold)
    : m_threshold(std::max(ms(1), threshold))
{ }

void StallRule::setThreshold(ms threshold)
{
    m_threshold = std::max(ms(1), threshold);
}

void StallRule::reset()
{
    m_running = false;
    m_hasCount = false;
    m_processed = 0;
    m_movedAt = {};
    m_reported = false;
}

StallRule::Change StallRule::observe(RunStatus status, qint64 processedRows, const QDateTime &at)
{
    const bool wasReported = m_reported;
    if (status != RunStatus::Running) {
        reset();
        return wasReported ? Change::Ended : Change::None;
    }
    if (!m_running || !m_hasCount || processedRows != m_processed) {
        m_running = true;
        m_hasCount = true;
        m_processed = processedRows;
        m_movedAt = at;
        m_reported = false;
        return wasReported ? Change::Ended : Change::None;
    }
    if (!wasReported && isStalled(at)) {
        m_reported = true;
        return Change::Began;
    }
    return Change::None;
}

StallRule::ms StallRule::unchangedFor(const QDateTime &now) const
{
    if (!m_running || !m_movedAt.isValid() || !now.isValid())
        return ms(0);
    return ms(std::max<qint64>(0, m_movedAt.msecsTo(now)));
}

bool StallRule::isStalled(const QDateTime &now) const
{
    return m_running && unchangedFor(now) >= m_threshold;
}

QString StallRule::text(const QDateTime &now) const
{
    return isStalled(now) ? describe(unchangedFor(now)) : QString();
}

QString StallRule::describe(ms stalledFor)
{
    const qint64 seconds = std::max<qint64>(0, stalledFor.count() / 1000);
    if (seconds < 60)
        return QCoreApplication::translate("fw::StallRule", "stalled for %1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 120)
        return QCoreApplication::translate("fw::StallRule", "stalled for %1 min").arg(minutes);
    return QCoreApplication::translate("fw::StallRule", "stalled for %1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace fw
