#pragma once

#include <QDateTime>

#include <functional>

namespace fw::test {

// A wall clock that only moves when told to, for Simulator::setClock().
class ManualClock final
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 3, 30), QTime(10, 0), Qt::UTC))
        : m_now(std::move(start))
    { }

    QDateTime now() const { return m_now; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }
    std::function<QDateTime()> function() const
    {
        return [this] { return m_now; };
    }

private:
    QDateTime m_now;
};

} // namespace fw::test
