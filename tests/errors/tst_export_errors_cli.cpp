// `flowwatch export-errors` against the simulator over loopback HTTP: the CSV it writes (parsed
// back and compared byte for byte with the exporter's), its exit codes and one-line messages,
// and that no file is left behind on failure.
#include "core/api/ApiClient.h"
#include "core/api/ErrorsRequest.h"
#include "core/cli/ExportErrorsCommand.h"
#include "core/csv/CsvStreamParser.h"
#include "core/export/ErrorExporter.h"
#include "core/models/errors/ErrorMatcher.h"
#include "sim/Simulator.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace fw;

namespace {
struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the command with stdout and stderr captured into files.
Outcome run(const QStringList &arguments)
{
    QTemporaryDir capture;
    const QByteArray outPath = QFile::encodeName(capture.filePath(u"out"_s));
    const QByteArray errPath = QFile::encodeName(capture.filePath(u"err"_s));
    std::fflush(stdout);
    std::fflush(stderr);
    const int savedOut = dup(STDOUT_FILENO);
    const int savedErr = dup(STDERR_FILENO);
    std::FILE *out = std::fopen(outPath.constData(), "w");
    std::FILE *err = std::fopen(errPath.constData(), "w");
    dup2(fileno(out), STDOUT_FILENO);
    dup2(fileno(err), STDERR_FILENO);
    Outcome outcome;
    outcome.exitCode = cli::runExportErrors(arguments);
    std::fflush(stdout);
    std::fflush(stderr);
    dup2(savedOut, STDOUT_FILENO);
    dup2(savedErr, STDERR_FILENO);
    close(savedOut);
    close(savedErr);
    std::fclose(out);
    std::fclose(err);
    QFile o(capture.filePath(u"out"_s));
    QFile e(capture.filePath(u"err"_s));
    if (o.open(QIODevice::ReadOnly))
        outcome.out = o.readAll();
    if (e.open(QIODevice::ReadOnly))
        outcome.err = e.readAll();
    return outcome;
}

QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> records;
    CsvStreamParser parser;
    const auto onRecord = [&](std::span<const QByteArrayView> fields) {
        QStringList record;
        for (const QByteArrayView f : fields)
            record << QString::fromUtf8(f);
        records << record;
    };
    parser.feed(bytes, onRecord);
    parser.finish(onRecord);
    return records;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestExportErrorsCli final : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Simulator> m_sim;
    QTemporaryDir m_dir;
    QString m_previousDir;

    QStringList args(const QString &run = u"run_101"_s, const QString &pipeline = u"pipe_002"_s)
    {
        return {u"--server"_s,   m_sim->baseUrl().toString(),
                u"--tenant"_s,   u"demo"_s,
                u"--pipeline"_s, pipeline,
                u"--run"_s,      run};
    }

    // What the exporter writes for run_101 read through the JSON endpoint.
    QByteArray expectedBytes(bool bom, const ErrorFilter &filter = {})
    {
        ConnectionConfig config;
        config.server = m_sim->baseUrl();
        config.tenant = u"demo"_s;
        config.apiKey = u"krn_demo_admin"_s;
        ApiClient client(config);
        ErrorStore store;
        auto *request = client.fetchErrors(u"pipe_002"_s, u"run_101"_s, false);
        request->setAutoDelete(false);
        connect(request, &ErrorsRequest::rowsArrived, this, [&](const QList<ValidationError> &b) {
            for (const ValidationError &e : b) {
                if (ErrorMatcher::matches(filter, e))
                    store.append(e);
            }
        });
        QSignalSpy finished(request, &ApiRequest::finished);
        request->start();
        finished.wait(20000);
        delete request;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriterOptions options;
        options.byteOrderMark = bom;
        ErrorExporter::write(&buffer, store, nullptr, options);
        return buffer.data();
    }

    QStringList filesInDir() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_previousDir = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
    }
    void cleanupTestCase() { QDir::setCurrent(m_previousDir); }

    void init()
    {
        sim::SimulatorOptions options;
        options.millionErrors = 20000;
        m_sim = std::make_unique<sim::Simulator>(options);
        QVERIFY(m_sim->start());
        qputenv("FLOWWATCH_API_KEY", "krn_demo_viewer");
        qunsetenv("KAIREON_API_KEY");
        qunsetenv("KAIREON_TENANT_ID");
        for (const QString &name : filesInDir())
            QFile::remove(m_dir.filePath(name));
    }
    void cleanup() { m_sim.reset(); }

    void writesTheSuggestedFile()
    {
        const Outcome outcome = run(args());
        QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
        QCOMPARE(filesInDir(), QStringList {u"pipeline-run-run_101-errors.csv"_s});
        QVERIFY2(outcome.out.startsWith("Wrote 2,500 errors of run run_101 to "),
                 outcome.out.constData());
        const QByteArray bytes = readFile(m_dir.filePath(u"pipeline-run-run_101-errors.csv"_s));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFRow,Column,Value,Error\r\n"));
        QCOMPARE(bytes, expectedBytes(true)); // the server's CSV was re-written, not saved
        const QList<QStringList> records = parseCsv(bytes);
        QCOMPARE(records.size(), 2501);
        QCOMPARE(
            records.at(1),
            (QStringList {u"142"_s, u"email"_s, u"not-an-email"_s, u"Invalid email format"_s}));
        // No cell starts a formula.
        for (const QStringList &record : records) {
            for (qsizetype f = 1; f < record.size(); ++f) {
                const QString cell = record.at(f).trimmed();
                QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.front()),
                         qPrintable(record.at(f)));
            }
        }
    }

    void outputFilterAndNoBom()
    {
        const QString path = m_dir.filePath(u"emails.csv"_s);
        const Outcome outcome
            = run(args() + QStringList {u"-o"_s, path, u"--filter"_s, u"EMAIL"_s, u"--no-bom"_s});
        QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
        ErrorFilter filter;
        filter.text = u"EMAIL"_s;
        const QByteArray bytes = readFile(path);
        QVERIFY(bytes.startsWith("Row,Column,Value,Error\r\n"));
        QCOMPARE(bytes, expectedBytes(false, filter));
        const qsizetype rows = parseCsv(bytes).size() - 1;
        QVERIFY(rows > 0 && rows < 2500);
        QVERIFY2(outcome.out.contains("(of 2,500)"), outcome.out.constData());
    }

    void writesToStdout()
    {
        const Outcome outcome = run(args() + QStringList {u"-o"_s, u"-"_s});
        QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
        QCOMPARE(outcome.out, expectedBytes(true));
        QVERIFY2(outcome.err.startsWith("Wrote 2,500 errors"), outcome.err.constData());
        QVERIFY(filesInDir().isEmpty());
    }

    void environmentFallbacks()
    {
        qunsetenv("FLOWWATCH_API_KEY");
        qputenv("KAIREON_API_KEY", "krn_demo_editor");
        qputenv("KAIREON_TENANT_ID", "demo");
        const Outcome outcome = run({u"--server"_s, m_sim->baseUrl().toString(), u"--pipeline"_s,
                                     u"pipe_001"_s, u"--run"_s, u"run_001"_s});
        QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
        QCOMPARE(parseCsv(readFile(m_dir.filePath(u"pipeline-run-run_001-errors.csv"_s))).size(),
                 13);
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("run");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("run not found")
            << QStringList() << QByteArray("krn_demo_viewer") << u"run_123"_s << 1
            << u"run run_123 not found in pipeline pipe_002 (deleted, "
               "or in another tenant)"_s;
        QTest::newRow("key rejected") << QStringList() << QByteArray("krn_wrong") << u"run_101"_s
                                      << 1 << u"API key rejected by 127.0.0.1:%1"_s;
        QTest::newRow("no key") << QStringList() << QByteArray() << u"run_101"_s << 2
                                << u"no API key: set FLOWWATCH_API_KEY"_s;
        QTest::newRow("key on the command line")
            << QStringList {u"--api-key"_s, u"krn_demo_admin"_s} << QByteArray("krn_demo_admin")
            << u"run_101"_s << 2 << u"never taken from the command line"_s;
        QTest::newRow("unknown option")
            << QStringList {u"--frobnicate"_s} << QByteArray("krn_demo_admin") << u"run_101"_s << 2
            << u"Unknown option 'frobnicate'"_s;
    }

    void failures()
    {
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, key);
        QFETCH(QString, run);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        if (key.isEmpty())
            qunsetenv("FLOWWATCH_API_KEY");
        else
            qputenv("FLOWWATCH_API_KEY", key);
        const Outcome outcome = ::run(args(run) + extra);
        QCOMPARE(outcome.exitCode, exitCode);
        const QString err = QString::fromUtf8(outcome.err);
        if (message.contains(u"%1"_s))
            message = message.arg(m_sim->port());
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(err.count(u'\n'), 1); // one clear line
        QVERIFY(!err.contains(QString::fromUtf8(key)) || key.isEmpty()
                || exitCode == 2); // the key is never echoed back
        QVERIFY(outcome.out.isEmpty());
        QVERIFY(filesInDir().isEmpty());
    }

    // QSaveFile renames over the resolved target: a device, a fifo or a folder would be replaced
    // by a regular file. Such a target is refused and left as it was.
    void refusesTargetsThatAreNotRegularFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("fifo") << u"fifo"_s;
        QTest::newRow("symlink to /dev/null") << u"devnull"_s;
        QTest::newRow("symlink to a fifo") << u"linkedfifo"_s;
        QTest::newRow("folder") << u"folder"_s;
    }

    void refusesTargetsThatAreNotRegularFiles()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"pipe"_s);
        const QString target = dir.filePath(u"out.csv"_s);
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        if (kind == u"fifo"_s)
            QVERIFY(QFile::rename(fifo, target));
        else if (kind == u"devnull"_s)
            QVERIFY(QFile::link(u"/dev/null"_s, target));
        else if (kind == u"linkedfifo"_s)
            QVERIFY(QFile::link(fifo, target));
        else
            QVERIFY(QDir(dir.path()).mkdir(u"out.csv"_s));
        const auto type = [&] {
            struct stat st = {};
            return lstat(QFile::encodeName(target).constData(), &st) == 0 ? st.st_mode & S_IFMT
                                                                          : mode_t(0);
        };
        const mode_t before = type();

        const Outcome outcome = run(args() + QStringList {u"-o"_s, target});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains("is not a regular file"), outcome.err.constData());
        QCOMPARE(outcome.err.count('\n'), 1);
        QCOMPARE(type(), before); // still the fifo, the link or the folder
        if (kind == u"devnull"_s) {
            QCOMPARE(QFile::symLinkTarget(target), u"/dev/null"_s);
            struct stat st = {};
            QVERIFY(stat("/dev/null", &st) == 0 && S_ISCHR(st.st_mode));
        }
        QCOMPARE(
            QDir(dir.path())
                .entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot)
                .size(),
            kind == u"fifo"_s ? 1 : 2); // no temporary file left behind
    }

    void writesThroughASymlinkToARegularFile()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(u"real.csv"_s);
        const QString link = dir.filePath(u"link.csv"_s);
        QFile old(real);
        QVERIFY(old.open(QIODevice::WriteOnly) && old.write("old\n") == 4);
        old.close();
        QVERIFY(QFile::link(real, link));
        const Outcome outcome = run(args() + QStringList {u"-o"_s, link});
        QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readFile(real), expectedBytes(true));
    }

    void cutShortLeavesNothing()
    {
        // The stream dies half way (every attempt, so Qt's own resend does not hide it).
        sim::Fault fault
            = sim::Fault::of(sim::Fault::Kind::TruncatedBody, u"GET"_s, u"/errors$"_s, -1);
        fault.body = "Row,Column,Value,Error\r\n1,a,b,c\r\n";
        fault.headers = {{"Content-Type", "text/csv; charset=utf-8"}};
        m_sim->injectFault(fault);
        const Outcome outcome = run(args());
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY(!outcome.err.isEmpty());
        QVERIFY(filesInDir().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportErrorsCli)
#include "tst_export_errors_cli.moc"
