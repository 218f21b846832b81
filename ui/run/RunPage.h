#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;

namespace fw {
class ApiClient;
class LogModel;
class PartitionModel;
class RunSummary;
class StageTimeline;
class RunWatcher;
class ThroughputSeries;
struct RunProgress;
} // namespace fw

namespace fw::ui {

class ErrorsPreview;
class LogPanel;
class PartitionsPanel;
class RunHeader;
class PartitionDetailPane;
class StageTimelineChart;
class StaleBanner;
class ThroughputChart;

/// The screen users watch all day: one run's live progress. Shows one RunWatcher (the shell's,
/// which it does not own) and owns the run's models; the header, a stale banner, partitions (bars
/// or heat map), the throughput chart and the stage timeline, the log list and the validation
/// errors.
///
/// Laid out for a laptop's screen: the two charts side by side at their minimum size or more,
/// beside the partitions when the page is wide enough (kWideLayoutWidth) and the partitions as a
/// tab beside the log and errors otherwise, so neither chart nor the tables are squeezed below
/// readability. The splitters' positions are remembered in QSettings. Every
/// action has a shortcut: F5 refresh (left to the window when it has a window-wide F5 of its
/// own), Ctrl+F search the log, Ctrl+S save the log, Ctrl+L follow the log, Ctrl+G partitions
/// grid, Ctrl+0 reset the timeline zoom.
class RunPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPage)

public:
    /// Shows a watcher someone else owns and runs (the shell's, which also feeds the Watching
    /// overview), so the run is polled once. The page neither starts, stops nor deletes it, and
    /// leaves its window visibility to the owner: the page is one of several views of the run,
    /// and hiding it (another tab in front) does not hide the run from the user. Shows the
    /// watcher's progress at once if it has some. The watcher should outlive the page; if it
    /// goes first, the page keeps its last data.
    explicit RunPage(RunWatcher *watcher, QWidget *parent = nullptr);
    /// The same, with `errorsWidget` (the full error table, owned by the page from now on) in
    /// the Errors tab instead of the preview of the first errors. Where the table's shortcuts
    /// and the page's share a key (Ctrl+F, Ctrl+L), the key acts on the table while its tab is
    /// in front, and on the log otherwise.
    RunPage(RunWatcher *watcher, QWidget *errorsWidget, QWidget *parent);
    ~RunPage() override;

    /// The watcher shown (nullptr once it was deleted).
    RunWatcher *watcher() const;
    void setPipelineName(const QString &name);
    /// Other features' widgets in the header, at the right (the Retry button).
    void addHeaderWidget(QWidget *widget);

    RunHeader *header() const { return m_header; }
    StaleBanner *staleBanner() const { return m_banner; }
    PartitionsPanel *partitionsPanel() const { return m_partitionsPanel; }
    LogPanel *logPanel() const { return m_logPanel; }
    StageTimelineChart *timeline() const { return m_timeline; }
    const StageTimeline *stageTimeline() const { return m_stages.get(); }
    QTabWidget *tabs() const { return m_tabs; }
    /// Whether the partitions are beside the charts (wide) or a tab beside the log (narrow).
    bool isWideLayout() const { return m_wide; }
    /// The page width from which the partitions stay beside the charts.
    int wideLayoutWidth() const;
    ThroughputChart *throughputChart() const { return m_throughputChart; }
    /// The preview of the first errors; nullptr when the page shows a full error table.
    ErrorsPreview *errorsPreview() const;
    PartitionModel *partitionModel() const { return m_partitions; }
    LogModel *logModel() const { return m_log; }
    RunSummary *summary() const { return m_summary; }

    /// Shows one poll's progress, received at `at`: what each poll of the watcher does.
    void showProgress(const RunProgress &progress, const QDateTime &at);

public Q_SLOTS:
    /// Ctrl+F: searches the errors when their tab is in front, the log otherwise.
    void find();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void handOverSharedShortcuts(QWidget *errorsWidget);
    void onProgress(const RunProgress &progress);
    QAction *addShortcut(const QString &text, const QKeySequence &keys, std::function<void()> slot);
    void updateFreshness();
    void arrange(bool wide);
    void restoreSplitters();
    void saveSplitters() const;
    void selectLogEntry(qint64 sequence);
    void showPartition(int row);
    void fetchPipelineName(const QString &cursor = {}, int pages = 1);

    QString m_pipelineId;
    QString m_runId;
    QPointer<RunWatcher> m_watcher;
    RunSummary *m_summary = nullptr;
    PartitionModel *m_partitions = nullptr;
    LogModel *m_log = nullptr;
    ThroughputSeries *m_throughput = nullptr;
    RunHeader *m_header = nullptr;
    StaleBanner *m_banner = nullptr;
    QLabel *m_freshness = nullptr;
    PartitionsPanel *m_partitionsPanel = nullptr;
    ThroughputChart *m_throughputChart = nullptr;
    std::unique_ptr<StageTimeline> m_stages; ///< what the stage timeline draws
    StageTimelineChart *m_timeline = nullptr;
    LogPanel *m_logPanel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPointer<ErrorsPreview> m_errorsPreview;
    QAction *m_findAction = nullptr;
    QPointer<QWidget> m_errorsWidget; ///< the full table, once set
    /// Page actions whose key the errors table also had: while its tab is in front they trigger
    /// the table's action instead.
    QHash<QAction *, QPointer<QAction>> m_handOver;
    QSplitter *m_split = nullptr;
    QSplitter *m_top = nullptr;
    QSplitter *m_chartSplit = nullptr;
    bool m_wide = true;
    bool m_hasPipelineName = false;
    bool m_restoring = false;
};

} // namespace fw::ui
