// The partition heat map as assistive technology reads it, through QAccessible: one list item per
// partition, named by its number, status and progress, following model updates and the keyboard
// cursor.
#include "core/api/PartitionDetail.h"
#include "core/models/run/PartitionModel.h"
#include "ui/run/PartitionGrid.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fw;
using namespace fw::ui;

namespace {

PartitionDetail partition(qint64 index, PartitionStatus status, const QString &text,
                          std::optional<double> progress = std::nullopt, qint64 rows = 1'000)
{
    PartitionDetail p;
    p.index = index;
    p.status = status;
    p.statusText = text;
    p.progress = progress;
    p.rows = rows;
    return p;
}

QString childName(QAccessibleInterface *grid, int index)
{
    QAccessibleInterface *cell = grid->child(index);
    return cell ? cell->text(QAccessible::Name) : u"<no child %1>"_s.arg(index);
}

} // namespace

class TestPartitionGridAccessible final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void namesEachPartition_data();
    void namesEachPartition();
    void followsTheModel();
    void cellsHaveAPlaceAndFocus();
};

void TestPartitionGridAccessible::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPartitionGridAccessible::namesEachPartition_data()
{
    QTest::addColumn<PartitionDetail>("detail");
    QTest::addColumn<QString>("name");
    QTest::newRow("running") << partition(3, PartitionStatus::Running, u"running"_s, 56.0)
                             << u"Partition 3: running, 56 %"_s;
    QTest::newRow("rounded") << partition(4, PartitionStatus::Running, u"running"_s, 12.6)
                             << u"Partition 4: running, 13 %"_s;
    QTest::newRow("pending") << partition(0, PartitionStatus::Pending, u"pending"_s)
                             << u"Partition 0: pending, 0 %"_s;
    QTest::newRow("completed") << partition(1, PartitionStatus::Completed, u"completed"_s)
                               << u"Partition 1: completed, 100 %"_s;
    QTest::newRow("failed") << partition(2, PartitionStatus::Failed, u"failed"_s, 40.0)
                            << u"Partition 2: failed, 40 %"_s;
    QTest::newRow("thousands") << partition(1'204, PartitionStatus::Running, u"running"_s, 5.0)
                               << u"Partition 1,204: running, 5 %"_s;
    QTest::newRow("out of range") << partition(7, PartitionStatus::Running, u"running"_s, 180.0)
                                  << u"Partition 7: running, 100 %, out of range"_s;
}

void TestPartitionGridAccessible::namesEachPartition()
{
    QFETCH(PartitionDetail, detail);
    QFETCH(QString, name);
    PartitionModel model;
    model.update({partition(99, PartitionStatus::Completed, u"completed"_s), detail});
    PartitionGrid grid;
    grid.setModel(&model);
    grid.resize(400, 100);
    grid.show();

    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&grid);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::List);
    QCOMPARE(iface->text(QAccessible::Name), u"Partition heat map"_s);
    QCOMPARE(iface->childCount(), 2);
    QAccessibleInterface *cell = iface->child(1);
    QVERIFY(cell);
    QCOMPARE(cell->text(QAccessible::Name), name);
    QCOMPARE(cell->role(), QAccessible::ListItem);
    QCOMPARE(cell->parent(), iface);
    QCOMPARE(iface->indexOfChild(cell), 1);
    QCOMPARE(cell->text(QAccessible::Description), PartitionModel::tooltip(detail));
    QCOMPARE(iface->child(1), cell); // the same interface each time
    QVERIFY(!iface->child(2));
}

void TestPartitionGridAccessible::followsTheModel()
{
    PartitionModel model;
    model.update({partition(0, PartitionStatus::Running, u"running"_s, 10.0),
                  partition(1, PartitionStatus::Pending, u"pending"_s)});
    PartitionGrid grid;
    grid.setModel(&model);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&grid);
    QCOMPARE(iface->childCount(), 2);
    QCOMPARE(childName(iface, 0), u"Partition 0: running, 10 %"_s);
    QCOMPARE(childName(iface, 1), u"Partition 1: pending, 0 %"_s);

    // The next poll: the same cell interface reads the new state; a new partition appears.
    model.update({partition(0, PartitionStatus::Completed, u"completed"_s),
                  partition(1, PartitionStatus::Running, u"running"_s, 75.0),
                  partition(2, PartitionStatus::Unknown, u"paused"_s)});
    QCOMPARE(iface->childCount(), 3);
    QCOMPARE(childName(iface, 0), u"Partition 0: completed, 100 %"_s);
    QCOMPARE(childName(iface, 1), u"Partition 1: running, 75 %"_s);
    QVERIFY2(childName(iface, 2).startsWith(u"Partition 2: "_s), qPrintable(childName(iface, 2)));
    QVERIFY2(childName(iface, 2).contains(u"paused"_s), qPrintable(childName(iface, 2)));

    // Partitions the server no longer lists are gone for the reader too.
    QAccessibleInterface *third = iface->child(2);
    model.update({partition(0, PartitionStatus::Completed, u"completed"_s)});
    QCOMPARE(iface->childCount(), 1);
    QVERIFY(!iface->child(2));
    QVERIFY(!third->isValid());
    QCOMPARE(iface->indexOfChild(third), -1);
}

void TestPartitionGridAccessible::cellsHaveAPlaceAndFocus()
{
    PartitionModel model;
    QList<PartitionDetail> details;
    for (int i = 0; i < 30; ++i)
        details.append(partition(i, PartitionStatus::Running, u"running"_s, i * 3.0));
    model.update(details);
    PartitionGrid grid;
    grid.setModel(&model);
    grid.resize(240, 200);
    grid.show();
    grid.activateWindow();
    grid.setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&grid));

    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&grid);
    QAccessibleInterface *cell = iface->child(12);
    const QRect cellOnScreen(grid.mapToGlobal(grid.cellRect(12).topLeft()),
                             grid.cellRect(12).size());
    QCOMPARE(cell->rect(), cellOnScreen);
    QCOMPARE(iface->childAt(cellOnScreen.center().x(), cellOnScreen.center().y()), cell);

    QTest::keyClick(&grid, Qt::Key_Home);
    QTest::keyClick(&grid, Qt::Key_Right);
    QTest::keyClick(&grid, Qt::Key_Right);
    QCOMPARE(grid.currentRow(), 2);
    QVERIFY(iface->focusChild());
    QCOMPARE(iface->focusChild()->text(QAccessible::Name), u"Partition 2: running, 6 %"_s);
    QVERIFY(iface->child(2)->state().focused);
    QVERIFY(!iface->child(3)->state().focused);
}

QTEST_MAIN(TestPartitionGridAccessible)
#include "tst_partitiongrid_accessible.moc"
