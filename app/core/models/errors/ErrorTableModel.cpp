#include "ErrorTableModel.h"

#include "ErrorMatcher.h"
#include "ErrorSorter.h"
#include "core/text/DisplayText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace fw {

namespace {
constexpr qsizetype CellChars = 200; // longer values are elided in cells
constexpr qsizetype NameChars = 80;
constexpr int ResortDelayMs = 1000;

ErrorSorter::Key sortKey(int column)
{
    switch (column) {
    case ErrorTableModel::ColumnName:
        return ErrorSorter::Key::Column;
    case ErrorTableModel::Value:
        return ErrorSorter::Key::Value;
    case ErrorTableModel::Message:
        return ErrorSorter::Key::Error;
    default:
        return ErrorSorter::Key::Row;
    }
}
} // namespace

struct ErrorTableModel::ViewResult
{
    std::vector<quint32> rows; ///< store indices of the snapshot, filtered and sorted
    qsizetype snapshotSize = 0;
    ErrorFilter filter;
    int sortColumn = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
};

ErrorTableModel::ErrorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_pool.setMaxThreadCount(1);
    m_publishTimer.setSingleShot(true);
    m_publishTimer.setInterval(100);
    connect(&m_publishTimer, &QTimer::timeout, this, &ErrorTableModel::publishPending);
    m_resortTimer.setSingleShot(true);
    m_resortTimer.setInterval(ResortDelayMs);
    connect(&m_resortTimer, &QTimer::timeout, this, &ErrorTableModel::requestView);
    refreshMatcher();
}

ErrorTableModel::~ErrorTableModel()
{
    m_latest->store(~quint64(0));
    m_pool.clear();
    m_pool.waitForDone();
}

int ErrorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_published;
}

int ErrorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ErrorTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant ErrorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RowNumber:
            return tr("Row");
        case ColumnName:
            return tr("Column");
        case Value:
            return tr("Value");
        case Message:
            return tr("Error");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && section == RowNumber)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ErrorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype i = m_view[std::size_t(index.row())];
    const int column = index.column();
    auto text = [&]() -> QStringView {
        switch (column) {
        case ColumnName:
            return m_store.column(i);
        case Value:
            return m_store.value(i);
        case Message:
            return m_store.message(i);
        default:
            return {};
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        if (column == RowNumber)
            return QLocale().toString(m_store.row(i));
        return visibleText(text(), column == ColumnName ? NameChars : CellChars);
    case Qt::ToolTipRole:
        if (column != RowNumber && text().size() > (column == ColumnName ? NameChars : CellChars))
            return plainToolTip(visibleText(text(), 2000));
        return {};
    case Qt::TextAlignmentRole:
        if (column == RowNumber)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case RawRole:
        if (column == RowNumber)
            return QVariant::fromValue(m_store.row(i));
        return text().toString();
    case FullTextRole:
        if (column == RowNumber)
            return QLocale().toString(m_store.row(i));
        return visibleText(text());
    case StoreIndexRole:
        return QVariant::fromValue(qint64(i));
    default:
        return {};
    }
}

void ErrorTableModel::refreshMatcher()
{
    const qsizetype names = m_store.columnNames().size() + m_store.messages().size();
    if (m_matcher && names == m_matcherNames)
        return;
    m_matcher = std::make_unique<ErrorMatcher>(m_filter, m_store);
    m_matcherNames = names;
}

void ErrorTableModel::appendErrors(const QList<ValidationError> &batch)
{
    if (batch.isEmpty())
        return;
    const qsizetype first = m_store.size();
    m_store.append(batch);
    refreshMatcher();
    if (m_matcher->matchesAll()) {
        for (qsizetype i = first; i < m_store.size(); ++i)
            m_view.push_back(quint32(i));
    } else {
        for (qsizetype i = first; i < m_store.size(); ++i) {
            if (m_matcher->matches(m_store, i))
                m_view.push_back(quint32(i));
        }
    }
    if (m_requestedSortColumn >= 0)
        scheduleResort();
    if (m_published == 0)
        publishPending(); // the first rows show at once
    else if (!m_publishTimer.isActive())
        m_publishTimer.start();
    Q_EMIT countsChanged(); // the loaded count moves even when no row is shown yet
}

void ErrorTableModel::setPublishInterval(int milliseconds)
{
    m_publishTimer.setInterval(milliseconds);
}

void ErrorTableModel::publishPending()
{
    m_publishTimer.stop();
    const auto total = int(m_view.size());
    if (total <= m_published)
        return;
    beginInsertRows(QModelIndex(), m_published, total - 1);
    m_published = total;
    endInsertRows();
    Q_EMIT countsChanged();
}

void ErrorTableModel::clear()
{
    m_latest->store(++m_generation);
    m_pool.clear();
    m_publishTimer.stop();
    m_resortTimer.stop();
    beginResetModel();
    m_store.clear();
    m_view.clear();
    m_view.shrink_to_fit();
    m_published = 0;
    m_matcher.reset();
    refreshMatcher();
    endResetModel();
    setBusy(false);
    Q_EMIT countsChanged();
}

int ErrorTableModel::viewRow(qsizetype storeIndex) const
{
    for (int r = 0; r < m_published; ++r) {
        if (m_view[std::size_t(r)] == storeIndex)
            return r;
    }
    return -1;
}

std::vector<quint32> ErrorTableModel::viewOrder() const
{
    return {m_view.begin(), m_view.begin() + m_published};
}

void ErrorTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    m_requestedSortColumn = column;
    m_requestedOrder = order;
    requestView();
}

void ErrorTableModel::setFilter(const ErrorFilter &filter)
{
    if (filter == m_requestedFilter)
        return;
    m_requestedFilter = filter;
    requestView();
}

void ErrorTableModel::scheduleResort()
{
    if (!m_resortTimer.isActive() && !m_busy)
        m_resortTimer.start();
}

void ErrorTableModel::requestView()
{
    m_resortTimer.stop();
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_pool.clear(); // a queued, not yet started view is obsolete
    setBusy(true);

    // The worker reads a snapshot: appends made meanwhile detach from it.
    ErrorStore snapshot = m_store;
    ErrorFilter filter = m_requestedFilter;
    const int column = m_requestedSortColumn;
    const Qt::SortOrder order = m_requestedOrder;
    auto latest = m_latest;
    m_pool.start([this, generation, latest, snapshot = std::move(snapshot),
                  filter = std::move(filter), column, order]() {
        if (latest->load() != generation)
            return;
        ViewResult result;
        result.snapshotSize = snapshot.size();
        result.filter = filter;
        result.sortColumn = column;
        result.order = order;
        const ErrorMatcher matcher(filter, snapshot);
        result.rows.reserve(std::size_t(snapshot.size()));
        for (qsizetype i = 0; i < snapshot.size(); ++i) {
            if (matcher.matches(snapshot, i))
                result.rows.push_back(quint32(i));
        }
        if (latest->load() != generation)
            return;
        if (column >= 0)
            ErrorSorter::sort(snapshot, result.rows, sortKey(column), order);
        if (latest->load() != generation)
            return;
        // The model outlives its pool's tasks (its destructor waits for them).
        QMetaObject::invokeMethod(
            this,
            [this, generation, result = std::move(result)]() mutable {
                applyView(generation, result);
            },
            Qt::QueuedConnection);
    });
}

void ErrorTableModel::applyView(quint64 generation, ViewResult &result)
{
    if (generation != m_generation)
        return; // superseded
    std::vector<quint32> rows = std::move(result.rows);
    // Rows that arrived after the snapshot keep their arrival order at the end.
    const ErrorMatcher matcher(result.filter, m_store);
    for (qsizetype i = result.snapshotSize; i < m_store.size(); ++i) {
        if (matcher.matches(m_store, i))
            rows.push_back(quint32(i));
    }
    const bool sameRows = result.filter == m_filter && rows.size() == m_view.size();
    m_sortColumn = result.sortColumn;
    m_order = result.order;
    if (sameRows) {
        // Only the order changes: move persistent indexes (and so the selection) with their rows.
        publishPending();
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        std::vector<int> newRow(std::size_t(m_store.size()), -1);
        for (std::size_t r = 0; r < rows.size(); ++r)
            newRow[rows[r]] = int(r);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &index : before) {
            const int row = newRow[m_view[std::size_t(index.row())]];
            after.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
        }
        m_view = std::move(rows);
        m_published = int(m_view.size());
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        m_publishTimer.stop();
        beginResetModel();
        m_filter = result.filter;
        m_matcher.reset();
        refreshMatcher();
        m_view = std::move(rows);
        m_published = int(m_view.size());
        endResetModel();
    }
    setBusy(false);
    Q_EMIT countsChanged();
    if (m_sortColumn >= 0 && result.snapshotSize < m_store.size())
        scheduleResort();
}

void ErrorTableModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace fw
