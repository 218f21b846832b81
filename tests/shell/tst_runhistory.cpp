// A pipeline's run history, row by row: which runs become bars and how long each took, the
// median of the completed ones, and how a running run compares with it.
#include "core/models/browser/RunHistory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using fw::RunHistory;
using fw::RunInfo;
using fw::RunStatus;

namespace {
const QDateTime kNow(QDate(2026, 3, 30), QTime(12, 0), Qt::UTC);

/// A run started `startMinAgo` minutes before kNow that took `minutes` (< 0: no end time).
RunInfo run(const QString &id, RunStatus status, int startMinAgo, double minutes)
{
    RunInfo r;
    r.id = id;
    r.pipelineId = u"pipe_001"_s;
    r.status = status;
    r.statusText = u"x"_s;
    if (startMinAgo >= 0)
        r.startedAt = kNow.addSecs(-startMinAgo * 60);
    if (minutes >= 0 && r.startedAt.isValid())
        r.finishedAt = r.startedAt.addMSecs(qint64(minutes * 60'000));
    return r;
}
constexpr auto C = RunStatus::Completed;
constexpr auto F = RunStatus::Failed;
constexpr auto W = RunStatus::CompletedWithErrors;
constexpr auto R = RunStatus::Running;
} // namespace

class TestRunHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void history_data()
    {
        QTest::addColumn<QList<RunInfo>>("runs");
        QTest::addColumn<QStringList>("ids"); ///< bars, oldest first
        QTest::addColumn<QList<qint64>>("seconds"); ///< each bar's duration
        QTest::addColumn<qint64>("medianSeconds"); ///< -1: none

        QTest::newRow("none") << QList<RunInfo> {} << QStringList {} << QList<qint64> {}
                              << qint64(-1);
        QTest::newRow("oldest first, newest given first")
            << QList<RunInfo> {run(u"c"_s, C, 10, 3), run(u"b"_s, C, 20, 4), run(u"a"_s, C, 30, 5)}
            << QStringList {u"a"_s, u"b"_s, u"c"_s} << QList<qint64> {300, 240, 180} << qint64(240);
        QTest::newRow("median of an even count")
            << QList<RunInfo> {run(u"a"_s, C, 40, 2), run(u"b"_s, C, 30, 4), run(u"c"_s, C, 20, 6),
                               run(u"d"_s, C, 10, 10)}
            << QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s} << QList<qint64> {120, 240, 360, 600}
            << qint64(300);
        QTest::newRow("failed runs are bars but not in the median")
            << QList<RunInfo> {run(u"a"_s, C, 40, 2), run(u"b"_s, F, 30, 60), run(u"c"_s, W, 20, 4),
                               run(u"d"_s, C, 10, 6)}
            << QStringList {u"a"_s, u"b"_s, u"c"_s, u"d"_s} << QList<qint64> {120, 3600, 240, 360}
            << qint64(240);
        QTest::newRow("fewer than three completed: no median")
            << QList<RunInfo> {run(u"a"_s, C, 40, 2), run(u"b"_s, F, 30, 3), run(u"c"_s, C, 20, 4)}
            << QStringList {u"a"_s, u"b"_s, u"c"_s} << QList<qint64> {120, 180, 240} << qint64(-1);
        QTest::newRow("a running run counts up to now")
            << QList<RunInfo> {run(u"a"_s, R, 7, -1)} << QStringList {u"a"_s} << QList<qint64> {420}
            << qint64(-1);
        QTest::newRow("no start time, no end time, or ending before it starts: left out")
            << QList<RunInfo> {run(u"a"_s, C, -1, 3), run(u"b"_s, C, 20, -1),
                               run(u"c"_s, F, 10, -2), run(u"d"_s, C, 5, 1)}
            << QStringList {u"d"_s} << QList<qint64> {60} << qint64(-1);
        QList<RunInfo> many;
        QStringList last50;
        QList<qint64> durations;
        for (int i = 0; i < 60; ++i) {
            many << run(u"r%1"_s.arg(i), C, 600 - i * 10, 1 + i % 3);
            if (i >= 10) {
                last50 << u"r%1"_s.arg(i);
                durations << 60 * (1 + i % 3);
            }
        }
        QTest::newRow("the last 50 runs") << many << last50 << durations << qint64(120);
    }
    void history()
    {
        QFETCH(QList<RunInfo>, runs);
        QFETCH(QStringList, ids);
        QFETCH(QList<qint64>, seconds);
        QFETCH(qint64, medianSeconds);
        const RunHistory history(runs, kNow);
        QStringList gotIds;
        QList<qint64> gotSeconds;
        for (const RunHistory::Bar &bar : history.bars()) {
            gotIds << bar.runId;
            gotSeconds << bar.durationMs / 1000;
            QCOMPARE(bar.running, bar.status == RunStatus::Running);
        }
        QCOMPARE(gotIds, ids);
        QCOMPARE(gotSeconds, seconds);
        const auto median = history.medianCompletedMs();
        QCOMPARE(median ? *median / 1000 : -1, medianSeconds);
        QCOMPARE(history.maxDurationMs() / 1000,
                 seconds.isEmpty() ? 0 : *std::max_element(seconds.begin(), seconds.end()));
    }

    void comparison_data()
    {
        QTest::addColumn<int>("elapsedSeconds");
        QTest::addColumn<QString>("text");
        // Completed runs of 2, 3 and 4 minutes: the median is 3 min.
        QTest::newRow("2.1× longer")
            << 378 << u"running 2.1× longer than usual (usually 3 min 00 s)"_s;
        QTest::newRow("from 1.2×")
            << 216 << u"running 1.2× longer than usual (usually 3 min 00 s)"_s;
        QTest::newRow("just under 1.2×") << 215 << u"usually takes 3 min 00 s"_s;
        QTest::newRow("shorter") << 30 << u"usually takes 3 min 00 s"_s;
    }
    void comparison()
    {
        QFETCH(int, elapsedSeconds);
        QFETCH(QString, text);
        const RunHistory history({run(u"a"_s, C, 40, 2), run(u"b"_s, W, 30, 3),
                                  run(u"c"_s, C, 20, 4), run(u"d"_s, R, 5, -1)},
                                 kNow);
        QCOMPARE(history.comparisonText(qint64(elapsedSeconds) * 1000), text);
    }

    void noComparisonWithoutHistory()
    {
        const RunHistory history({run(u"a"_s, C, 40, 2), run(u"b"_s, F, 30, 3)}, kNow);
        QCOMPARE(history.comparisonText(600'000), QString());
        QVERIFY(!history.ratioToUsual(600'000));
    }
};

QTEST_APPLESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
