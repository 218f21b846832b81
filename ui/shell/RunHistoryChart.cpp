#include "RunHistoryChart.h"

#include "core/models/browser/RunListModel.h"
#include "core/models/run/RunFormat.h"
#include "core/text/DisplayText.h"
#include "ui/common/StatusStyle.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace fw::ui {

namespace {
constexpr int kLegendHeight = 18;
constexpr int kSymbolHeight = 14;
const std::array<RunStatus, 4> kLegend {RunStatus::Completed, RunStatus::CompletedWithErrors,
                                        RunStatus::Failed, RunStatus::Running};
} // namespace

RunHistoryChart::RunHistoryChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"runHistoryChart"_s);
    setAccessibleName(tr("Run durations"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

RunHistoryChart::~RunHistoryChart() = default;

QSize RunHistoryChart::sizeHint() const
{
    return {320, 120};
}

QSize RunHistoryChart::minimumSizeHint() const
{
    return {160, 100};
}

void RunHistoryChart::setRuns(RunListModel *runs)
{
    if (m_runs)
        disconnect(m_runs, nullptr, this, nullptr);
    m_runs = runs;
    if (runs) {
        connect(runs, &QAbstractItemModel::modelReset, this, &RunHistoryChart::rebuild);
        connect(runs, &QAbstractItemModel::layoutChanged, this, &RunHistoryChart::rebuild);
        connect(runs, &QAbstractItemModel::rowsInserted, this, &RunHistoryChart::rebuild);
        connect(runs, &QAbstractItemModel::rowsRemoved, this, &RunHistoryChart::rebuild);
        connect(runs, &QAbstractItemModel::dataChanged, this, &RunHistoryChart::rebuild);
    }
    rebuild();
}

void RunHistoryChart::rebuild()
{
    QList<RunInfo> runs;
    if (m_runs) {
        runs.reserve(m_runs->rowCount());
        for (int row = 0; row < m_runs->rowCount(); ++row)
            runs.append(m_runs->runAt(row));
    }
    m_history = RunHistory(runs, QDateTime::currentDateTimeUtc());
    setAccessibleDescription(summaryText());
    update();
}

QString RunHistoryChart::summaryText() const
{
    if (m_history.isEmpty())
        return tr("No run durations to show");
    QStringList legend;
    for (RunStatus status : kLegend)
        legend << StatusStyle::symbol(status) + u' ' + StatusStyle::text(status);
    QString text = tr("Last %n runs: %1", nullptr, static_cast<int>(m_history.bars().size()))
                       .arg(legend.join(u"  "_s));
    if (const auto median = m_history.medianCompletedMs())
        text += tr(" · median %1").arg(RunFormat::duration(*median));
    return text;
}

QRectF RunHistoryChart::plotRect() const
{
    return QRectF(rect()).adjusted(4, kSymbolHeight + 2, -4, -kLegendHeight - 2);
}

QRectF RunHistoryChart::barRect(int index, const QRectF &plot) const
{
    const int count = std::max<int>(1, int(m_history.bars().size()));
    const double slot = plot.width() / std::max(count, 10);
    const qint64 longest = std::max<qint64>(1, m_history.maxDurationMs());
    const double h = std::max(
        2.0, plot.height() * double(m_history.bars().at(index).durationMs) / double(longest));
    return {plot.left() + index * slot + 1, plot.bottom() - h, std::max(2.0, slot - 2), h};
}

void RunHistoryChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const bool dark = StatusStyle::isDark(palette());
    const QRectF plot = plotRect();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (m_history.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("No run durations yet"));
        return;
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter.setFont(small);
    const auto &bars = m_history.bars();
    for (int i = 0; i < bars.size(); ++i) {
        const QRectF r = barRect(i, plot);
        QColor color = StatusStyle::color(bars.at(i).status, dark);
        painter.fillRect(r, bars.at(i).running ? color.lighter(130) : color);
        // The symbol over each bar says the status without relying on colour.
        if (r.width() >= 7) {
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(
                QRectF(r.left() - 4, r.top() - kSymbolHeight, r.width() + 8, kSymbolHeight),
                Qt::AlignHCenter | Qt::AlignBottom, StatusStyle::symbol(bars.at(i).status));
        }
    }
    if (const auto median = m_history.medianCompletedMs()) {
        const double y = plot.bottom()
            - plot.height() * double(*median)
                / double(std::max<qint64>(1, m_history.maxDurationMs()));
        QPen pen(palette().color(QPalette::WindowText), 1, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(rect()).adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignBottom,
                     summaryText());
}

bool RunHistoryChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QRectF plot = plotRect();
        for (int i = 0; i < m_history.bars().size(); ++i) {
            const QRectF r = barRect(i, plot);
            if (help->pos().x() >= r.left() && help->pos().x() <= r.right()) {
                const RunHistory::Bar &bar = m_history.bars().at(i);
                QToolTip::showText(help->globalPos(),
                                   u"%1 \u2014 %2 %3 \u2014 %4%5"_s.arg(
                                       visibleText(bar.runId, 80), StatusStyle::symbol(bar.status),
                                       StatusStyle::text(bar.status, bar.statusText),
                                       RunFormat::duration(bar.durationMs),
                                       bar.running ? tr(" so far") : QString()),
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace fw::ui
