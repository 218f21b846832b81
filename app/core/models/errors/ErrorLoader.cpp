#include "ErrorLoader.h"

#include "ErrorTableModel.h"
#include "core/api/ApiClient.h"
#include "core/api/ErrorsRequest.h"

namespace fw {

ErrorLoader::ErrorLoader(ErrorTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{ }

ErrorLoader::~ErrorLoader()
{
    if (m_request) {
        m_request->disconnect(this);
        delete m_request.data();
    }
}

void ErrorLoader::start(ApiClient *client, const QString &pipelineId, const QString &runId,
                        qint64 expectedTotal)
{
    if (m_request) {
        m_request->disconnect(this);
        delete m_request.data();
    }
    m_model->clear();
    m_loaded = 0;
    m_bytes = 0;
    m_expected = expectedTotal >= 0 ? expectedTotal : -1;
    m_error = {};
    m_runId = runId;
    m_pipelineId = pipelineId;
    m_fileName = ErrorsRequest::safeFileName(u"pipeline-run-" + runId + u"-errors.csv");

    ErrorsRequest *request = client->fetchErrors(pipelineId, runId, true);
    request->setAutoDelete(false);
    m_request = request;
    connect(request, &ErrorsRequest::rowsArrived, this,
            [this](const QList<ValidationError> &batch) {
                m_model->appendErrors(batch);
                m_loaded += batch.size();
            });
    connect(request, &ErrorsRequest::progressChanged, this, [this](qint64 rows, qint64 bytes) {
        m_bytes = bytes;
        if (m_request && m_request->announcedTotal())
            m_expected = *m_request->announcedTotal();
        Q_EMIT progressChanged(rows, m_expected);
    });
    connect(request, &ErrorsRequest::finished, this, &ErrorLoader::onFinished);
    // The client (the request's parent) may go away mid-load, e.g. when its profile is removed.
    connect(request, &QObject::destroyed, this, [this] {
        if (m_state != State::Loading)
            return;
        m_error = {};
        m_error.kind = ApiError::Kind::Cancelled;
        m_model->publishPending();
        setState(State::Cancelled);
    });
    setState(State::Loading);
    Q_EMIT progressChanged(0, m_expected);
    request->start();
}

void ErrorLoader::cancel()
{
    if (m_request && m_state == State::Loading)
        m_request->cancel();
}

void ErrorLoader::onFinished()
{
    ErrorsRequest *request = m_request;
    if (!request)
        return;
    m_request = nullptr;
    m_error = request->error();
    m_fileName = request->suggestedFileName();
    m_bytes = request->bytesReceived();
    if (request->announcedTotal())
        m_expected = *request->announcedTotal();
    request->deleteLater();
    m_model->publishPending();
    if (m_error.kind == ApiError::Kind::None) {
        m_expected = m_loaded; // what the server sent is the whole list
        setState(State::Loaded);
    } else if (m_error.kind == ApiError::Kind::Cancelled) {
        setState(State::Cancelled);
    } else {
        setState(State::Failed);
    }
    Q_EMIT progressChanged(m_loaded, m_expected);
}

void ErrorLoader::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace fw
