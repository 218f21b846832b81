// The run view's models: incremental updates with exact signal counts (never a reset) and the
// bounded de-duplicating log. Formatting and odd values: tst_runformat.
#include "core/models/run/LogFilterModel.h"
#include "core/models/run/LogModel.h"
#include "core/models/run/PartitionModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestRunModels)
#include "tst_runmodels.moc"
