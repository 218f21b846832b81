#pragma once

#include "ErrorFilter.h"
#include "ErrorStore.h"

#include <QAbstractTableModel>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <optional>
#include <vector>

namespace fw {

class ErrorMatcher;

/// The validation-error table: Row, Column, Value, Error over a compact ErrorStore.
///
/// Rows stream in with appendErrors(); they are announced to views in coalesced insertions (at
/// most one per publish interval, the first at once) so a million rows do not cost a million
/// signals. Sorting and filtering run on a worker thread over a snapshot of the store, so the
/// window never waits: the model is busy() meanwhile and keeps showing the previous view. A new
/// sort is applied with layoutChanged (selection and persistent indexes follow their rows); a new
/// filter with a model reset. Rows that arrive while sorted go to the end and are sorted in
/// shortly after.
class ErrorTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorTableModel)

public:
    enum Column { RowNumber, ColumnName, Value, Message, ColumnCount };
    enum Role {
        RawRole = Qt::UserRole, ///< qint64 row number, or the raw text of the cell
        FullTextRole, ///< the cell's whole text with control characters made visible
        StoreIndexRole, ///< qint64 index of the row in store()
    };
    Q_ENUM(Column)

    explicit ErrorTableModel(QObject *parent = nullptr);
    ~ErrorTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Asynchronous: busy() until the sorted view is applied. A column of -1 is arrival order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void appendErrors(const QList<ValidationError> &batch);
    void clear();
    /// Announces every pending row now (the end of a load, tests).
    void publishPending();
    /// At most one insertion per interval while rows stream in (default 100 ms).
    void setPublishInterval(int milliseconds);
    /// How long after rows arrive in a sorted view they are sorted in (default 1 s).
    void setResortDelay(int milliseconds) { m_resortTimer.setInterval(milliseconds); }

    /// Asynchronous like sort().
    void setFilter(const ErrorFilter &filter);
    /// The filter being shown (or being computed, while busy).
    const ErrorFilter &filter() const { return m_requestedFilter; }
    int sortColumn() const { return m_requestedSortColumn; }
    Qt::SortOrder sortOrder() const { return m_requestedOrder; }
    bool isBusy() const { return m_busy; }

    const ErrorStore &store() const { return m_store; }
    qint64 totalCount() const { return m_store.size(); }
    qsizetype storeIndex(int viewRow) const { return m_view.at(std::size_t(viewRow)); }
    /// The view row showing store row `storeIndex`, or -1.
    int viewRow(qsizetype storeIndex) const;
    ValidationError errorAt(int viewRow) const { return m_store.at(storeIndex(viewRow)); }
    /// The announced rows as store indices, in view order (what an export of the view writes).
    std::vector<quint32> viewOrder() const;

Q_SIGNALS:
    void busyChanged(bool busy);
    /// The number of loaded or shown rows changed.
    void countsChanged();

private:
    struct ViewResult;

    void requestView();
    void applyView(quint64 generation, ViewResult &result);
    void scheduleResort();
    void setBusy(bool busy);
    void refreshMatcher();

    ErrorStore m_store;
    std::vector<quint32> m_view; ///< store indices in view order; the first m_published shown
    int m_published = 0;
    ErrorFilter m_filter; ///< applied
    int m_sortColumn = -1; ///< applied
    Qt::SortOrder m_order = Qt::AscendingOrder; ///< applied
    ErrorFilter m_requestedFilter;
    int m_requestedSortColumn = -1;
    Qt::SortOrder m_requestedOrder = Qt::AscendingOrder;
    std::unique_ptr<ErrorMatcher> m_matcher; ///< the applied filter, compiled
    qsizetype m_matcherNames = -1; ///< distinct names when m_matcher was compiled
    QTimer m_publishTimer;
    QTimer m_resortTimer;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace fw
