// The errors panel as a user sees it, against the simulator over loopback HTTP: the preview,
// loading with progress, the status line, filtering from the summary and the search field, the
// detail pane, copy, export, and cancel. With FLOWWATCH_SCREENSHOT_DIR set it also saves
// errors-table.png, errors-table-dark.png and errors-million.png (1280×800).
#include "core/api/ApiClient.h"
#include "core/export/ErrorExportJob.h"
#include "core/models/errors/ErrorTableModel.h"
#include "sim/Simulator.h"
#include "ui/common/DarkPalette.h"
#include "ui/errors/ErrorDetailPane.h"
#include "ui/errors/ErrorExportDialog.h"
#include "ui/errors/ErrorSummaryPanel.h"
#include "ui/errors/ErrorsPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace fw;

namespace {
void saveShot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FLOWWATCH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    QVERIFY(widget.grab().save(QDir(dir).filePath(name)));
}
} // namespace

class TestErrorsPanel final : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<ApiClient> m_client;

    std::unique_ptr<ui::ErrorsPanel> makePanel()
    {
        auto panel = std::make_unique<ui::ErrorsPanel>();
        panel->resize(1280, 800);
        panel->show();
        panel->model()->setPublishInterval(10);
        return panel;
    }

    void loadRun101(ui::ErrorsPanel &panel)
    {
        panel.setSource(m_client.get(), u"pipe_002"_s, u"run_101"_s);
        panel.load();
        QTRY_VERIFY_WITH_TIMEOUT(panel.loader()->state() == ErrorLoader::State::Loaded, 20000);
        QTRY_VERIFY(!panel.model()->isBusy());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        sim::SimulatorOptions options;
        if (qEnvironmentVariableIsEmpty("FLOWWATCH_SCREENSHOT_DIR"))
            options.millionErrors = 50000; // the million is for the screenshot and the benchmark
        m_sim = std::make_unique<sim::Simulator>(options);
        QVERIFY(m_sim->start());
        ConnectionConfig config;
        config.name = u"Demo"_s;
        config.server = m_sim->baseUrl();
        config.tenant = u"demo"_s;
        config.apiKey = u"krn_demo_viewer"_s;
        m_client = std::make_unique<ApiClient>(config);
    }
    void cleanupTestCase()
    {
        m_client.reset();
        m_sim.reset();
    }

    void previewThenFullList()
    {
        auto panel = makePanel();
        QAbstractItemModelTester tester(panel->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel->setSource(m_client.get(), u"pipe_001"_s, u"run_001"_s);
        QCOMPARE(m_sim->requestCount(u"GET"_s, u"/run_001/errors$"_s), 0); // not auto-loading
        panel->setPreview({{142, u"email"_s, u"not-an-email"_s, u"Invalid email format"_s},
                           {305, u"age"_s, u"abc"_s, u"Expected integer"_s}},
                          12);
        QCOMPARE(panel->table()->model()->rowCount(), 2);
        QCOMPARE(panel->statusText(),
                 u"Showing the first 2 of 12 errors — Load all errors (Ctrl+L) to see every one"_s);
        panel->load();
        QVERIFY(panel->statusText().startsWith(u"Loading…"_s));
        QTRY_VERIFY_WITH_TIMEOUT(panel->loader()->state() == ErrorLoader::State::Loaded, 10000);
        QCOMPARE(panel->table()->model()->rowCount(), 12);
        QCOMPARE(panel->statusText(), u"12 errors"_s);
        QCOMPARE(m_sim->requestCount(u"GET"_s, u"/run_001/errors$"_s), 1);
        // A late progress poll does not replace the full list with its preview.
        panel->setPreview({{1, u"x"_s, u"y"_s, u"z"_s}}, 12);
        QCOMPARE(panel->table()->model()->rowCount(), 12);
    }

    void autoLoadWhenSourceIsSet()
    {
        auto panel = makePanel();
        panel->setAutoLoad(true);
        panel->setSource(m_client.get(), u"pipe_001"_s, u"run_001"_s);
        QVERIFY(panel->loader()->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(panel->loader()->state() == ErrorLoader::State::Loaded, 10000);
        QCOMPARE(panel->statusText(), u"12 errors"_s);
    }

    void summaryFiltersAndDetailShowsWholeValue()
    {
        auto panel = makePanel();
        loadRun101(*panel);
        QCOMPARE(panel->statusText(), u"2,500 errors"_s);
        QCOMPARE(panel->table()->horizontalHeader()->count(), 4);

        // The most frequent message is listed first; clicking it filters the table to it.
        QTreeView *messages = panel->summary()->messageView();
        const QModelIndex top = messages->model()->index(0, 0);
        const QString message = top.data(ErrorSummaryModel::NameRole).toString();
        const qint64 count = top.siblingAtColumn(1).data(ErrorSummaryModel::CountRole).toLongLong();
        for (int r = 1; r < messages->model()->rowCount(); ++r) {
            QVERIFY(messages->model()->index(r, 1).data(ErrorSummaryModel::CountRole).toLongLong()
                    <= count);
        }
        QTest::mouseClick(messages->viewport(), Qt::LeftButton, {},
                          messages->visualRect(top).center());
        QTRY_VERIFY(!panel->model()->isBusy());
        QCOMPARE(panel->table()->model()->rowCount(), int(count));
        QCOMPARE(panel->messageFilter()->currentData().toString(), message);
        QCOMPARE(panel->statusText(), u"2,500 errors · filtered: "_s + QLocale().toString(count));
        // Clicking it again shows everything; once more narrows again.
        QTest::mouseClick(messages->viewport(), Qt::LeftButton, {},
                          messages->visualRect(messages->model()->index(0, 0)).center());
        QTRY_VERIFY(!panel->model()->isBusy());
        QCOMPARE(panel->table()->model()->rowCount(), 2500);
        QCOMPARE(panel->messageFilter()->currentIndex(), 0);
        QTest::mouseClick(messages->viewport(), Qt::LeftButton, {},
                          messages->visualRect(messages->model()->index(0, 0)).center());
        QTRY_VERIFY(!panel->model()->isBusy());
        QCOMPARE(panel->table()->model()->rowCount(), int(count));

        // Search narrows further; the selected row stays selected while it is still shown.
        panel->table()->setCurrentIndex(panel->table()->model()->index(0, 2));
        const qint64 selected = panel->model()->storeIndex(0);
        panel->searchField()->setText(panel->model()->store().value(selected).toString());
        QTest::keyClick(panel->searchField(), Qt::Key_Return);
        QTRY_VERIFY(!panel->model()->isBusy());
        QVERIFY(panel->table()->model()->rowCount() >= 1);
        QCOMPARE(panel->model()->storeIndex(panel->table()->currentIndex().row()), selected);

        // A value with a line break and a bidi override is shown whole and visibly.
        panel->searchField()->clear();
        panel->messageFilter()->setCurrentIndex(0);
        QTest::keyClick(panel->searchField(), Qt::Key_Return);
        QTRY_VERIFY(!panel->model()->isBusy());
        QCOMPARE(panel->table()->model()->rowCount(), 2500);
        int bidiRow = -1;
        for (int r = 0; r < 2500 && bidiRow < 0; ++r) {
            if (panel->model()
                    ->store()
                    .value(panel->model()->storeIndex(r))
                    .contains(QChar(0x202E)))
                bidiRow = r;
        }
        QVERIFY(bidiRow >= 0);
        panel->table()->setCurrentIndex(panel->table()->model()->index(bidiRow, 2));
        QVERIFY(panel->detail()->valueText().contains(u"⟦RLO⟧"_s));
        QVERIFY(panel->detail()->headline().startsWith(u"Row "_s));
        QVERIFY(panel->table()->model()->index(bidiRow, 2).data().toString().contains(u"⟦RLO⟧"_s));
    }

    void copyIsTabSeparatedAndSafe()
    {
        auto panel = makePanel();
        loadRun101(*panel);
        panel->table()->setFocus();
        panel->table()->selectRow(0);
        QTest::keySequence(panel->table(), QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(),
                 u"142\temail\tnot-an-email\tInvalid email format\n"_s);
        QVERIFY(panel->statusText().contains(u"Copied 1 row"_s));
    }

    void exportWritesTheView()
    {
        auto panel = makePanel();
        loadRun101(*panel);
        panel->searchField()->setText(u"Expected integer"_s);
        QTest::keyClick(panel->searchField(), Qt::Key_Return);
        QTRY_VERIFY(!panel->model()->isBusy());
        const int shown = panel->table()->model()->rowCount();
        QVERIFY(shown > 0 && shown < 2500);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"view.csv"_s);
        QSignalSpy finished(panel->exportJob(), &ErrorExportJob::finished);
        panel->exportTo(path, false, false);
        QVERIFY(finished.wait(10000));
        QVERIFY2(panel->statusText().contains(u"Exported "_s + QLocale().toString(shown)),
                 qPrintable(panel->statusText()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("Row,Column,Value,Error\r\n"));
        QCOMPARE(bytes.count("Expected integer"), shown);
    }

    // A device, a fifo or a folder under the chosen name is refused and left as it was: the
    // export would otherwise rename a regular file over it.
    void exportRefusesTargetsThatAreNotRegularFiles_data()
    {
        QTest::addColumn<bool>("viaLink");
        QTest::newRow("fifo") << false;
        QTest::newRow("symlink to /dev/null") << true;
    }

    void exportRefusesTargetsThatAreNotRegularFiles()
    {
        QFETCH(bool, viaLink);
        auto panel = makePanel();
        loadRun101(*panel);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"errors.csv"_s);
        if (viaLink)
            QVERIFY(QFile::link(u"/dev/null"_s, path));
        else
            QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const auto type = [&] {
            struct stat st = {};
            return lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & S_IFMT
                                                                        : mode_t(0);
        };
        const mode_t before = type();

        // The dialog stays open and says why.
        ui::ErrorExportDialog dialog(path, 2500, 2500, false);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.problem().contains(u"is not a regular file"_s),
                 qPrintable(dialog.problem()));

        // The export job refuses it too.
        QSignalSpy finished(panel->exportJob(), &ErrorExportJob::finished);
        panel->exportTo(path, true, false);
        QVERIFY(finished.wait(10000));
        QVERIFY(!panel->exportJob()->result().ok);
        QVERIFY2(panel->statusText().contains(u"is not a regular file"_s),
                 qPrintable(panel->statusText()));
        QCOMPARE(type(), before);
        QCOMPARE(
            QDir(dir.path())
                .entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot)
                .size(),
            1); // no temporary file left behind
        if (viaLink)
            QCOMPARE(QFile::symLinkTarget(path), u"/dev/null"_s);
    }

    void exportDialogAcceptsANewOrRegularFile()
    {
        QTemporaryDir dir;
        ui::ErrorExportDialog dialog(dir.filePath(u"new.csv"_s), 10, 10, false);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.problem().isEmpty());
    }

    void escapeCancelsTheLoad()
    {
        auto panel = makePanel();
        panel->setSource(m_client.get(), u"pipe_005"_s, u"run_401"_s);
        panel->load();
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->totalCount() > 0, 10000);
        QTest::keyClick(panel->table(), Qt::Key_Escape);
        QCOMPARE(panel->loader()->state(), ErrorLoader::State::Cancelled);
        QVERIFY(panel->statusText().startsWith(u"Loading cancelled: "_s));
        QVERIFY(panel->model()->totalCount() < 1'000'000);
    }

    void notFoundSaysWhatToDo()
    {
        auto panel = makePanel();
        panel->setSource(m_client.get(), u"pipe_002"_s, u"run_gone"_s);
        panel->load();
        QTRY_VERIFY_WITH_TIMEOUT(panel->loader()->state() == ErrorLoader::State::Failed, 10000);
        QVERIFY2(panel->statusText().contains(u"Not found (deleted, or in another tenant)"_s),
                 qPrintable(panel->statusText()));
        QVERIFY(panel->statusText().contains(u"Reload (Ctrl+L)"_s));
    }

    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("FLOWWATCH_SCREENSHOT_DIR"))
            QSKIP("set FLOWWATCH_SCREENSHOT_DIR to save screenshots");
        {
            auto panel = makePanel();
            loadRun101(*panel);
            // Show off an awkward value: the first with a line break inside.
            int awkward = 0;
            while (awkward < 2500
                   && !panel->model()
                           ->store()
                           .value(panel->model()->storeIndex(awkward))
                           .contains(u'\n'))
                ++awkward;
            panel->table()->selectRow(awkward);
            saveShot(*panel, u"errors-table.png"_s);
            const QPalette light = QApplication::palette();
            QApplication::setPalette(fw::ui::DarkPalette::palette());
            saveShot(*panel, u"errors-table-dark.png"_s);
            QApplication::setPalette(light);
            ui::ErrorExportDialog dialog(u"/home/ana/Documents/pipeline-run-run_101-errors.csv"_s,
                                         2500, 616, false, panel.get());
            dialog.show();
            saveShot(dialog, u"errors-export-dialog.png"_s);
        }
        auto panel = makePanel();
        panel->model()->setPublishInterval(100);
        panel->setSource(m_client.get(), u"pipe_005"_s, u"run_401"_s);
        panel->load();
        QTRY_VERIFY_WITH_TIMEOUT(panel->loader()->state() == ErrorLoader::State::Loaded, 120000);
        QCOMPARE(panel->model()->totalCount(), 1'000'000);
        const int index = panel->messageFilter()->findData(u"Expected integer"_s);
        QVERIFY(index > 0);
        panel->messageFilter()->setCurrentIndex(index);
        Q_EMIT panel->messageFilter()->activated(index);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->model()->isBusy(), 10000);
        panel->table()->sortByColumn(ErrorTableModel::Value, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->model()->isBusy(), 10000);
        panel->table()->selectRow(3);
        saveShot(*panel, u"errors-million.png"_s);
    }
};

QTEST_MAIN(TestErrorsPanel)
#include "tst_errors_panel.moc"
