#include "WatchingView.h"

#include "ProgressBarDelegate.h"
#include "StatusColumnProxy.h"
#include "core/models/browser/WatchListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw::ui {

WatchingView::WatchingView(WatchListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_status(new StatusColumnProxy(WatchListModel::StatusColumn, WatchListModel::StatusRole,
                                     WatchListModel::StatusTextRole, this))
    , m_sort(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_placeholder(new QLabel(this))
{
    m_status->setSourceModel(model);
    m_sort->setSourceModel(m_status);
    m_sort->setSortRole(WatchListModel::SortRole);
    m_sort->setDynamicSortFilter(true);

    m_view->setObjectName(u"watchingView"_s);
    m_view->setAccessibleName(tr("Watched runs"));
    m_view->setModel(m_sort);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setItemDelegateForColumn(WatchListModel::ProgressColumn,
                                     new ProgressBarDelegate(WatchListModel::ProgressRole, this));
    m_view->sortByColumn(WatchListModel::StatusColumn, Qt::DescendingOrder);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(WatchListModel::RunColumn, 75);
    header->resizeSection(WatchListModel::PipelineColumn, 150);
    header->resizeSection(WatchListModel::ProfileColumn, 95);
    header->resizeSection(WatchListModel::StatusColumn, 165);
    header->resizeSection(WatchListModel::ProgressColumn, 200);
    header->resizeSection(WatchListModel::EtaColumn, 45);
    header->resizeSection(WatchListModel::FailedRowsColumn, 80);
    header->resizeSection(WatchListModel::UpdatedColumn, 80);

    m_placeholder->setText(tr("No runs are watched yet. Open a run from the browser on the left, "
                              "or with File → Open run… (Ctrl+O)."));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_placeholder);

    auto open = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openRequested(index.data(WatchListModel::RunRole).value<RunRef>());
    };
    connect(m_view, &QTreeView::activated, this, open);
    connect(model, &QAbstractItemModel::rowsInserted, this, &WatchingView::updatePlaceholder);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &WatchingView::updatePlaceholder);
    updatePlaceholder();
}

WatchingView::~WatchingView() = default;

void WatchingView::updatePlaceholder()
{
    const bool empty = m_model->rowCount() == 0;
    m_placeholder->setVisible(empty);
    m_view->setVisible(!empty);
}

QByteArray WatchingView::saveState() const
{
    return m_view->header()->saveState();
}

void WatchingView::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->header()->restoreState(state);
}

} // namespace fw::ui
