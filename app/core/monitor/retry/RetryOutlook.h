#pragma once

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(fw::RetryOutlook)

public:
    enum class Start { FromLastRow, FromBeginning, Unknown };

    /// append and upsert resume from a checkpoint the server chooses; replace re-runs from the
    /// beginning; anything else (truncate, cdc_mirror, "", …) is not known to Flowwatch.
    static Start startFor(QStringView loadStrategy);
    /// 32000 -> "32,000" in English, "32.000" in German, "32,000" in the C locale.
    static QString formatCount(qint64 value, const QLocale &locale = QLocale());

    // Before the server answers: never promise a row, the server decides where it resumes.

    /// "Resumes from the server's last checkpoint", "Re-runs from the beginning", or a sentence
    /// saying it is unknown whether a run with that strategy resumes.
    static QString whatWillHappen(QStringView loadStrategy, const QLocale &locale = QLocale());
    /// What is known so far: "137,004 of 300,000 rows were processed so far." and what the load
    /// strategy means for rows after the checkpoint (append: they may be loaded again).
    static QString whatIsKnown(QStringView loadStrategy, qint64 processedRows, qint64 totalRows,
                               const QLocale &locale = QLocale());

    // After the server's 201: what it said it does.

    /// Where the new run of a retry starts, from its metadata: "resumes from row 32,000",
    /// "starts from the beginning" (lower case: it follows a dash or a colon).
    static QString newRunStart(const RunInfo &newRun, const QLocale &locale = QLocale());
    /// "Retry of run_001 — resumes from row 32,000", shown on the new run's page.
    static QString retryOfText(const RunInfo &newRun, const QLocale &locale = QLocale());
    /// "Retried as run_9001", shown on the original run's page.
    static QString retriedAsText(const QString &newRunId);
    /// The server's answer as sent: "Server: resumeFromRow 128,026, resumable yes — “Resuming
    /// from row 128026 (original run: run_001)”" (its log line as plain, capped text).
    static QString serverAnswer(const RunInfo &newRun, const QLocale &locale = QLocale());
    /// True when the server will not resume a run that could: resumable false, or row 0 for
    /// append/upsert (never for replace, which starts over by design).
    static bool willNotResume(const RunInfo &newRun);
    /// A prominent sentence when the server does not resume, or resumes behind the rows
    /// processed (`processedRows` of the original run, < 0 when unknown); empty otherwise.
    static QString resumeWarning(const RunInfo &newRun, qint64 processedRows = -1,
                                 const QLocale &locale = QLocale());
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
