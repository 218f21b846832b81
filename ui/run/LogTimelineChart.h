#pragma once

#include <QChartView>
#include <QHash>
#include <QPointer>
#include <QSet>

class QCategoryAxis;
class QDateTimeAxis;
class QScatterSeries;

namespace fw {
class LogModel;
}

namespace fw::ui {

/// The log as a timeline: time on X (local time), one lane per stage on Y, a marker for the
/// entries of a stage at a time (one QScatterSeries per stage). Hovering a marker shows its
/// messages; the wheel zooms, a rubber band zooms to a rectangle, dragging with the middle button
/// or the arrow keys pans, Ctrl+0 (or resetZoom()) shows everything again. New entries extend the
/// view unless zoomed.
///
/// A marker stands for all entries of its lane within one time slot, a slot being about three
/// pixels of the view: more markers would overlap anyway, and Qt Charts moves and paints every
/// marker on each change of the axis. Thousands of entries thus cost a few hundred markers;
/// zooming in narrows the slots down to single entries.
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
    /// The time slot one marker stands for, in milliseconds (a power of two).
    qint64 slotMs() const { return m_slotMs; }
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
        QSet<qint64> slots; ///< the time slots that have a marker
    };
    void appendRows(int first, int last);
    void rebuild();
    int laneFor(const QString &stage);
    void fitAxes();
    void fitLaneHeight();
    /// The slot width that gives a marker per three pixels of the visible time range.
    qint64 wantedSlotMs() const;
    /// Re-slots every lane when the wanted slot width changed (zoom, a longer run).
    void updateSlots();
    qint64 slotOf(qint64 msecs) const;
    /// Adds to `markers` the marker of the slot of `msecs` in `lane`, unless it has one.
    void addMarker(int lane, qint64 msecs, QList<QPointF> *markers);
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
    qint64 m_slotMs = 1;
    QPoint m_panFrom;
    bool m_panning = false;
};

} // namespace fw::ui
