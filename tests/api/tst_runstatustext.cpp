// The one table of status keys, words, symbols and severities (RunStatusText), row by row, and
// the places that read it: the API parser, the browser's words and the "worst first" order.
#include "core/api/RunStatus.h"
#include "core/api/RunStatusText.h"
#include "core/models/browser/BrowserFormat.h"

#include <QTest>

using namespace Qt::StringLiterals;
using fw::PartitionStatus;
using fw::RunStatus;
using fw::RunStatusText;

class TestRunStatusText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runStatuses_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<RunStatus>("status");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<int>("severity");
        QTest::addColumn<bool>("terminal");
        QTest::newRow("pending") << u"pending"_s << RunStatus::Pending << u"Pending"_s << u"…"_s
                                 << 1 << false;
        QTest::newRow("running") << u"running"_s << RunStatus::Running << u"Running"_s << u"▶"_s
                                 << 2 << false;
        QTest::newRow("completed")
            << u"completed"_s << RunStatus::Completed << u"Completed"_s << u"✓"_s << 0 << true;
        QTest::newRow("failed") << u"failed"_s << RunStatus::Failed << u"Failed"_s << u"✗"_s << 5
                                << true;
        QTest::newRow("completed_with_errors")
            << u"completed_with_errors"_s << RunStatus::CompletedWithErrors
            << u"Completed with errors"_s << u"⚠"_s << 4 << true;
        QTest::newRow("unknown") << u"unknown"_s << RunStatus::Unknown << u"Unknown (empty)"_s
                                 << u"?"_s << 3 << false;
    }

    void runStatuses()
    {
        QFETCH(QString, key);
        QFETCH(RunStatus, status);
        QFETCH(QString, word);
        QFETCH(QString, symbol);
        QFETCH(int, severity);
        QFETCH(bool, terminal);
        QCOMPARE(RunStatusText::key(status), key);
        QCOMPARE(fw::runStatusKey(status), key);
        if (status != RunStatus::Unknown)
            QCOMPARE(fw::runStatusFromString(key), status);
        QCOMPARE(RunStatusText::word(status), word);
        QCOMPARE(fw::browser::statusWord(status, QString()), word);
        QCOMPARE(RunStatusText::symbol(status), symbol);
        QCOMPARE(RunStatusText::severity(status), severity);
        QCOMPARE(fw::statusSeverity(status), severity);
        QCOMPARE(fw::isTerminal(status), terminal);
    }

    void keysTheApiDoesNotSpeak_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("upper case") << u"RUNNING"_s;
        QTest::newRow("another word") << u"paused"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("the fallback's own key") << u"unknown"_s;
        QTest::newRow("spaces") << u"completed with errors"_s;
    }

    void keysTheApiDoesNotSpeak()
    {
        QFETCH(QString, text);
        QCOMPARE(fw::runStatusFromString(text), RunStatus::Unknown);
        QCOMPARE(fw::partitionStatusFromString(text), PartitionStatus::Unknown);
    }

    void unknownShowsTheServersText()
    {
        QCOMPARE(RunStatusText::word(RunStatus::Unknown, u"paused"_s), u"Unknown (paused)"_s);
        QCOMPARE(fw::browser::statusWord(RunStatus::Unknown, u"paused"_s), u"Unknown (paused)"_s);
        QCOMPARE(RunStatusText::word(PartitionStatus::Unknown, u"<b>x</b>"_s),
                 u"Unknown (<b>x</b>)"_s);
    }

    void partitionStatuses_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<PartitionStatus>("status");
        QTest::addColumn<RunStatus>("asRun");
        QTest::newRow("pending") << u"pending"_s << PartitionStatus::Pending << RunStatus::Pending;
        QTest::newRow("running") << u"running"_s << PartitionStatus::Running << RunStatus::Running;
        QTest::newRow("completed")
            << u"completed"_s << PartitionStatus::Completed << RunStatus::Completed;
        QTest::newRow("failed") << u"failed"_s << PartitionStatus::Failed << RunStatus::Failed;
        // A partition is never "completed with errors".
        QTest::newRow("completed_with_errors")
            << u"completed_with_errors"_s << PartitionStatus::Unknown << RunStatus::Unknown;
    }

    void partitionStatuses()
    {
        QFETCH(QString, key);
        QFETCH(PartitionStatus, status);
        QFETCH(RunStatus, asRun);
        QCOMPARE(fw::partitionStatusFromString(key), status);
        QCOMPARE(RunStatusText::asRun(status), asRun);
        QCOMPARE(RunStatusText::word(status, key), RunStatusText::word(asRun, key));
        QCOMPARE(RunStatusText::symbol(status), RunStatusText::symbol(asRun));
        if (status != PartitionStatus::Unknown)
            QCOMPARE(fw::partitionStatusKey(status), key);
    }
};

QTEST_GUILESS_MAIN(TestRunStatusText)
#include "tst_runstatustext.moc"
