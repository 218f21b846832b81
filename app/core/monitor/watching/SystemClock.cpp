#include "SystemClock.h"

#include <QTimer>

#include <algorithm>

namespace fw {

SystemClock::SystemClock(QObject *parent)
    : Clock(parent)
{ }

SystemClock::~SystemClock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

Clock::TimerId SystemClock::callAt(const QDateTime &when, QObject *context,
                                   std::function<void()> callback)
{
    const TimerId id = m_nextId++;
    const qint64 delay = std::max<qint64>(0, now().msecsTo(when));
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, timer, [this, id, timer, callback = std::move(callback)] {
        m_timers.remove(id);
        timer->deleteLater();
        callback();
    });
    m_timers.insert(id, timer);
    timer->start(static_cast<int>(std::min<qint64>(delay, 24LL * 3600 * 1000)));
    return id;
}

void SystemClock::cancel(TimerId id)
{
    if (const QPointer<QTimer> timer = m_timers.take(id)) {
        timer->stop();
        timer->deleteLater();
    }
}

} // namespace fw
