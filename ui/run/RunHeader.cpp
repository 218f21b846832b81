#include "RunHeader.h"

#include "core/models/run/RunSummary.h"
#include "core/text/DisplayText.h"
#include "ui/common/StatusStyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QResizeEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw::ui {

RunHeader::RunHeader(RunSummary *summary, QWidget *parent)
    : QWidget(parent)
    , m_summary(summary)
{
    m_statusIcon = new QLabel(this);
    m_status = new QLabel(tr("Loading…"), this);
    QFont big = m_status->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_status->setFont(big);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Run status"));
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);

    m_actions = new QHBoxLayout;
    auto *top = new QHBoxLayout;
    top->addWidget(m_statusIcon);
    top->addWidget(m_status);
    top->addSpacing(16);
    top->addWidget(m_title, 1);
    top->addLayout(m_actions);

    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    // The text beside the bar, not in it: drawn across the edge of the fill, half of it would be
    // in another colour wherever the fill happens to end.
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Overall progress"));
    m_barText = new QLabel(this);
    m_barText->setTextFormat(Qt::PlainText);
    m_barText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning = new QLabel(this);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->hide();

    auto *grid = new QGridLayout;
    m_grid = grid;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(2);
    addField(grid, 0, 0, u"total"_s, tr("Total rows"));
    addField(grid, 0, 1, u"processed"_s, tr("Processed"));
    addField(grid, 0, 2, u"in"_s, tr("Rows in"));
    addField(grid, 0, 3, u"out"_s, tr("Rows out"));
    addField(grid, 0, 4, u"failed"_s, tr("Failed"));
    addField(grid, 0, 5, u"skipped"_s, tr("Skipped"));
    addField(grid, 0, 6, u"eta"_s, tr("ETA"));
    addField(grid, 0, 7, u"elapsed"_s, tr("Elapsed"));
    addField(grid, 0, 8, u"strategy"_s, tr("Load strategy"));
    addField(grid, 0, 9, u"partitions"_s, tr("Partitions done"));
    reflow(10'000);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(grid);
    auto *barRow = new QHBoxLayout;
    barRow->addWidget(m_bar, 1);
    barRow->addWidget(m_barText);
    layout->addLayout(barRow);
    layout->addWidget(m_warning);

    connect(summary, &RunSummary::changed, this, &RunHeader::refresh);
    refresh();
}

QLabel *RunHeader::addField(QGridLayout *grid, int row, int column, const QString &name,
                            const QString &caption)
{
    auto *title = new QLabel(caption, this);
    QFont small = title->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    title->setFont(small);
    title->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(u"—"_s, this);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = value->font();
    bold.setBold(true);
    value->setFont(bold);
    value->setAccessibleName(caption);
    title->setBuddy(value);
    grid->addWidget(title, row * 2, column);
    grid->addWidget(value, row * 2 + 1, column);
    m_fields.insert(name, value);
    m_cells.append(std::pair {title, value});
    return value;
}

void RunHeader::setTitle(const QString &pipelineName, const QString &pipelineId,
                         const QString &runId)
{
    // "run_002 · Customer 360 Sync (pipe_001)"; the id alone until the name is known.
    if (pipelineName.isEmpty())
        m_title->setText(tr("%1 · %2").arg(runId, pipelineId));
    else
        m_title->setText(tr("%1 · %2 (%3)").arg(runId, visibleText(pipelineName, 80), pipelineId));
}

void RunHeader::addActionWidget(QWidget *widget)
{
    m_actions->addWidget(widget);
}

QString RunHeader::fieldText(const QString &name) const
{
    if (name == u"status")
        return m_status->text();
    if (name == u"progress")
        return m_barText->text();
    const QLabel *label = m_fields.value(name);
    return label ? label->text() : QString();
}

QSize RunHeader::minimumSizeHint() const
{
    int widest = 0;
    for (const auto &[title, value] : m_cells)
        widest = std::max({widest, title->sizeHint().width(), value->sizeHint().width()});
    return {std::max(widest, 200), QWidget::minimumSizeHint().height()};
}

void RunHeader::reflow(int width)
{
    const int spacing = m_grid->horizontalSpacing();
    int columns = 0;
    int used = 0;
    for (const auto &[title, value] : std::as_const(m_cells)) {
        const int w = std::max(title->sizeHint().width(), value->sizeHint().width());
        if (columns > 0 && used + spacing + w > width)
            break;
        used += (columns > 0 ? spacing : 0) + w;
        ++columns;
    }
    columns = std::max(1, columns);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (const auto &[title, value] : std::as_const(m_cells)) {
        m_grid->removeWidget(title);
        m_grid->removeWidget(value);
    }
    for (int i = 0; i < m_grid->columnCount(); ++i)
        m_grid->setColumnStretch(i, 0);
    for (int i = 0; i < m_cells.size(); ++i) {
        const int row = i / columns;
        const int column = i % columns;
        m_grid->addWidget(m_cells.at(i).first, row * 2, column);
        m_grid->addWidget(m_cells.at(i).second, row * 2 + 1, column);
    }
    m_grid->setColumnStretch(columns, 1);
    updateGeometry();
}

void RunHeader::resizeEvent(QResizeEvent *event)
{
    reflow(event->size().width());
    QWidget::resizeEvent(event);
}

void RunHeader::showNotLoaded(const QString &why)
{
    if (m_summary->hasData())
        return; // the last data stays; the stale banner says what went wrong
    m_statusIcon->clear();
    m_status->setText(why);
}

void RunHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

void RunHeader::refresh()
{
    if (!m_summary->hasData())
        return;
    const RunStatus status = m_summary->status();
    const bool dark = StatusStyle::isDark(palette());
    const int iconSize = m_status->fontMetrics().height();
    m_statusIcon->setPixmap(StatusStyle::icon(status).pixmap(iconSize, iconSize));
    m_status->setText(StatusStyle::text(status, m_summary->rawStatus()));
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText, StatusStyle::color(status, dark));
    m_status->setPalette(statusPalette);

    m_fields[u"total"_s]->setText(m_summary->totalText());
    m_fields[u"processed"_s]->setText(m_summary->processedText());
    m_fields[u"in"_s]->setText(m_summary->rowsInText());
    m_fields[u"out"_s]->setText(m_summary->rowsOutText());
    m_fields[u"failed"_s]->setText(m_summary->failedText());
    m_fields[u"skipped"_s]->setText(m_summary->skippedText());
    m_fields[u"eta"_s]->setText(m_summary->etaText());
    m_fields[u"eta"_s]->setToolTip(m_summary->etaToolTip());
    m_fields[u"elapsed"_s]->setText(m_summary->elapsedText());
    m_fields[u"strategy"_s]->setText(m_summary->loadStrategyText());
    m_fields[u"partitions"_s]->setText(m_summary->partitionsText());

    const RunFormat::Fraction overall = m_summary->overall();
    m_bar->setValue(int(overall.value * 1000.0 + 0.5));
    m_barText->setText(m_summary->progressText());
    m_bar->setAccessibleDescription(m_summary->progressText());
    const QString anomalies = m_summary->anomalies();
    m_bar->setToolTip(plainToolTip(anomalies));
    m_warning->setVisible(!anomalies.isEmpty());
    m_warning->setText(u"⚠ "_s + tr("Out of range values from the server (shown as sent): ")
                       + QString(anomalies).replace(u'\n', u"; "_s));
}

} // namespace fw::ui
