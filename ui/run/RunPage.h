#pragma once

#include <QIcon>
#include <QPointer>
#include <QWidget>

class QLabel;
class QSplitter;
class QTabWidget;

namespace fw {
class ApiClient;
class LogModel;
class PartitionModel;
class RunSummary;
class RunWatcher;
class ThroughputSeries;
struct RunProgress;
} // namespace fw

namespace fw::ui {

class ErrorsPreview;
class LogPanel;
class LogTimelineChart;
class PartitionsPanel;
class RunHeader;
class StaleBanner;
class ThroughputChart;

/// The screen users watch all day: one run's live progress. Owns its RunWatcher (started when
/// control returns to the event loop, so a caller may set a clock first) and the run's models;
/// the header, a stale banner, partitions (bars or heat map), throughput and log timeline charts,
/// the log list and the first validation errors. Every action has a shortcut: F5 refresh,
/// Ctrl+F search the log, Ctrl+S save the log, Ctrl+L follow the log, Ctrl+G partitions grid,
/// Ctrl+0 reset the timeline zoom.
class RunPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPage)

public:
    RunPage(ApiClient *client, QString pipelineId, QString runId, QWidget *parent = nullptr);
    ~RunPage() override;

    RunWatcher *watcher() const { return m_watcher; }
    void setPipelineName(const QString &name);
    /// Other features' widgets in the header, at the right (the Retry button).
    void addHeaderWidget(QWidget *widget);
    /// Replaces the preview of the first 20 errors with the full error table (the page owns it).
    void setErrorsWidget(QWidget *widget);

    /// The tab's text and icon: the run id and the status's icon.
    QString title() const;
    QIcon icon() const;

    RunHeader *header() const { return m_header; }
    StaleBanner *staleBanner() const { return m_banner; }
    PartitionsPanel *partitionsPanel() const { return m_partitionsPanel; }
    LogPanel *logPanel() const { return m_logPanel; }
    LogTimelineChart *timeline() const { return m_timeline; }
    ThroughputChart *throughputChart() const { return m_throughputChart; }
    /// The preview of the first errors; nullptr once setErrorsWidget() replaced it.
    ErrorsPreview *errorsPreview() const;
    PartitionModel *partitionModel() const { return m_partitions; }
    LogModel *logModel() const { return m_log; }
    RunSummary *summary() const { return m_summary; }

Q_SIGNALS:
    void titleChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onProgress(const RunProgress &progress);
    void addShortcut(const QString &text, const QKeySequence &keys, std::function<void()> slot);
    void updateFreshness();

    QString m_pipelineId;
    QString m_runId;
    RunWatcher *m_watcher = nullptr;
    RunSummary *m_summary = nullptr;
    PartitionModel *m_partitions = nullptr;
    LogModel *m_log = nullptr;
    ThroughputSeries *m_throughput = nullptr;
    RunHeader *m_header = nullptr;
    StaleBanner *m_banner = nullptr;
    QLabel *m_freshness = nullptr;
    PartitionsPanel *m_partitionsPanel = nullptr;
    ThroughputChart *m_throughputChart = nullptr;
    LogTimelineChart *m_timeline = nullptr;
    LogPanel *m_logPanel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPointer<ErrorsPreview> m_errorsPreview;
    QSplitter *m_split = nullptr;
};

} // namespace fw::ui
