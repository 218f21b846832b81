// The command line of flowwatch, read once into LaunchOptions: every launch the README shows, what
// a later launch hands over, and the real executable's help, version and usage errors (which need
// no window).
#include "LaunchOptions.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using fw::AuthStyle;
using fw::app::LaunchOptions;
using Action = fw::app::LaunchOptions::Action;

namespace {

QProcessEnvironment withKey(const QString &key = u"krn_test"_s)
{
    QProcessEnvironment env;
    if (!key.isEmpty())
        env.insert(u"FLOWWATCH_API_KEY"_s, key);
    return env;
}

LaunchOptions parse(const QStringList &arguments, const QProcessEnvironment &env = withKey())
{
    return LaunchOptions::parse(QStringList {u"flowwatch"_s} + arguments, env);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestLaunchOptions final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    /// The built flowwatch with `arguments`, in a home of its own and without a key.
    Run flowwatch(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"FLOWWATCH_API_KEY"_s);
        env.remove(u"KAIREON_API_KEY"_s);
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
        env.insert(u"XDG_RUNTIME_DIR"_s, m_home.path());
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(FLOWWATCH_EXECUTABLE), arguments);
        Run run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private Q_SLOTS:
    void actions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Action>("action");
        QTest::newRow("nothing") << QStringList {} << Action::Window;
        QTest::newRow("profile") << QStringList {u"--profile"_s, u"staging"_s} << Action::Window;
        QTest::newRow("export-errors")
            << QStringList {u"export-errors"_s, u"--help"_s} << Action::ExportErrors;
        QTest::newRow("retry") << QStringList {u"retry"_s, u"--run"_s, u"r"_s} << Action::Retry;
        QTest::newRow("subcommand only first")
            << QStringList {u"--demo"_s, u"retry"_s} << Action::Window;
        QTest::newRow("--help") << QStringList {u"--demo"_s, u"--help"_s} << Action::Help;
        QTest::newRow("-h") << QStringList {u"-h"_s} << Action::Help;
        QTest::newRow("-?") << QStringList {u"-?"_s} << Action::Help;
        QTest::newRow("--help-all") << QStringList {u"--help-all"_s} << Action::Help;
        QTest::newRow("--version") << QStringList {u"--version"_s} << Action::Version;
        QTest::newRow("-v") << QStringList {u"-v"_s} << Action::Version;
    }

    void actions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Action, action);
        QCOMPARE(LaunchOptions::actionOf(QStringList {u"flowwatch"_s} + arguments), action);
        QCOMPARE(parse(arguments).action, action);
    }

    void serverAndRun()
    {
        const LaunchOptions o
            = parse({u"--server"_s, u"https://kaireon.example.com"_s, u"--tenant"_s, u"acme"_s,
                     u"--pipeline"_s, u"pipe_001"_s, u"--run"_s, u"run_001"_s});
        QCOMPARE(o.parseError, QString());
        QCOMPARE(o.connection.server, u"https://kaireon.example.com"_s);
        QCOMPARE(o.connection.tenant, u"acme"_s);
        QCOMPARE(o.connection.pipelineId, u"pipe_001"_s);
        QCOMPARE(o.connection.runId, u"run_001"_s);
        QCOMPARE(o.connection.authStyle, AuthStyle::ApiKeyHeader);
        QVERIFY(o.serverSet);
        QVERIFY(o.runSet);
        QVERIFY(!o.handsOver()); // its key lives only in this process
        int code = 0;
        QCOMPARE(o.problem(&code), QString());

        QString problem;
        const std::optional<fw::ConnectionProfile> p = o.serverProfile(&problem);
        QVERIFY2(p, qPrintable(problem));
        QCOMPARE(p->name, u"kaireon.example.com"_s);
        QCOMPARE(p->server, QUrl(u"https://kaireon.example.com"_s));
        QCOMPARE(p->tenant, u"acme"_s);
        QVERIFY(p->sessionOnly);
        QCOMPARE(o.connection.apiKey, u"krn_test"_s);
    }

    void bearerAndEnvironment()
    {
        QProcessEnvironment env;
        env.insert(u"KAIREON_API_KEY"_s, u"krn_kaireon"_s);
        env.insert(u"KAIREON_TENANT_ID"_s, u"from-env"_s);
        const LaunchOptions o
            = parse({u"--server"_s, u"http://localhost:3000"_s, u"--bearer"_s}, env);
        QCOMPARE(o.connection.authStyle, AuthStyle::Bearer);
        QCOMPARE(o.connection.tenant, u"from-env"_s);
        QCOMPARE(o.connection.apiKey, u"krn_kaireon"_s);
        QString problem;
        const auto p = o.serverProfile(&problem);
        QVERIFY2(p, qPrintable(problem));
        QCOMPARE(p->authStyle, AuthStyle::Bearer);

        // FLOWWATCH_API_KEY wins over KAIREON_API_KEY.
        env.insert(u"FLOWWATCH_API_KEY"_s, u"krn_flowwatch"_s);
        QCOMPARE(parse({u"--server"_s, u"http://localhost:3000"_s}, env).connection.apiKey,
                 u"krn_flowwatch"_s);
    }

    void serverProblems_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no key") << QStringList {u"--server"_s, u"https://h"_s, u"--tenant"_s,
                                                u"t"_s}
                                << QString() << u"set FLOWWATCH_API_KEY"_s;
        QTest::newRow("no tenant")
            << QStringList {u"--server"_s, u"https://h"_s} << u"k"_s << u"Enter the tenant id"_s;
        QTest::newRow("ftp") << QStringList {u"--server"_s, u"ftp://h"_s, u"--tenant"_s, u"t"_s}
                             << u"k"_s << u"must start with https://"_s;
    }

    void serverProblems()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, key);
        QFETCH(QString, problem);
        QString said;
        QVERIFY(!parse(arguments, withKey(key)).serverProfile(&said));
        QVERIFY2(said.contains(problem), qPrintable(said));
    }

    void profileLinksAndHandOver()
    {
        const QString link = u"flowwatch://open?server=https%3A%2F%2Fh&tenant=t"_s;
        LaunchOptions o = parse({u"--profile"_s, u"staging"_s, link, link + u"&run=r"_s});
        QCOMPARE(o.profile, u"staging"_s);
        QCOMPARE(o.links, (QStringList {link, link + u"&run=r"_s}));
        QVERIFY(!o.serverSet);
        QVERIFY(o.handsOver());
        QVERIFY(!parse({u"--new-instance"_s, u"--profile"_s, u"staging"_s}).handsOver());
        QVERIFY(!parse({u"--demo"_s}).handsOver());
        QVERIFY(parse({u"--demo"_s}).demo);
        QVERIFY(parse({u"--new-instance"_s}).newInstance);
    }

    void runNeedsPipeline()
    {
        int code = 0;
        QCOMPARE(parse({u"--run"_s, u"run_001"_s}).problem(&code),
                 u"--run needs --pipeline ID as well."_s);
        QCOMPARE(code, 2);
    }

    void unknownOptionIsReportedAndTheRestRead()
    {
        // A newer launch may hand over an option this version does not know.
        const LaunchOptions o
            = parse({u"--pipeline"_s, u"p"_s, u"--future-option"_s, u"--run"_s, u"r"_s});
        int code = 0;
        QCOMPARE(o.problem(&code), u"Unknown option 'future-option'."_s);
        QCOMPARE(code, 1);
        QCOMPARE(o.connection.pipelineId, u"p"_s);
        QCOMPARE(o.connection.runId, u"r"_s);
        QVERIFY(o.runSet);
    }

    void handedOverArgumentsLackTheProgramName()
    {
        const LaunchOptions o = LaunchOptions::handedOver(
            {u"--profile"_s, u"staging"_s, u"--pipeline"_s, u"p"_s, u"--run"_s, u"r"_s});
        QCOMPARE(o.parseError, QString());
        QCOMPARE(o.profile, u"staging"_s);
        QCOMPARE(o.connection.runId, u"r"_s);
    }

    // The real executable: what needs no window.
    void executableHelp()
    {
        const Run run = flowwatch({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"Usage: "_s), qPrintable(run.out));
        for (const QString &option :
             {u"--server"_s, u"--tenant"_s, u"--pipeline"_s, u"--run"_s, u"--bearer"_s,
              u"--profile"_s, u"--demo"_s, u"--new-instance"_s, u"export-errors"_s})
            QVERIFY2(run.out.contains(option), qPrintable(option));
    }

    void executableVersion()
    {
        const Run run = flowwatch({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("flowwatch " FLOWWATCH_VERSION));
    }

    void executableSubcommandHelp_data()
    {
        QTest::addColumn<QString>("subcommand");
        QTest::addColumn<QString>("extraOption");
        QTest::newRow("export-errors") << u"export-errors"_s << u"--no-bom"_s;
        QTest::newRow("retry") << u"retry"_s << u"--yes"_s;
    }

    void executableSubcommandHelp()
    {
        QFETCH(QString, subcommand);
        QFETCH(QString, extraOption);
        const Run run = flowwatch({subcommand, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.section(u'\n', 0, 0), u"Usage: flowwatch %1 [options]"_s.arg(subcommand));
        for (const QString &option : {u"--server"_s, u"--tenant"_s, u"--pipeline"_s, u"--run"_s,
                                      u"--bearer"_s, extraOption})
            QVERIFY2(run.out.contains(option), qPrintable(option));
    }

    void executableUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("run without pipeline")
            << QStringList {u"--run"_s, u"run_001"_s} << 2
            << u"flowwatch: --run needs --pipeline ID as well.\n"_s;
        QTest::newRow("unknown option") << QStringList {u"--no-such-option"_s} << 1
                                        << u"flowwatch: Unknown option 'no-such-option'.\n"_s;
        QTest::newRow("server without key")
            << QStringList {u"--server"_s, u"https://kaireon.example.com"_s, u"--tenant"_s,
                            u"acme"_s}
            << 2
            << u"flowwatch: set FLOWWATCH_API_KEY (or KAIREON_API_KEY) to the API key for "
               u"--server; keys are never taken from the command line.\n"_s;
        QTest::newRow("unknown profile")
            << QStringList {u"--profile"_s, u"nowhere"_s} << 2
            << u"flowwatch: there is no saved connection named \u201cnowhere\u201d. Add it in "
               u"File \u2192 Connections\u2026 first.\n"_s;
        QTest::newRow("subcommand usage")
            << QStringList {u"export-errors"_s, u"--server"_s, u"https://h"_s} << 2
            << u"flowwatch export-errors: --pipeline is required (see --help)\n"_s;
    }

    void executableUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = flowwatch(arguments);
        QCOMPARE(run.err, message);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.out, QString());
    }
};

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
