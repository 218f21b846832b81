#pragma once

#include "ConnectionConfig.h"

#include <QObject>
#include <QUuid>

#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QNetworkRequest;
class QUrl;

namespace fw {

class ErrorsRequest;
class PipelinesRequest;
class ProgressDecoder;
class ProgressRequest;
class RetryRequest;
class RunsRequest;

/// One connection to one KaireonAI server (a profile): its own network access manager, its
/// settings and its key. Several clients live side by side when several profiles are watched.
/// The factories return requests that are not started yet: connect to finished(), then start().
/// Each request reads the settings when it is sent, so after setConfig() (an edited connection)
/// every request sent uses the new key, tenant and header style.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    struct Timeouts
    {
        std::chrono::milliseconds idle {15'000}; ///< no bytes for this long: give up
        std::chrono::milliseconds deadline {30'000}; ///< the whole exchange (not for streams)
    };

    explicit ApiClient(ConnectionConfig config, QObject *parent = nullptr);
    explicit ApiClient(ConnectionConfigPtr config, QObject *parent = nullptr);
    ~ApiClient() override;

    /// A copy of the current settings (cheap: implicitly shared strings).
    ConnectionConfig config() const { return *m_config; }
    /// The current settings as published; stays valid (and unchanged) after an edit.
    ConnectionConfigPtr sharedConfig() const { return m_config; }
    /// Swaps in new settings; emits configChanged() when they differ.
    void setConfig(ConnectionConfigPtr config);
    void setConfig(ConnectionConfig config);
    Timeouts timeouts() const { return m_timeouts; }
    void setTimeouts(Timeouts timeouts) { m_timeouts = timeouts; }
    QNetworkAccessManager *network() const { return m_network; }

    PipelinesRequest *listPipelines(const QString &cursor = {}, int limit = 100);
    RunsRequest *listRuns(const QString &pipelineId, const QString &cursor = {}, int limit = 50);
    /// `decoder`, kept across the polls of one run, parses only what changed since the last one.
    ProgressRequest *fetchProgress(const QString &pipelineId, const QString &runId,
                                   std::shared_ptr<ProgressDecoder> decoder = {});
    /// preferCsv asks for text/csv and streams it; the JSON answer is accepted as well.
    ErrorsRequest *fetchErrors(const QString &pipelineId, const QString &runId,
                               bool preferCsv = true);
    RetryRequest *retryRun(const QString &pipelineId, const QString &runId,
                           const QUuid &idempotencyKey);

    /// {server}/api/v1{path}?{query}; `encodedPath` and `encodedQuery` are percent-encoded.
    QUrl endpointUrl(const QString &encodedPath, const QString &encodedQuery = {}) const;
    /// Adds the authentication, tenant and client headers to `request`.
    void decorate(QNetworkRequest &request) const;
    /// "/pipelines/{id}/runs/{runId}" with each id percent-encoded.
    static QString runPath(const QString &pipelineId, const QString &runId);
    static QString encodeSegment(const QString &segment);
    static QByteArray userAgent();

Q_SIGNALS:
    /// The connection was edited: the next request uses the new settings.
    void configChanged();

private:
    ConnectionConfigPtr m_config;
    Timeouts m_timeouts;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace fw
