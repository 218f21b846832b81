#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkReply> // QPointer<QNetworkReply> is compared inline below
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QNetworkRequest;

namespace fw {

class ApiClient;

/// The common base of every endpoint's request: headers, the redirect policy (same origin only),
/// an idle timeout and an overall deadline, a size cap, and HTTP status -> typed ApiError. A
/// subclass names its method, path and cap and turns the body into value types.
class ApiRequest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRequest)

public:
    ~ApiRequest() override;

    /// Sends the request. Call once; finished() follows exactly once.
    void start();
    /// Cancels: finished() with ApiError::Kind::Cancelled (if not finished yet).
    void cancel();

    bool isRunning() const { return m_reply != nullptr; }
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    int httpStatus() const { return m_httpStatus; }
    qint64 bytesReceived() const { return m_bytesReceived; }
    /// Delete itself after finished() (the default); turn off to read results later.
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    void finished();

protected:
    ApiRequest(ApiClient *client, QByteArray method, QString encodedPath, QString encodedQuery);

    virtual QByteArray acceptHeader() const { return QByteArrayLiteral("application/json"); }
    virtual QByteArray requestBody() const { return {}; }
    virtual void addHeaders(QNetworkRequest &request) const;
    /// Bytes at most in a successful body; larger ends the request with TooLarge.
    virtual qint64 sizeCap() const = 0;
    /// Streams are fed as they arrive and have no overall deadline (the user can cancel them).
    virtual bool isStreaming() const { return false; }
    /// Statuses other than 2xx that are an answer, not a failure (the runs list's 404).
    virtual bool isAcceptedStatus(int status) const;

    /// Buffered mode: parse the whole body of an accepted answer. Return a BadPayload on failure.
    virtual ApiError parseBody(const QByteArray &body) = 0;
    /// Streaming mode: a chunk of an accepted answer; return an error to stop.
    virtual ApiError consumeChunk(QByteArrayView chunk);
    /// Streaming mode: the body is complete.
    virtual ApiError finishStream();

    QByteArray responseHeader(const QByteArray &name) const;
    ApiClient *client() const { return m_client; }

private:
    void onReadyRead();
    void onFinished();
    void onRedirected(const QUrl &url);
    void fail(ApiError error);
    void complete();
    void applyHttpStatus();
    bool isCutShort() const;
    ApiError errorFromStatus(int status, const QByteArray &body) const;
    ApiError errorFromNetwork() const;

    ApiClient *m_client = nullptr;
    QByteArray m_method;
    QString m_encodedPath;
    QString m_encodedQuery;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QTimer m_deadlineTimer;
    QElapsedTimer m_elapsed;
    QByteArray m_buffer; ///< the body in buffered mode, or an error body (capped)
    ApiError m_error;
    qint64 m_bytesReceived = 0;
    int m_httpStatus = 0;
    int m_redirects = 0; ///< same-server redirects followed
    bool m_statusAccepted = false;
    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_timedOut = false;
    bool m_sliceQueued = false; ///< a streaming slice is scheduled for the next turn
};

} // namespace fw
