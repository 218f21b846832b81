#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace fw {

/// What went wrong with a request, in terms a user can act on.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(fw::ApiError)

public:
    enum class Kind {
        None,
        Network, ///< connection refused, DNS failure, reset
        Timeout, ///< idle timeout or overall deadline
        BadRequest, ///< 400
        Unauthorized, ///< 401
        Forbidden, ///< 403
        NotFound, ///< 404
        Unprocessable, ///< 422
        RateLimited, ///< 429
        ServerError, ///< 5xx
        HttpError, ///< any other unexpected status
        BadPayload, ///< unreadable JSON/CSV or a field of the wrong type
        TooLarge, ///< the body exceeded the endpoint's size cap
        Redirect, ///< redirected to another origin: not followed
        Tls, ///< certificate problems: never ignored
        Cancelled, ///< cancelled by the user
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serverMessage; ///< from the server's error envelope, plain text, length-capped
    QString serverCode; ///< e.g. "NOT_FOUND"
    QString detail; ///< technical detail: parse error, field name, TLS reason, host
    QString field; ///< for BadPayload: the offending field ("partitionDetails[3].rows")
    QString host; ///< the host the request went to (or was redirected to)
    std::optional<qint64> retryAfterSeconds; ///< parsed Retry-After, capped
    /// Set by whoever tries again on its own (a run's watcher): the wait it really keeps before
    /// the next try, which the 429 and 503 messages state (Retry-After is only a lower bound).
    std::optional<qint64> nextTrySeconds;
    bool outcomeUnknown = false; ///< a POST that may have reached the server (timeout, reset)
    bool redirectLoop = false; ///< Redirect: the server kept redirecting (not to another host)

    bool isError() const { return kind != Kind::None; }
    /// Who tries again after a failure: the user, or Flowwatch on its own (a run's watcher).
    enum class FollowUp { UserRetries, RetriesAutomatically };
    /// For the user: what happened and what to do next; with RetriesAutomatically, a transient
    /// failure says that Flowwatch tries again instead of asking the user to.
    QString userMessage(FollowUp followUp = FollowUp::UserRetries) const;
    /// True for failures where a later GET may succeed (network, timeout, 429, 5xx).
    bool isTransient() const;

    static QString kindName(Kind kind);

private:
    QString whatHappened() const;
};

/// A BadPayload error naming the offending field ("partitionDetails[3].rows: expected a number,
/// got a string"); `field` may be empty for whole-body problems.
ApiError payloadError(const QString &field, const QString &reason);

} // namespace fw
