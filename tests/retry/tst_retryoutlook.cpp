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
        QTest::addColumn<qint64>("processed");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        QTest::newRow("upsert resumes")
            << u"upsert"_s << qint64(32000) << en << u"Resumes from row 32,000"_s;
        QTest::newRow("append resumes")
            << u"append"_s << qint64(1234567) << en << u"Resumes from row 1,234,567"_s;
        QTest::newRow("german separators")
            << u"upsert"_s << qint64(32000) << de << u"Resumes from row 32.000"_s;
        QTest::newRow("C locale still groups")
            << u"upsert"_s << qint64(32000) << QLocale::c() << u"Resumes from row 32,000"_s;
        QTest::newRow("replace from the beginning")
            << u"replace"_s << qint64(32000) << en << u"Re-runs from the beginning"_s;
        QTest::newRow("unknown strategy")
            << u"truncate"_s << qint64(32000) << en
            << u"Load strategy “truncate” is not one Flowwatch knows: it is unknown whether the "
               "retry resumes from row 32,000 or re-runs from the beginning"_s;
        QTest::newRow("upper case is not upsert")
            << u"UPSERT"_s << qint64(5) << en
            << u"Load strategy “UPSERT” is not one Flowwatch knows: it is unknown whether the "
               "retry resumes from row 5 or re-runs from the beginning"_s;
        QTest::newRow("missing strategy")
            << QString() << qint64(10) << en
            << u"The run does not name its load strategy: it is unknown whether the retry "
               "resumes from row 10 or re-runs from the beginning"_s;
        QTest::newRow("control characters shown")
            << u"x\ny"_s << qint64(0) << en
            << u"Load strategy “x␊y” is not one Flowwatch knows: it is unknown whether the retry "
               "resumes from row 0 or re-runs from the beginning"_s;
    }
    void whatWillHappen()
    {
        QFETCH(QString, strategy);
        QFETCH(qint64, processed);
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        QCOMPARE(RetryOutlook::whatWillHappen(strategy, processed, locale), text);
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
            << u"Retry of run_001 — resumes from the last processed row"_s;
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
