#include "RetryOutlook.h"

#include "core/api/ApiError.h"
#include "core/api/RunInfo.h"
#include "core/text/DisplayText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fw {

namespace {

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

QString RetryOutlook::whatWillHappen(QStringView loadStrategy, const QLocale &locale)
{
    Q_UNUSED(locale)
    switch (startFor(loadStrategy)) {
    case Start::FromLastRow:
        return tr("Resumes from the server's last checkpoint");
    case Start::FromBeginning:
        return tr("Re-runs from the beginning");
    case Start::Unknown:
        break;
    }
    if (loadStrategy.isEmpty()) {
        return tr("The run does not name its load strategy: it is unknown whether the retry "
                  "resumes from the server's last checkpoint or re-runs from the beginning");
    }
    return tr("Load strategy “%1” is not one Flowwatch knows: it is unknown whether the retry "
              "resumes from the server's last checkpoint or re-runs from the beginning")
        .arg(visibleText(loadStrategy, 40));
}

QString RetryOutlook::whatIsKnown(QStringView loadStrategy, qint64 processedRows, qint64 totalRows,
                                  const QLocale &locale)
{
    const QString processed
        = tr("%1 of %2 rows were processed so far.")
              .arg(formatCount(processedRows, locale), formatCount(totalRows, locale));
    if (loadStrategy == u"append") {
        return processed + u' '
            + tr("The server decides where the new run starts: with append, rows after its last "
                 "checkpoint may be loaded again.");
    }
    if (loadStrategy == u"upsert") {
        return processed + u' '
            + tr("The server decides where the new run starts: with upsert, rows after its last "
                 "checkpoint are written again and update the rows already loaded.");
    }
    if (startFor(loadStrategy) == Start::FromBeginning) {
        return tr("All %1 rows are loaded again; the target's data is replaced.")
            .arg(formatCount(totalRows, locale));
    }
    return processed + u' ' + tr("Check the pipeline's load mode before retrying.");
}

QString RetryOutlook::newRunStart(const RunInfo &newRun, const QLocale &locale)
{
    if (newRun.resumable.value_or(true) && newRun.resumeFromRow && *newRun.resumeFromRow > 0)
        return tr("resumes from row %1").arg(formatCount(*newRun.resumeFromRow, locale));
    if (newRun.resumable == false || (newRun.resumeFromRow && *newRun.resumeFromRow == 0))
        return tr("starts from the beginning");
    switch (startFor(newRun.loadStrategy)) {
    case Start::FromLastRow:
        return tr("resumes from the server's last checkpoint");
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

QString RetryOutlook::serverAnswer(const RunInfo &newRun, const QLocale &locale)
{
    const QString row
        = newRun.resumeFromRow ? formatCount(*newRun.resumeFromRow, locale) : tr("not stated");
    const QString resumable = !newRun.resumable ? tr("not stated")
        : *newRun.resumable                     ? tr("yes")
                                                : tr("no");
    QString text = tr("Server: resumeFromRow %1, resumable %2").arg(row, resumable);
    for (const LogEntry &entry : newRun.log) {
        if (!entry.message.trimmed().isEmpty()) {
            text += u" — “"_s + visibleText(entry.message.trimmed(), serverMessageCap) + u"”"_s;
            break;
        }
    }
    return text;
}

bool RetryOutlook::willNotResume(const RunInfo &newRun)
{
    // replace starts over by design: the confirmation said so already.
    if (startFor(newRun.loadStrategy) == Start::FromBeginning)
        return false;
    if (newRun.resumable == false)
        return true;
    return newRun.resumeFromRow && *newRun.resumeFromRow == 0
        && startFor(newRun.loadStrategy) == Start::FromLastRow;
}

QString RetryOutlook::resumeWarning(const RunInfo &newRun, qint64 processedRows,
                                    const QLocale &locale)
{
    if (startFor(newRun.loadStrategy) == Start::FromBeginning)
        return {}; // replace starts over by design
    const bool append = newRun.loadStrategy == u"append";
    if (willNotResume(newRun)) {
        QString text = newRun.resumable == false
            ? tr("⚠ The server will not resume this run: it says it is not resumable and "
                 "re-processes it from row %1.")
                  .arg(formatCount(newRun.resumeFromRow.value_or(0), locale))
            : tr("⚠ The server will not resume this run: it re-processes every partition from "
                 "row 0.");
        if (append)
            text += u' ' + tr("With append, rows that were already loaded are loaded again.");
        return text;
    }
    if (newRun.resumeFromRow && processedRows > *newRun.resumeFromRow) {
        QString text = tr("⚠ The server resumes from row %1, behind the %2 rows processed.")
                           .arg(formatCount(*newRun.resumeFromRow, locale),
                                formatCount(processedRows, locale));
        if (append)
            text += u' '
                + tr("With append, up to %1 rows are loaded again.")
                      .arg(formatCount(processedRows - *newRun.resumeFromRow, locale));
        return text;
    }
    return {};
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
