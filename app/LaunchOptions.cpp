#include "LaunchOptions.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fw::app {

namespace {

using cli::ConnectionOptions;

ConnectionOptions connectionOptions()
{
    return ConnectionOptions(LaunchOptions::tr("Pipeline of --run."),
                             LaunchOptions::tr("Open this run at once."));
}

QCommandLineOption profileOption()
{
    return QCommandLineOption(u"profile"_s, LaunchOptions::tr("Open a saved connection."),
                              u"NAME"_s);
}

} // namespace

LaunchOptions::Action LaunchOptions::actionOf(const QStringList &arguments)
{
    // The subcommands that need no display come first, before any option.
    const QString first = arguments.value(1);
    if (first == u"export-errors"_s)
        return Action::ExportErrors;
    if (first == u"retry"_s)
        return Action::Retry;
    if (first == u"watch"_s)
        return Action::Watch;
    // --help and --version need no display either (e.g. over ssh or in packaging checks).
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--help"_s || arg == u"-h"_s || arg == u"-?"_s || arg == u"--help-all"_s)
            return Action::Help;
        if (arg == u"--version"_s || arg == u"-v"_s)
            return Action::Version;
    }
    return Action::Window;
}

LaunchOptions::Action LaunchOptions::actionOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return actionOf(arguments);
}

void LaunchOptions::describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Watch KaireonAI data-pipeline runs.\n\nThe API key is never given on the command line: "
           "saved connections keep it in the system keychain; with --server it is read from "
           "FLOWWATCH_API_KEY (else KAIREON_API_KEY). Subcommands without a window: "
           "export-errors, retry, watch (see `flowwatch watch --help`)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(connectionOptions().all());
    const QCommandLineOption demo(u"demo"_s,
                                  tr("Start the built-in simulator and watch its "
                                     "demo runs (in a window of its own)."));
    const QCommandLineOption newInstance(
        u"new-instance"_s,
        tr("Open a window of its own even when Flowwatch already runs. Without it, a link, "
           "--profile or --run is handed to the running Flowwatch, which opens it; --server and "
           "--demo always get a window of their own."));
    parser.addOptions({profileOption(), demo, newInstance});
    parser.addPositionalArgument(u"link"_s, tr("A flowwatch://open?… link to open."), tr("[link]"));
}

LaunchOptions LaunchOptions::parse(const QStringList &arguments,
                                   const QProcessEnvironment &environment)
{
    LaunchOptions options;
    options.action = actionOf(arguments);
    if (options.action == Action::ExportErrors || options.action == Action::Retry
        || options.action == Action::Watch)
        return options; // the subcommand parses the rest
    QCommandLineParser parser;
    describe(parser);
    // Options this version does not know are reported and skipped; the others are still read.
    if (!parser.parse(arguments))
        options.parseError = parser.errorText();
    const cli::ConnectionOptions connection = connectionOptions();
    options.connection = connection.values(parser, environment);
    options.runSet = parser.isSet(connection.run());
    options.serverSet = parser.isSet(connection.server());
    options.profile = parser.value(profileOption());
    options.demo = parser.isSet(u"demo"_s);
    options.newInstance = parser.isSet(u"new-instance"_s);
    options.links = parser.positionalArguments();
    return options;
}

LaunchOptions LaunchOptions::handedOver(const QStringList &arguments)
{
    // The later launch checked them already; options this version does not know are skipped.
    return parse(QStringList {QCoreApplication::applicationFilePath()} + arguments);
}

int LaunchOptions::showHelpOrVersion(const QStringList &arguments)
{
    QCoreApplication::setApplicationName(u"flowwatch"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWWATCH_VERSION));
    QCommandLineParser parser;
    describe(parser);
    parser.process(arguments); // prints the help or the version, or what is wrong, and exits
    return 0;
}

QString LaunchOptions::problem(int *exitCode) const
{
    if (!parseError.isEmpty()) {
        *exitCode = 1;
        return parseError;
    }
    *exitCode = 2;
    if (runSet && connection.pipelineId.isEmpty())
        return tr("--run needs --pipeline ID as well.");
    return {};
}

bool LaunchOptions::handsOver() const
{
    return !newInstance && !demo && !serverSet;
}

std::optional<ConnectionProfile> LaunchOptions::serverProfile(QString *problem) const
{
    ConnectionProfile p;
    p.server = QUrl(connection.server, QUrl::StrictMode);
    p.tenant = connection.tenant;
    p.authStyle = connection.authStyle;
    p.name = p.server.host().isEmpty() ? tr("Command line") : p.server.host();
    p.sessionOnly = true;
    if (QString why = p.validationProblem(); !why.isEmpty()) {
        *problem = std::move(why);
        return std::nullopt;
    }
    if (connection.apiKey.isEmpty()) {
        *problem = tr("set FLOWWATCH_API_KEY (or KAIREON_API_KEY) to the API key for --server; "
                      "keys are never taken from the command line.");
        return std::nullopt;
    }
    return p;
}

bool LaunchOptions::addStartConnection(ConnectionRegistry &registry, QString *name,
                                       QString *problem) const
{
    name->clear();
    if (serverSet) {
        const std::optional<ConnectionProfile> profile = serverProfile(problem);
        if (!profile)
            return false;
        registry.addSessionProfile(*profile, connection.apiKey);
        *name = profile->name;
        return true;
    }
    if (profile.isEmpty())
        return true;
    if (!registry.profile(profile)) {
        *problem = tr("there is no saved connection named “%1”. Add it in File → "
                      "Connections… first.")
                       .arg(profile);
        return false;
    }
    *name = profile;
    return true;
}

QString LaunchOptions::addDemoConnection(ConnectionRegistry &registry, const QUrl &server)
{
    ConnectionProfile p;
    p.name = u"Demo"_s;
    p.server = server;
    p.tenant = u"demo"_s;
    p.role = Role::Admin;
    p.color = u"#2e7d32"_s;
    registry.addSessionProfile(p, u"krn_demo_admin"_s);
    return p.name;
}

} // namespace fw::app
