#pragma once

#include <QChartView>
#include <QPointer>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace fw {
class ThroughputSeries;
}

namespace fw::ui {

/// Rows per second over time (local time on X) from a ThroughputSeries, appended sample by
/// sample; the window is bounded by the series.
class ThroughputChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThroughputChart)

public:
    explicit ThroughputChart(ThroughputSeries *series, QWidget *parent = nullptr);

    int pointCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateRanges();

    QPointer<ThroughputSeries> m_source;
    QLineSeries *m_line = nullptr;
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_rate = nullptr;
};

} // namespace fw::ui
