#pragma once

#include "core/cli/ConnectionOptions.h"
#include "core/profiles/ConnectionProfile.h"
#include "core/profiles/ConnectionRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace fw::app {

/// What one launch of flowwatch asks for, parsed once from its command line. The window's
/// options are declared here (the connection options with the subcommands, in
/// fw::cli::ConnectionOptions); a later launch's handed-over arguments are read the same way.
struct LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(fw::app::LaunchOptions)

public:
    /// What the process does. Everything but Window runs without a display.
    enum class Action { Window, Help, Version, ExportErrors, Retry, Watch };

    Action action = Action::Window;
    QString parseError; ///< what the parser rejected; the options it understood are still read
    cli::ConnectionOptions::Values connection; ///< --server, --tenant, --pipeline, --run, --bearer
    bool serverSet = false; ///< --server was given
    bool runSet = false; ///< --run was given
    QString profile; ///< --profile
    bool demo = false;
    bool newInstance = false;
    QStringList links; ///< flowwatch://open?… links, in order

    /// The action of a command line (with the program name first), from the subcommand's name
    /// or a help or version option; the rest is left to parse().
    static Action actionOf(const QStringList &arguments);
    static Action actionOf(int argc, char *argv[]);
    /// Declares the window's options, with help and version, on `parser`.
    static void describe(QCommandLineParser &parser);
    /// Reads a command line (with the program name first). The key of --server and the default
    /// tenant come from `environment`.
    static LaunchOptions parse(const QStringList &arguments,
                               const QProcessEnvironment &environment
                               = QProcessEnvironment::systemEnvironment());

    /// A later launch's arguments (without the program name), as SingleInstance hands them over.
    static LaunchOptions handedOver(const QStringList &arguments);
    /// For Action::Help and Action::Version, with a QCoreApplication: prints the help or the
    /// version of "flowwatch" and exits, or says what is wrong with `arguments`.
    static int showHelpOrVersion(const QStringList &arguments);

    /// Empty when the window can be opened, else what is wrong with the command line and, in
    /// `exitCode`, the exit code: 1 for what the parser rejected, 2 for options that do not go
    /// together.
    QString problem(int *exitCode) const;
    /// The running Flowwatch gets this launch (see SingleInstance): not with --new-instance, nor
    /// with --demo or --server, whose connection lives only in this process.
    bool handsOver() const;
    /// With --server: the session-only connection it names, or nullopt with `problem` set (a bad
    /// server or tenant, no key in the environment).
    std::optional<ConnectionProfile> serverProfile(QString *problem) const;
    /// The connection to start with, without --demo: --server's, added to `registry` for this
    /// session with the key from the environment, else --profile's, which must be saved there,
    /// else none (`name` empty). False with `problem` set when it cannot be had.
    bool addStartConnection(ConnectionRegistry &registry, QString *name, QString *problem) const;
    /// With --demo: adds the session-only connection to the built-in simulator listening at
    /// `server` to `registry`, and returns its name.
    static QString addDemoConnection(ConnectionRegistry &registry, const QUrl &server);
};

} // namespace fw::app
