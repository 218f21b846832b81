// bench_soak [seconds=600]: 20 live runs watched through a FaultProxy (latency, a bandwidth limit,
// and on a share of the requests a reset, a cut body or no answer at all) for a long time, as
// Flowwatch does: one RunWatcher per run on the real clock. Prints `bench <name> <value> <unit>`:
//   soak_rss_growth_mb             resident memory at the end minus after the first minute
//   soak_live_replies              QNetworkReply objects alive after the watchers stopped
//   soak_live_replies_running      ... while they were still watching (at most one per run)
//   soak_requests_per_run_minute   progress requests that reached the simulator, per run and minute
//   soak_faults_<kind>             requests the proxy broke: reset, cut_body, never_answered
// and a few counts of what happened on the way.
#include "core/api/ApiClient.h"
#include "core/api/ApiRequest.h"
#include "core/monitor/watching/RunWatcher.h"
#include "sim/Simulator.h"
#include "support/FaultProxy.h"
#include "support/ProcStatus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRuns = 20;

void bench(const char *name, double value, const char *unit)
{
    std::printf("bench %s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int seconds = args.size() > 1 ? std::max(10, args.at(1).toInt()) : 600;

    fw::sim::Simulator sim;
    if (!sim.start())
        return 1;
    // Runs that keep moving for the whole soak (and a while after).
    QStringList runs;
    for (int i = 0; i < kRuns; ++i) {
        fw::sim::RunSpec spec;
        spec.pipelineId = u"pipe_001"_s;
        spec.totalRows = 1'000'000;
        spec.partitions = 8 + i;
        spec.durationMs = qint64(seconds + 600) * 1000;
        runs << sim.addRun(spec);
    }

    fw::test::FaultProxy proxy(QHostAddress::LocalHost, sim.port());
    proxy.setSettings({.latency = std::chrono::milliseconds(40),
                       .bytesPerSecond = 256 * 1024,
                       .resetAfterBytes = 200,
                       .cutBodyBy = 50,
                       .neverAnswer = true,
                       .faultRate = 0.15});
    if (!proxy.listen())
        return 1;

    fw::ConnectionConfig config;
    config.name = u"Soak"_s;
    config.server = proxy.baseUrl();
    config.tenant = u"demo"_s;
    config.apiKey = u"krn_demo_viewer"_s;
    fw::ApiClient client(config);
    // Shorter than the defaults so that never-answered polls cost seconds, not half a minute.
    client.setTimeouts({std::chrono::milliseconds(5000), std::chrono::milliseconds(10'000)});

    std::vector<std::unique_ptr<fw::RunWatcher>> watchers;
    int failures = 0;
    int successes = 0;
    for (const QString &run : runs) {
        auto w = std::make_unique<fw::RunWatcher>(&client, u"pipe_001"_s, run);
        w->setNetworkReachable(true);
        QObject::connect(w.get(), &fw::RunWatcher::pollFailed, &app, [&failures] { ++failures; });
        QObject::connect(w.get(), &fw::RunWatcher::progressUpdated, &app,
                         [&successes] { ++successes; });
        w->start();
        watchers.push_back(std::move(w));
    }

    auto liveReplies
        = [&client] { return int(client.network()->findChildren<QNetworkReply *>().size()); };
    double rssAfterWarmup = -1;
    int maxLiveRunning = 0;
    QTimer sampler;
    QElapsedTimer elapsed;
    elapsed.start();
    QObject::connect(&sampler, &QTimer::timeout, &app, [&] {
        maxLiveRunning = std::max(maxLiveRunning, liveReplies());
        if (rssAfterWarmup < 0 && elapsed.elapsed() >= std::min(60'000, seconds * 1000 / 5))
            rssAfterWarmup = fw::test::procStatusMiB("VmRSS");
    });
    sampler.start(250);
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    QCoreApplication::exec();

    const int liveRunning = liveReplies();
    const int requests = sim.requestCount(u"GET"_s, u"/progress$"_s);
    for (auto &w : watchers)
        w->stop();
    // Let the aborted replies finish and deleteLater() act: processEvents() alone never runs
    // deferred deletions posted outside an event loop, so those are sent explicitly.
    QElapsedTimer drain;
    drain.start();
    while (drain.elapsed() < 500) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    const double rssEnd = fw::test::procStatusMiB("VmRSS");

    bench("soak_seconds", seconds, "s");
    bench("soak_rss_growth_mb", rssEnd - rssAfterWarmup, "MiB");
    bench("soak_rss_end_mb", rssEnd, "MiB");
    bench("soak_live_replies", liveReplies(), "replies");
    bench("soak_live_replies_running", liveRunning, "replies");
    bench("soak_live_replies_running_max", maxLiveRunning, "replies");
    bench("soak_live_requests", client.findChildren<fw::ApiRequest *>().size(), "requests");
    bench("soak_requests_per_run_minute", double(requests) / kRuns / (seconds / 60.0), "requests");
    bench("soak_polls_ok", successes, "polls");
    bench("soak_polls_failed", failures, "polls");
    const auto stats = proxy.stats();
    bench("soak_proxy_connections", stats.connections, "connections");
    bench("soak_proxy_requests", stats.requests, "requests");
    bench("soak_faults_reset", stats.resets, "count");
    bench("soak_faults_cut_body", stats.cutBodies, "count");
    bench("soak_faults_never_answered", stats.neverAnswered, "count");
    return 0;
}
