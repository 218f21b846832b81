#include "RunHistoryLoader.h"

#include "core/api/ApiClient.h"
#include "core/api/RunsRequest.h"

namespace fw {

RunHistoryLoader::RunHistoryLoader(ApiClient *client, QString pipelineId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pipelineId(std::move(pipelineId))
{ }

RunHistoryLoader::~RunHistoryLoader()
{
    if (m_request) {
        disconnect(m_request, nullptr, this, nullptr);
        m_request->cancel();
    }
}

void RunHistoryLoader::load()
{
    if (!m_client || m_request)
        return;
    m_request = m_client->listRuns(m_pipelineId, {}, RunHistory::kMaxRuns);
    connect(m_request, &ApiRequest::finished, this, [this] {
        RunsRequest *request = m_request;
        m_request = nullptr;
        if (!request)
            return;
        if (request->succeeded() && !request->isListingUnavailable())
            m_history = RunHistory(request->page().items, QDateTime::currentDateTimeUtc());
        m_loaded = true;
        Q_EMIT loaded();
    });
    m_request->start();
}

} // namespace fw
