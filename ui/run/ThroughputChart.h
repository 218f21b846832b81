#pragma once

#include <QChartView>
#include <QPointer>

class QDateTimeAxis;
class QGraphicsTextItem;
class QLineSeries;
class QValueAxis;

namespace fw {
class ThroughputSeries;
}

namespace fw::ui {

/// Rows per second over time (local time on X) from a ThroughputSeries, appended sample by
/// sample; the window is bounded by the series. Until the second poll of a running run there is
/// no rate over time: the plot then says so, with the run's average rate when it is known (a run
/// that had already finished when it was opened).
class ThroughputChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThroughputChart)

public:
    explicit ThroughputChart(ThroughputSeries *series, QWidget *parent = nullptr);

    int pointCount() const;
    /// What the empty plot says; empty once the chart has points.
    QString placeholderText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateRanges();
    void placePlaceholder();
    QString placeholderHtml(bool withHint) const;

    QPointer<ThroughputSeries> m_source;
    QLineSeries *m_line = nullptr;
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_rate = nullptr;
    QGraphicsTextItem *m_placeholder = nullptr; ///< what the empty plot says
    QString m_average; ///< its headline, when the average is known
    QString m_hint; ///< and its explanation (always the same)
    int m_maxRateTicks = 5; ///< as many rate ticks as the plot's height holds labels for
    int m_rateDigits = 0; ///< digits of the rate axis's maximum, when its labels were measured
};

} // namespace fw::ui
