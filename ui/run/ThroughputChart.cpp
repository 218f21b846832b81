#include "ThroughputChart.h"

#include "ChartLook.h"
#include "core/models/ThroughputSeries.h"

#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

namespace fw::ui {

ThroughputChart::ThroughputChart(ThroughputSeries *series, QWidget *parent)
    : QChartView(parent)
    , m_source(series)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Throughput (rows/s)"));
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_line = new QLineSeries(chart);
    m_line->setName(tr("Rows per second"));
    chart->addSeries(m_line);
    m_time = new QDateTimeAxis(chart);
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_time->setTickCount(5);
    m_rate = new QValueAxis(chart);
    m_rate->setLabelFormat(QStringLiteral("%.0f"));
    m_rate->setMin(0);
    m_rate->setTickCount(5);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_rate, Qt::AlignLeft);
    m_line->attachAxis(m_time);
    m_line->attachAxis(m_rate);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Throughput chart"));
    applyPalette(chart, palette());
    QPen pen = m_line->pen();
    pen.setWidthF(2.0);
    m_line->setPen(pen);

    connect(series, &ThroughputSeries::sampleAdded, this,
            [this](const ThroughputSeries::Sample &sample) {
                m_line->append(double(sample.at.toMSecsSinceEpoch()), sample.rowsPerSecond);
                updateRanges();
            });
    connect(series, &ThroughputSeries::samplesDropped, this, [this](qsizetype count) {
        m_line->removePoints(0, int(std::min<qsizetype>(count, m_line->count())));
        updateRanges();
    });
    connect(series, &ThroughputSeries::cleared, this, &ThroughputChart::rebuild);
    rebuild();
}

int ThroughputChart::pointCount() const
{
    return m_line->count();
}

void ThroughputChart::rebuild()
{
    QList<QPointF> points;
    if (m_source) {
        for (const ThroughputSeries::Sample &s : m_source->samples())
            points.append({double(s.at.toMSecsSinceEpoch()), s.rowsPerSecond});
    }
    m_line->replace(points);
    updateRanges();
}

void ThroughputChart::updateRanges()
{
    const bool empty = m_line->count() == 0;
    m_time->setLabelsVisible(!empty);
    m_rate->setLabelsVisible(!empty);
    chart()->setTitle(empty ? tr("Throughput (rows/s) — shown after two polls of a running run")
                            : tr("Throughput (rows/s)"));
    if (empty) {
        m_rate->setRange(0, 1);
        return;
    }
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(qint64(m_line->at(0).x()));
    QDateTime last = QDateTime::fromMSecsSinceEpoch(qint64(m_line->at(m_line->count() - 1).x()));
    if (first.secsTo(last) < 30)
        last = first.addSecs(30);
    m_time->setRange(first, last);
    const double peak = m_source ? m_source->peakRate() : 0.0;
    m_rate->setRange(0, peak > 0 ? peak * 1.15 : 1.0);
    m_rate->applyNiceNumbers();
}

void ThroughputChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette(chart(), palette());
    QChartView::changeEvent(event);
}

} // namespace fw::ui
