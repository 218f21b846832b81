#include "ApiRequest.h"

#include "ApiClient.h"
#include "JsonBody.h"
#include "OneShotBody.h"
#include "RetryAfter.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "flowwatch.api", QtInfoMsg)

namespace fw {

namespace {
constexpr qint64 errorBodyCap = 64 * 1024;
constexpr qint64 streamSliceBytes = 256 * 1024; // parsed per event-loop turn
constexpr qint64 streamBufferBytes = 8 * 1024 * 1024; // unread bytes Qt holds before pausing

bool isTransportError(QNetworkReply::NetworkError code)
{
    // 1-199: connection and proxy problems; 301-399: protocol problems (such as a body cut
    // short). The 2xx/4xx ranges of the enum merely mirror HTTP statuses.
    const int n = code;
    return (n >= 1 && n < 200) || (n >= 301 && n < 400)
        || code == QNetworkReply::ContentReSendError;
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}
} // namespace

ApiRequest::ApiRequest(ApiClient *client, QByteArray method, QString encodedPath,
                       QString encodedQuery)
    : QObject(client)
    , m_client(client)
    , m_method(std::move(method))
    , m_encodedPath(std::move(encodedPath))
    , m_encodedQuery(std::move(encodedQuery))
{
    m_idleTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    auto onTimeout = [this] {
        m_timedOut = true;
        ApiError error;
        error.kind = ApiError::Kind::Timeout;
        error.host = m_client->config().displayHost();
        error.outcomeUnknown = m_method != "GET";
        fail(error);
    };
    connect(&m_idleTimer, &QTimer::timeout, this, onTimeout);
    connect(&m_deadlineTimer, &QTimer::timeout, this, onTimeout);
}

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiRequest::addHeaders(QNetworkRequest &request) const
{
    Q_UNUSED(request)
}

bool ApiRequest::isAcceptedStatus(int status) const
{
    return status >= 200 && status < 300;
}

ApiError ApiRequest::consumeChunk(QByteArrayView chunk)
{
    Q_UNUSED(chunk)
    return {};
}

ApiError ApiRequest::finishStream()
{
    return {};
}

QByteArray ApiRequest::responseHeader(const QByteArray &name) const
{
    return m_reply ? m_reply->rawHeader(name) : QByteArray();
}

void ApiRequest::start()
{
    Q_ASSERT(!m_reply && !m_finished);
    const QUrl url = m_client->endpointUrl(m_encodedPath, m_encodedQuery);
    QNetworkRequest request(url);
    m_client->decorate(request);
    request.setRawHeader("Accept", acceptHeader());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    addHeaders(request);

    m_elapsed.start();
    const QByteArray body = requestBody();
    if (m_method == "GET") {
        m_reply = m_client->network()->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setRawHeader("X-Requested-With", "XMLHttpRequest");
        // Streamed from a body that cannot rewind: Qt must not resend a POST by itself.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new OneShotBody(body, this);
        m_reply = m_client->network()->sendCustomRequest(request, m_method, device);
    }
    qCDebug(lcApi).noquote() << m_method << url.toDisplayString();

    if (isStreaming())
        m_reply->setReadBufferSize(streamBufferBytes); // back-pressure instead of a backlog
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiRequest::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onFinished);
    connect(m_reply, &QNetworkReply::redirected, this, &ApiRequest::onRedirected);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] { m_idleTimer.start(); });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_idleTimer.start(); });
#ifndef QT_NO_SSL
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the user is told what is wrong and which certificate it was.
        QStringList reasons;
        for (const QSslError &e : errors)
            reasons << e.errorString();
        ApiError error;
        error.kind = ApiError::Kind::Tls;
        error.host = m_client->config().displayHost();
        QString fingerprint;
        if (m_reply && !m_reply->sslConfiguration().peerCertificate().isNull()) {
            fingerprint = QString::fromLatin1(m_reply->sslConfiguration()
                                                  .peerCertificate()
                                                  .digest(QCryptographicHash::Sha256)
                                                  .toHex(':'));
        }
        error.detail = reasons.join(u"; "_s)
            + (fingerprint.isEmpty() ? QString()
                                     : tr(" (certificate SHA-256 %1)").arg(fingerprint));
        fail(error);
    });
#endif
    const ApiClient::Timeouts timeouts = m_client->timeouts();
    m_idleTimer.start(timeouts.idle);
    if (!isStreaming())
        m_deadlineTimer.start(timeouts.deadline);
}

void ApiRequest::cancel()
{
    if (m_finished)
        return;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    fail(error);
}

void ApiRequest::applyHttpStatus()
{
    if (m_httpStatus != 0 || !m_reply)
        return;
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_statusAccepted = m_httpStatus != 0 && isAcceptedStatus(m_httpStatus);
    if (m_statusAccepted) {
        const qint64 declared = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (declared > sizeCap()) {
            ApiError error;
            error.kind = ApiError::Kind::TooLarge;
            error.host = m_client->config().displayHost();
            error.detail = tr("%1 KiB").arg(QLocale().toString(sizeCap() / 1024));
            fail(error);
        }
    }
}

void ApiRequest::onReadyRead()
{
    if (m_finished || !m_reply)
        return;
    m_idleTimer.start();
    applyHttpStatus();
    if (m_finished)
        return;
    // A stream is taken in slices, each in its own event-loop turn, so a backlog (the network
    // was faster than the parser) never turns into one long stall of the window.
    const QByteArray data = isStreaming() ? m_reply->read(streamSliceBytes) : m_reply->readAll();
    m_bytesReceived += data.size();
    if (isStreaming() && m_reply->bytesAvailable() > 0 && !m_sliceQueued) {
        m_sliceQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_sliceQueued = false;
                onReadyRead();
            },
            Qt::QueuedConnection);
    }
    if (!m_statusAccepted) {
        if (m_buffer.size() < errorBodyCap)
            m_buffer.append(data.left(errorBodyCap - m_buffer.size()));
        return;
    }
    if (m_bytesReceived > sizeCap()) {
        ApiError error;
        error.kind = ApiError::Kind::TooLarge;
        error.host = m_client->config().displayHost();
        error.detail = tr("%1 KiB").arg(QLocale().toString(sizeCap() / 1024));
        fail(error);
        return;
    }
    if (isStreaming()) {
        ApiError error = consumeChunk(data);
        if (error.isError())
            fail(error);
    } else {
        m_buffer.append(data);
    }
}

void ApiRequest::onRedirected(const QUrl &target)
{
    if (m_finished || !m_reply)
        return;
    const QUrl resolved = m_reply->url().resolved(target);
    if (isSameOrigin(resolved, m_client->config().server)) {
        ++m_redirects;
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    // Never follow: the key would go to another host.
    ApiError error;
    error.kind = ApiError::Kind::Redirect;
    error.host = redirectHost(resolved);
    fail(error);
}

ApiError ApiRequest::errorFromNetwork() const
{
    ApiError error;
    error.host = m_client->config().displayHost();
    error.kind = ApiError::Kind::Network;
    const QNetworkReply::NetworkError code = m_reply->error();
    error.detail = m_reply->errorString();
    switch (code) {
    case QNetworkReply::TimeoutError:
        error.kind = ApiError::Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        break;
    case QNetworkReply::TooManyRedirectsError:
        // Same-server redirects are followed up to the limit: this is a loop, not an outage.
        error.kind = ApiError::Kind::Redirect;
        error.redirectLoop = true;
        break;
    default:
        break;
    }
    // A POST may have been processed unless the connection was never made.
    const bool neverSent = code == QNetworkReply::ConnectionRefusedError
        || code == QNetworkReply::HostNotFoundError
        || code == QNetworkReply::SslHandshakeFailedError;
    error.outcomeUnknown = m_method != "GET" && !neverSent;
    return error;
}

ApiError ApiRequest::errorFromStatus(int status, const QByteArray &body) const
{
    ApiError error;
    error.httpStatus = status;
    error.host = m_client->config().displayHost();
    const ServerMessage message = parseServerMessage(body);
    error.serverCode = message.code;
    error.serverMessage = message.message;
    switch (status) {
    case 400:
        error.kind = ApiError::Kind::BadRequest;
        break;
    case 401:
        error.kind = ApiError::Kind::Unauthorized;
        break;
    case 403:
        error.kind = ApiError::Kind::Forbidden;
        break;
    case 404:
        error.kind = ApiError::Kind::NotFound;
        break;
    case 422:
        error.kind = ApiError::Kind::Unprocessable;
        break;
    case 429:
        error.kind = ApiError::Kind::RateLimited;
        break;
    default:
        error.kind = status >= 500 && status < 600 ? ApiError::Kind::ServerError
                                                   : ApiError::Kind::HttpError;
        if (status >= 300 && status < 400) {
            // A redirect Flowwatch did not follow (the limit was reached, or no target).
            error.kind = ApiError::Kind::Redirect;
            error.redirectLoop = true;
        }
        break;
    }
    if (status == 429 || status == 503) {
        error.retryAfterSeconds
            = parseRetryAfter(m_reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    }
    if (error.serverMessage.isEmpty() && error.kind == ApiError::Kind::HttpError) {
        error.serverMessage
            = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().left(100);
    }
    return error;
}

void ApiRequest::onFinished()
{
    if (m_finished || !m_reply)
        return;
    onReadyRead();
    if (m_finished)
        return;
    if (isStreaming() && m_reply->bytesAvailable() > 0) {
        // Slices are still waiting: finish after them, in later event-loop turns.
        QMetaObject::invokeMethod(this, &ApiRequest::onFinished, Qt::QueuedConnection);
        return;
    }
    applyHttpStatus();
    ApiError error;
    if (const std::optional<ApiError> redirect = unfollowedRedirect()) {
        error = *redirect;
    } else if (isTransportError(m_reply->error()) || m_httpStatus == 0) {
        error = errorFromNetwork();
    } else if (!m_statusAccepted) {
        error = errorFromStatus(m_httpStatus, m_buffer);
    } else if (isCutShort()) {
        error.kind = ApiError::Kind::Network;
        error.host = m_client->config().displayHost();
        error.detail = tr("the connection closed before the whole answer arrived");
        error.outcomeUnknown = m_method != "GET";
    } else {
        error = isStreaming() ? finishStream() : parseBody(m_buffer);
        if (error.kind == ApiError::Kind::BadPayload) {
            error.host = m_client->config().displayHost();
            qCWarning(lcApi).noquote()
                << "unreadable answer from" << m_reply->url().toDisplayString() << error.detail
                << "- first bytes:" << m_buffer.left(200).toPercentEncoding(" {}[]\":,");
        }
    }
    qCDebug(lcApi).noquote() << m_method << m_reply->url().toDisplayString() << m_httpStatus
                             << m_elapsed.elapsed() << "ms" << ApiError::kindName(error.kind);
    m_buffer.clear();
    if (error.isError()) {
        fail(error);
        return;
    }
    complete();
}

std::optional<ApiError> ApiRequest::unfollowedRedirect() const
{
    // A redirect Qt would not or could not follow (to file: or another scheme, or in a loop)
    // ends the request with the redirect's own status and target: say so, never "cannot reach".
    const QNetworkReply::NetworkError code = m_reply->error();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QUrl target = m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (target.isEmpty() && status >= 300 && status < 400 && status != 304)
        target = QUrl::fromEncoded(m_reply->rawHeader("Location").trimmed());
    // Qt 6.4 ends a loop back to the same URL with no error, no headers and a status of 100.
    const bool loop = code == QNetworkReply::TooManyRedirectsError
        || (m_redirects > 0 && (status < 200 || (status >= 300 && status < 400)));
    if (!loop && code != QNetworkReply::InsecureRedirectError && target.isEmpty())
        return std::nullopt;
    ApiError error;
    error.kind = ApiError::Kind::Redirect;
    error.httpStatus = status;
    if (loop) {
        error.host = m_client->config().displayHost();
        error.redirectLoop = true;
    } else {
        error.host = redirectHost(m_reply->url().resolved(target));
    }
    return error;
}

QString ApiRequest::redirectHost(const QUrl &target)
{
    if (!target.host().isEmpty())
        return target.host();
    // file:, data: and the like name no host: show what was asked for, as plain text, short.
    return target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .left(120);
}

bool ApiRequest::isCutShort() const
{
    // Qt does not always flag a body shorter than its Content-Length; never parse one.
    const QVariant declared = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (!declared.isValid() || !(encoding.isEmpty() || encoding == "identity"))
        return false;
    return m_bytesReceived < declared.toLongLong();
}

void ApiRequest::fail(ApiError error)
{
    if (m_finished)
        return;
    if (error.host.isEmpty())
        error.host = m_client->config().displayHost();
    m_error = std::move(error);
    complete();
}

void ApiRequest::complete()
{
    m_finished = true;
    m_idleTimer.stop();
    m_deadlineTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace fw
