#pragma once

#include "core/api/RunInfo.h"
#include "core/profiles/ConnectionProfile.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTreeView;

namespace fw {
class ApiClient;
class PipelineFilterModel;
class PipelineListModel;
class RunListModel;
} // namespace fw

namespace fw::ui {

class StatusColumnProxy;

/// The browser side panel: the connection, its pipelines (every page, filter by name and last
/// status) and the selected pipeline's runs (paged as the user scrolls, or the runs Flowwatch
/// knows when the server has no runs list). Activating a run asks to open it.
class BrowserPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserPanel)

public:
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
    StatusColumnProxy *m_runStatus = nullptr;
    QString m_problem;
    QHash<QString, QList<RunInfo>> m_known; ///< per profile
};

} // namespace fw::ui
