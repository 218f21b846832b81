// The error table model and its summary while rows stream in from the simulator over loopback
// HTTP (CSV and the JSON fallback), and its asynchronous sort and filter.
#include "core/api/ApiClient.h"
#include "core/api/ErrorsRequest.h"
#include "core/models/errors/ErrorLoader.h"
#include "core/models/errors/ErrorSorter.h"
#include "core/models/errors/ErrorSummaryModel.h"
#include "core/models/errors/ErrorTableModel.h"
#include "sim/Simulator.h"
#include "support/RawHttpServer.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace fw;

namespace {
constexpr auto Tester = QAbstractItemModelTester::FailureReportingMode::QtTest;

QList<ValidationError> sample()
{
    return {
        {10, u"email"_s, u"b"_s, u"Invalid email format"_s},
        {2, u"age"_s, u"abc"_s, u"Expected integer"_s},
        {100, u"email"_s, u"a"_s, u"Invalid email format"_s},
        {1234567, u"notes"_s, u"line\nbreak"_s, u"Control characters not allowed"_s},
    };
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, column).data(role).toString();
    return out;
}
} // namespace

class TestErrorModel final : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;

    std::unique_ptr<ApiClient> client()
    {
        ConnectionConfig config;
        config.name = u"Test"_s;
        config.server = m_sim->baseUrl();
        config.tenant = u"demo"_s;
        config.apiKey = u"krn_demo_viewer"_s;
        return std::make_unique<ApiClient>(config);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        sim::SimulatorOptions options;
        options.millionErrors = 200000;
        m_sim = std::make_unique<sim::Simulator>(options);
        QVERIFY(m_sim->start());
    }
    void cleanup() { m_sim.reset(); }

    void streamFromSimulator_data()
    {
        QTest::addColumn<bool>("csv");
        QTest::newRow("CSV") << true;
        QTest::newRow("JSON fallback") << false;
    }

    void streamFromSimulator()
    {
        QFETCH(bool, csv);
        m_sim->setCsvErrors(csv);
        ErrorTableModel model;
        model.setPublishInterval(3600 * 1000); // after the first rows, only the final publish
        QAbstractItemModelTester tester(&model, Tester);
        ErrorSummaryModel byMessage(ErrorSummaryModel::Kind::ByMessage, &model);
        QAbstractItemModelTester summaryTester(&byMessage, Tester);
        ErrorLoader loader(&model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy states(&loader, &ErrorLoader::stateChanged);

        auto api = client();
        loader.start(api.get(), u"pipe_002"_s, u"run_101"_s, 2500);
        QCOMPARE(loader.state(), ErrorLoader::State::Loading);
        QCOMPARE(resets.size(), 1); // start() clears the table
        QTRY_VERIFY_WITH_TIMEOUT(loader.state() != ErrorLoader::State::Loading, 20000);
        QCOMPARE(loader.state(), ErrorLoader::State::Loaded);
        QCOMPARE(states.size(), 2);
        QCOMPARE(model.totalCount(), 2500);
        QCOMPARE(model.rowCount(), 2500);
        // The first rows were announced at once, all the others in one final insertion.
        // (one insertion when the whole list came in the first batch).
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.size(), inserted.at(0).at(2).toInt() == 2499 ? 1 : 2);
        QCOMPARE(inserted.constLast().at(2).toInt(), 2499);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(loader.suggestedFileName(), u"pipeline-run-run_101-errors.csv"_s);

        // The documented example comes first; numbers show with separators, the raw role
        // holds the number.
        QCOMPARE(model.index(0, ErrorTableModel::RowNumber).data().toString(), u"142"_s);
        QCOMPARE(model.index(0, ErrorTableModel::RowNumber).data(ErrorTableModel::RawRole),
                 QVariant::fromValue(qint64(142)));
        QCOMPARE(model.index(0, ErrorTableModel::Value).data().toString(), u"not-an-email"_s);
        // Control characters and bidi overrides are visible; long values are elided.
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString shown = model.index(r, ErrorTableModel::Value).data().toString();
            const QString raw
                = model.index(r, ErrorTableModel::Value).data(ErrorTableModel::RawRole).toString();
            for (const QChar c : shown)
                QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x202E, qPrintable(shown));
            QVERIFY(shown.size() <= 201 * 6);
            if (raw.contains(u'\n'))
                QVERIFY(shown.contains(QChar(0x240A)));
        }

        // The summary counts every message exactly.
        QHash<QString, qint64> expected;
        for (qsizetype i = 0; i < model.store().size(); ++i)
            ++expected[model.store().message(i)];
        QCOMPARE(byMessage.rowCount(), expected.size());
        for (int r = 0; r < byMessage.rowCount(); ++r) {
            const QString name = byMessage.index(r, ErrorSummaryModel::Name)
                                     .data(ErrorSummaryModel::NameRole)
                                     .toString();
            QCOMPARE(byMessage.index(r, ErrorSummaryModel::Count)
                         .data(ErrorSummaryModel::CountRole)
                         .toLongLong(),
                     expected.value(name));
        }
        QCOMPARE(byMessage.index(0, ErrorSummaryModel::Name).data(Qt::ToolTipRole).toString(),
                 u"Invalid email format — "_s
                     + QLocale().toString(expected.value(u"Invalid email format"_s)));
    }

    void csvAndJsonGiveIdenticalRows()
    {
        QList<ValidationError> rows[2];
        for (const bool csv : {true, false}) {
            m_sim->setCsvErrors(csv);
            ErrorTableModel model;
            QAbstractItemModelTester tester(&model, Tester);
            ErrorLoader loader(&model);
            auto api = client();
            loader.start(api.get(), u"pipe_002"_s, u"run_101"_s);
            QTRY_VERIFY_WITH_TIMEOUT(loader.state() == ErrorLoader::State::Loaded, 20000);
            for (qsizetype i = 0; i < model.store().size(); ++i)
                rows[csv ? 0 : 1].append(model.store().at(i));
        }
        QCOMPARE(rows[0].size(), 2500);
        QCOMPARE(rows[0], rows[1]);
    }

    void cancelStopsTheRequest()
    {
        ErrorTableModel model;
        QAbstractItemModelTester tester(&model, Tester);
        ErrorLoader loader(&model);
        auto api = client();
        QSignalSpy progress(&loader, &ErrorLoader::progressChanged);
        loader.start(api.get(), u"pipe_005"_s, u"run_401"_s, 200000);
        QTRY_VERIFY_WITH_TIMEOUT(model.totalCount() > 0, 10000);
        loader.cancel();
        QCOMPARE(loader.state(), ErrorLoader::State::Cancelled);
        QCOMPARE(loader.error().kind, ApiError::Kind::Cancelled);
        const qint64 kept = model.totalCount();
        QVERIFY(kept > 0 && kept < 200000);
        QCOMPARE(model.rowCount(), int(kept)); // the rows so far stay, all announced
        QCOMPARE(loader.expectedRows(), 200000);
        // Nothing more arrives once cancelled.
        for (int i = 0; i < 20; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(model.totalCount(), kept);
        QCOMPARE(m_sim->requestCount(u"GET"_s, u"/errors$"_s), 1);
    }

    void failureIsReported()
    {
        ErrorTableModel model;
        QAbstractItemModelTester tester(&model, Tester);
        ErrorLoader loader(&model);
        auto api = client();
        loader.start(api.get(), u"pipe_002"_s, u"run_nope"_s);
        QTRY_VERIFY_WITH_TIMEOUT(loader.state() != ErrorLoader::State::Loading, 10000);
        QCOMPARE(loader.state(), ErrorLoader::State::Failed);
        QCOMPARE(loader.error().kind, ApiError::Kind::NotFound);
        QCOMPARE(model.rowCount(), 0);
    }

    void jsonIsSplitAsItArrives_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("problem"); // empty: success
        // Written with ' for " to keep the literals readable.
        const auto json = [](const char *text) { return QByteArray(text).replace('\'', '"'); };
        QTest::newRow("envelope around the array, awkward strings")
            << json("{'total': 2, 'errors': [ {'row': 1, 'column': 'a', 'value': '}{][\\'', "
                    "'error': 'e', 'extra': {'x': [1, {'y': ']'}]}},\n {'row': 2, 'column': 'b', "
                    "'value': 7, 'error': 'f'} ], 'runId': 'r'}")
            << 2 << QString();
        QTest::newRow("empty list")
            << json("{'runId':'r','total':0,'errors':[]}") << 0 << QString();
        QTest::newRow("wrong type in an element")
            << json("{'errors':[{'row':1},{'row':'2'}]}") << 1 << u"errors[1].row"_s;
        QTest::newRow("element is not an object")
            << json("{'errors':[{'row':1}, 5]}") << 1 << u"errors[1]"_s;
        QTest::newRow("cut short") << json("{'errors':[{'row':1},{'row':") << 1 << u"unreadable"_s;
        QTest::newRow("no errors array") << json("{'total':3}") << 0 << u"errors"_s;
        QTest::newRow("HTML page")
            << QByteArray("<html><body>Sign in</body></html>") << 0 << u"unreadable"_s;
    }

    void jsonIsSplitAsItArrives()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, rows);
        QFETCH(QString, problem);
        test::RawHttpServer server;
        QVERIFY(server.listen());
        server.setDefaultReply({test::RawHttpServer::response(
            200, body, {{"Content-Type", "application/json; charset=utf-8"}})});
        ConnectionConfig config;
        config.server = server.baseUrl();
        config.tenant = u"demo"_s;
        config.apiKey = u"krn_demo_viewer"_s;
        ApiClient api(config);
        ErrorTableModel model;
        QAbstractItemModelTester tester(&model, Tester);
        ErrorLoader loader(&model);
        loader.start(&api, u"pipe_002"_s, u"run_101"_s);
        QTRY_VERIFY_WITH_TIMEOUT(loader.state() != ErrorLoader::State::Loading, 10000);
        QCOMPARE(model.totalCount(), rows);
        if (problem.isEmpty()) {
            QCOMPARE(loader.state(), ErrorLoader::State::Loaded);
            if (rows == 2) {
                QCOMPARE(model.store().at(0), (ValidationError {1, u"a"_s, u"}{][\""_s, u"e"_s}));
                QCOMPARE(model.store().at(1), (ValidationError {2, u"b"_s, u"7"_s, u"f"_s}));
            }
        } else {
            QCOMPARE(loader.state(), ErrorLoader::State::Failed);
            QCOMPARE(loader.error().kind, ApiError::Kind::BadPayload);
            QVERIFY2(loader.error().userMessage().contains(problem),
                     qPrintable(loader.error().userMessage()));
        }
    }

    void sortIsAsynchronousAndKeepsSelection()
    {
        ErrorTableModel model;
        QAbstractItemModelTester tester(&model, Tester);
        model.appendErrors(sample());
        QCOMPARE(model.rowCount(), 4);
        const QPersistentModelIndex abc = model.index(1, ErrorTableModel::Value);
        QSignalSpy busy(&model, &ErrorTableModel::busyChanged);
        QSignalSpy aboutToChange(&model, &QAbstractItemModel::layoutAboutToBeChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        model.sort(ErrorTableModel::RowNumber, Qt::DescendingOrder);
        QVERIFY(model.isBusy());
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(busy.size(), 2);
        QCOMPARE(aboutToChange.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(column(model, ErrorTableModel::RowNumber),
                 (QStringList {u"1,234,567"_s, u"100"_s, u"10"_s, u"2"_s}));
        QVERIFY(abc.isValid());
        QCOMPARE(abc.row(), 3); // the persistent index followed its row
        QCOMPARE(abc.data().toString(), u"abc"_s);

        model.sort(ErrorTableModel::Value, Qt::AscendingOrder);
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(column(model, ErrorTableModel::Value),
                 (QStringList {u"a"_s, u"abc"_s, u"b"_s, u"line␊break"_s}));
        QCOMPARE(changed.size(), 2);
    }

    void filterResetsAndNewRowsFollowIt()
    {
        ErrorTableModel model;
        QAbstractItemModelTester tester(&model, Tester);
        model.appendErrors(sample());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy counts(&model, &ErrorTableModel::countsChanged);
        ErrorFilter filter;
        filter.message = u"Invalid email format"_s;
        model.setFilter(filter);
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(resets.size(), 1);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalCount(), 4);
        QCOMPARE(model.viewOrder(), (std::vector<quint32> {0, 2}));

        // Rows that arrive later are shown only when they match.
        model.setPublishInterval(0);
        model.appendErrors({{7, u"email"_s, u"x"_s, u"Invalid email format"_s},
                            {8, u"age"_s, u"y"_s, u"Expected integer"_s}});
        model.publishPending();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.totalCount(), 6);

        model.setFilter({});
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(resets.size(), 2);
        QCOMPARE(model.rowCount(), 6);
    }

    void rowsArrivingWhileSortedAreSortedIn()
    {
        ErrorTableModel model;
        QAbstractItemModelTester tester(&model, Tester);
        model.setResortDelay(0);
        model.setPublishInterval(0);
        model.appendErrors(sample());
        model.sort(ErrorTableModel::RowNumber, Qt::AscendingOrder);
        QTRY_VERIFY(!model.isBusy());
        QSignalSpy changed(&model, &QAbstractItemModel::layoutChanged);
        model.appendErrors({{1, u"zip"_s, u"0"_s, u"Invalid postal code"_s}});
        model.publishPending();
        QCOMPARE(column(model, ErrorTableModel::RowNumber).constLast(), u"1"_s); // at the end
        QTRY_COMPARE(changed.size(), 1);
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(column(model, ErrorTableModel::RowNumber),
                 (QStringList {u"1"_s, u"2"_s, u"10"_s, u"100"_s, u"1,234,567"_s}));
    }

    void summaryFollowsAppendsAndClear()
    {
        ErrorTableModel model;
        ErrorSummaryModel byColumn(ErrorSummaryModel::Kind::ByColumn, &model);
        QAbstractItemModelTester tester(&byColumn, Tester);
        QSignalSpy inserted(&byColumn, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&byColumn, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&byColumn, &QAbstractItemModel::modelReset);
        model.appendErrors(sample());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(column(byColumn, ErrorSummaryModel::Name),
                 (QStringList {u"email"_s, u"age"_s, u"notes"_s}));
        QCOMPARE(column(byColumn, ErrorSummaryModel::Count),
                 (QStringList {u"2"_s, u"1"_s, u"1"_s}));
        model.appendErrors({{5, u"age"_s, u"x"_s, u"Expected integer"_s}});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1); // only the "age" row changed
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(ErrorSummaryModel::CountRole));
        QCOMPARE(byColumn.index(1, ErrorSummaryModel::Count).data(ErrorSummaryModel::CountRole),
                 QVariant::fromValue(qint64(2)));
        model.clear();
        QCOMPARE(resets.size(), 1);
        QCOMPARE(byColumn.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestErrorModel)
#include "tst_error_model.moc"
