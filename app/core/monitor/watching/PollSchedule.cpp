#include "PollSchedule.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace fw {

void PollSchedule::setBaseInterval(ms interval)
{
    m_base = std::clamp(interval, kMinBase, kMaxBase);
}

void PollSchedule::recordSuccess(bool changed)
{
    m_failures = 0;
    m_retryAfter.reset();
    m_unchanged = changed ? 0 : std::min(m_unchanged + 1, 64);
}

void PollSchedule::recordFailure(std::optional<long long> retryAfterSeconds)
{
    m_retryAfter = retryAfterSeconds;
    m_failures = std::min(m_failures + 1, 64);
    const double r = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    const double unit = std::clamp(std::isfinite(r) ? r : 0.0, 0.0, 1.0);
    const auto ceiling = backoffCeiling();
    m_jittered = std::max(kBackoffFloor, ms(std::llround(unit * double(ceiling.count()))));
}

void PollSchedule::reset()
{
    m_unchanged = 0;
    m_failures = 0;
    m_retryAfter.reset();
}

PollSchedule::ms PollSchedule::backoffCeiling() const
{
    if (m_failures <= 0)
        return kBackoffStart;
    const int doublings = std::min(m_failures - 1, 16);
    return std::min(kBackoffCap, ms(kBackoffStart.count() * (1LL << doublings)));
}

PollSchedule::ms PollSchedule::normalInterval() const
{
    return m_visible ? m_base : std::max(m_base, kHiddenFloor);
}

PollSchedule::ms PollSchedule::nextDelay() const
{
    if (m_failures > 0) {
        if (!m_retryAfter)
            return m_jittered;
        // The server may ask for a longer wait, never a shorter one (0, negative, a past date).
        const long long asked
            = std::clamp<long long>(*m_retryAfter, 0, kRetryAfterCap.count() / 1000);
        return std::max({ms(asked * 1000), m_jittered, normalInterval()});
    }
    const double factor = std::min(kSlowdownCap, std::pow(kSlowdownFactor, m_unchanged));
    ms delay(std::llround(double(m_base.count()) * factor));
    if (!m_visible)
        delay = std::max(delay, kHiddenFloor);
    return delay;
}

} // namespace fw
