// The run view's models: incremental updates with exact signal counts (never a reset), the
// bounded de-duplicating log, throughput and ETA, and the odd-values rule table.
#include "core/models/LogFilterModel.h"
#include "core/models/LogModel.h"
#include "core/models/PartitionModel.h"
#include "core/models/RunFormat.h"
#include "core/models/RunSummary.h"
#include "core/models/ThroughputSeries.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace fw;

namespace {
QList<PartitionDetail> partitions(int n)
{
    QList<PartitionDetail> list;
    for (int i = 0; i < n; ++i) {
        PartitionDetail p;
        p.index = i;
        p.status = PartitionStatus::Pending;
        p.statusText = u"pending"_s;
        list.append(p);
    }
    return list;
}

void setRunning(PartitionDetail &p, double progress, qint64 rows)
{
    p.status = PartitionStatus::Running;
    p.statusText = u"running"_s;
    p.progress = progress;
    p.rows = rows;
}

LogEntry entry(int second, const QString &stage, const QString &message)
{
    return {stage, message, QDateTime(QDate(2026, 3, 30), QTime(10, 0, second), Qt::UTC), {}};
}

QList<LogEntry> serverLog(int n)
{
    QList<LogEntry> log;
    for (int i = 0; i < n; ++i)
        log.append(entry(i % 60, i % 2 ? u"transform"_s : u"extract"_s, u"message %1"_s.arg(i)));
    return log;
}

struct Spies
{
    explicit Spies(QAbstractItemModel *model)
        : changed(model, &QAbstractItemModel::dataChanged)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
    { }
    void clear()
    {
        changed.clear();
        inserted.clear();
        removed.clear();
        reset.clear();
        layout.clear();
    }
    QSignalSpy changed;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy reset;
    QSignalSpy layout;
};
} // namespace

class TestRunModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void partitionsFirstFillIsOneInsertion()
    {
        PartitionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(&model);
        model.update(partitions(8));
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.first().at(1).toInt(), 0);
        QCOMPARE(spies.inserted.first().at(2).toInt(), 7);
        QCOMPARE(spies.changed.size(), 0);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(model.rowCount(), 8);
    }

    void threeChangedPartitionsAreThreeDataChanged()
    {
        PartitionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<PartitionDetail> list = partitions(8);
        model.update(list);
        QItemSelectionModel selection(&model);
        selection.select(model.index(5, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        Spies spies(&model);

        setRunning(list[1], 10, 100);
        setRunning(list[3], 20, 200);
        setRunning(list[6], 30, 300);
        model.update(list);
        QCOMPARE(spies.changed.size(), 3);
        const int rows[] = {1, 3, 6};
        for (int i = 0; i < 3; ++i) {
            const auto args = spies.changed.at(i);
            QCOMPARE(args.at(0).toModelIndex().row(), rows[i]);
            QCOMPARE(args.at(1).toModelIndex().row(), rows[i]);
            QCOMPARE(args.at(0).toModelIndex().column(), 0);
            QCOMPARE(args.at(1).toModelIndex().column(), int(PartitionModel::ColumnCount) - 1);
            const auto roles = args.at(2).value<QList<int>>();
            QVERIFY(roles.contains(PartitionModel::ProgressRole));
            QVERIFY(roles.contains(Qt::DisplayRole));
        }
        QCOMPARE(spies.inserted.size(), 0);
        QCOMPARE(spies.removed.size(), 0);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.layout.size(), 0);
        QVERIFY(selection.isRowSelected(5, {}));
        QCOMPARE(model.index(3, PartitionModel::Progress).data().toString(), u"20 %"_s);

        // The same poll again: nothing at all.
        spies.clear();
        model.update(list);
        QCOMPARE(spies.changed.size() + spies.inserted.size() + spies.removed.size()
                     + spies.reset.size(),
                 0);
    }

    void adjacentChangesAreOneRange()
    {
        PartitionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<PartitionDetail> list = partitions(10);
        model.update(list);
        Spies spies(&model);
        for (int i = 2; i <= 5; ++i)
            setRunning(list[i], 50, 10);
        model.update(list);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(spies.changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(spies.changed.first().at(1).toModelIndex().row(), 5);
    }

    void newPartitionsAreInsertedAndChangesAnnounced()
    {
        PartitionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<PartitionDetail> list = partitions(4);
        model.update(list);
        Spies spies(&model);
        list = partitions(6);
        setRunning(list[0], 5, 1);
        model.update(list);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.first().at(1).toInt(), 4);
        QCOMPARE(spies.inserted.first().at(2).toInt(), 5);
        QCOMPARE(spies.reset.size(), 0);
        // Fewer partitions than before: removed from the end.
        spies.clear();
        model.update(partitions(3));
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.removed.first().at(1).toInt(), 3);
        QCOMPARE(model.rowCount(), 3);
    }

    void logAppendsOnlyNewEntries()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(&model);
        QList<LogEntry> log = serverLog(5);
        QCOMPARE(model.update(log), 5);
        QCOMPARE(spies.inserted.size(), 1);
        spies.clear();

        QCOMPARE(model.update(log), 0); // repeated poll: nothing
        QCOMPARE(spies.inserted.size() + spies.changed.size() + spies.reset.size(), 0);

        log.append(entry(30, u"load"_s, u"new one"_s));
        log.append(entry(31, u"load"_s, u"new two"_s));
        QCOMPARE(model.update(log), 2);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.first().at(1).toInt(), 5);
        QCOMPARE(spies.inserted.first().at(2).toInt(), 6);
        QCOMPARE(spies.changed.size(), 0);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.stages(), (QStringList {u"extract"_s, u"transform"_s, u"load"_s}));
    }

    void identicalEntriesAtDifferentPositionsAreKept()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const LogEntry same = entry(1, u"extract"_s, u"retrying batch"_s);
        model.update({same});
        model.update({same, same});
        QCOMPARE(model.rowCount(), 2);
    }

    void logTrimmedByTheServerIsMatchedByContent()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<LogEntry> log = serverLog(10);
        model.update(log);
        Spies spies(&model);
        // The server now sends only its last 6 entries plus 2 new ones.
        QList<LogEntry> trimmed = log.mid(4);
        trimmed.append(entry(50, u"load"_s, u"after trim 1"_s));
        trimmed.append(entry(51, u"load"_s, u"after trim 2"_s));
        QCOMPARE(model.update(trimmed), 2);
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(model.entryAt(11).message, u"after trim 2"_s);
    }

    void logIsBoundedOldestFirst()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCap(5);
        model.update(serverLog(4));
        Spies spies(&model);
        model.update(serverLog(8));
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.removed.first().at(1).toInt(), 0);
        QCOMPARE(spies.removed.first().at(2).toInt(), 2);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.entryAt(0).message, u"message 3"_s);
        QCOMPARE(model.entryAt(4).message, u"message 7"_s);
        QCOMPARE(model.droppedCount(), 3);
        QCOMPARE(model.index(0, 0).data(LogModel::SequenceRole).toLongLong(), 3);
    }

    void hugeMessagesAreShortenedAndMadeVisible()
    {
        LogModel model;
        QString message = u"first line\nsecond line\u202Eevil"_s + QString(10'000, u'x');
        model.update({entry(1, u"transform"_s, message)});
        const QString shown = model.index(0, LogModel::Message).data().toString();
        QVERIFY(shown.size() < LogModel::kDisplayLength + 10); // + "…" and a marker
        QVERIFY(shown.contains(u"␊"_s));
        QVERIFY(shown.contains(u"⟦RLO⟧"_s));
        QVERIFY(!shown.contains(u'\n'));
        QCOMPARE(model.index(0, 0).data(LogModel::MessageRole).toString(), message);
        QVERIFY(LogModel::toText(model.entryAt(0), QTimeZone::utc())
                    .contains(u"first line\\nsecond"_s));
    }

    void logFilterByStageAndText()
    {
        LogModel model;
        model.update(serverLog(10));
        LogFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setStage(u"transform"_s);
        QCOMPARE(filter.rowCount(), 5);
        filter.setSearchText(u"MESSAGE 3"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setStage({});
        filter.setSearchText(u"message 1"_s);
        QCOMPARE(filter.rowCount(), 1);
    }

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
        summary.update(p, &series);
        QVERIFY(summary.isEtaEstimated());
        QCOMPARE(summary.etaText(), u"≈ 1 min 30 s (estimated)"_s);

        p.eta = u"3m"_s;
        summary.update(p, &series);
        QVERIFY(!summary.isEtaEstimated());
        QCOMPARE(summary.etaText(), u"3m"_s);
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

QTEST_GUILESS_MAIN(TestRunModels)
#include "tst_runmodels.moc"
