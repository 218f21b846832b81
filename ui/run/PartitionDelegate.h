#pragma once

#include <QStyledItemDelegate>

namespace fw::ui {

/// Draws the Progress column of a PartitionModel as a platform progress bar
/// (ProgressBarPainter). Reads PartitionModel::ProgressRole (0..1, already
/// clamped), StatusRole (the bar's text names the status, so colour is never the only cue) and
/// OutOfRangeRole (a "⚠" in the text). Other columns are drawn as usual. Tooltips hold the
/// server's raw status, shown as plain text (QToolTip would take "<img …>" for markup).
class PartitionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartitionDelegate)

public:
    explicit PartitionDelegate(int progressColumn, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_column = 0;
};

} // namespace fw::ui
