// `flowwatch watch` against the simulator over loopback: the lines and NDJSON users and scripts
// read, each exit code, --once, --timeout, stalls, how often it polls, and (with the built
// binary as a separate process) a pipe instead of a terminal and Ctrl+C.
#include "core/cli/WatchCommand.h"
#include "sim/Simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using fw::cli::WatchCommand;

namespace {
struct FakeTerminal
{
    bool tty = false;
    QString out;
    QString err;

    WatchCommand::Terminal terminal()
    {
        WatchCommand::Terminal t;
        t.isTty = [this] { return tty; };
        t.out = [this](const QString &text) { out += text; };
        t.err = [this](const QString &text) { err += text; };
        return t;
    }
    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
};

QProcessEnvironment environment(const QString &key = u"krn_demo_admin"_s)
{
    QProcessEnvironment env;
    env.insert(u"FLOWWATCH_API_KEY"_s, key);
    return env;
}

/// The state lines among the output (log lines start with a time).
QStringList stateLines(const QStringList &lines)
{
    QStringList states;
    static const QRegularExpression logLine(u"^\\d\\d:\\d\\d:\\d\\d  "_s);
    for (const QString &line : lines)
        if (!logLine.match(line).hasMatch())
            states << line;
    return states;
}
} // namespace

class TestWatchCli final : public QObject
{
    Q_OBJECT

    std::unique_ptr<fw::sim::Simulator> m_sim;
    FakeTerminal m_terminal;

    /// A simulator on the real clock, `speed` simulated seconds per second.
    void startSim(double speed)
    {
        fw::sim::SimulatorOptions options;
        options.speed = speed;
        m_sim = std::make_unique<fw::sim::Simulator>(options);
        QVERIFY(m_sim->start());
    }
    QStringList args(const QString &pipeline, const QString &run,
                     const QStringList &more = {}) const
    {
        return QStringList {u"--server"_s,   m_sim->baseUrl().toString(),
                            u"--tenant"_s,   u"demo"_s,
                            u"--pipeline"_s, pipeline,
                            u"--run"_s,      run,
                            u"--interval"_s, u"1"_s}
        + more;
    }
    int exec(const QStringList &arguments, const QProcessEnvironment &env = environment())
    {
        WatchCommand command(env, m_terminal.terminal());
        return command.run(arguments);
    }
    int polls() const { return m_sim->requestCount(u"GET"_s, u"/progress$"_s); }

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_terminal = FakeTerminal();
    }
    void cleanup() { m_sim.reset(); }

    void followsARunToTheEndOneLinePerChange()
    {
        startSim(60); // run_002's three minutes in three seconds
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_002"_s, {u"--exit-status"_s})),
                 WatchCommand::Completed);
        QCOMPARE(m_terminal.err, QString());
        QVERIFY2(!m_terminal.out.contains(u'\r'), qPrintable(m_terminal.out));
        const QStringList states = stateLines(m_terminal.lines());
        QVERIFY2(states.size() >= 2, qPrintable(m_terminal.out));
        QVERIFY2(states.first().startsWith(u"running  "_s)
                     || states.first().startsWith(u"pending  "_s),
                 qPrintable(states.first()));
        QVERIFY2(states.first().contains(u" of 120,000 rows"_s), qPrintable(states.first()));
        QCOMPARE(states.last(), u"completed  100.0%  120,000 of 120,000 rows  0 failed"_s);
        QVERIFY(m_terminal.out.contains(u" rows/s  ETA "_s));
        QCOMPARE(QSet<QString>(states.begin(), states.end()).size(), states.size()); // changes only
        // Log lines from the server appear once each.
        QStringList lines = m_terminal.lines();
        QVERIFY(lines.size() > states.size());
        QCOMPARE(lines.removeDuplicates(), 0);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("pipeline");
        QTest::addColumn<QString>("run");
        QTest::addColumn<QStringList>("more");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("err");
        const QStringList exitStatus {u"--exit-status"_s};
        QTest::newRow("completed")
            << u"pipe_001"_s << u"run_002"_s << exitStatus << u"krn_demo_viewer"_s
            << int(WatchCommand::Completed) << QString();
        QTest::newRow("failed") << u"pipe_001"_s << u"run_001"_s << exitStatus
                                << u"krn_demo_viewer"_s << int(WatchCommand::Failed) << QString();
        QTest::newRow("failed without --exit-status")
            << u"pipe_001"_s << u"run_001"_s << QStringList() << u"krn_demo_viewer"_s
            << int(WatchCommand::Completed) << QString();
        QTest::newRow("fails while watched")
            << u"pipe_006"_s << u"run_501"_s << exitStatus << u"krn_demo_admin"_s
            << int(WatchCommand::Failed) << QString();
        QTest::newRow("completed with errors")
            << u"pipe_002"_s << u"run_101"_s << exitStatus << u"krn_demo_admin"_s
            << int(WatchCommand::CompletedWithErrors) << QString();
        QTest::newRow("completed with errors without --exit-status")
            << u"pipe_002"_s << u"run_101"_s << QStringList() << u"krn_demo_admin"_s
            << int(WatchCommand::Completed) << QString();
        QTest::newRow("not found")
            << u"pipe_001"_s << u"run_999"_s << exitStatus << u"krn_demo_admin"_s
            << int(WatchCommand::NotFound)
            << u"flowwatch watch: run run_999 not found in pipeline pipe_001 (deleted, or in "
               "another tenant) — check --pipeline, --run and --tenant\n"_s;
        QTest::newRow("rejected key")
            << u"pipe_001"_s << u"run_002"_s << exitStatus << u"krn_wrong"_s
            << int(WatchCommand::Rejected)
            << u"flowwatch watch: API key rejected by %HOST% — check FLOWWATCH_API_KEY and "
               "--tenant\n"_s;
        QTest::newRow("bad interval")
            << u"pipe_001"_s << u"run_002"_s << QStringList {u"--interval"_s, u"0.5"_s}
            << u"krn_demo_admin"_s << int(WatchCommand::Usage)
            << u"flowwatch watch: --interval must be a number of seconds from 1 to 60, not "
               "“0.5”\n"_s;
        QTest::newRow("bad timeout")
            << u"pipe_001"_s << u"run_002"_s << QStringList {u"--timeout"_s, u"soon"_s}
            << u"krn_demo_admin"_s << int(WatchCommand::Usage)
            << u"flowwatch watch: --timeout must be a duration such as 90s, 10m or 2h, not "
               "“soon”\n"_s;
    }
    void exitCodes()
    {
        QFETCH(QString, pipeline);
        QFETCH(QString, run);
        QFETCH(QStringList, more);
        QFETCH(QString, key);
        QFETCH(int, code);
        QFETCH(QString, err);
        startSim(60);
        QCOMPARE(exec(args(pipeline, run, more), environment(key)), code);
        err.replace(u"%HOST%"_s, u"127.0.0.1:"_s + QString::number(m_sim->port()));
        QCOMPARE(m_terminal.err, err);
        if (code == WatchCommand::Failed)
            QVERIFY2(stateLines(m_terminal.lines()).last().startsWith(u"failed  "_s),
                     qPrintable(m_terminal.out));
        if (code == WatchCommand::CompletedWithErrors)
            QVERIFY2(stateLines(m_terminal.lines())
                         .last()
                         .startsWith(u"completed with errors  100.0%  80,000 of 80,000 rows"_s),
                     qPrintable(m_terminal.out));
        if (code == WatchCommand::NotFound || code == WatchCommand::Rejected)
            QCOMPARE(polls(), 1); // stops at once, no retry storm
    }

    void noKeyIsAUsageError()
    {
        startSim(1);
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_002"_s), QProcessEnvironment()),
                 WatchCommand::Usage);
        QVERIFY(m_terminal.err.startsWith(u"flowwatch watch: no API key: set FLOWWATCH_API_KEY"_s));
        QCOMPARE(polls(), 0);
    }

    void connectionUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("err");
        const QStringList ids {u"--pipeline"_s, u"pipe_001"_s, u"--run"_s, u"run_002"_s};
        QTest::newRow("no server") << QStringList {u"--tenant"_s, u"demo"_s} + ids
                                   << u"flowwatch watch: missing --server (see --help)\n"_s;
        QTest::newRow("blank run") << QStringList {u"--server"_s, u"http://h"_s, u"--pipeline"_s,
                                                   u"p"_s,        u"--run"_s,    u" "_s}
                                   << u"flowwatch watch: missing --run (see --help)\n"_s;
        QTest::newRow("ftp server")
            << QStringList {u"--server"_s, u"ftp://h"_s, u"--tenant"_s, u"demo"_s} + ids
            << u"flowwatch watch: --server must be an http:// or https:// URL, not “ftp://h”\n"_s;
        QTest::newRow("no tenant") << QStringList {u"--server"_s, u"http://h"_s}
                + ids << u"flowwatch watch: missing --tenant (or KAIREON_TENANT_ID)\n"_s;
    }
    void connectionUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, err);
        QCOMPARE(exec(arguments), WatchCommand::Usage);
        QCOMPARE(m_terminal.err, err);
        QVERIFY(m_terminal.out.isEmpty());
    }

    void helpNamesTheSubcommand()
    {
        QCOMPARE(exec({u"--help"_s}), WatchCommand::Completed);
        QVERIFY2(m_terminal.out.startsWith(u"Usage: flowwatch watch [options]\n"_s),
                 qPrintable(m_terminal.out));
        for (const QString &option : {u"--server"_s, u"--tenant"_s, u"--pipeline"_s, u"--run"_s,
                                      u"--bearer"_s, u"--interval"_s, u"--exit-status"_s})
            QVERIFY2(m_terminal.out.contains(option), qPrintable(option));
        QVERIFY(m_terminal.out.contains(u"Run id to watch."_s));
        QVERIFY(m_terminal.err.isEmpty());
    }

    void unreachableServer()
    {
        startSim(1);
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        QStringList arguments = args(u"pipe_001"_s, u"run_002"_s, {u"--exit-status"_s});
        arguments[1] = u"http://127.0.0.1:%1"_s.arg(port);
        QCOMPARE(exec(arguments), WatchCommand::Unreachable);
        QVERIFY2(
            m_terminal.err.startsWith(u"flowwatch watch: cannot reach 127.0.0.1:%1 — "_s.arg(port)),
            qPrintable(m_terminal.err));
        QCOMPARE(m_terminal.out, QString());
    }

    void serverErrorsBackOffThenGiveUp()
    {
        startSim(1);
        m_sim->injectFault(fw::sim::Fault::withStatus(u"GET"_s, u"/progress$"_s, 500, {}, {}, -1));
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_002"_s)), WatchCommand::Unreachable);
        QCOMPARE(polls(), WatchCommand::kGiveUpAfterFailures);
        QVERIFY2(m_terminal.err.contains(u"flowwatch watch: cannot reach 127.0.0.1:"_s),
                 qPrintable(m_terminal.err));
    }

    void ndjsonOnePerPoll()
    {
        startSim(60);
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_002"_s, {u"--json"_s, u"--exit-status"_s})),
                 WatchCommand::Completed);
        QCOMPARE(m_terminal.err, QString());
        const QStringList lines = m_terminal.lines();
        QCOMPARE(lines.size(), polls()); // one object per poll
        QStringList messages;
        QJsonObject last;
        for (const QString &line : lines) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
            QVERIFY2(doc.isObject(), qPrintable(line));
            last = doc.object();
            QCOMPARE(last.value(u"run"_s).toString(), u"run_002"_s);
            QCOMPARE(last.value(u"totalRows"_s).toInteger(), 120'000);
            QVERIFY(last.contains(u"eta"_s));
            QVERIFY(last.contains(u"failedRows"_s));
            QCOMPARE(last.value(u"stalled"_s).toBool(), false);
            for (const QJsonValue &entry : last.value(u"log"_s).toArray())
                messages << entry.toObject().value(u"message"_s).toString();
        }
        QCOMPARE(last.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(last.value(u"terminal"_s).toBool(), true);
        QCOMPARE(last.value(u"percent"_s).toDouble(), 100.0);
        QCOMPARE(last.value(u"processedRows"_s).toInteger(), 120'000);
        QVERIFY(!messages.isEmpty());
        QCOMPARE(messages.removeDuplicates(), 0); // each log entry once, only when new
    }

    void onceReadsOnce()
    {
        startSim(1);
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_002"_s, {u"--once"_s, u"--exit-status"_s})),
                 WatchCommand::Completed);
        QCOMPARE(polls(), 1);
        const QStringList states = stateLines(m_terminal.lines());
        QCOMPARE(states.size(), 1);
        QVERIFY2(states.first().startsWith(u"pending  "_s)
                     || states.first().startsWith(u"running  "_s),
                 qPrintable(states.first()));

        m_terminal = FakeTerminal();
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_001"_s, {u"--once"_s, u"--exit-status"_s})),
                 WatchCommand::Failed);
        QCOMPARE(stateLines(m_terminal.lines()),
                 QStringList {u"failed  64.0%  32,000 of 50,000 rows  12 failed"_s});
    }

    void timeoutWhileRunning()
    {
        startSim(1); // run_002 is pending for 2 s, then runs for three minutes
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_002"_s, {u"--timeout"_s, u"4s"_s})),
                 WatchCommand::TimedOut);
        QCOMPARE(m_terminal.err, u"flowwatch watch: timed out after 4 s; run_002 is running\n"_s);
        QVERIFY(polls() >= 3);
        QVERIFY2(polls() <= 5, qPrintable(QString::number(polls()))); // the interval, no storm
    }

    void stalledRunIsReported()
    {
        startSim(1);
        fw::sim::RunSpec spec;
        spec.id = u"run_stuck"_s;
        spec.totalRows = 10'000;
        spec.durationMs = 3'600'000;
        spec.freezeAtProcessedRows = 4'000;
        spec.startInMs = -3'600'000; // reached 4,000 rows long ago and stays there
        m_sim->addRun(spec);
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_stuck"_s,
                           {u"--json"_s, u"--stall-after"_s, u"1s"_s, u"--timeout"_s, u"3s"_s})),
                 WatchCommand::TimedOut);
        const QStringList lines = m_terminal.lines();
        QVERIFY(lines.size() >= 2);
        const QJsonObject first = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(first.value(u"stalled"_s).toBool(), false);
        const QJsonObject last = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        QCOMPARE(first.value(u"processedRows"_s).toInteger(), 4'000);
        QCOMPARE(last.value(u"processedRows"_s).toInteger(), 4'000);
        QCOMPARE(last.value(u"stalled"_s).toBool(), true);
        QVERIFY(last.value(u"stalledForMs"_s).toInteger() >= 1'000);
        QVERIFY2(last.value(u"stalledText"_s).toString().startsWith(u"stalled for "_s),
                 qPrintable(lines.last()));
        // Nothing changes, so the watcher slows down instead of polling every second.
        QVERIFY2(polls() <= 3, qPrintable(QString::number(polls())));
    }

    void terminalRedrawsOneLiveLine()
    {
        startSim(60);
        m_terminal.tty = true;
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_002"_s)), WatchCommand::Completed);
        const QString &out = m_terminal.out;
        QVERIFY2(out.startsWith(u"\r\x1b[2K"_s), qPrintable(out));
        QVERIFY(out.endsWith(u"completed  100.0%  120,000 of 120,000 rows  0 failed\n"_s));
        // The live line is only ever ended once; log lines come above it on their own lines.
        const QStringList logs = out.split(u"\r\x1b[2K"_s, Qt::SkipEmptyParts);
        QVERIFY(logs.size() >= 3);
        int ended = 0;
        for (const QString &piece : logs)
            ended += piece.startsWith(u"completed"_s) && piece.endsWith(u'\n') ? 1 : 0;
        QCOMPARE(ended, 1);
        QVERIFY(out.contains(QRegularExpression(u"\r\x1b\\[2K\\d\\d:\\d\\d:\\d\\d  [^\n]+\n"_s)));
    }

    void parseDuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("90s") << u"90s"_s << qint64(90'000);
        QTest::newRow("10m") << u"10m"_s << qint64(600'000);
        QTest::newRow("2h") << u"2h"_s << qint64(7'200'000);
        QTest::newRow("1h30m") << u"1h30m"_s << qint64(5'400'000);
        QTest::newRow("500ms") << u"500ms"_s << qint64(500);
        QTest::newRow("plain seconds") << u"45"_s << qint64(45'000);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("zero") << u"0s"_s << qint64(-1);
        QTest::newRow("negative") << u"-5"_s << qint64(-1);
        QTest::newRow("junk") << u"10 minutes"_s << qint64(-1);
        QTest::newRow("trailing") << u"10mx"_s << qint64(-1);
    }
    void parseDuration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto parsed = WatchCommand::parseDuration(text);
        QCOMPARE(parsed ? parsed->count() : -1, ms);
    }

    void binaryOnAPipePrintsLines()
    {
        startSim(60);
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(FLOWWATCH_EXE),
                      QStringList {u"watch"_s} + args(u"pipe_002"_s, u"run_101"_s)
                          + QStringList {u"--exit-status"_s});
        QVERIFY(process.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 20'000);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), int(WatchCommand::CompletedWithErrors));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(!out.contains(u'\r') && !out.contains(u'\x1b'), qPrintable(out));
        QVERIFY2(out.contains(u"completed with errors  100.0%  80,000 of 80,000 rows"_s),
                 qPrintable(out));
    }

    void ctrlCExits130AndPrintsNothingMore()
    {
        startSim(1); // run_002 keeps running
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(FLOWWATCH_EXE),
                      QStringList {u"watch"_s} + args(u"pipe_001"_s, u"run_002"_s)
                          + QStringList {u"--exit-status"_s});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20'000);
        const QByteArray before = process.readAllStandardOutput();
        QVERIFY(process.processId() > 0);
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 10'000);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), int(WatchCommand::Interrupted));
        QCOMPARE(process.readAllStandardError(), QByteArray());
        QVERIFY(before.contains("running  ") || before.contains("pending  "));
    }
};

QTEST_GUILESS_MAIN(TestWatchCli)
#include "tst_watch_cli.moc"
