#pragma once

#include <QPointer>
#include <QWidget>

namespace fw {
class LogModel;
class StageTimeline;
} // namespace fw

namespace fw::ui {

/// A run as a Gantt chart (the view Dagster, Airflow and the Spark event timeline use), drawn
/// from a StageTimeline: a bar per stage from its first to its last log entry (open-ended while
/// the run runs), a lane per partition from when a poll first saw it running to when one saw it
/// finished (one summary lane of how many ran when, above kPartitionLanesUpTo partitions), red
/// markers at failures and a "now" line on a running run. Each stage has one colour in every run
/// (a hash of its name). The time axis spans seconds to days and picks as many ticks as fit
/// without eliding a label.
///
/// Hovering lists the entries of a bar near the cursor (or a partition's span); a click on an
/// entry emits entryActivated() with its log sequence number, on a partition's lane
/// partitionActivated(). The wheel zooms around the cursor,
/// the arrow keys pan, Ctrl+0 (resetZoom()) shows everything. Stage names are painted as plain
/// text: nothing from the server is ever read as markup.
class StageTimelineChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageTimelineChart)

public:
    static constexpr int kPartitionLanesUpTo = 12;

    StageTimelineChart(const StageTimeline *timeline, LogModel *log, QWidget *parent = nullptr);

    /// The timeline changed (a poll): repaints, and follows new data unless zoomed.
    void refresh();
    void resetZoom();
    bool isZoomed() const { return m_zoomed; }
    /// The visible time range.
    qint64 viewFromMs() const { return m_fromMs; }
    qint64 viewToMs() const { return m_toMs; }
    void setViewRange(qint64 fromMs, qint64 toMs);

    /// What is drawn, for tests and the accessibility description.
    QStringList laneLabels() const;
    QStringList axisLabels() const;
    /// The rectangles of the axis labels (widget coordinates); they never overlap or clip.
    QList<QRect> axisLabelRects() const;
    QRect plotRect() const;
    /// The lane of a stage's bar and the bar itself (empty when not visible).
    QRect stageBarRect(int stage) const;
    QRect partitionLaneRect() const;
    bool showsPartitionSummary() const;
    /// The x of the "now" line, or -1 when none is drawn.
    int nowX() const;
    /// The tooltip at a point: the entries of the bar there, a partition's span, or nothing.
    QString tooltipAt(const QPoint &pos) const;
    /// The log sequence number of the entry at a point, or -1.
    qint64 entryAt(const QPoint &pos) const;
    /// The partition (row) whose lane is at a point, or -1 (also in the summary lane).
    int partitionAt(const QPoint &pos) const;
    /// The colour of a stage (by name, the same in every run).
    QColor stageColor(const QString &stage) const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

Q_SIGNALS:
    void entryActivated(qint64 sequence);
    /// A partition's lane was clicked: its row in the PartitionModel.
    void partitionActivated(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Tick
    {
        qint64 atMs = 0;
        QString label;
        QRect rect;
    };
    struct Lanes
    {
        QRect plot;
        int labelWidth = 0;
        int stageHeight = 0;
        int partitionTop = 0;
        int partitionHeight = 0;
    };
    Lanes lanes() const;
    int laneLabelWidth() const;
    void fit();
    void layoutTicks();
    double xOf(qint64 ms, const QRect &plot) const;
    qint64 msAt(double x, const QRect &plot) const;
    int stageAt(const QPoint &pos) const;
    QString partitionTooltip(const QPoint &pos) const;
    void zoomAround(double factor, double x);
    void pan(double pixels);
    void paintStages(QPainter &painter, const Lanes &l);
    void paintPartitions(QPainter &painter, const Lanes &l);
    void paintAxis(QPainter &painter, const Lanes &l);

    const StageTimeline *m_timeline = nullptr;
    QPointer<LogModel> m_log;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 1;
    bool m_zoomed = false;
    QList<Tick> m_ticks;
};

} // namespace fw::ui
