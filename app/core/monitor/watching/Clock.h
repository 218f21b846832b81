#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

namespace fw {

/// Wall-clock time and one-shot timers for schedules. The application uses SystemClock; tests use
/// FakeClock, which only moves when told to, so cadence and backoff are tested without sleeping.
class Clock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Clock)

public:
    using TimerId = quint64;

    ~Clock() override;

    virtual QDateTime now() const = 0;
    /// Calls `callback` once when now() reaches `when` (soon, if it already has), unless
    /// cancelled first or `context` is destroyed. Returns an id for cancel(); never 0.
    virtual TimerId callAt(const QDateTime &when, QObject *context, std::function<void()> callback)
        = 0;
    /// Cancels a pending call; unknown or finished ids are ignored.
    virtual void cancel(TimerId id) = 0;

    /// The process-wide system clock.
    static Clock *system();

protected:
    explicit Clock(QObject *parent = nullptr);
};

} // namespace fw
