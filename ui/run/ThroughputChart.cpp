#include "ThroughputChart.h"

#include "ChartLook.h"
#include "core/models/run/ThroughputSeries.h"

#include <QDateTimeAxis>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QLocale>
#include <QTextDocument>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace fw::ui {

ThroughputChart::ThroughputChart(ThroughputSeries *series, QWidget *parent)
    : QChartView(new QChart, parent) // QChartView(parent) makes a chart setChart() would leak
    , m_source(series)
{
    QChart *chart = QChartView::chart();
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
    fitTimeTicks(chart, m_time, 5);
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Throughput chart"));
    setMinimumHeight(100);
    applyPalette(chart, palette());
    QPen pen = m_line->pen();
    pen.setWidthF(2.0);
    m_line->setPen(pen);
    m_hint = tr("Rows per second are charted from the second poll of a running run.");
    m_placeholder = new QGraphicsTextItem(chart);
    m_placeholder->setFont(font());
    QTextOption centred(Qt::AlignHCenter);
    centred.setWrapMode(QTextOption::WordWrap);
    m_placeholder->document()->setDefaultTextOption(centred);
    connect(chart, &QChart::plotAreaChanged, this, &ThroughputChart::placePlaceholder);
    // Qt Charts draws a rate label as "..." when the plot's height per tick is less than a
    // line of text: in a short chart, fewer ticks.
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        const int line = QFontMetrics(m_rate->labelsFont()).height() + 12;
        const int ticks = std::clamp(int(area.height()) / std::max(1, line), 2, 5);
        if (ticks != m_maxRateTicks) {
            m_maxRateTicks = ticks;
            updateRanges();
        }
    });

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
    connect(series, &ThroughputSeries::polled, this, [this] {
        if (m_line->count() == 0)
            updateRanges();
    });
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
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_time), static_cast<QAbstractAxis *>(m_rate)}) {
        axis->setGridLineVisible(!empty);
        axis->setLineVisible(!empty);
    }
    m_placeholder->setVisible(empty);
    if (empty) {
        m_average.clear();
        if (const auto average = m_source ? m_source->averageRate() : std::nullopt)
            m_average
                = tr("Average: %1 rows/s over the run").arg(QLocale().toString(*average, 'f', 0));
        placePlaceholder();
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
    if (m_rate->tickCount() > m_maxRateTicks)
        m_rate->setTickCount(m_maxRateTicks);
    // Qt Charts sizes the rate labels' room when the axis is laid out and keeps that size when
    // only the range changes: labels that grew ("1" to "40000") were drawn as "...". A change
    // of label format makes it measure them again.
    const int digits = int(QString::number(qint64(m_rate->max())).size());
    if (digits != m_rateDigits) {
        m_rateDigits = digits;
        m_rate->setLabelFormat(QStringLiteral("%.1f"));
        m_rate->setLabelFormat(QStringLiteral("%.0f"));
    }
}

QString ThroughputChart::placeholderText() const
{
    if (!m_placeholder->isVisible())
        return {};
    return m_average.isEmpty() ? m_hint : m_average + u'\n' + m_hint;
}

void ThroughputChart::placePlaceholder()
{
    if (!m_placeholder->isVisible())
        return; // the chart has points
    // Centred in the plot area, wrapped to its width; in a short chart the headline alone.
    const QRectF area = chart()->plotArea();
    m_placeholder->setTextWidth(std::max(40.0, area.width() - 8.0));
    m_placeholder->setHtml(placeholderHtml(true));
    if (!m_average.isEmpty() && m_placeholder->boundingRect().height() > area.height())
        m_placeholder->setHtml(placeholderHtml(false));
    const QRectF text = m_placeholder->boundingRect();
    m_placeholder->setPos(area.center().x() - text.width() / 2.0,
                          std::max(area.top(), area.center().y() - text.height() / 2.0));
}

QString ThroughputChart::placeholderHtml(bool withHint) const
{
    // The headline in the text colour, the explanation dimmed; both from the palette.
    const QColor text = palette().color(QPalette::WindowText);
    const QColor dim = palette().color(QPalette::PlaceholderText);
    QString html;
    if (!m_average.isEmpty())
        html = u"<p style=\"font-size:large; font-weight:bold; color:%1\">%2</p>"_s.arg(
            text.name(), m_average.toHtmlEscaped());
    if (withHint || m_average.isEmpty())
        html += u"<p style=\"color:%1\">%2</p>"_s.arg(dim.name(), m_hint.toHtmlEscaped());
    return html;
}

void ThroughputChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyPalette(chart(), palette());
        placePlaceholder();
    }
    QChartView::changeEvent(event);
}

} // namespace fw::ui
