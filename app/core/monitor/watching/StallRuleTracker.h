#pragma once

#include "StallRule.h"
#include "core/api/RunProgress.h"
#include "core/api/RunRef.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

namespace fw {

/// StallRule for every watched run: each poll is observed with the time it arrived, and
/// stallBegan() fires once per stall (for the desktop notification), stallEnded() when the run
/// moves, ends or is no longer watched.
class StallRuleTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallRuleTracker)

public:
    explicit StallRuleTracker(QObject *parent = nullptr);
    ~StallRuleTracker() override;

    /// The threshold of `run` (its connection's); the default until set.
    void setThreshold(const RunRef &run, std::chrono::milliseconds threshold);
    void observe(const RunRef &run, const RunProgress &progress, const QDateTime &at);
    /// `now` decides whether stallEnded() is due.
    void remove(const RunRef &run, const QDateTime &now);
    /// The run's connection was renamed.
    void rename(const RunRef &from, const RunRef &to);

    bool isStalled(const RunRef &run, const QDateTime &now) const;
    /// "stalled for 12 min", or empty.
    QString text(const RunRef &run, const QDateTime &now) const;
    /// Runs stalled at `now`, longest stall first.
    QList<RunRef> stalledRuns(const QDateTime &now) const;

Q_SIGNALS:
    void stallBegan(const fw::RunRef &run, const QString &text);
    void stallEnded(const fw::RunRef &run);

private:
    QHash<RunRef, StallRule> m_rules;
};

} // namespace fw
