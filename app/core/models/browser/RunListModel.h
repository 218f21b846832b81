#pragma once

#include "PagedRows.h"
#include "core/api/ApiError.h"
#include "core/api/RunInfo.h"
#include "core/api/RunProgress.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace fw {

class ApiClient;
class RunsRequest;

/// The runs of one pipeline. With a server that has the (undocumented) runs list, pages are
/// fetched as the view scrolls (canFetchMore/fetchMore). When the server answers 404 there, the
/// model shows the runs Flowwatch knows instead: the pipeline's last run, the runs opened by id
/// and the runs its retries created (addKnownRun). Status updates from watchers are row-level.
class RunListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunListModel)

public:
    enum Column {
        RunColumn,
        StatusColumn,
        StartedColumn,
        FinishedColumn,
        DurationColumn,
        ProcessedColumn,
        FailedColumn,
        StrategyColumn,
        RetryOfColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RunIdRole = Qt::UserRole + 1, ///< QString
        PipelineIdRole, ///< QString
        StatusRole, ///< int(RunStatus)
        StatusTextRole, ///< raw status as sent
        StartedAtRole, ///< QDateTime (UTC)
        FinishedAtRole, ///< QDateTime (UTC)
        SortRole, ///< raw value of the column
        DurationRole, ///< qint64 ms, or an invalid QVariant when unknown
    };
    Q_ENUM(Role)

    explicit RunListModel(QObject *parent = nullptr);
    ~RunListModel() override;

    /// Shows the runs of `pipelineId` on `client` (not owned) and fetches the first page.
    void setSource(ApiClient *client, const QString &pipelineId);
    void clear();
    const QString &pipelineId() const { return m_pipelineId; }
    /// Fetches the first page again (the known runs stay when there is no list).
    void reload();
    /// Items per page (1–100; 50 by default).
    void setPageSize(int size) { m_pageSize = qBound(1, size, 100); }

    /// Adds a run (or updates it in place) — a run opened by id, created by a retry, or the
    /// pipeline's last run. New runs go to the top. Runs of other pipelines are ignored.
    void addKnownRun(const RunInfo &run);
    /// A watcher saw a new status for `runId`: updates that row only.
    void updateStatus(const QString &runId, RunStatus status, const QString &rawText);
    /// A watcher polled `runId`: status, processed and failed rows, and the end of a final run.
    void updateProgress(const QString &runId, const RunProgress &progress);
    /// Whether a listed run is not final yet (the list is worth refreshing).
    bool hasUnfinishedRuns() const;
    /// How long a run took (or has run so far, from `now`); -1 when unknown.
    static qint64 durationMs(const RunInfo &run, const QDateTime &now = {});

    /// True after the server answered 404 on the runs list.
    bool isListingUnavailable() const { return m_unavailable; }
    bool isLoading() const;
    const ApiError &lastError() const { return m_lastError; }
    int rowOf(const QString &runId) const;
    const RunInfo &runAt(int row) const { return m_paged.rows().at(row); }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const fw::ApiError &error);
    /// The server has no runs list: only known runs are shown.
    void listingUnavailable();

private:
    void onPageFinished();
    void mergePage(const Page<RunInfo> &page);

    QPointer<ApiClient> m_client;
    QString m_pipelineId;
    QPointer<RunsRequest> m_request;
    PagedRows<RunInfo> m_paged;
    struct Counts
    {
        qint64 processed = -1;
        qint64 failed = -1;
        qint64 durationMs = -1;
    };
    QHash<QString, Counts> m_counts; ///< by run id, from watchers' progress
    bool m_reloading = false; ///< the first page is fetched again: new runs go to the top
    ApiError m_lastError;
    int m_pageSize = 50;
    bool m_unavailable = false;
};

} // namespace fw
