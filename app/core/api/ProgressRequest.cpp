#include "ProgressRequest.h"

#include "ApiClient.h"
#include "ParseProgress.h"

using namespace Qt::StringLiterals;

namespace fw {

ProgressRequest::ProgressRequest(ApiClient *client, const QString &pipelineId, const QString &runId,
                                 std::shared_ptr<ProgressDecoder> decoder)
    : ApiRequest(client, "GET", ApiClient::runPath(pipelineId, runId) + u"/progress"_s, QString())
    , m_decoder(std::move(decoder))
{ }

ApiError ProgressRequest::parseBody(const QByteArray &body)
{
    return m_decoder ? m_decoder->decode(body, &m_progress) : parseProgress(body, &m_progress);
}

} // namespace fw
