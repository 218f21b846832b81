#pragma once

#include "core/monitor/watching/Clock.h"

#include <QList>
#include <QPointer>

namespace fw {

/// A clock for tests: time stands still until advance() moves it, and advance() runs the calls
/// that fall due, in time order, each with now() equal to its due time.
class FakeClock final : public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeClock)

public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 3, 30), QTime(10, 0), Qt::UTC),
                       QObject *parent = nullptr);

    QDateTime now() const override { return m_now; }
    TimerId callAt(const QDateTime &when, QObject *context,
                   std::function<void()> callback) override;
    void cancel(TimerId id) override;

    /// Moves time forward by `ms`, running every call due on the way.
    void advance(qint64 ms);
    /// Moves time to the next pending call and runs it; false when none is pending.
    bool advanceToNext();
    /// The due time of the earliest pending call; invalid when none.
    QDateTime nextDue() const;
    qsizetype pendingCount() const { return m_pending.size(); }

private:
    struct Pending
    {
        TimerId id = 0;
        QDateTime when;
        QPointer<QObject> context;
        std::function<void()> callback;
    };
    bool runNextDue(const QDateTime &limit);

    QDateTime m_now;
    QList<Pending> m_pending;
    TimerId m_nextId = 1;
};

} // namespace fw
