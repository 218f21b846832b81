// flowwatch: command line and wiring only.
#include "DemoServer.h"
#include "LaunchOptions.h"
#include "SingleInstance.h"
#include "core/cli/ExportErrorsCommand.h"
#include "core/cli/RetryCommand.h"
#include "core/cli/WatchCommand.h"
#include "core/profiles/KeychainKeyStore.h"
#include "ui/common/Translations.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QSettings>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace fw::app;

namespace {

int fail(const QString &message, int exitCode)
{
    std::fputs(qUtf8Printable(u"flowwatch: "_s + message + u'\n'), stderr);
    return exitCode;
}

/// The subcommands, --help and --version: no display, no window.
int runWithoutWindow(LaunchOptions::Action action)
{
    const QStringList arguments = QCoreApplication::arguments();
    if (action == LaunchOptions::Action::ExportErrors)
        return fw::cli::runExportErrors(arguments.mid(2));
    if (action == LaunchOptions::Action::Retry)
        return fw::cli::runRetry(arguments.mid(2));
    if (action == LaunchOptions::Action::Watch)
        return fw::cli::runWatch(arguments.mid(2));
    return LaunchOptions::showHelpOrVersion(arguments);
}

/// What a launch (this one or a later one handed over) asks of the window: its run, then links.
void open(fw::ui::MainWindow &window, const LaunchOptions &options)
{
    if (options.runSet)
        window.openRun(window.currentProfile(), options.connection.pipelineId,
                       options.connection.runId);
    for (const QString &link : options.links)
        window.openLink(link);
}

} // namespace

int main(int argc, char *argv[])
{
    if (const auto action = LaunchOptions::actionOf(argc, argv);
        action != LaunchOptions::Action::Window) {
        QCoreApplication app(argc, argv);
        fw::ui::Translations::install(fw::ui::Translations::storedChoice());
        return runWithoutWindow(action);
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Flowwatch"_s);
    QCoreApplication::setApplicationName(QStringLiteral(FLOWWATCH_APP_ID));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWWATCH_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Flowwatch"_s);
    QGuiApplication::setDesktopFileName(QStringLiteral(FLOWWATCH_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/icons/io.github.flowwatch.Flowwatch.svg"_s));
    fw::ui::Translations::install(fw::ui::Translations::storedChoice());
    const LaunchOptions options = LaunchOptions::parse(QCoreApplication::arguments());
    int code = 0;
    if (const QString problem = options.problem(&code); !problem.isEmpty())
        return fail(problem, code);
    QSettings settings;
    fw::KeychainKeyStore keychain;
    fw::ConnectionRegistry registry(&settings, &keychain);
    std::unique_ptr<fw::DemoServer> demoServer;
    QString startProfile;
    if (options.demo) {
        demoServer = std::make_unique<fw::DemoServer>();
        if (!demoServer->start())
            return fail(LaunchOptions::tr("the demo server could not listen on 127.0.0.1."), 1);
        startProfile = LaunchOptions::addDemoConnection(registry, demoServer->baseUrl());
    } else if (QString problem; !options.addStartConnection(registry, &startProfile, &problem)) {
        return fail(problem, 2);
    }
    // One Flowwatch per user session: hand this launch to the running one, or become it.
    std::unique_ptr<fw::app::SingleInstance> single;
    if (options.handsOver()) {
        single = std::make_unique<fw::app::SingleInstance>(
            fw::app::SingleInstance::defaultServerName(QStringLiteral(FLOWWATCH_APP_ID)));
        const auto outcome = single->handOffOrListen(QCoreApplication::arguments().mid(1));
        if (outcome == fw::app::SingleInstance::Outcome::HandedOff)
            return 0;
        if (outcome == fw::app::SingleInstance::Outcome::Alone)
            fail(LaunchOptions::tr("%1; opening a window of its own.").arg(single->errorString()),
                 0);
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
    open(window, options);
    if (single && single->isListening())
        QObject::connect(single.get(), &fw::app::SingleInstance::messageReceived, &window,
                         [&window, &registry](const QStringList &arguments) {
                             const LaunchOptions later = LaunchOptions::handedOver(arguments);
                             if (registry.profile(later.profile))
                                 window.setCurrentProfile(later.profile);
                             open(window, later);
                             window.bringToFront();
                         });
    return QApplication::exec();
}
