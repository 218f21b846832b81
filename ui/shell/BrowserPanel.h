#pragma once

#include "core/api/RunInfo.h"
#include "core/profiles/ConnectionProfile.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTimer;
class QTreeView;

namespace fw {
class ApiClient;
class PipelineFilterModel;
class PipelineListModel;
class RunListModel;
class RunListModelFilter;
struct RunProgress;
} // namespace fw

namespace fw::ui {

class StatusColumnProxy;

/// The browser side panel: the connection, its pipelines (every page, filter by name and last
/// status) and the selected pipeline's runs (paged as the user scrolls, or the runs Flowwatch
/// knows when the server has no runs list), with their count, a filter by status and id, ids
/// elided in the middle and copied from the context menu, and a refresh every
/// kRunsRefreshMs while a listed run is not final. Activating a run asks to open it.
class BrowserPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserPanel)

public:
    static constexpr int kRunsRefreshMs = 15'000;

    explicit BrowserPanel(QWidget *parent = nullptr);
    ~BrowserPanel() override;

    void setProfiles(const QList<ConnectionProfile> &profiles, const QString &current);
    QString currentProfile() const;
    /// Shows the pipelines of `client` (nullptr: none, with `problem` explaining why).
    void setClient(ApiClient *client, const QString &problem = {});
    void reload();
    /// A run this session knows (opened by id, created by a retry): listed when the server has
    /// no runs list, and kept up to date in the runs view.
    void addKnownRun(const QString &profile, const RunInfo &run);
    void updateRunStatus(const QString &profile, const QString &runId, RunStatus status,
                         const QString &raw);
    /// A watcher's poll of a run: status, processed and failed rows in the runs list.
    void updateRunProgress(const QString &profile, const QString &runId,
                           const RunProgress &progress);
    RunListModelFilter *runFilter() const { return m_runFilter; }
    /// "12 runs" / "3 of 12 runs".
    QString runCountText() const;
    QLineEdit *runIdFilter() const { return m_runIdFilter; }
    QComboBox *runStatusFilter() const { return m_runStatusBox; }
    /// Copies the current run's id to the clipboard (the context menu's "Copy run id").
    void copyCurrentRunId() const;

    QString currentPipelineId() const;
    QString pipelineName(const QString &pipelineId) const;
    PipelineListModel *pipelines() const { return m_pipelines; }
    RunListModel *runs() const { return m_runs; }
    QTreeView *pipelineView() const { return m_pipelineView; }
    QTreeView *runView() const { return m_runView; }
    void focusFilter();

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void profileSelected(const QString &name);
    void openRunRequested(const QString &pipelineId, const QString &runId,
                          const QString &pipelineName);

private:
    void onPipelineChanged();
    void updatePipelineNote();
    void addKnownRunsOfPipeline();
    void updateRunCount();

    QComboBox *m_profileBox = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_statusBox = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_pipelineView = nullptr;
    QTreeView *m_runView = nullptr;
    QLabel *m_pipelineNote = nullptr;
    QLabel *m_runNote = nullptr;
    PipelineListModel *m_pipelines = nullptr;
    StatusColumnProxy *m_pipelineStatus = nullptr;
    PipelineFilterModel *m_filterModel = nullptr;
    RunListModel *m_runs = nullptr;
    RunListModelFilter *m_runFilter = nullptr;
    QLineEdit *m_runIdFilter = nullptr;
    QComboBox *m_runStatusBox = nullptr;
    QLabel *m_runCount = nullptr;
    QTimer *m_runsRefresh = nullptr;
    StatusColumnProxy *m_runStatus = nullptr;
    QString m_problem;
    QHash<QString, QList<RunInfo>> m_known; ///< per profile
};

} // namespace fw::ui
