#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

namespace fw {

struct ApiError;
struct RunInfo;

/// The sentences that tell a user what a retry will do and what happened, shared by the
/// confirmation dialog, the run page and the command line, so they always say the same thing.
/// Numbers carry thousands separators even in the C locale.
class RetryOutlook final
{
public:
    enum class Start { FromLastRow, FromBeginning, Unknown };

    /// append and upsert resume from the last processed row; replace re-runs from the beginning;
    /// anything else (truncate, cdc_mirror, "", …) is not known to Flowwatch.
    static Start startFor(QStringView loadStrategy);
    /// 32000 -> "32,000" in English, "32.000" in German, "32,000" in the C locale.
    static QString formatCount(qint64 value, const QLocale &locale = QLocale());
    /// "Resumes from row 32,000", "Re-runs from the beginning", or a sentence saying it is
    /// unknown whether a run with that strategy resumes.
    static QString whatWillHappen(QStringView loadStrategy, qint64 processedRows,
                                  const QLocale &locale = QLocale());
    /// Where the new run of a retry starts, from its metadata: "resumes from row 32,000",
    /// "starts from the beginning" (lower case: it follows a dash or a colon).
    static QString newRunStart(const RunInfo &newRun, const QLocale &locale = QLocale());
    /// "Retry of run_001 — resumes from row 32,000", shown on the new run's page.
    static QString retryOfText(const RunInfo &newRun, const QLocale &locale = QLocale());
    /// "Retried as run_9001", shown on the original run's page.
    static QString retriedAsText(const QString &newRunId);
    /// What a failed retry means and what to do next, without the server's own message (shown
    /// apart, as plain text). `profileName` names the connection in the 403 sentence.
    static QString failureMeaning(const ApiError &error, const QString &profileName = {});
    /// The server's message made safe to show: control characters visible, at most 300
    /// characters. Empty when the server sent none.
    static QString serverMessage(const ApiError &error);
    /// "A retry is in flight; quitting now leaves its outcome unknown."
    static QString quitWarning();
};

} // namespace fw
