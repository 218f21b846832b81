#include "RetryCommand.h"

#include "ConnectionOptions.h"
#include "core/api/ApiClient.h"
#include "core/api/ProgressRequest.h"
#include "core/monitor/retry/RetryController.h"
#include "core/monitor/retry/RetryOutlook.h"
#include "core/text/DisplayText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fw::cli {

namespace {

/// "It resumes from the server's last checkpoint. 137,004 of 300,000 rows were processed so
/// far. …" for the prompt: the same words as the dialog, never a promised row.
QString itWill(const RunProgress &progress)
{
    const QString what = RetryOutlook::whatWillHappen(progress.loadStrategy);
    const QString known = RetryOutlook::whatIsKnown(progress.loadStrategy, progress.processedRows,
                                                    progress.totalRows);
    if (RetryOutlook::startFor(progress.loadStrategy) == RetryOutlook::Start::Unknown)
        return what + u". "_s + known;
    return RetryCommand::tr("It %1.").arg(what.left(1).toLower() + what.mid(1)) + u' ' + known;
}

int exitFor(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::Unauthorized:
    case Kind::Forbidden:
        return RetryCommand::Refused;
    case Kind::NotFound:
        return RetryCommand::NotFound;
    case Kind::Unprocessable:
        return RetryCommand::NotRetryable;
    default:
        return RetryCommand::NotRetried;
    }
}

/// Why the run could not be read, in command-line terms.
QString readFailure(const ApiError &error, const QString &pipelineId, const QString &runId)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::NotFound:
        return RetryCommand::tr(
                   "run %1 not found in pipeline %2 (deleted, or in another tenant) — check "
                   "--pipeline, --run and --tenant; nothing was retried")
            .arg(runId, pipelineId);
    case Kind::Unauthorized:
        return RetryCommand::tr(
                   "API key rejected by %1 — check FLOWWATCH_API_KEY and --tenant; nothing was "
                   "retried")
            .arg(error.host);
    case Kind::Forbidden:
        return RetryCommand::tr("no permission to read run %1 — nothing was retried").arg(runId);
    case Kind::Network:
        return RetryCommand::tr(
                   "cannot reach %1 (%2) — check --server and your network; nothing was retried")
            .arg(error.host, error.detail);
    case Kind::Timeout:
        return RetryCommand::tr("%1 did not answer in time — nothing was retried; try again later")
            .arg(error.host);
    default:
        return error.userMessage() + u' ' + RetryCommand::tr("Nothing was retried.");
    }
}
} // namespace

int runRetry(const QStringList &arguments)
{
    // One clear line per outcome: the controller's progress notes stay out of the terminal
    // (QT_LOGGING_RULES still overrides this).
    QLoggingCategory::setFilterRules(u"flowwatch.*.info=false"_s);
    RetryCommand command(QProcessEnvironment::systemEnvironment(),
                         RetryCommand::standardTerminal());
    return command.run(arguments);
}

RetryCommand::Terminal RetryCommand::standardTerminal()
{
    Terminal terminal;
    terminal.isInteractive = [] { return ::isatty(STDIN_FILENO) == 1; };
    terminal.readLine = []() -> std::optional<QString> {
        QTextStream in(stdin);
        QString line;
        if (!in.readLineInto(&line))
            return std::nullopt;
        return line;
    };
    terminal.out = [](const QString &line) {
        std::fputs(qUtf8Printable(line + u'\n'), stdout);
        std::fflush(stdout);
    };
    terminal.err = [](const QString &text) {
        std::fputs(qUtf8Printable(text), stderr);
        std::fflush(stderr);
    };
    return terminal;
}

RetryCommand::RetryCommand(QProcessEnvironment environment, Terminal terminal)
    : m_environment(std::move(environment))
    , m_terminal(std::move(terminal))
{ }

int RetryCommand::fail(int code, const QString &message)
{
    m_terminal.err(u"flowwatch retry: "_s + message + u'\n');
    return code;
}

std::optional<RetryCommand::Settings> RetryCommand::parse(const QStringList &arguments,
                                                          int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Retry a failed pipeline run (or one completed with errors) once. The API key is read "
           "from FLOWWATCH_API_KEY (else KAIREON_API_KEY)."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const ConnectionOptions connection(QString(), tr("Run id to retry."));
    const QCommandLineOption yes({u"y"_s, u"yes"_s}, tr("Retry without asking."));
    parser.addOption(help);
    parser.addOptions(connection.all());
    parser.addOption(yes);
    *exitCode = Usage;
    if (!parser.parse(QStringList {u"flowwatch retry"_s} + arguments)) {
        fail(Usage, parser.errorText() + tr(" (see --help)"));
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        const QString text = ConnectionOptions::helpText(parser, u"flowwatch retry"_s);
        m_terminal.out(text.trimmed() + u"\n\n"_s
                       + tr("Exit codes: 0 created; 1 not retried (not confirmed, network or other "
                            "failure); 2 usage; 3 key rejected or not allowed (401/403); 4 not "
                            "found (404); 5 the run's status does not allow a retry (422); 6 "
                            "outcome unknown."));
        *exitCode = Created;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        fail(Usage,
             tr("unexpected argument %1 (see --help)")
                 .arg(ConnectionOptions::quoted(parser.positionalArguments().first())));
        return std::nullopt;
    }
    const ConnectionOptions::Connection given = connection.connection(parser, m_environment);
    if (const QString problem = connection.problemText(given, parser); !problem.isEmpty()) {
        fail(Usage, problem);
        return std::nullopt;
    }
    Settings settings;
    settings.connection = given.config;
    settings.pipelineId = given.pipelineId.trimmed();
    settings.runId = given.runId.trimmed();
    settings.assumeYes = parser.isSet(yes);
    return settings;
}

int RetryCommand::run(const QStringList &arguments)
{
    int code = Usage;
    const std::optional<Settings> settings = parse(arguments, &code);
    if (!settings)
        return code;
    return retry(*settings);
}

bool RetryCommand::confirm(const QString &question)
{
    if (!m_terminal.isInteractive()) {
        fail(NotRetried,
             tr("not retried: stdin is not a terminal, so nobody can confirm — pass "
                "--yes to retry without asking"));
        return false;
    }
    m_terminal.err(question + u" [y/N] "_s);
    const std::optional<QString> answer = m_terminal.readLine();
    const QString a = answer.value_or(QString()).trimmed().toLower();
    if (a == u"y" || a == u"yes")
        return true;
    if (!answer)
        m_terminal.err(u"\n"_s);
    fail(NotRetried, answer ? tr("not retried") : tr("not retried: no answer"));
    return false;
}

int RetryCommand::retry(const Settings &settings)
{
    ApiClient client(settings.connection);
    RetryController *controller = RetryController::forClient(&client);
    const QString host = settings.connection.displayHost();

    // 1. Read the run: what will the retry do, and may it be retried at all?
    ProgressRequest *progressRequest = client.fetchProgress(settings.pipelineId, settings.runId);
    progressRequest->setAutoDelete(false);
    {
        QEventLoop loop;
        QObject::connect(progressRequest, &ApiRequest::finished, &loop, &QEventLoop::quit);
        progressRequest->start();
        loop.exec();
    }
    const ApiError readError = progressRequest->error();
    const RunProgress progress = progressRequest->progress();
    delete progressRequest;
    if (readError.isError())
        return fail(exitFor(readError),
                    readFailure(readError, settings.pipelineId, settings.runId));
    const RetryPermission permission
        = controller->permission(settings.pipelineId, settings.runId, progress.status);
    if (!permission.isAllowed()) {
        const QString status = progress.status == RunStatus::Unknown
            ? unknownStatusLabel(progress.statusText)
            : runStatusKey(progress.status);
        return fail(NotRetryable,
                    tr("%1 is %2: %3; nothing was retried")
                        .arg(visibleText(settings.runId, 80), status, permission.text().toLower()));
    }

    // 2. Confirm.
    if (!settings.assumeYes) {
        const QString question
            = tr("Retry %1 of %2 on %3? %4")
                  .arg(visibleText(settings.runId, 80), visibleText(settings.pipelineId, 80), host,
                       itWill(progress));
        if (!confirm(question))
            return NotRetried;
    }

    // 3. Send once; wait for the answer, and for the check when the outcome is unknown.
    int exitCode = NotRetried;
    QEventLoop loop;
    QObject::connect(
        controller, &RetryController::retrySucceeded, &loop,
        [&](const QString &, const RunInfo &newRun) {
            m_terminal.out(tr("%1 created — retry of %2, %3")
                               .arg(visibleText(newRun.id, 80), visibleText(settings.runId, 80),
                                    RetryOutlook::newRunStart(newRun)));
            m_terminal.out(RetryOutlook::serverAnswer(newRun));
            if (const QString warning = RetryOutlook::resumeWarning(newRun, progress.processedRows);
                !warning.isEmpty())
                m_terminal.out(warning);
            exitCode = Created;
            loop.quit();
        });
    QObject::connect(
        controller, &RetryController::retryFailed, &loop,
        [&](const QString &, const ApiError &error) {
            QString line = RetryOutlook::failureMeaning(error);
            if (const QString server = RetryOutlook::serverMessage(error); !server.isEmpty())
                line += u' ' + tr("Server said: %1").arg(ConnectionOptions::quoted(server));
            exitCode = fail(exitFor(error), line);
            loop.quit();
        });
    QObject::connect(controller, &RetryController::outcomeUnknown, &loop, [&](const QString &) {
        m_terminal.err(tr("Outcome unknown — checking…") + u'\n');
    });
    QObject::connect(controller, &RetryController::outcomeResolved, &loop, [&](const QString &) {
        if (exitCode != Created) {
            exitCode = fail(OutcomeUnknown,
                            tr("outcome unknown: the connection to %1 ended after the retry was "
                               "sent and no new run could be confirmed — check the pipeline's "
                               "runs before retrying again")
                                .arg(host));
        }
        loop.quit();
    });
    if (!controller->retry(settings.pipelineId, settings.runId))
        return fail(NotRetried, tr("a retry of this run is already in flight"));
    loop.exec();
    return exitCode;
}

} // namespace fw::cli
