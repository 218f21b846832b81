#pragma once

#include "core/api/ConnectionConfig.h"
#include "core/api/RunProgress.h"
#include "core/monitor/watching/StallRule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

class QEventLoop;

namespace fw {
class Clock;
class RunWatcher;
struct ApiError;
} // namespace fw

namespace fw::cli {

/// `flowwatch watch --server URL --tenant ID --pipeline ID --run ID [--interval S] [--json]
/// [--exit-status] [--timeout DURATION] [--once] [--stall-after DURATION] [--bearer]`: follows a
/// run until it reaches a terminal status, polling it exactly as the window does (one RunWatcher:
/// interval, slowdown, backoff with jitter, Retry-After, one request in flight). On a terminal
/// one live line is redrawn in place with new log lines above it; otherwise one line per change;
/// with --json one JSON object per poll (NDJSON). The API key comes from FLOWWATCH_API_KEY (else
/// KAIREON_API_KEY), never from the command line; the tenant may come from KAIREON_TENANT_ID.
/// SIGINT ends it with 130 and prints nothing more.
///
/// Exit codes: 0 the run completed (or reached any terminal status without --exit-status, or
/// --once read it); with --exit-status 1 failed, 3 completed with errors; always 2 usage, 4 run
/// not found, 5 key rejected or no permission (401/403), 6 server unreachable, 7 --timeout
/// passed, 130 interrupted.
int runWatch(const QStringList &arguments);

/// One `flowwatch watch`, with the environment and the terminal supplied (tests).
class WatchCommand final
{
    Q_DECLARE_TR_FUNCTIONS(fw::cli::WatchCommand)

public:
    enum Exit : int {
        Completed = 0,
        Failed = 1,
        Usage = 2,
        CompletedWithErrors = 3,
        NotFound = 4,
        Rejected = 5,
        Unreachable = 6,
        TimedOut = 7,
        Interrupted = 130,
    };

    /// Consecutive failed polls after which the server counts as unreachable.
    static constexpr int kGiveUpAfterFailures = 5;

    struct Terminal
    {
        std::function<bool()> isTty; ///< stdout is a terminal: one live line redrawn in place
        std::function<void(const QString &)> out; ///< text for stdout, written as is
        std::function<void(const QString &)> err; ///< text for stderr, written as is
    };
    /// stdin, stdout and stderr of the process.
    static Terminal standardTerminal();

    /// "90s", "10m", "2h", "1h30m", "500ms" or a plain number of seconds; nullopt if unreadable
    /// or not positive.
    static std::optional<std::chrono::milliseconds> parseDuration(QStringView text);

    WatchCommand(QProcessEnvironment environment, Terminal terminal);
    ~WatchCommand();
    Q_DISABLE_COPY_MOVE(WatchCommand)

    /// Time for the watcher and the stall rule (not owned). nullptr: the system clock.
    void setClock(Clock *clock) { m_clock = clock; }
    /// Parses `arguments` (after the subcommand name), then watches. Returns the exit code.
    int run(const QStringList &arguments);
    /// Ends a run() in progress with Interrupted and prints nothing more (SIGINT).
    void interrupt();

private:
    struct Settings
    {
        ConnectionConfig connection;
        QString pipelineId;
        QString runId;
        std::chrono::milliseconds interval {2'000};
        std::optional<std::chrono::milliseconds> timeout;
        std::chrono::milliseconds stallAfter {StallRule::kDefaultThreshold};
        bool json = false;
        bool exitStatus = false;
        bool once = false;
    };

    std::optional<Settings> parse(const QStringList &arguments, int *exitCode);
    int watch(const Settings &settings);
    void onProgress(const RunProgress &progress);
    void onFailure(const ApiError &error);
    void onTerminal(RunStatus status);
    void finish(int code);
    int failWith(int code, const QString &message);
    QDateTime now() const;

    QString stateLine(const RunProgress &progress) const;
    QJsonObject stateJson(const RunProgress &progress, const QList<LogEntry> &newLog) const;
    QList<LogEntry> takeNewLog(const RunProgress &progress);
    void printLine(const QString &line); ///< a line that stays (above the live line on a tty)
    void drawLive(const QString &line);
    void endLive();
    void printError(const QString &message);

    QProcessEnvironment m_environment;
    Terminal m_terminal;
    Clock *m_clock = nullptr;
    const Settings *m_settings = nullptr;
    RunWatcher *m_watcher = nullptr;
    QEventLoop *m_loop = nullptr;
    StallRule m_stall;
    bool m_tty = false;
    bool m_finished = false;
    bool m_interrupted = false;
    int m_exitCode = Completed;
    qsizetype m_logPrinted = 0;
    QString m_live; ///< the live line on a tty, as last drawn
    QString m_lastLine; ///< the last state line printed (not a tty)
    double m_rowsPerSecond = -1.0; ///< < 0: not known yet
    qint64 m_lastProcessed = -1;
    qint64 m_lastDurationMs = -1;
};

} // namespace fw::cli
