#include "StageTimelineChart.h"

#include "PartitionDelegate.h"
#include "core/models/run/LogModel.h"
#include "core/models/run/RunFormat.h"
#include "core/models/run/StageTimeline.h"
#include "core/text/DisplayText.h"
#include "ui/common/StatusStyle.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fw::ui {

namespace {
// Stage colours: the Tableau 10 palette without its red, which marks failures.
const QColor kStageColors[]
    = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0x76, 0xb7, 0xb2),
       QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48), QColor(0xb0, 0x7a, 0xa1),
       QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac)};
const QColor kFailure(0xd3, 0x2f, 0x2f);
constexpr int kMaxLabelWidth = 150;
constexpr int kHoverPixels = 5;
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
const qint64 kSteps[]
    = {kSecond,  2 * kSecond, 5 * kSecond, 10 * kSecond, 15 * kSecond, 30 * kSecond,
       kMinute,  2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute,
       kHour,    2 * kHour,   3 * kHour,   6 * kHour,    12 * kHour,   kDay,
       2 * kDay, 7 * kDay,    14 * kDay,   30 * kDay,    90 * kDay,    365 * kDay};

QString localTime(qint64 ms, const QString &format)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), format);
}

QString timeOfDay(qint64 ms)
{
    return localTime(ms, u"HH:mm:ss.zzz"_s);
}
} // namespace

StageTimelineChart::StageTimelineChart(const StageTimeline *timeline, LogModel *log,
                                       QWidget *parent)
    : QWidget(parent)
    , m_timeline(timeline)
    , m_log(log)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Stage timeline"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    fit();
}

QSize StageTimelineChart::minimumSizeHint() const
{
    return {280, 150};
}

QSize StageTimelineChart::sizeHint() const
{
    return {480, 220};
}

void StageTimelineChart::refresh()
{
    if (!m_zoomed)
        fit();
    else
        layoutTicks();
    update();
}

void StageTimelineChart::resetZoom()
{
    m_zoomed = false;
    fit();
    update();
}

void StageTimelineChart::setViewRange(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = std::max(toMs, fromMs + 10);
    m_zoomed = true;
    layoutTicks();
    update();
}

void StageTimelineChart::fit()
{
    qint64 first = 0;
    qint64 last = 0;
    if (!m_timeline->timeRange(&first, &last)) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        first = now - kMinute;
        last = now;
    }
    const qint64 span = std::max<qint64>(last - first, 10 * kSecond);
    // Room for a failure marker at either end: a fortieth of the span, and at least 10 px.
    const int pixels = std::max(100, width() - laneLabelWidth() - 8);
    const qint64 margin = std::max(span / 40, span * 10 / pixels) + 1;
    m_fromMs = first - margin;
    m_toMs = first + span + margin;
    layoutTicks();
}

int StageTimelineChart::laneLabelWidth() const
{
    const QFontMetrics metrics = fontMetrics();
    int width = metrics.horizontalAdvance(tr("Partitions"));
    for (const StageTimeline::Stage &stage : m_timeline->stages())
        width = std::max(width, metrics.horizontalAdvance(visibleText(stage.name, 40)));
    return std::min(width, kMaxLabelWidth) + 10;
}

StageTimelineChart::Lanes StageTimelineChart::lanes() const
{
    Lanes l;
    const QFontMetrics metrics = fontMetrics();
    l.labelWidth = laneLabelWidth();
    const int axisHeight = metrics.height() + 6;
    const int top = 4;
    l.plot = QRect(l.labelWidth, top, std::max(20, width() - l.labelWidth - 8),
                   std::max(20, height() - top - axisHeight));
    const int stages = std::max<int>(1, int(m_timeline->stages().size()));
    const qsizetype partitions = m_timeline->partitions().size();
    // Partitions get a third of the plot (at least a text line), the stages the rest.
    const int wantedStage = metrics.height() + 8;
    int partitionHeight = 0;
    if (partitions > 0) {
        partitionHeight = partitions <= kPartitionLanesUpTo
            ? int(std::min<qsizetype>(partitions * 8, l.plot.height() / 3))
            : l.plot.height() / 3;
        partitionHeight = std::max(partitionHeight, metrics.height() + 4);
    }
    l.stageHeight = std::clamp((l.plot.height() - partitionHeight) / stages, 4, wantedStage);
    l.partitionTop = l.plot.top() + l.stageHeight * stages;
    l.partitionHeight
        = partitions > 0 ? std::max(partitionHeight, l.plot.bottom() - l.partitionTop) : 0;
    return l;
}

QRect StageTimelineChart::plotRect() const
{
    return lanes().plot;
}

double StageTimelineChart::xOf(qint64 ms, const QRect &plot) const
{
    return plot.left() + double(ms - m_fromMs) * plot.width() / double(m_toMs - m_fromMs);
}

qint64 StageTimelineChart::msAt(double x, const QRect &plot) const
{
    return m_fromMs + qint64((x - plot.left()) * double(m_toMs - m_fromMs) / plot.width());
}

void StageTimelineChart::layoutTicks()
{
    m_ticks.clear();
    const Lanes l = lanes();
    const QFontMetrics metrics = fontMetrics();
    const qint64 span = m_toMs - m_fromMs;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_fromMs).toLocalTime();
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(m_toMs).toLocalTime();
    const bool days = from.date() != to.date();
    // The smallest step whose labels fit side by side with a gap of two characters.
    qint64 step = kSteps[std::size(kSteps) - 1];
    QString format;
    for (const qint64 candidate : kSteps) {
        const QString f = candidate >= kDay ? u"MMM d"_s
            : days                ? (candidate < kMinute ? u"MMM d HH:mm:ss"_s : u"MMM d HH:mm"_s)
            : candidate < kMinute ? u"HH:mm:ss"_s
                                  : u"HH:mm"_s;
        const int labelWidth
            = metrics.horizontalAdvance(localTime(m_toMs, f)) + 2 * metrics.averageCharWidth();
        const double pixels
            = double(candidate) * l.plot.width() / double(std::max<qint64>(span, 1));
        if (pixels >= labelWidth) {
            step = candidate;
            format = f;
            break;
        }
    }
    if (format.isEmpty())
        format = u"MMM d"_s;
    // Ticks at multiples of the step in local time (days start at local midnight).
    const qint64 offset = qint64(from.offsetFromUtc()) * 1000;
    qint64 t = ((m_fromMs + offset) / step + 1) * step - offset;
    const int y = l.plot.bottom() + 4;
    int lastRight = -1;
    for (; t < m_toMs && m_ticks.size() < 200; t += step) {
        const QString label = localTime(t, format);
        const int w = metrics.horizontalAdvance(label);
        const int x = int(xOf(t, l.plot));
        QRect rect(x - w / 2, y, w, metrics.height());
        if (rect.left() < l.plot.left() - l.labelWidth / 2 || rect.right() > width() - 1)
            continue; // would be clipped at the edge
        if (rect.left() <= lastRight)
            continue;
        lastRight = rect.right() + metrics.averageCharWidth();
        m_ticks.append({t, label, rect});
    }
}

QStringList StageTimelineChart::laneLabels() const
{
    QStringList labels;
    for (const StageTimeline::Stage &stage : m_timeline->stages())
        labels << visibleText(stage.name, 40);
    if (!m_timeline->partitions().isEmpty())
        labels << tr("Partitions");
    return labels;
}

QStringList StageTimelineChart::axisLabels() const
{
    QStringList labels;
    for (const Tick &tick : m_ticks)
        labels << tick.label;
    return labels;
}

QList<QRect> StageTimelineChart::axisLabelRects() const
{
    QList<QRect> rects;
    for (const Tick &tick : m_ticks)
        rects << tick.rect;
    return rects;
}

QColor StageTimelineChart::stageColor(const QString &stage) const
{
    return kStageColors[StageTimeline::colorIndex(stage, int(std::size(kStageColors)))];
}

QRect StageTimelineChart::stageBarRect(int stage) const
{
    if (stage < 0 || stage >= m_timeline->stages().size())
        return {};
    const Lanes l = lanes();
    const StageTimeline::Stage &s = m_timeline->stages().at(stage);
    const int top = l.plot.top() + stage * l.stageHeight;
    const int pad = std::min(3, l.stageHeight / 5);
    const int x1 = int(std::floor(xOf(s.firstMs, l.plot)));
    const int x2 = std::max(x1 + 3, int(std::ceil(xOf(m_timeline->stageEndMs(stage), l.plot))));
    return QRect(QPoint(x1, top + pad), QPoint(x2, top + l.stageHeight - pad - 1))
        .intersected(l.plot);
}

QRect StageTimelineChart::partitionLaneRect() const
{
    const Lanes l = lanes();
    return QRect(l.plot.left(), l.partitionTop, l.plot.width(), l.partitionHeight);
}

bool StageTimelineChart::showsPartitionSummary() const
{
    return m_timeline->partitions().size() > kPartitionLanesUpTo;
}

int StageTimelineChart::nowX() const
{
    if (!m_timeline->isOpen() || m_timeline->nowMs() <= 0)
        return -1;
    const QRect plot = plotRect();
    const int x = int(xOf(m_timeline->nowMs(), plot));
    return x >= plot.left() && x <= plot.right() ? x : -1;
}

void StageTimelineChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Lanes l = lanes();
    paintAxis(painter, l);
    painter.save();
    painter.setClipRect(l.plot.adjusted(0, 0, 1, 1));
    paintStages(painter, l);
    paintPartitions(painter, l);
    if (const int x = nowX(); x >= 0) {
        QPen pen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(x, l.plot.top(), x, l.plot.bottom());
    }
    painter.restore();
    if (m_timeline->stages().isEmpty() && m_timeline->partitions().isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(l.plot, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The stages appear here as the run's log arrives."));
    }
}

void StageTimelineChart::paintAxis(QPainter &painter, const Lanes &l)
{
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(90);
    painter.setPen(grid);
    for (const Tick &tick : std::as_const(m_ticks)) {
        const int x = int(xOf(tick.atMs, l.plot));
        painter.drawLine(x, l.plot.top(), x, l.plot.bottom());
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(l.plot.bottomLeft(), l.plot.bottomRight());
    painter.setPen(text);
    for (const Tick &tick : std::as_const(m_ticks))
        painter.drawText(tick.rect, Qt::AlignCenter | Qt::TextSingleLine, tick.label);
    // Lane labels: plain text, elided only past kMaxLabelWidth (full in the tooltip).
    const QFontMetrics metrics = fontMetrics();
    const QList<StageTimeline::Stage> &stages = m_timeline->stages();
    for (int i = 0; i < stages.size(); ++i) {
        const QRect rect(2, l.plot.top() + i * l.stageHeight, l.labelWidth - 8, l.stageHeight);
        const QString label
            = metrics.elidedText(visibleText(stages.at(i).name, 40), Qt::ElideMiddle, rect.width());
        painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, label);
    }
    if (l.partitionHeight > 0) {
        const QRect rect(2, l.partitionTop, l.labelWidth - 8, l.partitionHeight);
        painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                         tr("Partitions"));
    }
}

void StageTimelineChart::paintStages(QPainter &painter, const Lanes &l)
{
    const QList<StageTimeline::Stage> &stages = m_timeline->stages();
    QColor lane = palette().color(QPalette::AlternateBase);
    for (int i = 0; i < stages.size(); ++i) {
        const StageTimeline::Stage &stage = stages.at(i);
        const QRect laneRect(l.plot.left(), l.plot.top() + i * l.stageHeight, l.plot.width(),
                             l.stageHeight);
        if (i % 2)
            painter.fillRect(laneRect, lane);
        const QRect bar = stageBarRect(i);
        if (bar.isEmpty())
            continue;
        const QColor color = stageColor(stage.name);
        if (m_timeline->isStageOpen(i)) {
            // Open-ended: fades out towards "now".
            QLinearGradient fade(bar.topLeft(), bar.topRight());
            fade.setColorAt(0.0, color);
            fade.setColorAt(0.7, color);
            QColor clear = color;
            clear.setAlpha(60);
            fade.setColorAt(1.0, clear);
            painter.fillRect(bar, fade);
        } else {
            painter.fillRect(bar, color);
        }
        // A tick per entry (one per pixel column), failures as red diamonds above them.
        QColor tickColor = color.darker(170);
        painter.setPen(QPen(tickColor, 1));
        int lastX = INT_MIN;
        QList<int> failures;
        for (const StageTimeline::Entry &entry : stage.entries) {
            const int x = int(xOf(entry.atMs, l.plot));
            if (entry.failure)
                failures << x;
            if (x == lastX || x < l.plot.left() || x > l.plot.right())
                continue;
            lastX = x;
            painter.drawLine(x, bar.top(), x, bar.bottom());
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(kFailure);
        const int r = std::max(3, bar.height() / 2);
        for (const int x : std::as_const(failures)) {
            const QPointF c(x, bar.center().y() + 0.5);
            const QPointF diamond[]
                = {{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
            painter.drawPolygon(diamond, 4);
        }
        painter.setBrush(Qt::NoBrush);
    }
}

void StageTimelineChart::paintPartitions(QPainter &painter, const Lanes &l)
{
    const QList<StageTimeline::PartitionSpan> &spans = m_timeline->partitions();
    if (spans.isEmpty() || l.partitionHeight <= 0)
        return;
    const bool dark = StatusStyle::isDark(palette());
    const QRect area(l.plot.left(), l.partitionTop, l.plot.width(), l.partitionHeight);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(area.topLeft(), area.topRight());
    if (!showsPartitionSummary()) {
        const double laneHeight = double(area.height()) / double(spans.size());
        for (int row = 0; row < spans.size(); ++row) {
            const StageTimeline::PartitionSpan &span = spans.at(row);
            const double top = area.top() + row * laneHeight;
            const double h = std::max(2.0, laneHeight - 2.0);
            const QColor color = StatusStyle::color(span.status, dark);
            if (span.startMs >= 0) {
                const double x1 = xOf(span.startMs, l.plot);
                const double x2 = std::max(x1 + 3.0, xOf(m_timeline->partitionEndMs(row), l.plot));
                painter.fillRect(QRectF(x1, top + 1, x2 - x1, h), color);
            } else if (span.endMs >= 0) {
                // Finished before Flowwatch saw it run: only the end is known.
                const double x = xOf(span.endMs, l.plot);
                painter.fillRect(QRectF(x - 1.5, top + 1, 3, h), color);
            }
            if (span.status == PartitionStatus::Failed && span.endMs >= 0) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(kFailure);
                const double x = xOf(span.endMs, l.plot);
                const double r = std::max(3.0, h / 2 + 1);
                const QPointF c(x, top + 1 + h / 2);
                const QPointF diamond[] = {
                    {c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
                painter.drawPolygon(diamond, 4);
                painter.setBrush(Qt::NoBrush);
            }
        }
        return;
    }
    // Many partitions: how many ran at each moment, as an area, with failures below.
    const int columns = std::max(1, area.width() / 2);
    QList<int> running(columns, 0);
    const double msPerColumn = double(m_toMs - m_fromMs) / columns;
    for (int row = 0; row < spans.size(); ++row) {
        const StageTimeline::PartitionSpan &span = spans.at(row);
        if (span.startMs < 0)
            continue;
        const int c1 = std::max(0, int((span.startMs - m_fromMs) / msPerColumn));
        const int c2 = std::min(columns - 1,
                                int((m_timeline->partitionEndMs(row) - m_fromMs) / msPerColumn));
        for (int c = c1; c <= c2; ++c)
            ++running[c];
    }
    const int peak = std::max(1, *std::max_element(running.cbegin(), running.cend()));
    const QColor color = StatusStyle::color(PartitionStatus::Running, dark);
    QPainterPath path;
    path.moveTo(area.left(), area.bottom());
    for (int c = 0; c < columns; ++c) {
        const double y = area.bottom() - double(running.at(c)) / peak * (area.height() - 4);
        path.lineTo(area.left() + c * 2, y);
        path.lineTo(area.left() + c * 2 + 2, y);
    }
    path.lineTo(area.left() + columns * 2, area.bottom());
    path.closeSubpath();
    QColor fill = color;
    fill.setAlpha(150);
    painter.setPen(QPen(color, 1));
    painter.setBrush(fill);
    painter.drawPath(path);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kFailure, 2));
    for (const qint64 t : m_timeline->partitionFailureTimes()) {
        const int x = int(xOf(t, l.plot));
        painter.drawLine(x, area.bottom() - 6, x, area.bottom());
    }
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect note = area.adjusted(4, 2, -4, -2);
    QString text = tr("%1 partitions · at most %2 running at once")
                       .arg(QLocale().toString(spans.size()), QLocale().toString(peak));
    if (std::none_of(spans.cbegin(), spans.cend(),
                     [](const StageTimeline::PartitionSpan &span) { return span.startMs >= 0; }))
        text = tr("%1 partitions, finished before Flowwatch saw them run")
                   .arg(QLocale().toString(spans.size()));
    if (fontMetrics().horizontalAdvance(text) > note.width())
        text = tr("%1 partitions").arg(QLocale().toString(spans.size()));
    painter.drawText(note, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, text);
}

int StageTimelineChart::stageAt(const QPoint &pos) const
{
    const Lanes l = lanes();
    if (pos.y() < l.plot.top() || pos.y() >= l.partitionTop || l.stageHeight <= 0)
        return -1;
    const int stage = (pos.y() - l.plot.top()) / l.stageHeight;
    return stage < m_timeline->stages().size() ? stage : -1;
}

qint64 StageTimelineChart::entryAt(const QPoint &pos) const
{
    const int stage = stageAt(pos);
    if (stage < 0)
        return -1;
    const QRect plot = plotRect();
    const qint64 at = msAt(pos.x(), plot);
    const qint64 slack = msAt(pos.x() + kHoverPixels, plot) - at;
    qint64 best = -1;
    qint64 bestDistance = slack + 1;
    for (const StageTimeline::Entry &entry :
         m_timeline->entriesBetween(stage, at - slack, at + slack)) {
        const qint64 distance = std::llabs(entry.atMs - at);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = entry.sequence;
        }
    }
    return best;
}

int StageTimelineChart::partitionAt(const QPoint &pos) const
{
    const Lanes l = lanes();
    const qsizetype count = m_timeline->partitions().size();
    if (count == 0 || showsPartitionSummary() || pos.y() < l.partitionTop
        || pos.y() >= l.partitionTop + l.partitionHeight || !l.plot.contains(pos.x(), l.plot.top()))
        return -1;
    const double laneHeight = double(l.partitionHeight) / double(count);
    return std::clamp(int((pos.y() - l.partitionTop) / laneHeight), 0, int(count) - 1);
}

QString StageTimelineChart::tooltipAt(const QPoint &pos) const
{
    const QRect plot = plotRect();
    if (!plot.contains(pos))
        return {};
    const int stage = stageAt(pos);
    if (stage < 0)
        return partitionTooltip(pos);
    const StageTimeline::Stage &s = m_timeline->stages().at(stage);
    const qint64 at = msAt(pos.x(), plot);
    const qint64 slack = msAt(pos.x() + kHoverPixels, plot) - at;
    const QList<StageTimeline::Entry> near
        = m_timeline->entriesBetween(stage, at - slack, at + slack);
    const QLocale locale;
    QStringList lines;
    lines << tr("%1: %2 – %3 (%4), %n entries", nullptr, int(s.entries.size()))
                 .arg(visibleText(s.name, 60), timeOfDay(s.firstMs),
                      m_timeline->isStageOpen(stage) ? tr("now") : timeOfDay(s.lastMs),
                      RunFormat::duration(m_timeline->stageEndMs(stage) - s.firstMs));
    int shown = 0;
    for (const StageTimeline::Entry &entry : near) {
        if (++shown > 8)
            continue;
        QString message;
        if (m_log) {
            const qint64 row = entry.sequence - m_log->droppedCount();
            if (row >= 0 && row < m_log->rowCount())
                message = visibleText(m_log->entryAt(int(row)).message, 200);
        }
        lines << (entry.failure ? u"✗ "_s : u"• "_s) + timeOfDay(entry.atMs) + u"  "_s + message;
    }
    if (shown > 8)
        lines << tr("… and %1 more here (zoom in to tell them apart)")
                     .arg(locale.toString(shown - 8));
    if (near.isEmpty() && (at < s.firstMs || at > m_timeline->stageEndMs(stage)))
        return {};
    return lines.join(u'\n');
}

QString StageTimelineChart::partitionTooltip(const QPoint &pos) const
{
    const Lanes l = lanes();
    const QList<StageTimeline::PartitionSpan> &spans = m_timeline->partitions();
    if (spans.isEmpty() || pos.y() < l.partitionTop)
        return {};
    const QLocale locale;
    const qint64 at = msAt(pos.x(), l.plot);
    if (showsPartitionSummary()) {
        int failed = 0;
        for (const qint64 t : m_timeline->partitionFailureTimes())
            failed += t <= at ? 1 : 0;
        return tr("%1: %2 of %3 partitions running, %4 failed so far")
            .arg(timeOfDay(at).left(8), locale.toString(m_timeline->runningAt(at)),
                 locale.toString(spans.size()), locale.toString(failed));
    }
    const double laneHeight = double(l.partitionHeight) / double(spans.size());
    const int row
        = std::clamp(int((pos.y() - l.partitionTop) / laneHeight), 0, int(spans.size()) - 1);
    const StageTimeline::PartitionSpan &span = spans.at(row);
    QString text
        = tr("Partition %1 — %2")
              .arg(locale.toString(span.index), StatusStyle::text(span.status, span.statusText));
    if (span.startMs >= 0)
        text += u'\n' + tr("Seen running from %1").arg(timeOfDay(span.startMs));
    if (span.endMs >= 0)
        text += u'\n' + tr("Seen finished at %1").arg(timeOfDay(span.endMs));
    if (span.startMs < 0 && span.endMs >= 0)
        text += u'\n' + tr("(finished before Flowwatch saw it run)");
    return text;
}

bool StageTimelineChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        // Escaped into a rich-text tooltip: QToolTip would take a stage named "<img …>" as
        // markup; this way every character shows as sent.
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), plainToolTip(text), this);
        return true;
    }
    return QWidget::event(event);
}

void StageTimelineChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QPoint pos = event->position().toPoint();
        const qint64 sequence = entryAt(pos);
        if (sequence >= 0)
            Q_EMIT entryActivated(sequence);
        else if (const int row = partitionAt(pos); row >= 0)
            Q_EMIT partitionActivated(row);
    }
    QWidget::mousePressEvent(event);
}

void StageTimelineChart::zoomAround(double factor, double x)
{
    const QRect plot = plotRect();
    const qint64 anchor = msAt(x, plot);
    const double from = double(anchor) - double(anchor - m_fromMs) / factor;
    const double to = double(anchor) + double(m_toMs - anchor) / factor;
    if (to - from < 50)
        return; // a twentieth of a second across is as far as it goes
    setViewRange(qint64(from), qint64(to));
}

void StageTimelineChart::pan(double pixels)
{
    const QRect plot = plotRect();
    const qint64 delta = msAt(plot.left() + pixels, plot) - m_fromMs;
    setViewRange(m_fromMs + delta, m_toMs + delta);
}

void StageTimelineChart::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0)
        return QWidget::wheelEvent(event);
    zoomAround(std::pow(1.25, steps), event->position().x());
    event->accept();
}

void StageTimelineChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        pan(-40);
        break;
    case Qt::Key_Right:
        pan(40);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAround(1.25, plotRect().center().x());
        break;
    case Qt::Key_Minus:
        zoomAround(0.8, plotRect().center().x());
        break;
    case Qt::Key_0:
        resetZoom();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void StageTimelineChart::resizeEvent(QResizeEvent *event)
{
    if (!m_zoomed)
        fit(); // the margins are in pixels
    else
        layoutTicks();
    QWidget::resizeEvent(event);
}

} // namespace fw::ui
