#include "ApiError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fw {

namespace {

QString withServerMessage(const QString &base, const QString &serverMessage)
{
    if (serverMessage.isEmpty())
        return base;
    return base + u" ("_s + serverMessage + u")"_s;
}
} // namespace

QString ApiError::userMessage(FollowUp followUp) const
{
    QString text = whatHappened();
    if (text.isEmpty() || kind == Kind::Cancelled)
        return text;
    // Then what happens next: Flowwatch tries again on its own, or the user does. (A watcher
    // stops on 401 and 404: those need the user either way.)
    const bool honoursRetryAfter
        = kind == Kind::RateLimited || (kind == Kind::ServerError && httpStatus == 503);
    if (followUp == FollowUp::RetriesAutomatically && honoursRetryAfter && nextTrySeconds)
        return text + u' ' + tr("Retrying automatically in %1 s.").arg(*nextTrySeconds);
    if (followUp == FollowUp::RetriesAutomatically && kind != Kind::Unauthorized
        && kind != Kind::NotFound)
        return text + u' ' + tr("Retrying automatically.");
    switch (kind) {
    case Kind::Timeout:
        return text + u' ' + tr("Try again; if it keeps happening, check that the server is up.");
    case Kind::RateLimited:
        return text + u' ' + tr("Wait, then try again.");
    case Kind::ServerError:
        return text + u' '
            + tr("Try again later; if it persists, tell the server's administrators.");
    default:
        return text;
    }
}

QString ApiError::whatHappened() const
{
    const QString where = host.isEmpty() ? tr("the server") : host;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Cannot reach %1 — check the server URL and your network.").arg(where)
            + (detail.isEmpty() ? QString() : u" ("_s + detail + u")"_s);
    case Kind::Timeout:
        return tr("Server not responding: %1 sent no answer in time.").arg(where);
    case Kind::BadRequest:
        return withServerMessage(tr("The server rejected the request as invalid."), serverMessage);
    case Kind::Unauthorized:
        return withServerMessage(tr("API key rejected by %1 — check the key and tenant of this "
                                    "connection."),
                                 serverMessage)
            .arg(where);
    case Kind::Forbidden:
        return withServerMessage(tr("Insufficient permissions for this action."), serverMessage);
    case Kind::NotFound:
        return tr("Not found (deleted, or in another tenant).");
    case Kind::Unprocessable:
        return withServerMessage(tr("The server refused the request in the current state."),
                                 serverMessage);
    case Kind::RateLimited:
        // The server's wait only when it is the one to keep: a positive Retry-After, and no
        // retrying schedule of our own (whose wait, never shorter, userMessage() states).
        return retryAfterSeconds && *retryAfterSeconds > 0 && !nextTrySeconds
            ? tr("Rate limited by %1 (it asks to wait %2 s).").arg(where).arg(*retryAfterSeconds)
            : tr("Rate limited by %1.").arg(where);
    case Kind::ServerError:
        return tr("%1 had an internal problem (HTTP %2).").arg(where).arg(httpStatus);
    case Kind::HttpError:
        return withServerMessage(
            tr("Unexpected answer from %1 (HTTP %2).").arg(where).arg(httpStatus), serverMessage);
    case Kind::BadPayload: {
        // The detail ends the sentence ("… at byte 15"): the next one must not run into it.
        QString text = tr("Server sent unreadable data: %1").arg(detail).trimmed();
        if (!text.endsWith(u'.') && !text.endsWith(u'!') && !text.endsWith(u'?'))
            text += u'.';
        return text;
    }
    case Kind::TooLarge:
        return tr("Response too large from %1: stopped reading at %2.").arg(where, detail);
    case Kind::Redirect:
        if (redirectLoop)
            return tr("%1 keeps redirecting (a redirect loop) — check the server URL.").arg(where);
        return detail.isEmpty()
            ? tr("Server redirected to %1 — check the server URL.").arg(host)
            : tr("Server redirected to %1 %2 — check the server URL.").arg(host, detail);
    case Kind::Tls:
        return tr("Secure connection to %1 failed: %2. Check the server's certificate.")
            .arg(where, detail);
    case Kind::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

ApiError payloadError(const QString &field, const QString &reason)
{
    ApiError error;
    error.kind = ApiError::Kind::BadPayload;
    error.field = field;
    error.detail = field.isEmpty() ? reason : field + u": "_s + reason;
    return error;
}

bool ApiError::isTransient() const
{
    return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::RateLimited
        || kind == Kind::ServerError;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::BadRequest:
        return u"bad-request"_s;
    case Kind::Unauthorized:
        return u"unauthorized"_s;
    case Kind::Forbidden:
        return u"forbidden"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::Unprocessable:
        return u"unprocessable"_s;
    case Kind::RateLimited:
        return u"rate-limited"_s;
    case Kind::ServerError:
        return u"server-error"_s;
    case Kind::HttpError:
        return u"http-error"_s;
    case Kind::BadPayload:
        return u"bad-payload"_s;
    case Kind::TooLarge:
        return u"too-large"_s;
    case Kind::Redirect:
        return u"redirect"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    }
    return u"unknown"_s;
}

} // namespace fw
