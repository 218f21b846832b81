// Formatting and odd values in the run view: fractions and percentages that never read NaN,
// negative or over 100 % (flagged, not hidden), the header summary, throughput and ETA, durations.
#include "core/models/run/PartitionModel.h"
#include "core/models/run/RunFormat.h"
#include "core/models/run/RunSummary.h"
#include "core/models/run/ThroughputSeries.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace fw;

class TestRunFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void fractions_data()
    {
        QTest::addColumn<qint64>("done");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<double>("drawn");
        QTest::addColumn<bool>("flagged");
        QTest::addColumn<QString>("text");
        QTest::newRow("normal") << 32'000LL << 50'000LL << 0.64 << false
                                << u"32,000 of 50,000 (64 %)"_s;
        QTest::newRow("empty run") << 0LL << 0LL << 0.0 << false << u"0 of 0"_s;
        QTest::newRow("done, total 0") << 10LL << 0LL << 0.0 << true << u"10 of 0 ⚠"_s;
        QTest::newRow("processed > total")
            << 150LL << 100LL << 1.0 << true << u"150 of 100 (100 %) ⚠"_s;
        QTest::newRow("negative processed")
            << -5LL << 100LL << 0.0 << true << u"-5 of 100 (0 %) ⚠"_s;
        QTest::newRow("negative total") << 5LL << -100LL << 0.0 << true << u"5 of -100 ⚠"_s;
        QTest::newRow("complete") << 100LL << 100LL << 1.0 << false << u"100 of 100 (100 %)"_s;
        QTest::newRow("huge") << 4'000'000'000'000LL << 8'000'000'000'000LL << 0.5 << false
                              << u"4,000,000,000,000 of 8,000,000,000,000 (50 %)"_s;
    }

    void fractions()
    {
        QFETCH(qint64, done);
        QFETCH(qint64, total);
        QFETCH(double, drawn);
        QFETCH(bool, flagged);
        QFETCH(QString, text);
        const RunFormat::Fraction f = RunFormat::fraction(done, total);
        QVERIFY(std::isfinite(f.value));
        QVERIFY(f.value >= 0.0 && f.value <= 1.0);
        QCOMPARE(f.value, drawn);
        QCOMPARE(f.outOfRange, flagged);
        QCOMPARE(!f.reason.isEmpty(), flagged);
        QCOMPARE(RunFormat::progressText(done, total), text);
    }

    void partitionOddValues_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<double>("progress"); // NaN here means "absent"
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<double>("drawn");
        QTest::addColumn<bool>("flagged");
        QTest::addColumn<QString>("display");
        const double absent = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("running 56")
            << u"running"_s << 56.0 << 7000LL << 0.56 << false << u"Running"_s;
        QTest::newRow("progress 150")
            << u"running"_s << 150.0 << 10LL << 1.0 << true << u"Running"_s;
        QTest::newRow("progress -20")
            << u"running"_s << -20.0 << 10LL << 0.0 << true << u"Running"_s;
        QTest::newRow("progress infinite")
            << u"running"_s << std::numeric_limits<double>::infinity() << 10LL << 0.0 << true
            << u"Running"_s;
        QTest::newRow("completed, no progress")
            << u"completed"_s << absent << 12'500LL << 1.0 << false << u"Completed"_s;
        QTest::newRow("pending") << u"pending"_s << absent << 0LL << 0.0 << false << u"Pending"_s;
        QTest::newRow("negative rows")
            << u"completed"_s << absent << -3LL << 1.0 << true << u"Completed"_s;
        QTest::newRow("unknown status")
            << u"paused"_s << absent << 5LL << 0.0 << false << u"Unknown (paused)"_s;
        QTest::newRow("upper-case status")
            << u"RUNNING"_s << 40.0 << 5LL << 0.4 << false << u"Unknown (RUNNING)"_s;
    }

    void partitionOddValues()
    {
        QFETCH(QString, status);
        QFETCH(double, progress);
        QFETCH(qint64, rows);
        QFETCH(double, drawn);
        QFETCH(bool, flagged);
        QFETCH(QString, display);
        PartitionDetail p;
        p.status = partitionStatusFromString(status);
        p.statusText = status;
        p.rows = rows;
        if (!std::isnan(progress))
            p.progress = progress;
        PartitionModel model;
        model.update({p});
        const QModelIndex index = model.index(0, PartitionModel::Progress);
        const double value = index.data(PartitionModel::ProgressRole).toDouble();
        QVERIFY(std::isfinite(value));
        QCOMPARE(value, drawn);
        QCOMPARE(index.data(PartitionModel::OutOfRangeRole).toBool(), flagged);
        QCOMPARE(index.data(Qt::ToolTipRole).toString().contains(u"⚠ Out of range"_s), flagged);
        QCOMPARE(model.index(0, PartitionModel::Status).data().toString(), display);
        QCOMPARE(model.index(0, PartitionModel::Rows).data().toString(), QLocale().toString(rows));
        if (flagged)
            QVERIFY(index.data().toString().contains(u"⚠"_s));
    }

    void summaryShowsDashesAndThousands()
    {
        RunProgress p;
        p.status = RunStatus::Failed;
        p.statusText = u"failed"_s;
        p.totalRows = 50'000;
        p.processedRows = 32'000;
        p.failedRows = 12;
        p.skippedRows = 3;
        p.partitions = 4;
        p.completedPartitions = 2;
        p.durationMs = 45'200;
        p.loadStrategy = u"upsert"_s;
        RunSummary summary;
        QSignalSpy changed(&summary, &RunSummary::changed);
        QSignalSpy status(&summary, &RunSummary::statusChanged);
        summary.update(p);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(status.size(), 1);
        QCOMPARE(summary.totalText(), u"50,000"_s);
        QCOMPARE(summary.processedText(), u"32,000"_s);
        QCOMPARE(summary.rowsInText(), u"—"_s);
        QCOMPARE(summary.rowsOutText(), u"—"_s);
        QCOMPARE(summary.partitionsText(), u"2 of 4"_s);
        QCOMPARE(summary.elapsedText(), u"45 s"_s);
        QCOMPARE(summary.etaText(), u"—"_s);
        QCOMPARE(summary.progressText(), u"32,000 of 50,000 (64 %)"_s);
        QVERIFY(summary.anomalies().isEmpty());
        summary.update(p);
        QCOMPARE(status.size(), 1); // same status: no second statusChanged
    }

    void etaIsEstimatedWhenTheServerSendsNone()
    {
        ThroughputSeries series;
        const QDateTime t0(QDate(2026, 3, 30), QTime(10, 0), Qt::UTC);
        QVERIFY(!series.addPoll(t0, 0, 0)); // baseline
        QVERIFY(series.addPoll(t0.addSecs(2), 2000, 2000)); // 1,000 rows/s
        QVERIFY(series.addPoll(t0.addSecs(4), 4000, 4000));
        QCOMPARE(series.samples().size(), 2);
        QCOMPARE(series.samples().last().rowsPerSecond, 1000.0);

        RunProgress p;
        p.status = RunStatus::Running;
        p.totalRows = 94'000;
        p.processedRows = 4000;
        RunSummary summary;
        const QDateTime now = t0.addSecs(4);
        auto clock = [&now](qint64 seconds) {
            return QLocale().toString(now.addSecs(seconds).toLocalTime().time(),
                                      QLocale::ShortFormat);
        };
        summary.update(p, &series, now);
        QVERIFY(summary.isEtaEstimated());
        QCOMPARE(summary.etaText(),
                 u"≈ 1 min 30 s · about %1 (Flowwatch's estimate)"_s.arg(clock(90)));
        QVERIFY(summary.etaToolTip().contains(u"sent no ETA"_s));

        // The server's, with the wall-clock time it implies.
        p.eta = u"3m"_s;
        summary.update(p, &series, now);
        QVERIFY(!summary.isEtaEstimated());
        QCOMPARE(summary.etaText(), u"3m · about %1"_s.arg(clock(180)));

        // A coarse one ("1.2h"): Flowwatch's estimate, saying what the server said.
        p.eta = u"1.2h"_s;
        summary.update(p, &series, now);
        QVERIFY(summary.isEtaEstimated());
        QVERIFY(summary.etaToolTip().contains(u"1.2h"_s));

        // Coarse and nothing to estimate from: the server's, as a time.
        p.eta = u"2d"_s;
        summary.update(p, nullptr, now);
        QVERIFY(!summary.isEtaEstimated());
        QVERIFY(summary.etaText().startsWith(u"2d · about "_s));
    }

    void serverEtaIsRead_data()
    {
        QTest::addColumn<QString>("eta");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<bool>("coarse");
        QTest::newRow("seconds") << u"45s"_s << qint64(45) << false;
        QTest::newRow("minutes") << u"3m"_s << qint64(180) << false;
        QTest::newRow("hours") << u"1.2h"_s << qint64(4320) << true;
        QTest::newRow("days") << u"2d"_s << qint64(172'800) << true;
        QTest::newRow("mixed") << u"1h 30m"_s << qint64(5400) << true;
        QTest::newRow("bare number") << u"90"_s << qint64(90) << false;
        QTest::newRow("words") << u"3 minutes"_s << qint64(180) << false;
        QTest::newRow("garbage") << u"soon"_s << qint64(-1) << false;
        QTest::newRow("empty") << QString() << qint64(-1) << false;
    }

    void serverEtaIsRead()
    {
        QFETCH(QString, eta);
        QFETCH(qint64, seconds);
        QFETCH(bool, coarse);
        bool gotCoarse = false;
        QCOMPARE(RunSummary::parseEta(eta, &gotCoarse).value_or(-1), seconds);
        if (seconds >= 0)
            QCOMPARE(gotCoarse, coarse);
    }

    void throughputUsesServerTimeAndIsBounded()
    {
        ThroughputSeries series;
        series.setCapacity(3);
        QSignalSpy dropped(&series, &ThroughputSeries::samplesDropped);
        const QDateTime t0(QDate(2026, 3, 30), QTime(10, 0), Qt::UTC);
        series.addPoll(t0, 0, 0);
        // The poll arrived 5 s later by the client's clock, but the server moved 2 s.
        series.addPoll(t0.addSecs(5), 1000, 2000);
        QCOMPARE(series.samples().last().rowsPerSecond, 500.0);
        // Processed went backwards: a zero rate, never negative.
        series.addPoll(t0.addSecs(7), 500, 4000);
        QCOMPARE(series.samples().last().rowsPerSecond, 0.0);
        series.addPoll(t0.addSecs(9), 2500, 6000);
        series.addPoll(t0.addSecs(11), 4500, 8000);
        QCOMPARE(series.samples().size(), 3);
        QCOMPARE(dropped.size(), 1);
        // No time passed: no sample (no division by zero).
        QVERIFY(!series.addPoll(t0.addSecs(11), 9000, 8000));
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0LL << u"0 s"_s;
        QTest::newRow("seconds") << 45'200LL << u"45 s"_s;
        QTest::newRow("minutes") << 192'000LL << u"3 min 12 s"_s;
        QTest::newRow("hours") << 7'500'000LL << u"2 h 05 min"_s;
        QTest::newRow("days") << 100'000'000LL << u"1 d 3 h"_s;
        QTest::newRow("negative") << -1LL << u"—"_s;
    }

    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(RunFormat::duration(ms), text);
    }
};

QTEST_GUILESS_MAIN(TestRunFormat)
#include "tst_runformat.moc"
