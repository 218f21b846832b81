#include "Clock.h"

#include "SystemClock.h"

namespace fw {

Clock::Clock(QObject *parent)
    : QObject(parent)
{ }

Clock::~Clock() = default;

Clock *Clock::system()
{
    static SystemClock *const instance = new SystemClock; // lives as long as the process
    return instance;
}

} // namespace fw
