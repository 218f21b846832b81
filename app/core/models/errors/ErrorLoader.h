#pragma once

#include "core/api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace fw {

class ApiClient;
class ErrorTableModel;
class ErrorsRequest;

/// Streams a run's full error list into an ErrorTableModel: CSV parsed as it arrives (JSON when
/// the server does not answer CSV), rows appended in batches, progress against the expected
/// total, and Cancel, which stops the download and keeps the rows loaded so far.
class ErrorLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorLoader)

public:
    enum class State { Idle, Loading, Loaded, Cancelled, Failed };
    Q_ENUM(State)

    explicit ErrorLoader(ErrorTableModel *model, QObject *parent = nullptr);
    ~ErrorLoader() override;

    /// Clears the model and starts downloading. `expectedTotal` (the run's failedRows, or -1)
    /// is the progress target until the server announces its own total.
    void start(ApiClient *client, const QString &pipelineId, const QString &runId,
               qint64 expectedTotal = -1);
    /// Stops the download; the rows loaded so far stay.
    void cancel();

    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::Loading; }
    qint64 loadedRows() const { return m_loaded; }
    /// The expected number of rows, or -1 when unknown.
    qint64 expectedRows() const { return m_expected; }
    qint64 bytesReceived() const { return m_bytes; }
    const ApiError &error() const { return m_error; }
    /// The server's suggested, sanitised file name (pipeline-run-{runId}-errors.csv).
    QString suggestedFileName() const { return m_fileName; }
    const QString &runId() const { return m_runId; }
    const QString &pipelineId() const { return m_pipelineId; }

Q_SIGNALS:
    void stateChanged(fw::ErrorLoader::State state);
    void progressChanged(qint64 loaded, qint64 expected);

private:
    void onFinished();
    void setState(State state);

    ErrorTableModel *m_model = nullptr;
    QPointer<ErrorsRequest> m_request;
    State m_state = State::Idle;
    qint64 m_loaded = 0;
    qint64 m_expected = -1;
    qint64 m_bytes = 0;
    ApiError m_error;
    QString m_fileName;
    QString m_runId;
    QString m_pipelineId;
};

} // namespace fw
