#include "WatchCommand.h"

#include "ConnectionOptions.h"
#include "core/api/ApiClient.h"
#include "core/api/ApiError.h"
#include "core/models/run/RunFormat.h"
#include "core/monitor/watching/Clock.h"
#include "core/monitor/watching/RunWatcher.h"
#include "core/text/DisplayText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fw::cli {

namespace {

/// "completed with errors", or "unknown (paused)".
QString statusWords(const RunProgress &progress)
{
    if (progress.status == RunStatus::Unknown)
        return unknownStatusLabel(progress.statusText).toLower();
    return runStatusKey(progress.status).replace(u'_', u' ');
}

std::optional<double> percentOf(const RunProgress &progress)
{
    if (progress.totalRows <= 0)
        return std::nullopt;
    return std::clamp(100.0 * double(progress.processedRows) / double(progress.totalRows), 0.0,
                      100.0);
}

QString logLine(const LogEntry &entry)
{
    const QString when = entry.timestamp.isValid() ? entry.timestamp.toUTC().toString(u"HH:mm:ss"_s)
                                                   : visibleText(entry.timestampText, 40);
    QString line = when.isEmpty() ? QString() : when + u"  "_s;
    if (!entry.stage.isEmpty())
        line += visibleText(entry.stage, 40) + u": "_s;
    return line + visibleText(entry.message, 2000);
}

/// The self-pipe SIGINT writes to; read by a QSocketNotifier in the event loop.
int g_signalPipe[2] = {-1, -1};

void onSigint(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace

int runWatch(const QStringList &arguments)
{
    QLoggingCategory::setFilterRules(u"flowwatch.*.info=false"_s);
    WatchCommand command(QProcessEnvironment::systemEnvironment(),
                         WatchCommand::standardTerminal());

    // Ctrl+C: the handler only writes a byte; the event loop ends the watch.
    std::unique_ptr<QSocketNotifier> notifier;
    if (::pipe(g_signalPipe) == 0) {
        for (int fd : g_signalPipe) {
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        }
        notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, notifier.get(), [&command] {
            char buffer[16];
            while (::read(g_signalPipe[0], buffer, sizeof buffer) > 0) { }
            command.interrupt();
        });
        struct sigaction action = {};
        action.sa_handler = onSigint;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, nullptr);
    }
    return command.run(arguments);
}

WatchCommand::Terminal WatchCommand::standardTerminal()
{
    Terminal terminal;
    terminal.isTty = [] { return ::isatty(STDOUT_FILENO) == 1; };
    terminal.out = [](const QString &text) {
        std::fputs(qUtf8Printable(text), stdout);
        std::fflush(stdout);
    };
    terminal.err = [](const QString &text) {
        std::fputs(qUtf8Printable(text), stderr);
        std::fflush(stderr);
    };
    return terminal;
}

std::optional<std::chrono::milliseconds> WatchCommand::parseDuration(QStringView text)
{
    const QString trimmed = text.trimmed().toString().toLower();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool plain = false;
    const double seconds = trimmed.toDouble(&plain);
    if (plain) {
        if (!(seconds > 0) || seconds > 1e7)
            return std::nullopt;
        return std::chrono::milliseconds(qint64(seconds * 1000));
    }
    static const QRegularExpression part(u"(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)"_s);
    qint64 total = 0;
    qsizetype at = 0;
    auto it = part.globalMatch(trimmed);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != at)
            return std::nullopt;
        at = m.capturedEnd();
        const double value = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        const double factor = unit == u"ms" ? 1.0
            : unit == u"s"                  ? 1e3
            : unit == u"m"                  ? 60e3
            : unit == u"h"                  ? 3600e3
                                            : 86400e3;
        if (value * factor > 1e10)
            return std::nullopt;
        total += qint64(value * factor);
    }
    if (at != trimmed.size() || total <= 0)
        return std::nullopt;
    return std::chrono::milliseconds(total);
}

WatchCommand::WatchCommand(QProcessEnvironment environment, Terminal terminal)
    : m_environment(std::move(environment))
    , m_terminal(std::move(terminal))
{ }

WatchCommand::~WatchCommand() = default;

QDateTime WatchCommand::now() const
{
    return (m_clock ? m_clock : Clock::system())->now();
}

int WatchCommand::failWith(int code, const QString &message)
{
    printError(message);
    return code;
}

std::optional<WatchCommand::Settings> WatchCommand::parse(const QStringList &arguments,
                                                          int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Follow a pipeline run until it ends. The API key is read from FLOWWATCH_API_KEY "
           "(else KAIREON_API_KEY)."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const ConnectionOptions connection(QString(), tr("Run id to watch."));
    const QCommandLineOption interval(u"interval"_s,
                                      tr("Seconds between polls, 1-60 (default 2); slower while "
                                         "nothing changes."),
                                      u"S"_s);
    const QCommandLineOption json(u"json"_s, tr("One JSON object per poll (NDJSON)."));
    const QCommandLineOption exitStatus(u"exit-status"_s,
                                        tr("Exit 1 if the run failed, 3 if it completed with "
                                           "errors."));
    const QCommandLineOption timeout(
        u"timeout"_s, tr("Give up after this long (90s, 10m, 2h); exit 7."), u"DURATION"_s);
    const QCommandLineOption once(u"once"_s, tr("Print the current state and exit."));
    const QCommandLineOption stallAfter(
        u"stall-after"_s,
        tr("A running run whose processed rows have not moved for this long is stalled "
           "(default 10m)."),
        u"DURATION"_s);
    parser.addOption(help);
    parser.addOptions(connection.all());
    parser.addOptions({interval, json, exitStatus, timeout, once, stallAfter});
    *exitCode = Usage;
    if (!parser.parse(QStringList {u"flowwatch watch"_s} + arguments)) {
        failWith(Usage, parser.errorText() + tr(" (see --help)"));
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        const QString text = ConnectionOptions::helpText(parser, u"flowwatch watch"_s);
        m_terminal.out(text.trimmed() + u"\n\n"_s
                       + tr("Exit codes: 0 completed (any end without --exit-status); with "
                            "--exit-status 1 failed, 3 completed with errors; 2 usage; 4 run not "
                            "found; 5 key rejected or no permission; 6 server unreachable; 7 "
                            "timed out; 130 interrupted (Ctrl+C).")
                       + u'\n');
        *exitCode = Completed;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        failWith(Usage,
                 tr("unexpected argument %1 (see --help)")
                     .arg(ConnectionOptions::quoted(parser.positionalArguments().first())));
        return std::nullopt;
    }
    const ConnectionOptions::Connection given = connection.connection(parser, m_environment);
    if (const QString problem = connection.problemText(given, parser); !problem.isEmpty()) {
        failWith(Usage, problem);
        return std::nullopt;
    }
    Settings settings;
    settings.connection = given.config;
    settings.pipelineId = given.pipelineId.trimmed();
    settings.runId = given.runId.trimmed();
    if (parser.isSet(interval)) {
        bool ok = false;
        const double seconds = parser.value(interval).toDouble(&ok);
        if (!ok || seconds < 1 || seconds > 60) {
            failWith(Usage,
                     tr("--interval must be a number of seconds from 1 to 60, not %1")
                         .arg(ConnectionOptions::quoted(parser.value(interval))));
            return std::nullopt;
        }
        settings.interval = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    for (const QCommandLineOption *option : {&timeout, &stallAfter}) {
        if (!parser.isSet(*option))
            continue;
        const auto duration = parseDuration(parser.value(*option));
        if (!duration) {
            failWith(Usage,
                     tr("--%1 must be a duration such as 90s, 10m or 2h, not %2")
                         .arg(option->names().constFirst(),
                              ConnectionOptions::quoted(parser.value(*option))));
            return std::nullopt;
        }
        if (option == &timeout)
            settings.timeout = duration;
        else
            settings.stallAfter = *duration;
    }
    settings.json = parser.isSet(json);
    settings.exitStatus = parser.isSet(exitStatus);
    settings.once = parser.isSet(once);
    return settings;
}

int WatchCommand::run(const QStringList &arguments)
{
    int code = Usage;
    const std::optional<Settings> settings = parse(arguments, &code);
    if (!settings)
        return code;
    return watch(*settings);
}

void WatchCommand::interrupt()
{
    m_interrupted = true;
    finish(Interrupted);
}

int WatchCommand::watch(const Settings &settings)
{
    m_settings = &settings;
    m_tty = !settings.json && m_terminal.isTty && m_terminal.isTty();
    m_finished = false;
    m_interrupted = false;
    m_exitCode = Completed;
    m_logPrinted = 0;
    m_live.clear();
    m_lastLine.clear();
    m_rowsPerSecond = -1.0;
    m_lastProcessed = -1;
    m_lastDurationMs = -1;
    m_stall.reset();
    m_stall.setThreshold(settings.stallAfter);

    ApiClient client(settings.connection);
    RunWatcher watcher(&client, settings.pipelineId, settings.runId);
    if (m_clock)
        watcher.setClock(m_clock);
    watcher.setBaseInterval(settings.interval);
    m_watcher = &watcher;
    QObject::connect(&watcher, &RunWatcher::progressUpdated, &watcher,
                     [this](const RunProgress &progress) { onProgress(progress); });
    QObject::connect(&watcher, &RunWatcher::pollFailed, &watcher,
                     [this](const ApiError &error) { onFailure(error); });
    QObject::connect(&watcher, &RunWatcher::reachedTerminalStatus, &watcher,
                     [this](RunStatus status) { onTerminal(status); });

    QEventLoop loop;
    m_loop = &loop;
    QTimer timeout;
    if (settings.timeout) {
        timeout.setSingleShot(true);
        timeout.setTimerType(Qt::CoarseTimer);
        QObject::connect(&timeout, &QTimer::timeout, &loop, [this, &settings] {
            const QString status = m_watcher->hasProgress() ? statusWords(m_watcher->progress())
                                                            : tr("not read yet");
            endLive();
            printError(tr("timed out after %1; %2 is %3")
                           .arg(RunFormat::duration(settings.timeout->count()),
                                visibleText(settings.runId, 80), status));
            finish(TimedOut);
        });
        timeout.start(settings.timeout->count());
    }
    watcher.start();
    if (!m_finished)
        loop.exec();
    m_loop = nullptr;
    m_watcher = nullptr;
    watcher.stop();
    m_settings = nullptr;
    return m_exitCode;
}

void WatchCommand::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    if (m_watcher)
        m_watcher->stop();
    if (m_loop)
        m_loop->quit();
}

QList<LogEntry> WatchCommand::takeNewLog(const RunProgress &progress)
{
    if (progress.log.size() < m_logPrinted)
        m_logPrinted = 0; // the server's log was replaced: show it again
    QList<LogEntry> fresh = progress.log.mid(m_logPrinted);
    m_logPrinted = progress.log.size();
    return fresh;
}

QString WatchCommand::stateLine(const RunProgress &progress) const
{
    const QLocale locale;
    QStringList parts {statusWords(progress)};
    if (const auto percent = percentOf(progress))
        parts << locale.toString(*percent, 'f', 1) + u'%';
    parts << tr("%1 of %2 rows")
                 .arg(RunFormat::count(progress.processedRows, locale),
                      RunFormat::count(progress.totalRows, locale));
    if (progress.status == RunStatus::Running) {
        if (m_rowsPerSecond >= 0)
            parts << tr("%1 rows/s").arg(RunFormat::count(qint64(m_rowsPerSecond + 0.5), locale));
        parts << tr("ETA %1").arg(progress.eta.isEmpty() ? u"—"_s : visibleText(progress.eta, 20));
    }
    parts << tr("%1 failed").arg(RunFormat::count(progress.failedRows, locale));
    if (const QString stalled = m_stall.text(now()); !stalled.isEmpty())
        parts << stalled;
    return parts.join(u"  "_s);
}

QJsonObject WatchCommand::stateJson(const RunProgress &progress,
                                    const QList<LogEntry> &newLog) const
{
    QJsonArray log;
    for (const LogEntry &entry : newLog)
        log.append(QJsonObject {
            {u"timestamp"_s,
             entry.timestamp.isValid() ? entry.timestamp.toUTC().toString(Qt::ISODateWithMs)
                                       : entry.timestampText},
            {u"stage"_s, entry.stage},
            {u"message"_s, entry.message},
        });
    const auto percent = percentOf(progress);
    const QDateTime at = now();
    const bool stalled = m_stall.isStalled(at);
    return QJsonObject {
        {u"time"_s, at.toUTC().toString(Qt::ISODateWithMs)},
        {u"pipeline"_s, m_settings->pipelineId},
        {u"run"_s, m_settings->runId},
        {u"status"_s, progress.statusText},
        {u"terminal"_s, isTerminal(progress.status)},
        {u"percent"_s, percent ? QJsonValue(std::round(*percent * 10) / 10) : QJsonValue()},
        {u"totalRows"_s, progress.totalRows},
        {u"processedRows"_s, progress.processedRows},
        {u"failedRows"_s, progress.failedRows},
        {u"skippedRows"_s, progress.skippedRows},
        {u"partitions"_s, progress.partitions},
        {u"completedPartitions"_s, progress.completedPartitions},
        {u"rowsPerSecond"_s,
         m_rowsPerSecond >= 0 && progress.status == RunStatus::Running
             ? QJsonValue(std::round(m_rowsPerSecond))
             : QJsonValue()},
        {u"eta"_s, progress.eta.isEmpty() ? QJsonValue() : QJsonValue(progress.eta)},
        {u"elapsedMs"_s, progress.durationMs},
        {u"stalled"_s, stalled},
        {u"stalledForMs"_s,
         stalled ? QJsonValue(qint64(m_stall.unchangedFor(at).count())) : QJsonValue()},
        {u"stalledText"_s, stalled ? QJsonValue(m_stall.text(at)) : QJsonValue()},
        {u"stale"_s, false},
        {u"log"_s, log},
    };
}

void WatchCommand::onProgress(const RunProgress &progress)
{
    if (m_finished)
        return;
    // Rows per second between two polls, on the server's own elapsed time.
    if (m_lastProcessed >= 0 && progress.durationMs > m_lastDurationMs) {
        m_rowsPerSecond = std::max(0.0,
                                   double(progress.processedRows - m_lastProcessed) * 1000.0
                                       / double(progress.durationMs - m_lastDurationMs));
    } else if (m_rowsPerSecond < 0 && progress.durationMs > 0
               && progress.status == RunStatus::Running) {
        m_rowsPerSecond = double(progress.processedRows) * 1000.0 / double(progress.durationMs);
    }
    if (progress.durationMs != m_lastDurationMs || progress.processedRows != m_lastProcessed) {
        m_lastProcessed = progress.processedRows;
        m_lastDurationMs = progress.durationMs;
    }
    m_stall.observe(progress.status, progress.processedRows, now());

    const QList<LogEntry> fresh = takeNewLog(progress);
    if (m_settings->json) {
        m_terminal.out(QString::fromUtf8(
                           QJsonDocument(stateJson(progress, fresh)).toJson(QJsonDocument::Compact))
                       + u'\n');
    } else {
        for (const LogEntry &entry : fresh)
            printLine(logLine(entry));
        const QString line = stateLine(progress);
        if (m_tty) {
            drawLive(line);
        } else if (line != m_lastLine) {
            m_terminal.out(line + u'\n');
            m_lastLine = line;
        }
    }
    if (m_settings->once) {
        endLive();
        finish(m_settings->exitStatus
                   ? (progress.status == RunStatus::Failed                    ? Failed
                          : progress.status == RunStatus::CompletedWithErrors ? CompletedWithErrors
                                                                              : Completed)
                   : Completed);
    }
}

void WatchCommand::onTerminal(RunStatus status)
{
    endLive();
    if (!m_settings->exitStatus) {
        finish(Completed);
        return;
    }
    switch (status) {
    case RunStatus::Failed:
        finish(Failed);
        return;
    case RunStatus::CompletedWithErrors:
        finish(CompletedWithErrors);
        return;
    default:
        finish(Completed);
        return;
    }
}

void WatchCommand::onFailure(const ApiError &error)
{
    if (m_finished)
        return;
    using Kind = ApiError::Kind;
    const QString &run = m_settings->runId;
    const QString &pipeline = m_settings->pipelineId;
    int code = -1;
    QString message;
    switch (error.kind) {
    case Kind::NotFound:
        code = NotFound;
        message = tr("run %1 not found in pipeline %2 (deleted, or in another tenant) — check "
                     "--pipeline, --run and --tenant")
                      .arg(visibleText(run, 80), visibleText(pipeline, 80));
        break;
    case Kind::Unauthorized:
        code = Rejected;
        message
            = tr("API key rejected by %1 — check FLOWWATCH_API_KEY and --tenant").arg(error.host);
        break;
    case Kind::Forbidden:
        code = Rejected;
        message = tr("no permission to read run %1 on %2").arg(visibleText(run, 80), error.host);
        break;
    default:
        break;
    }
    // A server that never answered: connection refused, DNS, TLS or a foreign redirect on the
    // first poll; after that, several failed polls in a row (the watcher backs off in between;
    // its schedule has counted this failure already).
    const bool unreachableAtOnce = !m_watcher->hasProgress()
        && (error.kind == Kind::Network || error.kind == Kind::Tls || error.kind == Kind::Redirect);
    if (code < 0
        && (unreachableAtOnce || m_settings->once
            || m_watcher->schedule().consecutiveFailures() >= kGiveUpAfterFailures)) {
        code = Unreachable;
        message = tr("cannot reach %1 — %2")
                      .arg(m_settings->connection.displayHost(), error.userMessage());
    }
    if (m_settings->json) {
        const QJsonObject line {
            {u"time"_s, now().toUTC().toString(Qt::ISODateWithMs)},
            {u"pipeline"_s, pipeline},
            {u"run"_s, run},
            {u"stale"_s, true},
            {u"error"_s,
             QJsonObject {{u"kind"_s, ApiError::kindName(error.kind)},
                          {u"httpStatus"_s, error.httpStatus},
                          {u"message"_s, error.userMessage()}}},
        };
        m_terminal.out(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact))
                       + u'\n');
    }
    if (code >= 0) {
        endLive();
        printError(message);
        finish(code);
        return;
    }
    if (!m_settings->json)
        printError(error.userMessage(ApiError::FollowUp::RetriesAutomatically));
}

void WatchCommand::printLine(const QString &line)
{
    if (m_tty && !m_live.isEmpty())
        m_terminal.out(u"\r\x1b[2K"_s + line + u'\n' + m_live);
    else
        m_terminal.out(line + u'\n');
}

void WatchCommand::drawLive(const QString &line)
{
    m_live = line;
    m_terminal.out(u"\r\x1b[2K"_s + line);
}

void WatchCommand::endLive()
{
    if (m_tty && !m_live.isEmpty())
        m_terminal.out(u"\n"_s);
    m_live.clear();
}

void WatchCommand::printError(const QString &message)
{
    const bool live = m_tty && !m_live.isEmpty();
    if (live)
        m_terminal.out(u"\r\x1b[2K"_s);
    m_terminal.err(u"flowwatch watch: "_s + message + u'\n');
    if (live)
        m_terminal.out(m_live);
}

} // namespace fw::cli
