#pragma once

#include "core/api/ConnectionConfig.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fw::cli {

/// `flowwatch retry --server URL --tenant ID --pipeline ID --run ID [--yes] [--bearer]`: reads
/// the run's progress to say what the retry will do, asks "Retry run_001 of pipe_001 on host?
/// It resumes from row 32,000. [y/N]" on the terminal unless --yes, sends exactly one retry
/// through fw::RetryController and prints the new run's id and where it starts. The API key
/// comes from FLOWWATCH_API_KEY (else KAIREON_API_KEY), never from the command line; the tenant
/// may come from KAIREON_TENANT_ID. `arguments` are those after the subcommand name. Needs a
/// QCoreApplication; runs local event loops until done.
///
/// Exit codes: 0 the new run was created; 1 not retried (not confirmed, network or other
/// failure); 2 usage (bad or missing option, no key); 3 key rejected or not allowed to retry
/// (401/403); 4 pipeline or run not found (404); 5 the run's status does not allow a retry
/// (422, or seen before sending); 6 outcome unknown (the connection ended after sending and the
/// new run could not be confirmed).
int runRetry(const QStringList &arguments);

/// The same with the environment and the terminal supplied (tests).
class RetryCommand final
{
    Q_DECLARE_TR_FUNCTIONS(fw::cli::RetryCommand)

public:
    enum Exit : int {
        Created = 0,
        NotRetried = 1,
        Usage = 2,
        Refused = 3,
        NotFound = 4,
        NotRetryable = 5,
        OutcomeUnknown = 6,
    };

    struct Terminal
    {
        std::function<bool()> isInteractive; ///< stdin is a terminal
        std::function<std::optional<QString>()> readLine; ///< nullopt at end of input
        std::function<void(const QString &)> out; ///< a line for stdout (results)
        std::function<void(const QString &)> err; ///< a line or prompt for stderr
    };

    /// stdin, stdout and stderr of the process.
    static Terminal standardTerminal();

    RetryCommand(QProcessEnvironment environment, Terminal terminal);
    /// Parses `arguments` (after the subcommand name), then retries. Returns the exit code.
    int run(const QStringList &arguments);

private:
    struct Settings
    {
        ConnectionConfig connection;
        QString pipelineId;
        QString runId;
        bool assumeYes = false;
    };

    std::optional<Settings> parse(const QStringList &arguments, int *exitCode);
    int retry(const Settings &settings);
    bool confirm(const QString &question);
    int fail(int code, const QString &message);

    QProcessEnvironment m_environment;
    Terminal m_terminal;
};

} // namespace fw::cli
