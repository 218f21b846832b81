#include "PartitionsPanel.h"

#include "PartitionDelegate.h"
#include "PartitionGrid.h"
#include "core/models/run/PartitionModel.h"
#include "ui/common/StatusStyle.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw::ui {

PartitionsPanel::PartitionsPanel(PartitionModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *title = new QLabel(tr("<b>Partitions</b>"), this);
    m_legend = new QLabel(this);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *toggle = new QAction(tr("Grid view"), this);
    toggle->setCheckable(true);
    toggle->setToolTip(tr("Switch between progress bars and the heat map (Ctrl+G)"));
    m_toggle = new QToolButton(this);
    m_toggle->setDefaultAction(toggle);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(toggle, &QAction::triggered, this, [this] {
        m_userChoseMode = true;
        setGridMode(m_toggle->defaultAction()->isChecked());
    });

    m_list = new QTableView(this);
    m_list->setModel(model);
    m_list->setItemDelegate(new PartitionDelegate(PartitionModel::Progress, m_list));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    // Fixed widths that fit the longest values, so a poll never re-lays the columns out.
    const QFontMetrics metrics = fontMetrics();
    QHeaderView *header = m_list->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->resizeSection(PartitionModel::Index, metrics.horizontalAdvance(u"Partition 0000"_s));
    header->resizeSection(PartitionModel::Status,
                          metrics.horizontalAdvance(u"✓ Completed with errors"_s));
    header->resizeSection(PartitionModel::Rows, metrics.horizontalAdvance(u"000,000,000,0"_s));
    header->setSectionResizeMode(PartitionModel::Progress, QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Partition progress"));

    m_grid = new PartitionGrid;
    m_grid->setModel(model);
    m_gridArea = new QScrollArea(this);
    m_gridArea->setWidget(m_grid);
    m_gridArea->setWidgetResizable(true);
    m_gridArea->setFrameShape(QFrame::StyledPanel);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_gridArea);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_legend, 1);
    top->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(model, &QAbstractItemModel::dataChanged, this, &PartitionsPanel::onModelChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PartitionsPanel::onModelChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PartitionsPanel::onModelChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &PartitionsPanel::onModelChanged);
    onModelChanged();
}

bool PartitionsPanel::isGridMode() const
{
    return m_stack->currentWidget() == m_gridArea;
}

void PartitionsPanel::setGridMode(bool grid)
{
    m_stack->setCurrentWidget(grid ? static_cast<QWidget *>(m_gridArea) : m_list);
    m_toggle->defaultAction()->setChecked(grid);
}

void PartitionsPanel::toggleMode()
{
    m_userChoseMode = true;
    setGridMode(!isGridMode());
}

void PartitionsPanel::applyAutomaticMode()
{
    if (!m_userChoseMode)
        setGridMode(m_model->rowCount() > kGridThreshold);
}

QString PartitionsPanel::legendText() const
{
    const QList<int> counts = m_model->statusCounts();
    const QLocale locale;
    QStringList parts;
    const PartitionStatus order[]
        = {PartitionStatus::Running, PartitionStatus::Completed, PartitionStatus::Failed,
           PartitionStatus::Pending, PartitionStatus::Unknown};
    for (const PartitionStatus status : order) {
        const int n = counts.value(int(status));
        if (n > 0 || status != PartitionStatus::Unknown)
            parts << StatusStyle::symbol(status) + u' ' + StatusStyle::text(status) + u' '
                    + locale.toString(n);
    }
    return parts.join(u"   "_s);
}

QString PartitionsPanel::legendHtml() const
{
    // The same words as legendText(), each after a swatch of the colour the heat map uses.
    const bool dark = StatusStyle::isDark(palette());
    const QList<int> counts = m_model->statusCounts();
    const QLocale locale;
    QString html;
    const PartitionStatus order[]
        = {PartitionStatus::Running, PartitionStatus::Completed, PartitionStatus::Failed,
           PartitionStatus::Pending, PartitionStatus::Unknown};
    for (const PartitionStatus status : order) {
        const int n = counts.value(int(status));
        if (n == 0 && status == PartitionStatus::Unknown)
            continue;
        const QString swatch = status == PartitionStatus::Pending ? u"□"_s : u"■"_s;
        html
            += u"<span style=\"color:%1\">%2</span>&nbsp;%3&nbsp;%4&nbsp;<b>%5</b>&nbsp;&nbsp;&nbsp; "_s
                   .arg(StatusStyle::color(status, dark).name(), swatch,
                        StatusStyle::symbol(status), StatusStyle::text(status).toHtmlEscaped(),
                        locale.toString(n));
    }
    return html;
}

void PartitionsPanel::onModelChanged()
{
    // A poll may bring many changed ranges: count once, after the model has settled.
    if (m_legendPending)
        return;
    m_legendPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_legendPending = false;
            m_legend->setText(legendHtml());
            m_legend->setToolTip(legendText());
            applyAutomaticMode();
        },
        Qt::QueuedConnection);
}

} // namespace fw::ui
