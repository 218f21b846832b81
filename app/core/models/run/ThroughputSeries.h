#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>

#include <optional>

namespace fw {

/// Rows per second from successive polls, with timestamps, in a bounded window. The rate between
/// two polls uses the server's elapsed time (durationMs) when it moved, else the client's clock,
/// so a slow or late poll does not distort it.
class ThroughputSeries final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThroughputSeries)

public:
    struct Sample
    {
        QDateTime at; ///< when the poll arrived (UTC)
        double rowsPerSecond = 0.0; ///< never negative or NaN
        qint64 processedRows = 0;
    };

    static constexpr qsizetype kDefaultCapacity = 1'800; ///< an hour at 2 s

    explicit ThroughputSeries(QObject *parent = nullptr);

    /// Adds the poll that arrived at `at`; the first poll only sets the baseline. Returns true
    /// when a sample was added.
    bool addPoll(const QDateTime &at, qint64 processedRows, qint64 durationMs);
    void clear();
    void setCapacity(qsizetype capacity);

    const QList<Sample> &samples() const { return m_samples; }
    /// The mean rate over the last `windowSeconds` (by time), for an ETA; nullopt without data.
    std::optional<double> recentRate(qint64 windowSeconds = 60) const;
    double peakRate() const;
    /// The run's mean rate since it started as of the last poll (processed rows ÷ the server's
    /// elapsed time); nullopt before a poll, or when the elapsed time or the count is not usable.
    std::optional<double> averageRate() const;
    /// Seconds until `remainingRows` at the recent rate; nullopt when it cannot be told.
    std::optional<qint64> estimateSeconds(qint64 remainingRows) const;

Q_SIGNALS:
    void sampleAdded(const fw::ThroughputSeries::Sample &sample);
    /// `count` samples fell off the front.
    void samplesDropped(qsizetype count);
    void cleared();
    /// Each poll, sample or not (averageRate() may have moved).
    void polled();

private:
    QList<Sample> m_samples;
    qsizetype m_capacity = kDefaultCapacity;
    bool m_hasBaseline = false;
    QDateTime m_lastAt;
    qint64 m_lastProcessed = 0;
    qint64 m_lastDurationMs = 0;
};

} // namespace fw
