#pragma once

#include "ApiRequest.h"
#include "RunInfo.h"

#include <QUuid>

namespace fw {

/// POST /pipelines/{id}/runs/{runId}/retry — creates a new run. Never repeated automatically;
/// carries an Idempotency-Key so that a deliberate resend after an unknown outcome can reuse it.
class RetryRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryRequest)

public:
    RetryRequest(ApiClient *client, const QString &pipelineId, const QString &runId,
                 const QUuid &idempotencyKey);

    const RunInfo &newRun() const { return m_run; }
    const QUuid &idempotencyKey() const { return m_key; }
    static ApiError parse(const QByteArray &body, RunInfo *run);

protected:
    QByteArray requestBody() const override { return QByteArrayLiteral("{}"); }
    void addHeaders(QNetworkRequest &request) const override;
    qint64 sizeCap() const override { return 4 * 1024 * 1024; }
    ApiError parseBody(const QByteArray &body) override { return parse(body, &m_run); }

private:
    QUuid m_key;
    RunInfo m_run;
};

} // namespace fw
