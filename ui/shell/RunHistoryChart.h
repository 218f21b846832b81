#pragma once

#include "core/models/browser/RunHistory.h"

#include <QPointer>
#include <QWidget>

namespace fw {
class RunListModel;
}

namespace fw::ui {

/// A pipeline's last 50 run durations as bars, oldest on the left, beside the runs list. Each bar
/// is coloured by status and carries the status symbol above it (never colour alone), with a
/// legend and the median of the completed runs; a bar's tooltip names the run, its status and
/// its duration. Follows a RunListModel (rows added, statuses updated, reset).
class RunHistoryChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistoryChart)

public:
    explicit RunHistoryChart(QWidget *parent = nullptr);
    ~RunHistoryChart() override;

    /// Follows `runs` (not owned); nullptr clears.
    void setRuns(RunListModel *runs);
    const RunHistory &history() const { return m_history; }
    /// The legend and median line as shown (for tests and accessibility).
    QString summaryText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void rebuild();
    QRectF barRect(int index, const QRectF &plot) const;
    QRectF plotRect() const;

    QPointer<RunListModel> m_runs;
    RunHistory m_history;
};

} // namespace fw::ui
