#include "RetryOutlook.h"

#include "core/api/ApiError.h"
#include "core/api/RunInfo.h"
#include "core/text/DisplayText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fw {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("fw::RetryOutlook", text);
}

constexpr qsizetype serverMessageCap = 300;
} // namespace

RetryOutlook::Start RetryOutlook::startFor(QStringView loadStrategy)
{
    if (loadStrategy == u"append" || loadStrategy == u"upsert")
        return Start::FromLastRow;
    if (loadStrategy == u"replace")
        return Start::FromBeginning;
    return Start::Unknown;
}

QString RetryOutlook::formatCount(qint64 value, const QLocale &locale)
{
    // The C locale omits group separators by default; users read "32,000" faster than "32000".
    QLocale grouped = locale;
    grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return grouped.toString(value);
}

QString RetryOutlook::whatWillHappen(QStringView loadStrategy, qint64 processedRows,
                                     const QLocale &locale)
{
    switch (startFor(loadStrategy)) {
    case Start::FromLastRow:
        return tr("Resumes from row %1").arg(formatCount(processedRows, locale));
    case Start::FromBeginning:
        return tr("Re-runs from the beginning");
    case Start::Unknown:
        break;
    }
    if (loadStrategy.isEmpty()) {
        return tr("The run does not name its load strategy: it is unknown whether the retry "
                  "resumes from row %1 or re-runs from the beginning")
            .arg(formatCount(processedRows, locale));
    }
    return tr("Load strategy “%1” is not one Flowwatch knows: it is unknown whether the retry "
              "resumes from row %2 or re-runs from the beginning")
        .arg(visibleText(loadStrategy, 40), formatCount(processedRows, locale));
}

QString RetryOutlook::newRunStart(const RunInfo &newRun, const QLocale &locale)
{
    if (newRun.resumable.value_or(true) && newRun.resumeFromRow && *newRun.resumeFromRow > 0)
        return tr("resumes from row %1").arg(formatCount(*newRun.resumeFromRow, locale));
    if (newRun.resumable == false || (newRun.resumeFromRow && *newRun.resumeFromRow == 0))
        return tr("starts from the beginning");
    switch (startFor(newRun.loadStrategy)) {
    case Start::FromLastRow:
        return tr("resumes from the last processed row");
    case Start::FromBeginning:
        return tr("starts from the beginning");
    case Start::Unknown:
        break;
    }
    return tr("unknown whether it resumes");
}

QString RetryOutlook::retryOfText(const RunInfo &newRun, const QLocale &locale)
{
    return tr("Retry of %1 — %2").arg(visibleText(newRun.retryOf, 80), newRunStart(newRun, locale));
}

QString RetryOutlook::retriedAsText(const QString &newRunId)
{
    return tr("Retried as %1").arg(visibleText(newRunId, 80));
}

QString RetryOutlook::failureMeaning(const ApiError &error, const QString &profileName)
{
    using Kind = ApiError::Kind;
    const QString host = error.host.isEmpty() ? tr("the server") : error.host;
    if (error.outcomeUnknown) {
        return tr("Outcome unknown: %1 may have created the new run before the connection ended. "
                  "Check the pipeline's runs before retrying again.")
            .arg(host);
    }
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::Forbidden:
        return profileName.isEmpty()
            ? tr("The server refused: insufficient permissions. This API key may not retry runs "
                 "(an admin or editor key is needed).")
            : tr("The server refused: insufficient permissions. The API key of “%1” may not retry "
                 "runs (an admin or editor key is needed); Retry stays off for it until you "
                 "re-check.")
                  .arg(profileName);
    case Kind::NotFound:
        return tr("Run or pipeline not found — deleted, or in another tenant. Nothing was "
                  "retried; check the run id and the connection's tenant.");
    case Kind::Unprocessable:
        return tr("The server does not allow retrying this run in its current state: only failed "
                  "runs or runs completed with errors can be retried. Nothing was retried.");
    case Kind::Unauthorized:
        return tr("API key rejected by %1 — nothing was retried. Check the key and tenant of "
                  "this connection.")
            .arg(host);
    case Kind::Network:
        return tr("Cannot reach %1: the retry was not sent. Check the server URL and your "
                  "network, then retry.")
            .arg(host);
    case Kind::Timeout:
        return tr("%1 did not answer in time: the retry was not sent. Retry when it responds.")
            .arg(host);
    case Kind::RateLimited:
        return error.retryAfterSeconds
            ? tr("Rate limited by %1: the retry was not accepted. Wait %2 s, then retry.")
                  .arg(host)
                  .arg(*error.retryAfterSeconds)
            : tr("Rate limited by %1: the retry was not accepted. Wait a minute, then retry.")
                  .arg(host);
    case Kind::ServerError:
        return tr("%1 had an internal problem (HTTP %2); the retry may not have been created. "
                  "Check the pipeline's runs before retrying: Flowwatch never retries on its "
                  "own.")
            .arg(host)
            .arg(error.httpStatus);
    case Kind::BadPayload:
        return tr("%1 accepted the retry but its answer was unreadable (%2). Check the "
                  "pipeline's runs for the new run before retrying again.")
            .arg(host, visibleText(error.detail, 200));
    case Kind::Cancelled:
        return tr("Cancelled before the server answered; check the pipeline's runs before "
                  "retrying again.");
    case Kind::BadRequest:
    case Kind::HttpError:
    case Kind::TooLarge:
    case Kind::Redirect:
    case Kind::Tls:
        break;
    }
    return error.userMessage() + u' '
        + tr("Flowwatch never retries on its own; check the pipeline's runs before retrying "
             "again.");
}

QString RetryOutlook::serverMessage(const ApiError &error)
{
    // Markers for control characters lengthen the text: cap what is shown, not what was sent.
    QString shown = visibleText(error.serverMessage.trimmed(), serverMessageCap);
    if (shown.size() > serverMessageCap)
        shown = shown.left(serverMessageCap - 1) + u'…';
    return shown;
}

QString RetryOutlook::quitWarning()
{
    return tr("A retry is in flight; quitting now leaves its outcome unknown.");
}

} // namespace fw
