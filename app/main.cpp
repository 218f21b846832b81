// flowwatch: command line and wiring only.
#include "DemoServer.h"
#include "SingleInstance.h"
#include "core/cli/ExportErrorsCommand.h"
#include "core/cli/RetryCommand.h"
#include "core/cli/WatchCommand.h"
#include "core/profiles/ConnectionRegistry.h"
#include "core/profiles/DeepLink.h"
#include "core/profiles/KeychainKeyStore.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

/// The subcommands that need no display run before any QApplication exists.
int runSubcommand(int argc, char *argv[], bool *handled)
{
    *handled = false;
    if (argc < 2)
        return 0;
    const QByteArray command(argv[1]);
    if (command == "export-errors") {
        *handled = true;
        QCoreApplication app(argc, argv);
        return fw::cli::runExportErrors(QCoreApplication::arguments().mid(2));
    }
    if (command == "retry") {
        *handled = true;
        QCoreApplication app(argc, argv);
        return fw::cli::runRetry(QCoreApplication::arguments().mid(2));
    }
    if (command == "watch") {
        *handled = true;
        QCoreApplication app(argc, argv);
        return fw::cli::runWatch(QCoreApplication::arguments().mid(2));
    }
    return 0;
}

QString keyFromEnvironment()
{
    QString key = qEnvironmentVariable("FLOWWATCH_API_KEY");
    if (key.isEmpty())
        key = qEnvironmentVariable("KAIREON_API_KEY");
    return key;
}

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        u"Watch KaireonAI data-pipeline runs.\n\nThe API key is never given on the command line: "
        u"saved connections keep it in the system keychain; with --server it is read from "
        u"FLOWWATCH_API_KEY (else KAIREON_API_KEY). Subcommands without a window: "
        u"export-errors, retry (see `flowwatch export-errors --help`)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(u"server"_s, u"KaireonAI server, e.g. https://host."_s,
                                    u"URL"_s);
    const QCommandLineOption tenant(u"tenant"_s, u"Tenant id (default: KAIREON_TENANT_ID)."_s,
                                    u"ID"_s);
    const QCommandLineOption pipeline(u"pipeline"_s, u"Pipeline of --run."_s, u"ID"_s);
    const QCommandLineOption run(u"run"_s, u"Open this run at once."_s, u"ID"_s);
    const QCommandLineOption profile(u"profile"_s, u"Open a saved connection."_s, u"NAME"_s);
    const QCommandLineOption demo(u"demo"_s,
                                  u"Start the built-in simulator and watch its "
                                  u"demo runs (in a window of its own)."_s);
    const QCommandLineOption newInstance(
        u"new-instance"_s,
        u"Open a window of its own even when Flowwatch already runs. Without it, a link, "
        u"--profile or --run is handed to the running Flowwatch, which opens it; --server and "
        u"--demo always get a window of their own."_s);
    parser.addOptions({server, tenant, pipeline, run, profile, demo, newInstance});
    parser.addPositionalArgument(u"link"_s, u"A flowwatch://open?\u2026 link to open."_s,
                                 u"[link]"_s);
}

void fail(const QString &message)
{
    std::fputs(qUtf8Printable(u"flowwatch: "_s + message + u'\n'), stderr);
}

/// What a launch asks of the window once it is set up: the run of --pipeline/--run on the
/// current connection, then each flowwatch:// link. For this launch and for later ones.
void openRequested(fw::ui::MainWindow &window, const QCommandLineParser &parser)
{
    if (parser.isSet(u"run"_s))
        window.openRun(window.currentProfile(), parser.value(u"pipeline"_s),
                       parser.value(u"run"_s));
    const QStringList links = parser.positionalArguments();
    for (const QString &link : links)
        window.openLink(link);
}

/// A later launch handed its arguments over (it checked them already): switch to its
/// connection, open its run and links, and come to the front.
void openHandedOver(fw::ui::MainWindow &window, const fw::ConnectionRegistry &registry,
                    const QStringList &arguments)
{
    QCommandLineParser parser;
    describe(parser);
    // The program name first, as parse() expects; options this version does not know are skipped.
    if (!parser.parse(QStringList {QCoreApplication::applicationFilePath()} + arguments))
        fail(u"a later launch passed arguments this Flowwatch does not know: "_s
             + parser.errorText());
    if (parser.isSet(u"profile"_s) && registry.profile(parser.value(u"profile"_s)))
        window.setCurrentProfile(parser.value(u"profile"_s));
    openRequested(window, parser);
    window.bringToFront();
}

} // namespace

int main(int argc, char *argv[])
{
    bool handled = false;
    const int code = runSubcommand(argc, argv, &handled);
    if (handled)
        return code;

    // --help and --version need no display either (e.g. over ssh or in packaging checks).
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version"
            || arg == "-v") {
            QCoreApplication app(argc, argv);
            QCoreApplication::setApplicationName(u"flowwatch"_s);
            QCoreApplication::setApplicationVersion(QStringLiteral(FLOWWATCH_VERSION));
            QCommandLineParser parser;
            describe(parser);
            parser.process(app); // prints and exits
            return 0;
        }
    }

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Flowwatch"_s);
    QCoreApplication::setApplicationName(QStringLiteral(FLOWWATCH_APP_ID));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWWATCH_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Flowwatch"_s);
    QGuiApplication::setDesktopFileName(QStringLiteral(FLOWWATCH_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/icons/io.github.flowwatch.Flowwatch.svg"_s));

    QCommandLineParser parser;
    describe(parser);
    const QCommandLineOption server(u"server"_s);
    const QCommandLineOption tenant(u"tenant"_s);
    const QCommandLineOption pipeline(u"pipeline"_s);
    const QCommandLineOption run(u"run"_s);
    const QCommandLineOption profile(u"profile"_s);
    const QCommandLineOption demo(u"demo"_s);
    const QCommandLineOption newInstance(u"new-instance"_s);
    parser.process(app);

    if (parser.isSet(run) && !parser.isSet(pipeline)) {
        fail(u"--run needs --pipeline ID as well."_s);
        return 2;
    }

    QSettings settings;
    fw::KeychainKeyStore keychain;
    fw::ConnectionRegistry registry(&settings, &keychain);
    if (parser.isSet(profile) && !parser.isSet(demo) && !parser.isSet(server)
        && !registry.profile(parser.value(profile))) {
        fail(u"there is no saved connection named \u201c%1\u201d. Add it in File \u2192 "
             u"Connections\u2026 first."_s.arg(parser.value(profile)));
        return 2;
    }

    // One Flowwatch per user session: hand this launch to the running one, or become it. --demo
    // and --server bring a connection that lives only in this process (the simulator, a key from
    // the environment), so they keep a window of their own, as does --new-instance.
    std::unique_ptr<fw::app::SingleInstance> single;
    if (!parser.isSet(newInstance) && !parser.isSet(demo) && !parser.isSet(server)) {
        single = std::make_unique<fw::app::SingleInstance>(
            fw::app::SingleInstance::defaultServerName(QStringLiteral(FLOWWATCH_APP_ID)));
        switch (single->handOffOrListen(QCoreApplication::arguments().mid(1))) {
        case fw::app::SingleInstance::Outcome::HandedOff:
            return 0;
        case fw::app::SingleInstance::Outcome::Alone:
            fail(single->errorString() + u"; opening a window of its own."_s);
            break;
        case fw::app::SingleInstance::Outcome::Primary:
            break;
        }
    }

    std::unique_ptr<fw::DemoServer> demoServer;
    QString startProfile;

    if (parser.isSet(demo)) {
        demoServer = std::make_unique<fw::DemoServer>();
        if (!demoServer->start()) {
            fail(u"the demo server could not listen on 127.0.0.1."_s);
            return 1;
        }
        fw::ConnectionProfile p;
        p.name = u"Demo"_s;
        p.server = demoServer->baseUrl();
        p.tenant = u"demo"_s;
        p.role = fw::Role::Admin;
        p.color = u"#2e7d32"_s;
        registry.addSessionProfile(p, u"krn_demo_admin"_s);
        startProfile = p.name;
    } else if (parser.isSet(server)) {
        fw::ConnectionProfile p;
        p.server = QUrl(parser.value(server), QUrl::StrictMode);
        p.tenant = parser.isSet(tenant) ? parser.value(tenant)
                                        : qEnvironmentVariable("KAIREON_TENANT_ID");
        p.name = p.server.host().isEmpty() ? u"Command line"_s : p.server.host();
        const QString key = keyFromEnvironment();
        if (const QString problem = p.validationProblem(); !problem.isEmpty()) {
            fail(problem);
            return 2;
        }
        if (key.isEmpty()) {
            fail(u"set FLOWWATCH_API_KEY (or KAIREON_API_KEY) to the API key for --server; keys "
                 u"are never taken from the command line."_s);
            return 2;
        }
        registry.addSessionProfile(p, key);
        startProfile = p.name;
    } else if (parser.isSet(profile)) {
        startProfile = parser.value(profile);
    }

    fw::ui::MainWindow window(&registry, &settings);
    window.restoreSession();
    if (!startProfile.isEmpty())
        window.setCurrentProfile(startProfile);
    window.show();

    if (demoServer) {
        window.openRun(startProfile, u"pipe_001"_s, u"run_001"_s);
        window.openRun(startProfile, u"pipe_001"_s, u"run_002"_s);
    }
    openRequested(window, parser);
    if (single && single->isListening())
        QObject::connect(single.get(), &fw::app::SingleInstance::messageReceived, &window,
                         [&window, &registry](const QStringList &arguments) {
                             openHandedOver(window, registry, arguments);
                         });

    return QApplication::exec();
}
