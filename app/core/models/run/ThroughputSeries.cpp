#include "ThroughputSeries.h"

#include <algorithm>
#include <cmath>

namespace fw {

ThroughputSeries::ThroughputSeries(QObject *parent)
    : QObject(parent)
{ }

bool ThroughputSeries::addPoll(const QDateTime &at, qint64 processedRows, qint64 durationMs)
{
    if (!m_hasBaseline) {
        m_hasBaseline = true;
        m_lastAt = at;
        m_lastProcessed = processedRows;
        m_lastDurationMs = durationMs;
        Q_EMIT polled();
        return false;
    }
    const qint64 serverDelta = durationMs - m_lastDurationMs;
    const qint64 clientDelta = m_lastAt.msecsTo(at);
    const qint64 elapsedMs = serverDelta > 0 ? serverDelta : clientDelta;
    if (elapsedMs <= 0) {
        Q_EMIT polled();
        return false;
    }
    const qint64 rows = std::max<qint64>(0, processedRows - m_lastProcessed);
    const double rate = double(rows) * 1000.0 / double(elapsedMs);
    m_lastAt = at;
    m_lastProcessed = processedRows;
    m_lastDurationMs = durationMs;

    const Sample sample {at, std::isfinite(rate) ? rate : 0.0, processedRows};
    m_samples.append(sample);
    Q_EMIT sampleAdded(sample);
    if (m_samples.size() > m_capacity) {
        const qsizetype drop = m_samples.size() - m_capacity;
        m_samples.remove(0, drop);
        Q_EMIT samplesDropped(drop);
    }
    Q_EMIT polled();
    return true;
}

std::optional<double> ThroughputSeries::averageRate() const
{
    if (!m_hasBaseline || m_lastDurationMs <= 0 || m_lastProcessed < 0)
        return std::nullopt;
    const double rate = double(m_lastProcessed) * 1000.0 / double(m_lastDurationMs);
    return std::isfinite(rate) ? std::optional<double>(rate) : std::nullopt;
}

void ThroughputSeries::clear()
{
    m_samples.clear();
    m_hasBaseline = false;
    Q_EMIT cleared();
}

void ThroughputSeries::setCapacity(qsizetype capacity)
{
    m_capacity = std::max<qsizetype>(2, capacity);
    if (m_samples.size() > m_capacity) {
        const qsizetype drop = m_samples.size() - m_capacity;
        m_samples.remove(0, drop);
        Q_EMIT samplesDropped(drop);
    }
}

std::optional<double> ThroughputSeries::recentRate(qint64 windowSeconds) const
{
    if (m_samples.isEmpty())
        return std::nullopt;
    const QDateTime since = m_samples.last().at.addSecs(-windowSeconds);
    double sum = 0.0;
    int n = 0;
    for (auto it = m_samples.crbegin(); it != m_samples.crend() && it->at >= since; ++it) {
        sum += it->rowsPerSecond;
        ++n;
    }
    return n > 0 ? std::optional<double>(sum / n) : std::nullopt;
}

double ThroughputSeries::peakRate() const
{
    double peak = 0.0;
    for (const Sample &s : m_samples)
        peak = std::max(peak, s.rowsPerSecond);
    return peak;
}

std::optional<qint64> ThroughputSeries::estimateSeconds(qint64 remainingRows) const
{
    const std::optional<double> rate = recentRate();
    if (!rate || *rate <= 0.0 || remainingRows <= 0)
        return std::nullopt;
    const double seconds = std::ceil(double(remainingRows) / *rate);
    if (!std::isfinite(seconds) || seconds > 365.0 * 24 * 3600)
        return std::nullopt;
    return qint64(seconds);
}

} // namespace fw
