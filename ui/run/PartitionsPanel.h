#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace fw {
class PartitionModel;
}

namespace fw::ui {

class PartitionGrid;

/// The partitions of a run: a list of progress bars (PartitionDelegate) or a heat-map grid
/// (PartitionGrid), with a legend that counts partitions per status. Above kGridThreshold
/// partitions the grid is chosen automatically, until the user picks one (Ctrl+G toggles).
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
    PartitionGrid *grid() const { return m_grid; }
    /// "▶ Running 4   ✓ Completed 2 …" (the legend's words, without its colour swatches).
    QString legendText() const;
    QString legendHtml() const;

private:
    void onModelChanged();
    void applyAutomaticMode();

    PartitionModel *m_model = nullptr;
    QLabel *m_legend = nullptr;
    QToolButton *m_toggle = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_list = nullptr;
    QScrollArea *m_gridArea = nullptr;
    PartitionGrid *m_grid = nullptr;
    bool m_userChoseMode = false;
    bool m_legendPending = false;
};

} // namespace fw::ui
