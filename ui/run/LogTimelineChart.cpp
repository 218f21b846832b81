#include "LogTimelineChart.h"

#include "ChartLook.h"
#include "core/models/run/LogModel.h"
#include "core/text/DisplayText.h"

#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace fw::ui {

namespace {
const QColor kLaneColors[]
    = {QColor(0x1d, 0x5f, 0xd1), QColor(0x1a, 0x7f, 0x37), QColor(0xb2, 0x5e, 0x00),
       QColor(0x7b, 0x4f, 0x9d), QColor(0x00, 0x83, 0x8f), QColor(0xc6, 0x28, 0x28)};
const QScatterSeries::MarkerShape kLaneShapes[]
    = {QScatterSeries::MarkerShapeCircle, QScatterSeries::MarkerShapeRectangle,
       QScatterSeries::MarkerShapeCircle, QScatterSeries::MarkerShapeRectangle};
} // namespace

LogTimelineChart::LogTimelineChart(LogModel *model, QWidget *parent)
    : QChartView(new QChart, parent) // QChartView(parent) makes a chart setChart() would leak
    , m_model(model)
{
    QChart *chart = QChartView::chart();
    chart->setTitle(tr("Log timeline"));
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_time = new QDateTimeAxis(chart);
    m_time->setFormat(u"HH:mm:ss"_s);
    m_time->setTickCount(6);
    fitTimeTicks(chart, m_time, 6);
    m_stages = new QCategoryAxis(chart);
    m_stages->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_stages->setRange(0, 1);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_stages, Qt::AlignLeft);
    // An empty series holds both axes from the start: Qt Charts lays out no labels for an axis
    // that has no series yet, and does not make room for them when lanes are added later.
    auto *anchor = new QScatterSeries(chart);
    chart->addSeries(anchor);
    anchor->attachAxis(m_time);
    anchor->attachAxis(m_stages);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Log timeline chart"));
    setToolTip(tr("Wheel or drag a rectangle to zoom, middle-drag or arrow keys to pan, "
                  "Ctrl+0 to reset"));
    applyPalette(chart, palette());
    // Zooming, panning and resizing change how much time a pixel holds.
    connect(m_time, &QDateTimeAxis::rangeChanged, this, &LogTimelineChart::updateSlots);
    connect(chart, &QChart::plotAreaChanged, this, &LogTimelineChart::updateSlots);

    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { appendRows(first, last); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { rebuild(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { rebuild(); });
    rebuild();
}

int LogTimelineChart::laneFor(const QString &stage)
{
    const qsizetype found = m_lanes.indexOf(stage);
    if (found >= 0)
        return int(found);
    const int lane = int(m_lanes.size());
    m_lanes.append(stage);
    auto *series = new QScatterSeries(chart());
    series->setName(stage.toHtmlEscaped()); // legend labels are rich text
    series->setMarkerSize(9);
    series->setMarkerShape(kLaneShapes[lane % std::size(kLaneShapes)]);
    series->setColor(kLaneColors[lane % std::size(kLaneColors)]);
    series->setBorderColor(Qt::transparent);
    chart()->addSeries(series);
    series->attachAxis(m_time);
    series->attachAxis(m_stages);
    connect(series, &QScatterSeries::hovered, this,
            [this, lane](const QPointF &point, bool state) { onHovered(lane, point, state); });
    m_series.append({series, {}, {}, {}});

    // Lanes are category ranges [i - 0.5, i + 0.5] labelled with the stage's name.
    const QStringList labels = m_stages->categoriesLabels();
    for (const QString &label : labels)
        m_stages->remove(label);
    for (int i = 0; i < m_lanes.size(); ++i)
        m_stages->append(visibleText(m_lanes.at(i), 16).toHtmlEscaped() // labels are rich text
                             + QString(i, QChar(0x200B)),
                         i + 0.5);
    m_stages->setStartValue(-0.5);
    m_stages->setRange(-0.5, m_lanes.size() - 0.5);
    fitLaneHeight();
    return lane;
}

void LogTimelineChart::fitLaneHeight()
{
    // A lane shorter than its label gets the label elided to "…": ask for the height the lanes
    // need, above what the title, the time labels and the margins take.
    const QFontMetrics metrics(m_stages->labelsFont());
    const int overhead = QFontMetrics(chart()->titleFont()).height()
        + QFontMetrics(m_time->labelsFont()).height() + 40; // margins and paddings
    const int wanted = std::max(100, overhead + int(m_lanes.size()) * (metrics.height() + 4));
    if (minimumHeight() != wanted)
        setMinimumHeight(wanted);
}

void LogTimelineChart::appendRows(int first, int last)
{
    if (!m_model)
        return;
    QHash<int, QList<QPointF>> batches;
    for (int row = first; row <= last; ++row) {
        const LogEntry &entry = m_model->entryAt(row);
        if (!entry.timestamp.isValid())
            continue; // no time, no place on a timeline; the list still shows it
        const int lane = laneFor(entry.stage);
        const qint64 t = entry.timestamp.toMSecsSinceEpoch();
        Lane &l = m_series[lane];
        l.times.append(t);
        l.rows.append(int(m_model->sequenceAt(row)));
        addMarker(lane, t, &batches[lane]);
        m_minTime = m_hasTime ? std::min(m_minTime, t) : t;
        m_maxTime = m_hasTime ? std::max(m_maxTime, t) : t;
        m_hasTime = true;
    }
    // One change per lane: Qt Charts relays out the whole series for each point appended.
    for (auto it = batches.cbegin(); it != batches.cend(); ++it) {
        QScatterSeries *series = m_series[it.key()].series;
        if (it.value().size() == 1)
            series->append(it.value().first());
        else
            series->replace(series->points() + it.value());
    }
    if (!chart()->isZoomed())
        fitAxes(); // a longer run may want wider slots: rangeChanged re-slots
}

qint64 LogTimelineChart::slotOf(qint64 msecs) const
{
    return msecs >= 0 ? msecs / m_slotMs : -((-msecs + m_slotMs - 1) / m_slotMs);
}

void LogTimelineChart::addMarker(int lane, qint64 msecs, QList<QPointF> *markers)
{
    const qint64 slot = slotOf(msecs);
    Lane &l = m_series[lane];
    if (l.slots.contains(slot))
        return; // the slot has its marker
    l.slots.insert(slot);
    // A slot of one millisecond is the entry's own time; a wider one is marked at its middle.
    markers->append({double(slot * m_slotMs) + double(m_slotMs - 1) / 2.0, double(lane)});
}

qint64 LogTimelineChart::wantedSlotMs() const
{
    const double span
        = double(m_time->max().toMSecsSinceEpoch() - m_time->min().toMSecsSinceEpoch());
    const double pixels = std::max(60.0, chart()->plotArea().width());
    const double perMarker = span / (pixels / 3.0);
    qint64 slot = 1;
    while (double(slot) < perMarker && slot < (qint64(1) << 40))
        slot *= 2;
    return slot;
}

void LogTimelineChart::updateSlots()
{
    const qint64 wanted = wantedSlotMs();
    if (wanted == m_slotMs)
        return;
    m_slotMs = wanted;
    for (int lane = 0; lane < m_series.size(); ++lane) {
        Lane &l = m_series[lane];
        l.slots.clear();
        QList<QPointF> markers;
        for (const qint64 t : std::as_const(l.times))
            addMarker(lane, t, &markers);
        l.series->replace(markers);
    }
}

void LogTimelineChart::rebuild()
{
    for (Lane &lane : m_series) {
        lane.series->clear();
        lane.times.clear();
        lane.rows.clear();
        lane.slots.clear();
    }
    m_hasTime = false;
    if (m_model && m_model->rowCount() > 0)
        appendRows(0, m_model->rowCount() - 1);
    else
        fitAxes();
}

void LogTimelineChart::fitAxes()
{
    if (!m_hasTime) {
        const QDateTime now = QDateTime::currentDateTime();
        m_time->setRange(now.addSecs(-60), now);
        return;
    }
    const qint64 last = std::max(m_maxTime, m_now);
    const qint64 span = std::max<qint64>(last - m_minTime, 10'000);
    const qint64 margin = span / 20;
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(m_minTime - margin),
                     QDateTime::fromMSecsSinceEpoch(m_minTime + span + margin));
    m_stages->setRange(-0.5, std::max<qsizetype>(1, m_lanes.size()) - 0.5);
}

void LogTimelineChart::setNow(const QDateTime &now)
{
    m_now = now.isValid() ? now.toMSecsSinceEpoch() : 0;
    if (!chart()->isZoomed())
        fitAxes();
}

void LogTimelineChart::resetZoom()
{
    chart()->zoomReset();
    fitAxes();
}

int LogTimelineChart::markerCount() const
{
    int n = 0;
    for (const Lane &lane : m_series)
        n += lane.series->count();
    return n;
}

QString LogTimelineChart::messagesAt(int lane, qint64 msecs) const
{
    if (!m_model || lane < 0 || lane >= m_series.size())
        return {};
    const Lane &l = m_series.at(lane);
    QStringList lines;
    const QLocale locale;
    int shown = 0;
    const qint64 slot = slotOf(msecs);
    for (qsizetype i = 0; i < l.times.size(); ++i) {
        if (slotOf(l.times.at(i)) != slot && std::llabs(l.times.at(i) - msecs) > 500)
            continue;
        const int row = int(l.rows.at(i) - m_model->droppedCount());
        if (row < 0 || row >= m_model->rowCount())
            continue;
        if (++shown > 5)
            continue; // counted only
        const LogEntry &entry = m_model->entryAt(row);
        lines << locale.toString(entry.timestamp.toLocalTime(), u"HH:mm:ss"_s) + u"  ["_s
                + visibleText(entry.stage, 30) + u"]  "_s + visibleText(entry.message, 300);
    }
    if (shown > 5)
        lines << tr("… and %1 more here (zoom in to tell them apart)")
                     .arg(locale.toString(shown - 5));
    return lines.join(u'\n');
}

void LogTimelineChart::onHovered(int lane, const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), plainToolTip(messagesAt(lane, qint64(point.x()))), this);
}

void LogTimelineChart::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0)
        return QChartView::wheelEvent(event);
    chart()->zoom(std::pow(1.25, steps));
    event->accept();
}

void LogTimelineChart::keyPressEvent(QKeyEvent *event)
{
    const double step = 30.0;
    switch (event->key()) {
    case Qt::Key_Left:
        chart()->scroll(-step, 0);
        break;
    case Qt::Key_Right:
        chart()->scroll(step, 0);
        break;
    case Qt::Key_Up:
        chart()->scroll(0, step);
        break;
    case Qt::Key_Down:
        chart()->scroll(0, -step);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        chart()->zoomIn();
        break;
    case Qt::Key_Minus:
        chart()->zoomOut();
        break;
    case Qt::Key_0:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void LogTimelineChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void LogTimelineChart::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint now = event->position().toPoint();
        const QPoint delta = now - m_panFrom;
        chart()->scroll(-delta.x(), delta.y());
        m_panFrom = now;
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void LogTimelineChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void LogTimelineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette(chart(), palette());
    QChartView::changeEvent(event);
}

} // namespace fw::ui
