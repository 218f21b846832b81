#pragma once

#include "StallRule.h"
#include "core/api/RunProgress.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace fw {

/// StallRule for every watched run, by key: each poll is observed with the time it arrived, and
/// stallBegan() fires once per stall (for the desktop notification), stallEnded() when the run
/// moves, ends or is no longer watched.
class StallRuleTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallRuleTracker)

public:
    explicit StallRuleTracker(QObject *parent = nullptr);
    ~StallRuleTracker() override;

    /// The threshold of `key` (its connection's); the default until set.
    void setThreshold(const QString &key, std::chrono::milliseconds threshold);
    void observe(const QString &key, const RunProgress &progress, const QDateTime &at);
    void remove(const QString &key);

    bool isStalled(const QString &key, const QDateTime &now) const;
    /// "stalled for 12 min", or empty.
    QString text(const QString &key, const QDateTime &now) const;
    /// Keys stalled at `now`, longest stall first.
    QStringList stalledKeys(const QDateTime &now) const;

Q_SIGNALS:
    void stallBegan(const QString &key, const QString &text);
    void stallEnded(const QString &key);

private:
    QHash<QString, StallRule> m_rules;
};

} // namespace fw
