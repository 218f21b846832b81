// bench_watch: what watching many runs costs. flowwatch-sim runs as a separate process with
// 100 live runs (run_8001…run_8100) and 20 whose progress never moves (run_8101…run_8120); this
// process watches them at the default interval and prints `bench <name> <value> <unit>`:
//   watch_cpu_percent_20 / _100   one process, RunWatchers on one client (goals ≤ 1 % / ≤ 3 %)
//   watch_rss_mb_100              resident memory while watching 100 runs (goal ≤ 150 MB)
//   requests_per_run_minute       polls per run and minute while runs move (≤ 30 at 2 s)
//   requests_per_run_minute_unchanged   the same while nothing changes (fewer)
//   gui_cpu_percent_20            the main window, 20 run tabs, shown (offscreen)
//   gui_hidden_cpu_percent_20     the same window hidden (goal ≤ 1 %)
// Usage: bench_watch [SECONDS per measurement, default 60] [--sim PATH]
#include "core/api/ApiClient.h"
#include "core/models/browser/WatchListModel.h"
#include "core/monitor/watching/RunWatcher.h"
#include "core/monitor/watching/WatchController.h"
#include "support/ProcStatus.h"
#include "support/ShellProfiles.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace fw;

namespace {

void report(const char *name, double value, const char *unit)
{
    std::printf("bench %s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

qint64 cpuMicroseconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1'000'000
        + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// CPU of this process as a percentage of one core while the event loop runs for `seconds`.
double cpuPercentOver(int seconds)
{
    const qint64 before = cpuMicroseconds();
    QElapsedTimer wall;
    wall.start();
    spin(seconds * 1000);
    const double cpu = double(cpuMicroseconds() - before);
    return 100.0 * cpu / (double(wall.nsecsElapsed()) / 1000.0);
}

QString runId(int i)
{
    return u"run_%1"_s.arg(8001 + i);
}

/// Counts the polls (good or failed) of some watchers.
struct PollCounter
{
    int polls = 0;
    void attach(RunWatcher *watcher)
    {
        QObject::connect(watcher, &RunWatcher::progressUpdated, watcher, [this] { ++polls; });
        QObject::connect(watcher, &RunWatcher::pollFailed, watcher, [this] { ++polls; });
    }
};

struct Watching
{
    std::unique_ptr<ApiClient> client;
    std::vector<std::unique_ptr<RunWatcher>> watchers;
    PollCounter counter;
};

std::unique_ptr<Watching> watchRuns(const ConnectionConfig &config, int first, int count)
{
    auto w = std::make_unique<Watching>();
    w->client = std::make_unique<ApiClient>(config);
    for (int i = first; i < first + count; ++i) {
        w->watchers.push_back(
            std::make_unique<RunWatcher>(w->client.get(), u"pipe_001"_s, runId(i)));
        w->counter.attach(w->watchers.back().get());
        w->watchers.back()->start();
    }
    return w;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption simOption(u"sim"_s, u"flowwatch-sim executable"_s, u"PATH"_s,
                                       QStringLiteral(FLOWWATCH_SIM_PATH));
    parser.addHelpOption();
    parser.addOption(simOption);
    parser.addPositionalArgument(u"seconds"_s, u"Seconds per measurement (default 60)."_s);
    parser.process(app);
    const int seconds = parser.positionalArguments().isEmpty()
        ? 60
        : std::max(5, parser.positionalArguments().constFirst().toInt());
    const int warmupMs = 3000;

    QProcess sim;
    sim.setProgram(parser.value(simOption));
    sim.setArguments(
        {u"--port"_s, u"0"_s, u"--long-runs"_s, u"100"_s, u"--stalled-runs"_s, u"20"_s});
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start();
    if (!sim.waitForStarted() || !sim.waitForReadyRead(10000)) {
        std::fprintf(stderr, "bench_watch: cannot start %s\n", qPrintable(sim.program()));
        return 1;
    }
    const QUrl base(QString::fromUtf8(sim.readLine().trimmed()));
    ConnectionConfig config;
    config.server = base;
    config.tenant = u"demo"_s;
    config.apiKey = u"krn_demo_admin"_s;

    // 1. One process, RunWatchers on one client, as the shell and `flowwatch watch` use them.
    {
        auto w = watchRuns(config, 0, 20);
        spin(warmupMs);
        w->counter.polls = 0;
        report("watch_cpu_percent_20", cpuPercentOver(seconds), "%");
        report("requests_per_run_minute", w->counter.polls / 20.0 / (seconds / 60.0), "req");
    }
    {
        auto w = watchRuns(config, 100, 20); // run_8101…: nothing moves
        spin(warmupMs);
        w->counter.polls = 0;
        spin(seconds * 1000);
        report("requests_per_run_minute_unchanged", w->counter.polls / 20.0 / (seconds / 60.0),
               "req");
    }
    {
        auto w = watchRuns(config, 0, 100);
        spin(warmupMs);
        report("watch_cpu_percent_100", cpuPercentOver(seconds), "%");
        report("watch_rss_mb_100", test::procStatusMiB("VmRSS"), "MB");
    }

    // 2. The main window with 20 run tabs (offscreen), shown, then hidden.
    {
        test::ShellProfiles profiles(base);
        ui::MainWindow window(profiles.registry(), profiles.settings());
        window.resize(1280, 800);
        window.show();
        PollCounter counter;
        for (int i = 0; i < 20; ++i)
            window.openRun(u"Demo"_s, u"pipe_001"_s, runId(i));
        QElapsedTimer ready;
        ready.start();
        QList<RunRef> pending;
        for (int i = 0; i < 20; ++i)
            pending << RunRef {u"Demo"_s, u"pipe_001"_s, runId(i)};
        while (!pending.isEmpty() && ready.elapsed() < 20'000) {
            spin(100);
            for (qsizetype k = pending.size() - 1; k >= 0; --k) {
                if (RunWatcher *watcher = window.watches()->watcher(pending.at(k))) {
                    counter.attach(watcher);
                    pending.removeAt(k);
                }
            }
        }
        spin(warmupMs);
        counter.polls = 0;
        report("gui_cpu_percent_20", cpuPercentOver(seconds), "%");
        report("gui_requests_per_run_minute", counter.polls / 20.0 / (seconds / 60.0), "req");
        window.hide();
        spin(warmupMs);
        counter.polls = 0;
        report("gui_hidden_cpu_percent_20", cpuPercentOver(seconds), "%");
        report("gui_hidden_requests_per_run_minute", counter.polls / 20.0 / (seconds / 60.0),
               "req");
        report("gui_rss_mb_20", test::procStatusMiB("VmRSS"), "MB");
    }
    report("peak_rss_mb", test::procStatusMiB("VmHWM"), "MB");

    sim.kill();
    sim.waitForFinished();
    return 0;
}
