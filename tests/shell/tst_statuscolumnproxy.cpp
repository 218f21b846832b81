// StatusColumnProxy: the status column of a browser model dressed with a word and a shape, under
// QAbstractItemModelTester while its source changes.
#include "core/api/RunStatus.h"
#include "ui/shell/StatusColumnProxy.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;
using fw::RunStatus;
using fw::ui::StatusColumnProxy;

namespace {
constexpr int kStatusColumn = 1;
constexpr int kStatusRole = Qt::UserRole + 1;
constexpr int kRawRole = Qt::UserRole + 2;

QList<QStandardItem *> row(const QString &id, int status, const QString &display,
                           const QString &raw = {})
{
    auto *statusItem = new QStandardItem(display);
    statusItem->setData(status, kStatusRole);
    statusItem->setData(raw, kRawRole);
    return {new QStandardItem(id), statusItem};
}
} // namespace

class TestStatusColumnProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("sourceText");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<bool>("icon");
        QTest::newRow("failed") << int(RunStatus::Failed) << u"failed"_s << QString() << u"Failed"_s
                                << true;
        QTest::newRow("with errors") << int(RunStatus::CompletedWithErrors) << u"x"_s << QString()
                                     << u"Completed with errors"_s << true;
        QTest::newRow("stale suffix kept") << int(RunStatus::Running) << u"Running (stale)"_s
                                           << QString() << u"Running (stale)"_s << true;
        QTest::newRow("unknown shows the server's text")
            << int(RunStatus::Unknown) << u"?"_s << u"paused"_s << u"Unknown (paused)"_s << true;
        QTest::newRow("no status") << -1 << u"—"_s << QString() << u"—"_s << false;
        QTest::newRow("out of range") << 99 << u"odd"_s << QString() << u"odd"_s << false;
    }

    void words()
    {
        QFETCH(int, status);
        QFETCH(QString, sourceText);
        QFETCH(QString, raw);
        QFETCH(QString, shown);
        QFETCH(bool, icon);
        QStandardItemModel source;
        source.appendRow(row(u"run_001"_s, status, sourceText, raw));
        StatusColumnProxy proxy(kStatusColumn, kStatusRole, kRawRole);
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex index = proxy.index(0, kStatusColumn);
        QCOMPARE(index.data().toString(), shown);
        QCOMPARE(!index.data(Qt::DecorationRole).value<QIcon>().isNull(), icon);
        // Other columns and roles pass through.
        QCOMPARE(proxy.index(0, 0).data().toString(), u"run_001"_s);
        QCOMPARE(index.data(kStatusRole).toInt(), status);
    }

    void followsItsSource()
    {
        QStandardItemModel source;
        source.setColumnCount(2);
        StatusColumnProxy proxy(kStatusColumn, kStatusRole, kRawRole);
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        source.appendRow(row(u"run_001"_s, int(RunStatus::Running), u"running"_s));
        source.appendRow(row(u"run_002"_s, int(RunStatus::Pending), u"pending"_s));
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.index(1, kStatusColumn).data().toString(), u"Pending"_s);

        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        source.item(0, kStatusColumn)->setData(int(RunStatus::Failed), kStatusRole);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(proxy.index(0, kStatusColumn).data().toString(), u"Failed"_s);

        source.removeRow(0);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"run_002"_s);
    }
};

QTEST_MAIN(TestStatusColumnProxy)
#include "tst_statuscolumnproxy.moc"
