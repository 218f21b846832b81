// The rule tables of the error table: sort order (stable, Row numeric), filter matching,
// clipboard text, and the exact bytes of the CSV export.
#include "core/export/ErrorExporter.h"
#include "core/models/errors/ErrorClipboard.h"
#include "core/models/errors/ErrorMatcher.h"
#include "core/models/errors/ErrorSorter.h"
#include "core/models/errors/ErrorStore.h"

#include <QBuffer>
#include <QLocale>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace fw;

Q_DECLARE_METATYPE(fw::ErrorSorter::Key)

namespace {
ErrorStore sortStore()
{
    ErrorStore store;
    store.append(QList<ValidationError> {
        {10, u"email"_s, u"b"_s, u"Invalid email format"_s}, // 0
        {2, u"age"_s, u"B"_s, u"Expected integer"_s}, // 1
        {100, u"email"_s, u"a"_s, u"Invalid email format"_s}, // 2
        {2, u"Name"_s, QString(), u"Required"_s}, // 3
        {-5, u"age"_s, u"abc"_s, u"Expected integer"_s}, // 4
        {10, u"email"_s, u"b"_s, u"Invalid email format"_s}, // 5: equal to 0
    });
    return store;
}

ErrorStore filterStore()
{
    ErrorStore store;
    store.append(QList<ValidationError> {
        {142, u"email"_s, u"not-an-email"_s, u"Invalid email format"_s},
        {305, u"age"_s, u"abc"_s, u"Expected integer"_s},
        {1234, u"notes"_s, u"line\nbreak ABC"_s, u"Control characters not allowed"_s},
        {99, u"name"_s, u"Zoë"_s, u"Invalid characters"_s},
    });
    return store;
}

// A device that accepts `room` bytes, then refuses every write.
class FullDevice final : public QIODevice
{
public:
    explicit FullDevice(qint64 room)
        : m_room(room)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (size > m_room) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        m_room -= size;
        return size;
    }

private:
    qint64 m_room = 0;
};
} // namespace

class TestErrorRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void sortOrder_data()
    {
        QTest::addColumn<ErrorSorter::Key>("key");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QList<quint32>>("expected");
        // Ties keep their order of arrival in both directions (0 before 5, 1 before 3).
        QTest::newRow("row ascending is numeric")
            << ErrorSorter::Key::Row << Qt::AscendingOrder << QList<quint32> {4, 1, 3, 0, 5, 2};
        QTest::newRow("row descending, ties stable")
            << ErrorSorter::Key::Row << Qt::DescendingOrder << QList<quint32> {2, 0, 5, 1, 3, 4};
        QTest::newRow("column ascending ignores case")
            << ErrorSorter::Key::Column << Qt::AscendingOrder << QList<quint32> {1, 4, 0, 2, 5, 3};
        QTest::newRow("column descending")
            << ErrorSorter::Key::Column << Qt::DescendingOrder << QList<quint32> {3, 0, 2, 5, 1, 4};
        QTest::newRow("value ascending: empty first, then case-insensitive, upper first")
            << ErrorSorter::Key::Value << Qt::AscendingOrder << QList<quint32> {3, 2, 4, 1, 0, 5};
        QTest::newRow("value descending, equal values stable")
            << ErrorSorter::Key::Value << Qt::DescendingOrder << QList<quint32> {0, 5, 1, 4, 2, 3};
        QTest::newRow("error ascending")
            << ErrorSorter::Key::Error << Qt::AscendingOrder << QList<quint32> {1, 4, 0, 2, 5, 3};
        QTest::newRow("error descending")
            << ErrorSorter::Key::Error << Qt::DescendingOrder << QList<quint32> {3, 0, 2, 5, 1, 4};
    }

    void sortOrder()
    {
        QFETCH(ErrorSorter::Key, key);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QList<quint32>, expected);
        const ErrorStore store = sortStore();
        std::vector<quint32> indices(std::size_t(store.size()));
        std::iota(indices.begin(), indices.end(), 0u);
        ErrorSorter::sort(store, indices, key, order);
        QCOMPARE(QList<quint32>(indices.begin(), indices.end()), expected);
    }

    void sortLongSharedPrefixes()
    {
        // Values equal in their first eight characters fall back to the full comparison.
        ErrorStore store;
        store.append(QList<ValidationError> {{1, u"c"_s, u"prefix12-zeta"_s, u"e"_s},
                                             {2, u"c"_s, u"PREFIX12-alpha"_s, u"e"_s},
                                             {3, u"c"_s, u"prefix12"_s, u"e"_s}});
        std::vector<quint32> indices {0, 1, 2};
        ErrorSorter::sort(store, indices, ErrorSorter::Key::Value, Qt::AscendingOrder);
        QCOMPARE(indices, (std::vector<quint32> {2, 1, 0}));
    }

    void filterRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QList<quint32>>("expected");
        const QString any;
        QTest::newRow("empty filter keeps all") << any << any << any << QList<quint32> {0, 1, 2, 3};
        QTest::newRow("value, case-insensitive") << u"ABC"_s << any << any << QList<quint32> {1, 2};
        QTest::newRow("message text") << u"integer"_s << any << any << QList<quint32> {1};
        QTest::newRow("column name text") << u"NAM"_s << any << any << QList<quint32> {3};
        QTest::newRow("row number digits") << u"142"_s << any << any << QList<quint32> {0};
        QTest::newRow("row number with separator")
            << u"1,234"_s << any << any << QList<quint32> {2};
        QTest::newRow("digit in row numbers") << u"3"_s << any << any << QList<quint32> {1, 2};
        QTest::newRow("accented, case-insensitive") << u"ZOË"_s << any << any << QList<quint32> {3};
        QTest::newRow("no match") << u"zzz"_s << any << any << QList<quint32> {};
        QTest::newRow("column exact") << any << u"email"_s << any << QList<quint32> {0};
        QTest::newRow("column exact is not a substring")
            << any << u"mail"_s << any << QList<quint32> {};
        QTest::newRow("message exact")
            << any << any << u"Invalid characters"_s << QList<quint32> {3};
        QTest::newRow("column and text") << u"abc"_s << u"age"_s << any << QList<quint32> {1};
        QTest::newRow("column and message disagree")
            << any << u"age"_s << u"Invalid characters"_s << QList<quint32> {};
    }

    void filterRules()
    {
        QFETCH(QString, text);
        QFETCH(QString, column);
        QFETCH(QString, message);
        QFETCH(QList<quint32>, expected);
        ErrorFilter filter;
        filter.text = text;
        if (!column.isEmpty())
            filter.column = column;
        if (!message.isEmpty())
            filter.message = message;
        const ErrorStore store = filterStore();
        const ErrorMatcher matcher(filter, store);
        QList<quint32> kept;
        for (qsizetype i = 0; i < store.size(); ++i) {
            const bool matches = matcher.matches(store, i);
            // The command line's single-error rule agrees with the table's.
            QCOMPARE(ErrorMatcher::matches(filter, store.at(i)), matches);
            if (matches)
                kept << quint32(i);
        }
        QCOMPARE(kept, expected);
    }

    void storeIsCompact()
    {
        ErrorStore store = filterStore();
        QCOMPARE(store.size(), 4);
        QCOMPARE(store.columnNames(), (QStringList {u"email"_s, u"age"_s, u"notes"_s, u"name"_s}));
        QCOMPARE(store.value(2), u"line\nbreak ABC"_s);
        QCOMPARE(store.at(3), (ValidationError {99, u"name"_s, u"Zoë"_s, u"Invalid characters"_s}));
        store.append({1, u"email"_s, u"x"_s, u"Invalid email format"_s});
        QCOMPARE(store.columnNames().size(), 4); // interned, not repeated
        QCOMPARE(store.columnCount(0), 2);
        QCOMPARE(store.messageCount(0), 2);
        // A copy is a snapshot: appending to the original leaves it alone.
        const ErrorStore snapshot = store;
        store.append({2, u"zip"_s, u"y"_s, u"Invalid postal code"_s});
        QCOMPARE(snapshot.size(), 5);
        QCOMPARE(snapshot.columnNames().size(), 4);
        QCOMPARE(store.size(), 6);
    }

    void clipboardField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("neutralise");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"plain"_s << true << u"plain"_s;
        QTest::newRow("tab is quoted") << u"a\tb"_s << true << u"\"a\tb\""_s;
        QTest::newRow("line break is quoted") << u"a\nb"_s << true << u"\"a\nb\""_s;
        QTest::newRow("quotes doubled") << u"say \"hi\""_s << true << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("formula neutralised") << u"=1+2"_s << true << u"'=1+2"_s;
        QTest::newRow("after spaces") << u"  -5"_s << true << u"'  -5"_s;
        QTest::newRow("at sign") << u"@everyone"_s << true << u"'@everyone"_s;
        QTest::newRow("leading tab neutralised and quoted") << u"\tx"_s << true << u"\"'\tx\""_s;
        QTest::newRow("not asked") << u"=x"_s << false << u"=x"_s;
    }

    void clipboardField()
    {
        QFETCH(QString, text);
        QFETCH(bool, neutralise);
        QFETCH(QString, expected);
        QCOMPARE(ErrorClipboard::field(text, neutralise), expected);
    }

    void clipboardRows()
    {
        const QList<ValidationError> rows {{142, u"email"_s, u"=cmd"_s, u"Invalid email format"_s},
                                           {1234567, u"notes"_s, u"a\tb"_s, u"Bad"_s}};
        QCOMPARE(ErrorClipboard::toTsv(rows),
                 u"142\temail\t'=cmd\tInvalid email format\n1234567\tnotes\t\"a\tb\"\tBad\n"_s);
        QVERIFY(ErrorClipboard::toTsv(rows, true).startsWith(u"Row\tColumn\tValue\tError\n"_s));
    }

    void exportBytes_data()
    {
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("view");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray header = "Row,Column,Value,Error\r\n";
        const QByteArray r0 = "142,email,not-an-email,Invalid email format\r\n";
        const QByteArray r1 = "305,age,'=1+2,Expected integer\r\n";
        const QByteArray r2 = "7,notes,\"a,\"\"b\"\"\nc\",'-Bad\r\n";
        const QByteArray r3 = "-3,\"'@x,y\",' -5,\xe5\xb1\xb1\xe7\x94\xb0\r\n";
        QTest::newRow("all rows, BOM")
            << true << false << QByteArray("\xEF\xBB\xBF" + header + r0 + r1 + r2 + r3);
        QTest::newRow("all rows, no BOM")
            << false << false << QByteArray(header + r0 + r1 + r2 + r3);
        QTest::newRow("filtered and sorted view")
            << true << true << QByteArray("\xEF\xBB\xBF" + header + r2 + r0);
    }

    void exportBytes()
    {
        QFETCH(bool, bom);
        QFETCH(bool, view);
        QFETCH(QByteArray, expected);
        ErrorStore store;
        store.append(QList<ValidationError> {
            {142, u"email"_s, u"not-an-email"_s, u"Invalid email format"_s},
            {305, u"age"_s, u"=1+2"_s, u"Expected integer"_s},
            {7, u"notes"_s, u"a,\"b\"\nc"_s, u"-Bad"_s},
            {-3, u"@x,y"_s, u" -5"_s, u"山田"_s},
        });
        const std::vector<quint32> order {2, 0};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriterOptions options;
        options.byteOrderMark = bom;
        const ErrorExporter::Result result
            = ErrorExporter::write(&buffer, store, view ? &order : nullptr, options);
        QVERIFY(result.ok);
        QCOMPARE(result.rows, view ? 2 : 4);
        QCOMPARE(buffer.data(), expected);
    }

    void exportToFailingDevice()
    {
        ErrorStore store;
        for (int i = 0; i < 50000; ++i)
            store.append({i, u"email"_s, u"value number "_s + QString::number(i), u"Bad"_s});
        FullDevice device(100 * 1024);
        const ErrorExporter::Result result = ErrorExporter::write(&device, store, nullptr, {});
        QVERIFY(!result.ok);
        QVERIFY(!result.cancelled);
        QVERIFY2(result.error.contains(u"No space left on device"_s), qPrintable(result.error));
    }

    void cancelledExportLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"errors.csv"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous export\n");
        }
        ErrorStore store;
        for (int i = 0; i < 40000; ++i)
            store.append({i, u"c"_s, u"v"_s, u"e"_s});
        int calls = 0;
        const ErrorExporter::Result result
            = ErrorExporter::writeFile(path, store, nullptr, {}, [&](qint64 done, qint64) {
                  return ++calls < 2 && done < 40000;
              });
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        // The old file is untouched and no temporary file is left beside it.
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous export\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList {u"errors.csv"_s});
    }

    void unwritableFolderLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing-folder/errors.csv"_s);
        const ErrorExporter::Result result
            = ErrorExporter::writeFile(path, filterStore(), nullptr, {});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"missing-folder"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"choose another"_s), qPrintable(result.error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    void exportWritesFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"errors.csv"_s);
        const ErrorExporter::Result result
            = ErrorExporter::writeFile(path, filterStore(), nullptr, {});
        QVERIFY2(result.ok, qPrintable(result.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFRow,Column,Value,Error\r\n"));
        QVERIFY(
            bytes.contains("1234,notes,\"line\nbreak ABC\",Control characters not allowed\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestErrorRules)
#include "tst_error_rules.moc"
