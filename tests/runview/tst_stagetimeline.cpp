// The stage timeline's data, from what the API gives (log stage and time, partitions' status as
// polled, the run's status): bars per stage, spans per partition, failures, and colours that
// depend on the stage's name alone. Also the partition detail pane's text and the errors'
// auto-load rule, both pure functions of the run's values.
#include "core/models/run/PartitionDetails.h"
#include "core/models/run/PartitionModel.h"
#include "core/models/run/StageTimeline.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fw;

namespace {
const QDateTime kT0(QDate(2026, 3, 30), QTime(10, 0), Qt::UTC);

qint64 at(int second)
{
    return kT0.addSecs(second).toMSecsSinceEpoch();
}

PartitionDetail partition(int index, QChar code)
{
    PartitionDetail p;
    p.index = index;
    switch (code.unicode()) {
    case 'P':
        p.status = PartitionStatus::Pending;
        p.statusText = u"pending"_s;
        break;
    case 'R':
        p.status = PartitionStatus::Running;
        p.statusText = u"running"_s;
        p.progress = 50;
        break;
    case 'C':
        p.status = PartitionStatus::Completed;
        p.statusText = u"completed"_s;
        break;
    case 'F':
        p.status = PartitionStatus::Failed;
        p.statusText = u"failed"_s;
        break;
    default:
        p.status = PartitionStatus::Unknown;
        p.statusText = u"skipped"_s;
        break;
    }
    return p;
}

RunStatus runStatus(const QString &word)
{
    if (word == u"running")
        return RunStatus::Running;
    if (word == u"failed")
        return RunStatus::Failed;
    return RunStatus::Completed;
}
} // namespace

class TestStageTimeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsBarsSpansAndFailures_data()
    {
        // log: "second stage message"; polls: "second run partitions" (P pending, R running,
        // C completed, F failed, S skipped); bars: "stage first-last" in seconds, "now" when
        // open; spans: "index start-end" (-1: not seen).
        QTest::addColumn<QStringList>("log");
        QTest::addColumn<QStringList>("polls");
        QTest::addColumn<QStringList>("bars");
        QTest::addColumn<QStringList>("spans");
        QTest::addColumn<int>("failures");

        QTest::newRow("running: the latest stage is open to now")
            << QStringList {u"0 extract Read 100 rows"_s, u"2 transform Applied 3"_s,
                            u"5 load Loading"_s}
            << QStringList {u"6 running RR"_s, u"8 running CR"_s}
            << QStringList {u"extract 0-0"_s, u"transform 2-2"_s, u"load 5-now"_s}
            << QStringList {u"0 6-8"_s, u"1 6-now"_s} << 0;
        QTest::newRow("completed: closed bars, spans end when seen finished")
            << QStringList {u"0 extract Read"_s, u"3 extract Read more"_s, u"9 load Done"_s}
            << QStringList {u"4 running PR"_s, u"6 running RC"_s, u"10 completed CC"_s}
            << QStringList {u"extract 0-3"_s, u"load 9-9"_s}
            << QStringList {u"0 6-10"_s, u"1 4-6"_s} << 0;
        QTest::newRow("failed: the failure's entries and failed partitions")
            << QStringList {u"0 extract Read"_s, u"4 partition Partition 1 failed: schema"_s,
                            u"7 load Connection reset"_s, u"7 load Run failed after 30 rows"_s}
            << QStringList {u"2 running RR"_s, u"5 running RF"_s, u"8 failed CF"_s}
            << QStringList {u"extract 0-0"_s, u"partition 4-4"_s, u"load 7-7"_s}
            << QStringList {u"0 2-8"_s, u"1 2-5"_s} << 4;
        QTest::newRow("opened after the end: partitions never seen running")
            << QStringList {u"0 extract Read"_s, u"30 load Done"_s}
            << QStringList {u"40 completed CCS"_s}
            << QStringList {u"extract 0-0"_s, u"load 30-30"_s}
            << QStringList {u"0 -1-40"_s, u"1 -1-40"_s, u"2 -1--1"_s} << 0;
        QTest::newRow("entries without a time have no place")
            << QStringList {u"x extract No time"_s, u"3 extract Timed"_s}
            << QStringList {u"4 running R"_s} << QStringList {u"extract 3-now"_s}
            << QStringList {u"0 4-now"_s} << 0;
    }

    void buildsBarsSpansAndFailures()
    {
        QFETCH(QStringList, log);
        QFETCH(QStringList, polls);
        QFETCH(QStringList, bars);
        QFETCH(QStringList, spans);
        QFETCH(int, failures);

        StageTimeline timeline;
        qsizetype fed = 0;
        qint64 now = 0;
        for (const QString &poll : std::as_const(polls)) {
            const QStringList parts = poll.split(u' ');
            const int second = parts.at(0).toInt();
            // The log entries up to this poll, as the LogModel passes them on.
            QList<LogEntry> fresh;
            for (; fed < log.size(); ++fed) {
                const QStringList e = log.at(fed).split(u' ');
                const bool timed = e.at(0) != u"x";
                if (timed && e.at(0).toInt() > second)
                    break;
                fresh.append({e.at(1), e.mid(2).join(u' '),
                              timed ? kT0.addSecs(e.at(0).toInt()) : QDateTime(),
                              timed ? QString() : u"sometime"_s});
            }
            timeline.addLog(fresh, fed - fresh.size());
            QList<PartitionDetail> list;
            for (int i = 0; i < parts.at(2).size(); ++i)
                list.append(partition(i, parts.at(2).at(i)));
            timeline.setRun(runStatus(parts.at(1)), at(second));
            timeline.observePartitions(list, at(second));
            now = at(second);
        }
        auto second = [now](qint64 ms) {
            return ms == now && ms != 0 ? u"now"_s : QString::number((ms - at(0)) / 1000);
        };

        QStringList gotBars;
        for (int i = 0; i < timeline.stages().size(); ++i) {
            const StageTimeline::Stage &s = timeline.stages().at(i);
            gotBars << s.name + u' ' + second(s.firstMs) + u'-'
                    + (timeline.isStageOpen(i) ? u"now"_s : second(timeline.stageEndMs(i)));
        }
        QCOMPARE(gotBars, bars);

        QStringList gotSpans;
        for (int row = 0; row < timeline.partitions().size(); ++row) {
            const StageTimeline::PartitionSpan &span = timeline.partitions().at(row);
            const bool open
                = span.endMs < 0 && span.status == PartitionStatus::Running && timeline.isOpen();
            gotSpans << QString::number(span.index) + u' '
                    + (span.startMs < 0 ? u"-1"_s : QString::number((span.startMs - at(0)) / 1000))
                    + u'-'
                    + (open                 ? u"now"_s
                           : span.endMs < 0 ? u"-1"_s
                                            : QString::number((span.endMs - at(0)) / 1000));
        }
        QCOMPARE(gotSpans, spans);

        int gotFailures = 0;
        for (const StageTimeline::Stage &s : timeline.stages())
            gotFailures += s.failures;
        gotFailures += int(timeline.partitionFailureTimes().size());
        QCOMPARE(gotFailures, failures);
    }

    void sequencesFollowTheLog()
    {
        StageTimeline timeline;
        timeline.addLog({{u"extract"_s, u"a"_s, kT0, {}}, {u"load"_s, u"b"_s, kT0.addSecs(5), {}}},
                        40);
        QCOMPARE(timeline.stages().at(0).entries.at(0).sequence, 40);
        QCOMPARE(timeline.stages().at(1).entries.at(0).sequence, 41);
        QCOMPARE(timeline.entriesBetween(1, at(4), at(6)).size(), 1);
        QCOMPARE(timeline.entriesBetween(1, at(6), at(9)).size(), 0);
    }

    void theServersClockIsTheTimeline()
    {
        // This machine's clock is 100 s ahead: "now" and the partitions' spans follow the
        // server's (its first entry plus the elapsed time it reports).
        StageTimeline timeline;
        timeline.addLog({{u"extract"_s, u"Read"_s, kT0, {}}}, 0);
        timeline.setRun(RunStatus::Running, at(110), 10'000);
        timeline.observePartitions({partition(0, u'R')}, at(110));
        QCOMPARE(timeline.nowMs(), at(10));
        QCOMPARE(timeline.partitions().at(0).startMs, at(10));
        timeline.setRun(RunStatus::Running, at(112), 12'000);
        timeline.observePartitions({partition(0, u'C')}, at(112));
        QCOMPARE(timeline.partitions().at(0).endMs, at(12));
        // Without the run's first entry (a log cut by its cap), the polls' own times.
        StageTimeline cut;
        cut.addLog({{u"load"_s, u"Late"_s, kT0, {}}}, 500);
        cut.setRun(RunStatus::Running, at(110), 10'000);
        QCOMPARE(cut.nowMs(), at(110));
    }

    void oldEntriesFallOffButBarsKeepTheirExtent()
    {
        StageTimeline timeline;
        QList<LogEntry> log;
        for (int i = 0; i < StageTimeline::kMaxEntries + 500; ++i)
            log.append({u"load"_s, u"batch"_s, kT0.addMSecs(i * 10), {}});
        timeline.addLog(log, 0);
        const StageTimeline::Stage &load = timeline.stages().at(0);
        QCOMPARE(load.entries.size(), StageTimeline::kMaxEntries);
        QCOMPARE(load.entries.first().sequence, 500);
        QCOMPARE(load.firstMs, at(0));
    }

    void anUnchangedPollCostsNothing()
    {
        StageTimeline timeline;
        QList<PartitionDetail> list {partition(0, u'R'), partition(1, u'P')};
        QVERIFY(timeline.observePartitions(list, at(1)));
        QVERIFY(!timeline.observePartitions(list, at(3))); // the very same list
        const QList<PartitionDetail> copy(list.cbegin(), list.cend());
        QVERIFY(!timeline.observePartitions(copy, at(5))); // equal values: no change
        QCOMPARE(timeline.partitions().at(0).startMs, at(1));
    }

    void colourDependsOnTheNameAlone_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::newRow("extract") << u"extract"_s;
        QTest::newRow("transform") << u"transform"_s;
        QTest::newRow("load") << u"load"_s;
        QTest::newRow("markup") << u"<img src=\"/dev/zero\">"_s;
    }

    void colourDependsOnTheNameAlone()
    {
        QFETCH(QString, stage);
        // FNV-1a over UTF-16: fixed across runs, sessions and Qt versions.
        quint32 hash = 2166136261u;
        for (const QChar c : stage) {
            hash ^= c.unicode();
            hash *= 16777619u;
        }
        QCOMPARE(StageTimeline::colorIndex(stage, 9), int(hash % 9));
        StageTimeline a;
        StageTimeline b;
        a.addLog({{u"other"_s, u"x"_s, kT0, {}}, {stage, u"y"_s, kT0, {}}}, 0);
        b.addLog({{stage, u"y"_s, kT0, {}}}, 0);
        QCOMPARE(a.stageIndex(stage), 1);
        QCOMPARE(b.stageIndex(stage), 0); // another lane, the same colour
    }

    void failureMessages_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("failure");
        QTest::newRow("partition failed") << u"Partition 3 failed: rows rejected"_s << true;
        QTest::newRow("error prefix") << u"Error: connection reset"_s << true;
        QTest::newRow("count of failed rows") << u"Validation finished: 12 rows failed"_s << false;
        QTest::newRow("checkpoint") << u"Validation checkpoint: 0 rows failed so far"_s << false;
        QTest::newRow("plain") << u"Loaded rows into target (upsert)"_s << false;
    }

    void failureMessages()
    {
        QFETCH(QString, message);
        QFETCH(bool, failure);
        QCOMPARE(StageTimeline::isFailureMessage(message), failure);
    }

    void partitionDetails()
    {
        PartitionDetail p = partition(3, u'R');
        p.progress = 99.9;
        p.rows = 12'500;
        StageTimeline::PartitionSpan span;
        span.index = 3;
        span.startMs = at(4);
        const QList<LogEntry> log {
            {u"partition"_s, u"Partition 3 started (12500 rows)"_s, kT0.addSecs(4), {}},
            {u"partition"_s, u"Partition 31 started"_s, kT0, {}},
            {u"partition"_s, u"<b>partition 3</b> slow"_s, kT0, {}}};
        const QRegularExpression pattern = PartitionDetails::mentionPattern(3);
        QList<LogEntry> lines;
        for (const LogEntry &e : log) {
            if (PartitionDetails::mentions(e, pattern))
                lines.append(e);
        }
        QCOMPARE(lines.size(), 2); // not partition 31
        const QString text = PartitionDetails::describe(p, &span, lines);
        QVERIFY2(text.contains(u"Partition 3 — Running"_s), qPrintable(text));
        QVERIFY(text.contains(u"Rows: 12,500"_s));
        QVERIFY(text.contains(u"Progress: 99.9 %"_s));
        QVERIFY(text.contains(u"First seen running: "_s));
        QVERIFY(text.contains(u"Log (2):"_s));
        QVERIFY(text.contains(u"<b>partition 3</b> slow"_s)); // as sent, plain text
    }

    void percentIsFloored_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<QString>("text");
        QTest::newRow("99.9") << 0.999 << u"99 %"_s;
        QTest::newRow("100") << 1.0 << u"100 %"_s;
        QTest::newRow("29") << 0.29 << u"29 %"_s;
        QTest::newRow("0.4") << 0.004 << u"0 %"_s;
    }

    void percentIsFloored()
    {
        QFETCH(double, fraction);
        QFETCH(QString, text);
        QCOMPARE(PartitionModel::percentText(fraction, QLocale(QLocale::English)), text);
    }
};

QTEST_GUILESS_MAIN(TestStageTimeline)
#include "tst_stagetimeline.moc"
