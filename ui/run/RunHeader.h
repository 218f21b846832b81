#pragma once

#include <QWidget>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QProgressBar;

namespace fw {
class RunSummary;
}

namespace fw::ui {

/// The top of the run page: status (icon, word, colour), run and pipeline, the counters with
/// thousands separators, an overall progress bar, ETA, elapsed time, load strategy and
/// partitions done. Out-of-range values carry a "⚠" and a tooltip saying what was odd.
class RunHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHeader)

public:
    explicit RunHeader(RunSummary *summary, QWidget *parent = nullptr);

    void setTitle(const QString &pipelineName, const QString &pipelineId, const QString &runId);
    /// Widgets other features put in the header (the Retry button), at the right.
    void addActionWidget(QWidget *widget);
    /// The text of a field, by name ("status", "total", "processed", "in", "out", "failed",
    /// "skipped", "progress", "eta", "elapsed", "strategy", "partitions"), for tests.
    QString fieldText(const QString &name) const;
    /// No data yet and none coming for now: the status says why instead of "Loading…".
    void showNotLoaded(const QString &why);

    /// As narrow as the widest field: the fields flow onto more rows when the page is narrow.
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *addField(QGridLayout *grid, int row, int column, const QString &name,
                     const QString &caption);
    void refresh();
    /// Lays the fields out in as many columns as `width` holds.
    void reflow(int width);

    RunSummary *m_summary = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_title = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_barText = nullptr; ///< "32,000 of 50,000 (64 %)"
    QLabel *m_warning = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QHash<QString, QLabel *> m_fields;
    QGridLayout *m_grid = nullptr;
    QList<std::pair<QLabel *, QLabel *>> m_cells; ///< caption and value, in order
    int m_columns = 0;
};

} // namespace fw::ui
