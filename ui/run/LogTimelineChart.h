#pragma once

#include <QChartView>
#include <QHash>
#include <QPointer>

class QCategoryAxis;
class QDateTimeAxis;
class QScatterSeries;

namespace fw {
class LogModel;
}

namespace fw::ui {

/// The log as a timeline: time on X (local time), one lane per stage on Y, each entry a marker
/// (one QScatterSeries per stage). Hovering a marker shows its message; the wheel zooms, a
/// rubber band zooms to a rectangle, dragging with the middle button or the arrow keys pans,
/// Ctrl+0 (or resetZoom()) shows everything again. New entries extend the view unless zoomed.
class LogTimelineChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogTimelineChart)

public:
    explicit LogTimelineChart(LogModel *model, QWidget *parent = nullptr);

    void resetZoom();
    /// The time of the latest poll: the axis reaches it, so quiet stretches of a running run
    /// show as gaps instead of being cut off.
    void setNow(const QDateTime &now);
    int markerCount() const;
    QStringList lanes() const { return m_lanes; }
    /// The messages at a marker (several when they share a time), for the hover tooltip.
    QString messagesAt(int lane, qint64 msecs) const;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Lane
    {
        QScatterSeries *series = nullptr;
        QList<qint64> times; ///< sorted (the log is in time order; out-of-order kept as sent)
        QList<int> rows; ///< model rows' sequence numbers, parallel to times
    };
    void appendRows(int first, int last);
    void rebuild();
    int laneFor(const QString &stage);
    void fitAxes();
    void onHovered(int lane, const QPointF &point, bool state);

    QPointer<LogModel> m_model;
    QStringList m_lanes;
    QList<Lane> m_series;
    QDateTimeAxis *m_time = nullptr;
    QCategoryAxis *m_stages = nullptr;
    qint64 m_minTime = 0;
    qint64 m_maxTime = 0;
    qint64 m_now = 0;
    bool m_hasTime = false;
    QPoint m_panFrom;
    bool m_panning = false;
};

} // namespace fw::ui
