#pragma once

#include "PagedRows.h"
#include "core/api/ApiError.h"
#include "core/api/Pipeline.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace fw {

class ApiClient;
class PipelinesRequest;

/// The pipelines of one profile, every page of the cursor-paginated list, fetched one page after
/// another and shown as they arrive. A reload updates rows in place (row-level dataChanged),
/// appends new pipelines and removes vanished ones at the end, so selection and scroll survive.
class PipelineListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineListModel)

public:
    enum Column {
        NameColumn,
        ConnectorColumn,
        ScheduleColumn,
        LastStatusColumn,
        LastRunColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString
        StatusRole, ///< int(RunStatus) of the last run, -1 when it never ran
        StatusTextRole, ///< the raw last-run status as sent
        LastRunAtRole, ///< QDateTime (UTC), invalid when never
        LastRunIdRole, ///< QString, empty when the server does not send it
        SortRole, ///< raw value of the column: lower-cased text, date, status severity
    };
    Q_ENUM(Role)

    explicit PipelineListModel(QObject *parent = nullptr);
    ~PipelineListModel() override;

    /// Clears and loads the pipelines of `client` (not owned; nullptr clears).
    void setClient(ApiClient *client);
    ApiClient *client() const;
    /// Fetches every page again and updates rows in place.
    void reload();
    void cancel();
    /// Items per request (1–100; 100 by default).
    void setPageSize(int size) { m_pageSize = qBound(1, size, 100); }
    bool isLoading() const;
    /// Set when the last load failed; the rows of the last good load stay.
    const ApiError &lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Pipeline &pipelineAt(int row) const { return m_paged.rows().at(row); }
    int rowOf(const QString &pipelineId) const;
    QString pipelineName(const QString &pipelineId) const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// A page arrived; `more` is false after the last one.
    void pageLoaded(int rowsSoFar, bool more);
    void loadFailed(const fw::ApiError &error);

private:
    void fetchPage(const QString &cursor);
    void onPageFinished();
    void mergePage(const Page<Pipeline> &page);
    void finishReload();

    QPointer<ApiClient> m_client;
    QPointer<PipelinesRequest> m_request;
    PagedRows<Pipeline> m_paged;
    ApiError m_lastError;
    int m_pageSize = 100;
};

} // namespace fw
