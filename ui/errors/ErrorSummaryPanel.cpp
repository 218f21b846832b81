#include "ErrorSummaryPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fw::ui {

ErrorSummaryPanel::ErrorSummaryPanel(ErrorTableModel *errors, QWidget *parent)
    : QWidget(parent)
    , m_byColumn(new ErrorSummaryModel(ErrorSummaryModel::Kind::ByColumn, errors, this))
    , m_byMessage(new ErrorSummaryModel(ErrorSummaryModel::Kind::ByMessage, errors, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *messageLabel = new QLabel(tr("By &error"), this);
    m_messageView = makeView(m_byMessage, new QSortFilterProxyModel(this));
    messageLabel->setBuddy(m_messageView);
    m_messageView->setAccessibleName(tr("Errors by message"));
    auto *columnLabel = new QLabel(tr("By co&lumn"), this);
    m_columnView = makeView(m_byColumn, new QSortFilterProxyModel(this));
    columnLabel->setBuddy(m_columnView);
    m_columnView->setAccessibleName(tr("Errors by column"));
    QFont bold = messageLabel->font();
    bold.setBold(true);
    messageLabel->setFont(bold);
    columnLabel->setFont(bold);
    m_coverage = new QLabel(this);
    m_coverage->setTextFormat(Qt::PlainText);
    m_coverage->setWordWrap(true);
    m_coverage->setForegroundRole(QPalette::PlaceholderText);
    m_coverage->hide();
    layout->addWidget(m_coverage);
    layout->addWidget(messageLabel);
    layout->addWidget(m_messageView, 3);
    layout->addWidget(columnLabel);
    layout->addWidget(m_columnView, 2);
}

void ErrorSummaryPanel::setCoverage(const QString &note)
{
    m_coverage->setText(note.isEmpty() ? QString() : u"⚠ "_s + note);
    m_coverage->setVisible(!note.isEmpty());
}

QString ErrorSummaryPanel::coverage() const
{
    return m_coverage->text();
}

QTreeView *ErrorSummaryPanel::makeView(ErrorSummaryModel *model, QSortFilterProxyModel *proxy)
{
    proxy->setSourceModel(model);
    proxy->setSortRole(ErrorSummaryModel::CountRole);
    proxy->setDynamicSortFilter(true);
    proxy->sort(ErrorSummaryModel::Count, Qt::DescendingOrder);
    auto *view = new QTreeView(this);
    view->setModel(proxy);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setTextElideMode(Qt::ElideMiddle);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(ErrorSummaryModel::Name, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(ErrorSummaryModel::Count, QHeaderView::ResizeToContents);
    view->header()->setSortIndicatorShown(false);
    const ErrorSummaryModel::Kind kind = model->kind();
    auto activate = [this, kind](const QModelIndex &index) {
        if (index.isValid()) {
            Q_EMIT entryActivated(
                kind, index.siblingAtColumn(0).data(ErrorSummaryModel::NameRole).toString());
        }
    };
    connect(view, &QTreeView::clicked, this, activate);
    connect(view, &QTreeView::activated, this, activate);
    return view;
}

} // namespace fw::ui
