#include "PartitionsPanel.h"

#include "PartitionDelegate.h"
#include "PartitionGrid.h"
#include "core/models/run/PartitionModel.h"
#include "core/text/DisplayText.h"
#include "ui/common/StatusStyle.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
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
    m_legend->setWordWrap(true);

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

    m_sort = new QSortFilterProxyModel(this);
    m_sort->setSourceModel(model);
    m_sort->setSortRole(PartitionModel::SortRole);
    m_sort->setDynamicSortFilter(true);
    m_list = new QTableView(this);
    m_list->setModel(m_sort);
    m_list->setSortingEnabled(true);
    m_list->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // server order first
    m_sort->sort(-1);
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
    connect(m_grid, &PartitionGrid::rowActivated, this, &PartitionsPanel::activate);
    connect(m_list, &QTableView::clicked, this,
            [this](const QModelIndex &index) { activate(m_sort->mapToSource(index).row()); });
    connect(m_list, &QTableView::activated, this,
            [this](const QModelIndex &index) { activate(m_sort->mapToSource(index).row()); });

    m_detail = new QFrame(this);
    static_cast<QFrame *>(m_detail)->setFrameShape(QFrame::StyledPanel);
    m_detailText = new QLabel(m_detail);
    m_detailText->setTextFormat(Qt::PlainText);
    m_detailText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detailText->setAccessibleName(tr("Partition details"));
    auto *detailScroll = new QScrollArea(m_detail);
    detailScroll->setWidget(m_detailText);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    auto *close = new QToolButton(m_detail);
    close->setText(u"✕"_s);
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the partition's details"));
    connect(close, &QToolButton::clicked, this, &PartitionsPanel::hideDetail);
    auto *detailLayout = new QHBoxLayout(m_detail);
    detailLayout->setContentsMargins(4, 2, 2, 2);
    detailLayout->addWidget(detailScroll, 1);
    detailLayout->addWidget(close, 0, Qt::AlignTop);
    m_detail->setMaximumHeight(fontMetrics().lineSpacing() * 7 + 8);
    m_detail->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_legend);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_detail);

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

int PartitionsPanel::listWidth() const
{
    const QHeaderView *header = m_list->horizontalHeader();
    return header->sectionSize(PartitionModel::Index) + header->sectionSize(PartitionModel::Status)
        + header->sectionSize(PartitionModel::Rows)
        + fontMetrics().horizontalAdvance(u"100 %"_s) * 3
        + m_list->verticalScrollBar()->sizeHint().width() + 2 * m_list->frameWidth();
}

void PartitionsPanel::applyAutomaticMode()
{
    if (!m_userChoseMode)
        setGridMode(m_model->rowCount() > kGridThreshold || width() < listWidth());
}

void PartitionsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyAutomaticMode();
}

namespace {
struct LegendItem
{
    QString symbol;
    QString word;
    QColor color;
    int count = 0;
    bool hollow = false;
};

QList<LegendItem> legendItems(const PartitionModel *model, bool dark)
{
    QList<LegendItem> items;
    for (const PartitionModel::Category &c : model->categories()) {
        LegendItem item;
        item.count = c.count;
        item.color = StatusStyle::color(c.status, dark);
        item.hollow = c.status == PartitionStatus::Pending;
        if (c.status != PartitionStatus::Unknown) {
            item.symbol = StatusStyle::symbol(c.status);
            item.word = StatusStyle::text(c.status);
        } else if (c.rawText == u"paused") {
            item.symbol = u"⏸"_s;
            item.word = PartitionsPanel::tr("Paused");
        } else if (c.rawText == u"skipped") {
            item.symbol = u"↷"_s;
            item.word = PartitionsPanel::tr("Skipped");
        } else {
            item.symbol = StatusStyle::symbol(c.status);
            item.word = unknownStatusLabel(c.rawText);
        }
        items.append(item);
    }
    return items;
}
} // namespace

QString PartitionsPanel::legendText() const
{
    const QLocale locale;
    QStringList parts;
    for (const LegendItem &item : legendItems(m_model, false))
        parts << item.symbol + u' ' + item.word + u' ' + locale.toString(item.count);
    return parts.join(u"   "_s);
}

QString PartitionsPanel::legendHtml() const
{
    // The same words as legendText(), each after a swatch of the colour the heat map uses.
    const QLocale locale;
    QString html;
    for (const LegendItem &item : legendItems(m_model, StatusStyle::isDark(palette()))) {
        html += u"<span style=\"color:%1\">%2</span>&nbsp;%3&nbsp;%4&nbsp;<b>%5</b>&nbsp;&nbsp; "_s
                    .arg(item.color.name(), item.hollow ? u"□"_s : u"■"_s,
                         item.symbol.toHtmlEscaped(), item.word.toHtmlEscaped(),
                         locale.toString(item.count));
    }
    return html;
}

void PartitionsPanel::activate(int row)
{
    if (row < 0)
        return;
    m_detailRow = row;
    Q_EMIT partitionActivated(row);
}

void PartitionsPanel::showDetail(int row, const QString &text)
{
    m_detailRow = row;
    m_detailText->setText(text);
    m_detail->show();
}

void PartitionsPanel::hideDetail()
{
    m_detail->hide();
    m_detailRow = -1;
}

QString PartitionsPanel::detailText() const
{
    return m_detailText->text();
}

bool PartitionsPanel::isDetailVisible() const
{
    return !m_detail->isHidden();
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
