// RetryOutlook: what the dialog, the run page and the command line say a retry will do and did.
#include "core/api/ApiError.h"
#include "core/api/RunInfo.h"
#include "core/monitor/retry/RetryOutcomeCheck.h"
#include "core/monitor/retry/RetryOutlook.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using fw::ApiError;
using fw::RetryOutlook;
using fw::RunInfo;

class TestRetryOutlook final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatWillHappen_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QString>("text");
        // Before the server answers, no row is promised.
        QTest::newRow("upsert") << u"upsert"_s << u"Resumes from the server's last checkpoint"_s;
        QTest::newRow("append") << u"append"_s << u"Resumes from the server's last checkpoint"_s;
        QTest::newRow("replace from the beginning")
            << u"replace"_s << u"Re-runs from the beginning"_s;
        QTest::newRow("unknown strategy")
            << u"truncate"_s
            << u"Load strategy “truncate” is not one Flowwatch knows: it is unknown whether the "
               "retry resumes from the server's last checkpoint or re-runs from the beginning"_s;
        QTest::newRow("upper case is not upsert")
            << u"UPSERT"_s
            << u"Load strategy “UPSERT” is not one Flowwatch knows: it is unknown whether the "
               "retry resumes from the server's last checkpoint or re-runs from the beginning"_s;
        QTest::newRow("missing strategy")
            << QString()
            << u"The run does not name its load strategy: it is unknown whether the retry "
               "resumes from the server's last checkpoint or re-runs from the beginning"_s;
        QTest::newRow("control characters shown")
            << u"x\ny"_s
            << u"Load strategy “x␊y” is not one Flowwatch knows: it is unknown whether the retry "
               "resumes from the server's last checkpoint or re-runs from the beginning"_s;
    }
    void whatWillHappen()
    {
        QFETCH(QString, strategy);
        QFETCH(QString, text);
        QCOMPARE(RetryOutlook::whatWillHappen(strategy), text);
    }

    void whatIsKnown_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        QTest::newRow("append may load rows again")
            << u"append"_s << en
            << u"137,004 of 300,000 rows were processed so far. The server decides where the new "
               "run starts: with append, rows after its last checkpoint may be loaded again."_s;
        QTest::newRow("upsert writes them again")
            << u"upsert"_s << en
            << u"137,004 of 300,000 rows were processed so far. The server decides where the new "
               "run starts: with upsert, rows after its last checkpoint are written again and "
               "update the rows already loaded."_s;
        QTest::newRow("german separators")
            << u"append"_s << de
            << u"137.004 of 300.000 rows were processed so far. The server decides where the new "
               "run starts: with append, rows after its last checkpoint may be loaded again."_s;
        QTest::newRow("C locale still groups")
            << u"append"_s << QLocale::c()
            << u"137,004 of 300,000 rows were processed so far. The server decides where the new "
               "run starts: with append, rows after its last checkpoint may be loaded again."_s;
        QTest::newRow("replace")
            << u"replace"_s << en
            << u"All 300,000 rows are loaded again; the target's data is replaced."_s;
        QTest::newRow("unknown")
            << u"truncate"_s << en
            << u"137,004 of 300,000 rows were processed so far. Check the pipeline's load mode "
               "before retrying."_s;
    }
    void whatIsKnown()
    {
        QFETCH(QString, strategy);
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        const QString known = RetryOutlook::whatIsKnown(strategy, 137'004, 300'000, locale);
        QCOMPARE(known, text);
        QVERIFY(!known.contains(u"not loaded again"_s));
    }

    void serverAnswer_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<std::optional<qint64>>("resumeFromRow");
        QTest::addColumn<std::optional<bool>>("resumable");
        QTest::addColumn<QString>("log");
        QTest::addColumn<qint64>("processed");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("warning");
        QTest::newRow("checkpoint behind, append")
            << u"append"_s << std::optional<qint64>(128'026) << std::optional<bool>(true)
            << u"Resuming from row 128026 (original run: run_001)"_s << qint64(137'004)
            << u"Server: resumeFromRow 128,026, resumable yes — “Resuming from row 128026 "
               "(original run: run_001)”"_s
            << u"⚠ The server resumes from row 128,026, behind the 137,004 rows processed. With "
               "append, up to 8,978 rows are loaded again."_s;
        QTest::newRow("checkpoint behind, upsert")
            << u"upsert"_s << std::optional<qint64>(128'026) << std::optional<bool>(true)
            << QString() << qint64(137'004) << u"Server: resumeFromRow 128,026, resumable yes"_s
            << u"⚠ The server resumes from row 128,026, behind the 137,004 rows processed."_s;
        QTest::newRow("at the processed row")
            << u"append"_s << std::optional<qint64>(137'004) << std::optional<bool>(true)
            << QString() << qint64(137'004) << u"Server: resumeFromRow 137,004, resumable yes"_s
            << QString();
        QTest::newRow("full re-run, resumable")
            << u"append"_s << std::optional<qint64>(0) << std::optional<bool>(true)
            << u"Re-processing all partitions"_s << qint64(-1)
            << u"Server: resumeFromRow 0, resumable yes — “Re-processing all partitions”"_s
            << u"⚠ The server will not resume this run: it re-processes every partition from row "
               "0. With append, rows that were already loaded are loaded again."_s;
        QTest::newRow("full re-run, not resumable")
            << u"upsert"_s << std::optional<qint64>(0) << std::optional<bool>(false) << QString()
            << qint64(-1) << u"Server: resumeFromRow 0, resumable no"_s
            << u"⚠ The server will not resume this run: it says it is not resumable and "
               "re-processes it from row 0."_s;
        QTest::newRow("replace is expected to start over")
            << u"replace"_s << std::optional<qint64>(0) << std::optional<bool>(false) << QString()
            << qint64(-1) << u"Server: resumeFromRow 0, resumable no"_s << QString();
        QTest::newRow("no metadata") << u"append"_s << std::optional<qint64>()
                                     << std::optional<bool>() << u"<b>x</b>\u0007"_s << qint64(5)
                                     << u"Server: resumeFromRow not stated, resumable not stated "
                                        "— “<b>x</b>␇”"_s
                                     << QString();
    }
    void serverAnswer()
    {
        QFETCH(QString, strategy);
        QFETCH(std::optional<qint64>, resumeFromRow);
        QFETCH(std::optional<bool>, resumable);
        QFETCH(QString, log);
        QFETCH(qint64, processed);
        QFETCH(QString, answer);
        QFETCH(QString, warning);
        RunInfo run;
        run.id = u"run_9001"_s;
        run.retryOf = u"run_001"_s;
        run.loadStrategy = strategy;
        run.resumeFromRow = resumeFromRow;
        run.resumable = resumable;
        if (!log.isEmpty())
            run.log.append(fw::LogEntry {u"retry"_s, log, {}, {}});
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(RetryOutlook::serverAnswer(run, en), answer);
        QCOMPARE(RetryOutlook::resumeWarning(run, processed, en), warning);
    }

    void retryOf_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<std::optional<qint64>>("resumeFromRow");
        QTest::addColumn<std::optional<bool>>("resumable");
        QTest::addColumn<QString>("text");
        QTest::newRow("resumes") << u"upsert"_s << std::optional<qint64>(32000)
                                 << std::optional<bool>(true)
                                 << u"Retry of run_001 — resumes from row 32,000"_s;
        QTest::newRow("replace from zero")
            << u"replace"_s << std::optional<qint64>(0) << std::optional<bool>(false)
            << u"Retry of run_001 — starts from the beginning"_s;
        QTest::newRow("not resumable despite a row")
            << u"append"_s << std::optional<qint64>(77) << std::optional<bool>(false)
            << u"Retry of run_001 — starts from the beginning"_s;
        QTest::newRow("no metadata, append")
            << u"append"_s << std::optional<qint64>() << std::optional<bool>()
            << u"Retry of run_001 — resumes from the server's last checkpoint"_s;
        QTest::newRow("no metadata, replace")
            << u"replace"_s << std::optional<qint64>() << std::optional<bool>()
            << u"Retry of run_001 — starts from the beginning"_s;
        QTest::newRow("no metadata, unknown strategy")
            << u"cdc_mirror"_s << std::optional<qint64>() << std::optional<bool>()
            << u"Retry of run_001 — unknown whether it resumes"_s;
    }
    void retryOf()
    {
        QFETCH(QString, strategy);
        QFETCH(std::optional<qint64>, resumeFromRow);
        QFETCH(std::optional<bool>, resumable);
        QFETCH(QString, text);
        RunInfo run;
        run.id = u"run_9001"_s;
        run.retryOf = u"run_001"_s;
        run.loadStrategy = strategy;
        run.resumeFromRow = resumeFromRow;
        run.resumable = resumable;
        QCOMPARE(RetryOutlook::retryOfText(run, QLocale(QLocale::English)), text);
        QCOMPARE(RetryOutlook::retriedAsText(run.id), u"Retried as run_9001"_s);
    }

    void failureMeaning_data()
    {
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<bool>("outcomeUnknown");
        QTest::addColumn<QString>("text");
        using K = ApiError::Kind;
        QTest::newRow("403") << K::Forbidden << false
                             << u"The server refused: insufficient permissions. The API key of "
                                "“Production” may not retry runs (an admin or editor key is "
                                "needed); Retry stays off for it until you re-check."_s;
        QTest::newRow("404") << K::NotFound << false
                             << u"Run or pipeline not found — deleted, or in another tenant. "
                                "Nothing was retried; check the run id and the connection's "
                                "tenant."_s;
        QTest::newRow("422") << K::Unprocessable << false
                             << u"The server does not allow retrying this run in its current "
                                "state: only failed runs or runs completed with errors can be "
                                "retried. Nothing was retried."_s;
        QTest::newRow("401") << K::Unauthorized << false
                             << u"API key rejected by example.org — nothing was retried. Check "
                                "the key and tenant of this connection."_s;
        QTest::newRow("refused") << K::Network << false
                                 << u"Cannot reach example.org: the retry was not sent. Check the "
                                    "server URL and your network, then retry."_s;
        QTest::newRow("lost after sending")
            << K::Network << true
            << u"Outcome unknown: example.org may have created the new run before the connection "
               "ended. Check the pipeline's runs before retrying again."_s;
        QTest::newRow("500") << K::ServerError << false
                             << u"example.org had an internal problem (HTTP 500); the retry may "
                                "not have been created. Check the pipeline's runs before "
                                "retrying: Flowwatch never retries on its own."_s;
    }
    void failureMeaning()
    {
        QFETCH(ApiError::Kind, kind);
        QFETCH(bool, outcomeUnknown);
        QFETCH(QString, text);
        ApiError error;
        error.kind = kind;
        error.httpStatus = kind == ApiError::Kind::ServerError ? 500 : 0;
        error.host = u"example.org"_s;
        error.outcomeUnknown = outcomeUnknown;
        QCOMPARE(RetryOutlook::failureMeaning(error, u"Production"_s), text);
        // Never the advice of a GET: a POST is not retried automatically.
        QVERIFY(!RetryOutlook::failureMeaning(error).contains(u"automatically"_s));
    }

    void serverMessageIsMadeSafe()
    {
        ApiError error;
        error.kind = ApiError::Kind::Unprocessable;
        error.serverMessage = u"<b>bold</b>\u202Eevil\n"_s + QString(1000, u'x');
        const QString shown = RetryOutlook::serverMessage(error);
        QVERIFY(shown.startsWith(u"<b>bold</b>"_s)); // kept as text; the view shows it plain
        QVERIFY(!shown.contains(QChar(0x202E)));
        QVERIFY(shown.size() <= 300);
        QVERIFY(shown.endsWith(u'…'));
    }

    void quitWarning()
    {
        QCOMPARE(RetryOutlook::quitWarning(),
                 u"A retry is in flight; quitting now leaves its outcome unknown."_s);
    }

    void checkSummaries()
    {
        fw::RetryOutcomeCheck check;
        check.runsListAvailable = true;
        check.originalStatus = fw::RunStatus::Failed;
        QCOMPARE(check.summary(),
                 u"No new run was found: the retry was most likely not created. Retrying again "
                 "sends the same request key, so a server that honours it does not start a "
                 "second run."_s);
        check.runsListAvailable = false;
        QVERIFY(
            check.summary().startsWith(u"Outcome still unknown: this server does not list runs"_s));
        check.newRunFound = true;
        check.newRun.id = u"run_9001"_s;
        check.newRun.resumeFromRow = 32000;
        check.newRun.resumable = true;
        QCOMPARE(check.summary(), u"The retry went through: run_9001 (resumes from row 32,000)."_s);
    }
};

QTEST_GUILESS_MAIN(TestRetryOutlook)
#include "tst_retryoutlook.moc"
