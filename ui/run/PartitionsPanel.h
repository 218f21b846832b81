#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace fw {
class PartitionModel;
}

namespace fw::ui {

class PartitionGrid;

/// The partitions of a run: a list of progress bars (PartitionDelegate), sortable by every column,
/// or a heat-map grid (PartitionGrid), with a legend that counts partitions per status as the
/// server said it (a status Flowwatch does not know, "paused" or "skipped", is its own
/// category). Above kGridThreshold partitions, or when the panel is too narrow for the list's
/// columns, the grid is chosen automatically, until the user picks one (Ctrl+G toggles). Clicking a
/// cell or a row emits partitionActivated(); the page answers with showDetail(), shown in a small
/// pane under the partitions.
class PartitionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartitionsPanel)

public:
    static constexpr int kGridThreshold = 64;

    explicit PartitionsPanel(PartitionModel *model, QWidget *parent = nullptr);

    bool isGridMode() const;
    void setGridMode(bool grid);
    void toggleMode();
    QTableView *listView() const { return m_list; }
    QSortFilterProxyModel *sortModel() const { return m_sort; }
    /// Shows the details of the partition at model `row` in the pane under the partitions
    /// (plain text).
    void showDetail(int row, const QString &text);
    void hideDetail();
    QString detailText() const;
    bool isDetailVisible() const;
    /// The partition shown in the detail pane (model row), or -1.
    int detailRow() const { return m_detailRow; }
    PartitionGrid *grid() const { return m_grid; }
    /// "▶ Running 4   ✓ Completed 2 …" (the legend's words, without its colour swatches).
    QString legendText() const;
    QString legendHtml() const;

Q_SIGNALS:
    /// A partition was clicked (a heat-map cell or a row): its row in the PartitionModel.
    void partitionActivated(int row);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /// The width the list needs to show every column.
    int listWidth() const;
    void activate(int row);
    void onModelChanged();
    void applyAutomaticMode();

    PartitionModel *m_model = nullptr;
    QLabel *m_legend = nullptr;
    QToolButton *m_toggle = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_list = nullptr;
    QSortFilterProxyModel *m_sort = nullptr;
    QWidget *m_detail = nullptr;
    QLabel *m_detailText = nullptr;
    int m_detailRow = -1;
    QScrollArea *m_gridArea = nullptr;
    PartitionGrid *m_grid = nullptr;
    bool m_userChoseMode = false;
    bool m_legendPending = false;
};

} // namespace fw::ui
