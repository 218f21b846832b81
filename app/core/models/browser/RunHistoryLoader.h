#pragma once

#include "RunHistory.h"

#include <QObject>
#include <QPointer>

namespace fw {

class ApiClient;
class RunsRequest;

/// Fetches the first page of a pipeline's runs list (its last RunHistory::kMaxRuns runs) once,
/// for "running 2.1× longer than usual". A server without a runs list leaves the history empty.
class RunHistoryLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistoryLoader)

public:
    RunHistoryLoader(ApiClient *client, QString pipelineId, QObject *parent = nullptr);
    ~RunHistoryLoader() override;

    void load();
    bool isLoaded() const { return m_loaded; }
    const RunHistory &history() const { return m_history; }

Q_SIGNALS:
    void loaded();

private:
    QPointer<ApiClient> m_client;
    QString m_pipelineId;
    QPointer<RunsRequest> m_request;
    RunHistory m_history;
    bool m_loaded = false;
};

} // namespace fw
