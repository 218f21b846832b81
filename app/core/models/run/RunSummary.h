#pragma once

#include "RunFormat.h"
#include "core/api/RunProgress.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace fw {

class ThroughputSeries;

/// The header of the run view as values and ready-made texts: status, counters with thousands
/// separators, overall progress (clamped for drawing, flagged when out of range), ETA (the
/// server's, or Flowwatch's own estimate from the throughput, marked as such), elapsed time, load
/// strategy and partitions done. The page reads it after changed().
class RunSummary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSummary)

public:
    explicit RunSummary(QObject *parent = nullptr);

    /// Takes one poll received at `at` (the wall clock's now when invalid); `throughput`
    /// (optional) gives Flowwatch's estimate when the server's eta is null or coarse.
    void update(const RunProgress &progress, const ThroughputSeries *throughput = nullptr,
                const QDateTime &at = {});

    /// When the next update()'s poll arrived (for how long a pending run has been queued).
    void setPollTime(const QDateTime &at);
    /// When the run was created, as the runs list says: a pending run has been queued since.
    void setCreatedAt(const QDateTime &createdAt);

    bool hasData() const { return m_hasData; }
    const RunProgress &progress() const { return m_progress; }
    RunStatus status() const { return m_progress.status; }
    const QString &rawStatus() const { return m_progress.statusText; }

    QString totalText() const;
    QString processedText() const;
    QString rowsInText() const; ///< "—" while null
    QString rowsOutText() const;
    QString failedText() const;
    QString skippedText() const;
    /// "32,000 of 50,000 (64 %)"; "0 of 0" for an empty run.
    QString progressText() const;
    RunFormat::Fraction overall() const;
    /// "2 of 4" (+ " ⚠" when completed > total or negative).
    QString partitionsText() const;
    /// The server's ETA as sent and the wall-clock time it implies ("2m · about 14:32"); when
    /// the server sends none, or a coarse one ("1.2h", "2d"), Flowwatch's estimate from the
    /// processed-rows rate, marked as such ("≈ 3 min 10 s · about 14:35 (Flowwatch's
    /// estimate)"); "—" when neither is known or the run is final.
    QString etaText() const { return m_etaText; }
    bool isEtaEstimated() const { return m_etaEstimated; }
    /// Explains the ETA (whose it is, the server's value when Flowwatch estimated).
    QString etaToolTip() const { return m_etaToolTip; }
    /// A server ETA in seconds: "45s", "3m", "1.2h", "2d", "90" (seconds), "1h 30m"; nullopt
    /// when unreadable. `coarse` tells whether its unit is an hour or more.
    static std::optional<qint64> parseEta(const QString &eta, bool *coarse = nullptr);
    /// "3 min 20 s"; for a pending run how long it has been queued: "Queued 14 min" (from the
    /// server's log), "Queued ≥ 2 min" (since Flowwatch first saw it pending).
    QString elapsedText() const;
    QString loadStrategyText() const;
    /// Out-of-range counters described for a tooltip/marker; empty when everything is sane.
    QString anomalies() const;

Q_SIGNALS:
    void changed();
    void statusChanged(fw::RunStatus status);

private:
    RunProgress m_progress;
    bool m_hasData = false;
    QString m_etaText;
    QString m_etaToolTip;
    bool m_etaEstimated = false;
    QDateTime m_queuedSince; ///< while pending: since when (server's log, or first seen)
    bool m_queuedSinceIsObserved = false; ///< m_queuedSince is Flowwatch's first sight of it
    QDateTime m_lastPollAt;
};

} // namespace fw
