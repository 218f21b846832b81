#pragma once

#include <QStyledItemDelegate>

namespace fw::ui {

/// Paints a mini progress bar with the platform style (ProgressBarPainter) in the column it is
/// set on. Reads `percentRole` (double 0–100; negative:
/// unknown, drawn as an empty bar) and shows the item's DisplayRole text on the bar.
class ProgressBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressBarDelegate)

public:
    explicit ProgressBarDelegate(int percentRole, QObject *parent = nullptr);
    ~ProgressBarDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_percentRole = 0;
};

} // namespace fw::ui
