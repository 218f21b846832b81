#pragma once

#include "Clock.h"

#include <QHash>
#include <QPointer>

class QTimer;

namespace fw {

/// The real clock: QDateTime::currentDateTimeUtc() and precise QTimers.
class SystemClock final : public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemClock)

public:
    explicit SystemClock(QObject *parent = nullptr);
    ~SystemClock() override;

    QDateTime now() const override;
    TimerId callAt(const QDateTime &when, QObject *context,
                   std::function<void()> callback) override;
    void cancel(TimerId id) override;

private:
    QHash<TimerId, QPointer<QTimer>> m_timers;
    TimerId m_nextId = 1;
};

} // namespace fw
