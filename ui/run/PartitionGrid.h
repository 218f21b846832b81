#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;

namespace fw::ui {

/// A heat map of a run's partitions: one small cell per partition, in model order, filled by
/// progress and coloured by status, with the status's shape drawn in cells large enough to hold it
/// and a hatch on failed and out-of-range cells, so status never depends on colour alone. Keeps
/// 1,000+ partitions readable at a glance; hovering a cell shows its tooltip (the model's
/// Qt::ToolTipRole). Reads PartitionModel's StatusRole, ProgressRole and OutOfRangeRole.
/// Repaints only on model signals, coalesced to one update per event loop pass. Screen readers
/// see each partition as an item of a list (PartitionGridAccessible).
class PartitionGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartitionGrid)

public:
    explicit PartitionGrid(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    /// The row of the keyboard cursor (the last cell clicked or reached by arrow keys), or -1.
    int currentRow() const { return m_current; }
    /// The partition row under `pos`, or -1.
    int rowAt(const QPoint &pos) const;
    QRect cellRect(int row) const;
    int columns() const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void rowActivated(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int cellSize() const;
    int columnsFor(int width) const;
    int count() const;
    void setCurrent(int row);

    QPointer<QAbstractItemModel> m_model;
    int m_hover = -1;
    int m_current = -1;
};

} // namespace fw::ui
