// `flowwatch retry` against the simulator over loopback: the lines users read and the exit codes
// scripts check, with the terminal and the environment supplied by the test.
#include "core/cli/RetryCommand.h"
#include "support/SimFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using fw::cli::RetryCommand;
using fw::sim::Fault;
using fw::test::SimFixture;

namespace {
struct FakeTerminal
{
    bool interactive = false;
    QStringList answers; ///< lines typed; when exhausted: end of input
    QStringList out;
    QString err;

    RetryCommand::Terminal terminal()
    {
        RetryCommand::Terminal t;
        t.isInteractive = [this] { return interactive; };
        t.readLine = [this]() -> std::optional<QString> {
            if (answers.isEmpty())
                return std::nullopt;
            return answers.takeFirst();
        };
        t.out = [this](const QString &line) { out << line; };
        t.err = [this](const QString &text) { err += text; };
        return t;
    }
};

QProcessEnvironment environment(const QString &key = u"krn_demo_admin"_s)
{
    QProcessEnvironment env;
    env.insert(u"FLOWWATCH_API_KEY"_s, key);
    return env;
}
} // namespace

class TestRetryCli final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_fixture;
    FakeTerminal m_terminal;

    QStringList args(const QString &pipeline, const QString &run, bool yes = true) const
    {
        QStringList list {u"--server"_s,   m_fixture->sim().baseUrl().toString(),
                          u"--tenant"_s,   u"demo"_s,
                          u"--pipeline"_s, pipeline,
                          u"--run"_s,      run};
        if (yes)
            list << u"--yes"_s;
        return list;
    }
    int exec(const QStringList &arguments, const QProcessEnvironment &env = environment())
    {
        RetryCommand command(env, m_terminal.terminal());
        return command.run(arguments);
    }
    int posts() { return m_fixture->sim().requestCount(u"POST"_s, u"/retry$"_s); }
    QString host() const { return u"127.0.0.1:"_s + QString::number(m_fixture->sim().port()); }

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_fixture = std::make_unique<SimFixture>();
        m_terminal = FakeTerminal();
    }
    void cleanup() { m_fixture.reset(); }

    void yesRetriesAndPrintsTheNewRun()
    {
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_001"_s)), RetryCommand::Created);
        QCOMPARE(m_terminal.out,
                 (QStringList {u"run_9001 created — retry of run_001, resumes from row 32,000"_s,
                               u"Server: resumeFromRow 32,000, resumable yes — “Resuming from row "
                               "32000 (original run: run_001)”"_s}));
        QCOMPARE(m_terminal.err, QString());
        QCOMPARE(posts(), 1);
    }

    void replaceStartsFromTheBeginning()
    {
        QCOMPARE(exec(args(u"pipe_002"_s, u"run_101"_s), environment(u"krn_demo_editor"_s)),
                 RetryCommand::Created);
        QCOMPARE(m_terminal.out,
                 (QStringList {u"run_9001 created — retry of run_101, starts from the beginning"_s,
                               u"Server: resumeFromRow 0, resumable no — “Re-running from the "
                               "beginning (original run: run_101)”"_s}));
    }

    void viewerIsRefused()
    {
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_001"_s), environment(u"krn_demo_viewer"_s)),
                 RetryCommand::Refused);
        QCOMPARE(m_terminal.out, QStringList());
        QCOMPARE(m_terminal.err,
                 u"flowwatch retry: The server refused: insufficient permissions. This API key "
                 "may not retry runs (an admin or editor key is needed). Server said: "
                 "“Insufficient permissions”\n"_s);
        QCOMPARE(posts(), 1);
    }

    void unknownRunIsNotFound()
    {
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_999"_s)), RetryCommand::NotFound);
        QCOMPARE(m_terminal.err,
                 u"flowwatch retry: run run_999 not found in pipeline pipe_001 (deleted, or in "
                 "another tenant) — check --pipeline, --run and --tenant; nothing was "
                 "retried\n"_s);
        QCOMPARE(posts(), 0);
    }

    void notFoundOnThePost()
    {
        m_fixture->sim().injectFault(
            Fault::withStatus(u"POST"_s, u"/retry$"_s, 404,
                              R"({"error":{"code":"NOT_FOUND","message":"Run not found"}})"));
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_001"_s)), RetryCommand::NotFound);
        QCOMPARE(m_terminal.err,
                 u"flowwatch retry: Run or pipeline not found — deleted, or in another tenant. "
                 "Nothing was retried; check the run id and the connection's tenant. Server said: "
                 "“Run not found”\n"_s);
    }

    void runningRunIsRefusedBeforeSending()
    {
        m_fixture->advance(10'000); // run_002 is running
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_002"_s)), RetryCommand::NotRetryable);
        QCOMPARE(m_terminal.err,
                 u"flowwatch retry: run_002 is running: only failed runs or runs completed with "
                 "errors can be retried; nothing was retried\n"_s);
        QCOMPARE(posts(), 0);
    }

    void serverRefusalInTheCurrentState()
    {
        // The run changed between the read and the POST: the server's 422 and its message.
        m_fixture->sim().injectFault(Fault::withStatus(
            u"POST"_s, u"/retry$"_s, 422,
            R"({"error":{"code":"UNPROCESSABLE_ENTITY","message":"Run status 'running' does not allow retry"}})"));
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_001"_s)), RetryCommand::NotRetryable);
        QCOMPARE(m_terminal.err,
                 u"flowwatch retry: The server does not allow retrying this run in its current "
                 "state: only failed runs or runs completed with errors can be retried. Nothing "
                 "was retried. Server said: “Run status 'running' does not allow retry”\n"_s);
        QCOMPARE(posts(), 1);
    }

    void refusesWithoutATerminal()
    {
        m_terminal.interactive = false;
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_001"_s, false)), RetryCommand::NotRetried);
        QCOMPARE(m_terminal.err,
                 u"flowwatch retry: not retried: stdin is not a terminal, so nobody can confirm — "
                 "pass --yes to retry without asking\n"_s);
        QCOMPARE(posts(), 0);
    }

    void asksAndRespectsTheAnswer_data()
    {
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("posts");
        QTest::newRow("no") << QStringList {u"n"_s} << int(RetryCommand::NotRetried) << 0;
        QTest::newRow("empty line (default no)")
            << QStringList {QString()} << int(RetryCommand::NotRetried) << 0;
        QTest::newRow("end of input") << QStringList() << int(RetryCommand::NotRetried) << 0;
        QTest::newRow("something else")
            << QStringList {u"sure"_s} << int(RetryCommand::NotRetried) << 0;
        QTest::newRow("y") << QStringList {u"y"_s} << int(RetryCommand::Created) << 1;
        QTest::newRow("YES") << QStringList {u" YES "_s} << int(RetryCommand::Created) << 1;
    }
    void asksAndRespectsTheAnswer()
    {
        QFETCH(QStringList, answers);
        QFETCH(int, exitCode);
        QFETCH(int, posts);
        m_terminal.interactive = true;
        m_terminal.answers = answers;
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_001"_s, false)), exitCode);
        QVERIFY2(m_terminal.err.startsWith(
                     u"Retry run_001 of pipe_001 on "_s + host()
                     + u"? It resumes from the server's last checkpoint. 32,000 of "
                       "50,000 rows were processed so far. The server "
                       "decides where the new run starts: with upsert, rows "
                       "after its last checkpoint are written again and "
                       "update the rows already loaded. [y/N] "_s),
                 qPrintable(m_terminal.err));
        QCOMPARE(this->posts(), posts);
    }

    void promptForReplace()
    {
        m_terminal.interactive = true;
        m_terminal.answers = {u"n"_s};
        QCOMPARE(exec(args(u"pipe_002"_s, u"run_101"_s, false)), RetryCommand::NotRetried);
        QVERIFY(m_terminal.err.startsWith(u"Retry run_101 of pipe_002 on "_s + host()
                                          + u"? It re-runs from the beginning. All "_s));
        QVERIFY(!m_terminal.err.contains(u"from row"_s)); // no row is promised before the 201
    }

    void usageProblems_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<QString>("line");
        QTest::newRow("no run") << QStringList {u"--server"_s, u"http://h"_s,   u"--tenant"_s,
                                                u"demo"_s,     u"--pipeline"_s, u"p"_s}
                                << true << u"flowwatch retry: missing --run (see --help)\n"_s;
        QTest::newRow("bad server")
            << QStringList {u"--server"_s,   u"ftp://h"_s, u"--tenant"_s, u"demo"_s,
                            u"--pipeline"_s, u"p"_s,       u"--run"_s,    u"r"_s}
            << true
            << u"flowwatch retry: --server must be an http:// or "
               "https:// URL, not “ftp://h”\n"_s;
        QTest::newRow("no key") << QStringList {u"--server"_s, u"http://h"_s,   u"--tenant"_s,
                                                u"demo"_s,     u"--pipeline"_s, u"p"_s,
                                                u"--run"_s,    u"r"_s}
                                << false
                                << u"flowwatch retry: no API key: set FLOWWATCH_API_KEY (or "
                                   "KAIREON_API_KEY); keys are never taken from the command "
                                   "line\n"_s;
        QTest::newRow("no tenant") << QStringList {u"--server"_s, u"http://h"_s, u"--pipeline"_s,
                                                   u"p"_s,        u"--run"_s,    u"r"_s}
                                   << true
                                   << u"flowwatch retry: missing --tenant (or "
                                      "KAIREON_TENANT_ID)\n"_s;
        QTest::newRow("a key option does not exist")
            << QStringList {u"--key"_s, u"krn_x"_s} << true
            << u"flowwatch retry: Unknown option 'key'. (see --help)\n"_s;
    }
    void usageProblems()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withKey);
        QFETCH(QString, line);
        QCOMPARE(exec(arguments, withKey ? environment() : QProcessEnvironment()),
                 RetryCommand::Usage);
        QCOMPARE(m_terminal.err, line);
        QCOMPARE(posts(), 0);
    }

    void kaireonEnvironmentVariables()
    {
        QProcessEnvironment env;
        env.insert(u"KAIREON_API_KEY"_s, u"krn_demo_admin"_s);
        env.insert(u"KAIREON_TENANT_ID"_s, u"demo"_s);
        QStringList arguments = args(u"pipe_001"_s, u"run_001"_s);
        arguments.remove(2, 2); // no --tenant
        QCOMPARE(exec(arguments, env), RetryCommand::Created);
        QCOMPARE(posts(), 1);
    }

    void serverAnswersArePrinted_data()
    {
        QTest::addColumn<qint64>("resumeFromRow");
        QTest::addColumn<int>("resumable");
        QTest::addColumn<QStringList>("out");
        QTest::newRow("checkpoint behind")
            << qint64(28'026) << -1
            << QStringList {u"run_9001 created — retry of run_001, resumes from row 28,026"_s,
                            u"Server: resumeFromRow 28,026, resumable yes — “Resuming from row "
                            "28026 (original run: run_001)”"_s,
                            u"⚠ The server resumes from row 28,026, behind the 32,000 rows "
                            "processed."_s};
        QTest::newRow("full re-run, not resumable")
            << qint64(0) << 0
            << QStringList {u"run_9001 created — retry of run_001, starts from the beginning"_s,
                            u"Server: resumeFromRow 0, resumable no — “Re-processing all "
                            "partitions from row 0 (original run: run_001)”"_s,
                            u"⚠ The server will not resume this run: it says it is not resumable "
                            "and re-processes it from row 0."_s};
    }
    void serverAnswersArePrinted()
    {
        QFETCH(qint64, resumeFromRow);
        QFETCH(int, resumable);
        QFETCH(QStringList, out);
        fw::sim::RetryAnswer answer;
        answer.resumeFromRow = resumeFromRow;
        if (resumable >= 0)
            answer.resumable = resumable == 1;
        QVERIFY(m_fixture->sim().setRetryAnswer(u"run_001"_s, answer));
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_001"_s)), RetryCommand::Created);
        QCOMPARE(m_terminal.out, out);
        QCOMPARE(posts(), 1);
    }

    void unknownOutcomeFoundByTheCheck()
    {
        // The command runs on the wall clock, as against a real server.
        m_fixture->sim().setClock([] { return QDateTime::currentDateTimeUtc(); });
        m_fixture->sim().injectFault(
            Fault::of(Fault::Kind::DropAfterProcessing, u"POST"_s, u"/retry$"_s));
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_001"_s)), RetryCommand::Created);
        QCOMPARE(m_terminal.err, u"Outcome unknown — checking…\n"_s);
        QCOMPARE(
            m_terminal.out,
            (QStringList {u"run_9001 created — retry of run_001, resumes from row 32,000"_s,
                          u"Server: resumeFromRow 32,000, resumable yes"_s})); // found in the list
        QCOMPARE(posts(), 1);
    }

    void unknownOutcomeThatCannotBeConfirmed()
    {
        m_fixture->sim().setRunsListEnabled(false);
        m_fixture->sim().injectFault(
            Fault::of(Fault::Kind::DropAfterProcessing, u"POST"_s, u"/retry$"_s));
        QCOMPARE(exec(args(u"pipe_001"_s, u"run_001"_s)), RetryCommand::OutcomeUnknown);
        QVERIFY(m_terminal.err.endsWith(
            u"flowwatch retry: outcome unknown: the connection to "_s + host()
            + u" ended after the retry was sent and no new run could be confirmed — check the "
              "pipeline's runs before retrying again\n"_s));
        QCOMPARE(posts(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRetryCli)
#include "tst_retrycli.moc"
