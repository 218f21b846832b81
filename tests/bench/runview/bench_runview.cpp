// bench_runview: the cost of one poll of a big run on the main thread — parse the progress body
// and update the run view's models — for a run of 10,000 partitions and 5,000 log entries.
//   poll_update_ms          median of a poll where ~5 % of partitions changed and 20 log
//                           entries arrived (ProgressDecoder + incremental model update, as the
//                           app does it)
//   poll_update_reset_ratio that cost ÷ the naive approach (parse the whole body, reset and
//                           refill the models), measured in the same run
//   poll_nochange_ms        median of a poll where nothing changed
// plus: a poll where only the elapsed time moved, the model-only parts, QJsonDocument alone, and
// the whole run page (offscreen): decode + page update, and the repaint that follows.
// Prints `bench <name> <value> <unit>` lines. Run by hand: ./bench_runview [iterations]
#include "core/api/ApiClient.h"
#include "core/api/ParseProgress.h"
#include "core/api/ProgressDecoder.h"
#include "core/models/run/LogFilterModel.h"
#include "core/models/run/LogModel.h"
#include "core/models/run/PartitionModel.h"
#include "core/models/run/RunSummary.h"
#include "core/models/run/ThroughputSeries.h"
#include "core/monitor/watching/RunWatcher.h"
#include "ui/run/RunPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply> // ApiRequest.h holds a QPointer<QNetworkReply>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPartitions = 10'000;
constexpr int kLogEntries = 5'000;
constexpr int kNewLogPerPoll = 20;

/// A run's state that the bench moves forward poll by poll, rendered to the server's JSON.
struct FakeRun
{
    int partitions = kPartitions;
    std::vector<int> progress = std::vector<int>(std::size_t(partitions), 0);
    int logCount = kLogEntries;
    int poll = 0;
    qint64 durationMs = 1000;

    void advance()
    {
        // A contiguous window of running partitions moves, as partitions run in parallel slots.
        const int changed = partitions / 20; // 5 %
        const int start = (poll * changed) % partitions;
        for (int i = 0; i < changed; ++i) {
            int &p = progress[std::size_t((start + i) % partitions)];
            p = p >= 100 ? 0 : p + 7;
        }
        logCount += kNewLogPerPoll;
        ++poll;
        tick();
    }

    /// Time passes, nothing else moves.
    void tick() { durationMs += 2000; }

    QByteArray body() const
    {
        QJsonArray parts;
        qint64 processed = 0;
        int completed = 0;
        for (int i = 0; i < partitions; ++i) {
            const int p = progress[std::size_t(i)];
            QJsonObject o {{u"index"_s, i}};
            if (p >= 100) {
                o.insert(u"status"_s, u"completed"_s);
                o.insert(u"rows"_s, 1200);
                ++completed;
            } else if (p > 0) {
                o.insert(u"status"_s, u"running"_s);
                o.insert(u"rows"_s, p * 12);
                o.insert(u"progress"_s, p);
            } else {
                o.insert(u"status"_s, u"pending"_s);
                o.insert(u"rows"_s, 0);
            }
            processed += std::min(p, 100) * 12;
            parts.append(o);
        }
        QJsonArray log;
        const QDateTime t0(QDate(2026, 3, 30), QTime(10, 0), Qt::UTC);
        static const QString stages[] = {u"extract"_s, u"transform"_s, u"validate"_s, u"load"_s};
        for (int i = 0; i < logCount; ++i) {
            log.append(QJsonObject {
                {u"stage"_s, stages[i % 4]},
                {u"message"_s, u"Batch %1 processed: 1200 rows read, 3 rejected"_s.arg(i)},
                {u"timestamp"_s, t0.addMSecs(qint64(i) * 250).toString(Qt::ISODateWithMs)}});
        }
        QJsonObject root {{u"status"_s, u"running"_s},
                          {u"totalRows"_s, qint64(partitions) * 1200},
                          {u"processedRows"_s, processed},
                          {u"rowsIn"_s, QJsonValue::Null},
                          {u"rowsOut"_s, QJsonValue::Null},
                          {u"failedRows"_s, 12},
                          {u"skippedRows"_s, 3},
                          {u"partitions"_s, partitions},
                          {u"completedPartitions"_s, completed},
                          {u"partitionDetails"_s, parts},
                          {u"validationErrors"_s, QJsonArray()},
                          {u"eta"_s, QJsonValue::Null},
                          {u"durationMs"_s, durationMs},
                          {u"loadStrategy"_s, u"append"_s},
                          {u"log"_s, log}};
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }
};

/// The models of one run page (the log list's filter proxy included).
struct Models
{
    fw::RunSummary summary;
    fw::PartitionModel partitions;
    fw::LogModel log;
    fw::LogFilterModel logFilter;
    fw::ThroughputSeries throughput;
    QDateTime now = QDateTime(QDate(2026, 3, 30), QTime(10, 0), Qt::UTC);

    Models() { logFilter.setSourceModel(&log); }

    void apply(const fw::RunProgress &p, bool naive)
    {
        now = now.addSecs(2);
        throughput.addPoll(now, p.processedRows, p.durationMs);
        summary.update(p, &throughput);
        if (naive) {
            partitions.resetTo(p.partitionDetails);
            log.resetTo(p.log);
        } else {
            partitions.update(p.partitionDetails);
            log.update(p.log);
        }
    }
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

enum class Poll {
    Changed, ///< ~5 % of partitions and 20 new log entries
    Tick, ///< only the elapsed time moved
    Same, ///< the very same body
};

struct Timing
{
    std::vector<double> whole; ///< parse + models
    std::vector<double> models; ///< models only
};

/// Runs `iterations` polls: each renders the next body (untimed), then times parse + update.
/// `naive`: the whole parse of every body and a reset of the models; otherwise what the app does,
/// a ProgressDecoder kept across polls and incremental model updates.
Timing measure(int iterations, bool naive, Poll kind)
{
    Models models;
    FakeRun run;
    fw::ProgressDecoder decoder;
    auto parse = [&](const QByteArray &body) {
        fw::RunProgress p;
        const fw::ApiError error = naive ? fw::parseProgress(body, &p) : decoder.decode(body, &p);
        if (error.isError())
            qFatal("bench body does not parse: %s", qPrintable(error.detail));
        return p;
    };
    models.apply(parse(run.body()), naive); // the first fill is not what is measured
    Timing t;
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        if (kind == Poll::Changed)
            run.advance();
        else if (kind == Poll::Tick)
            run.tick();
        const QByteArray body = run.body();
        timer.start();
        const fw::RunProgress p = parse(body);
        const qint64 parsed = timer.nsecsElapsed();
        models.apply(p, naive);
        const qint64 total = timer.nsecsElapsed();
        t.whole.push_back(double(total) / 1e6);
        t.models.push_back(double(total - parsed) / 1e6);
    }
    return t;
}

struct PageTiming
{
    std::vector<double> update; ///< decode + RunPage::showProgress
    std::vector<double> paint; ///< the repaint that follows (heat map, charts, log)
};

/// The whole run page on screen (offscreen platform, 1280×800), fed the changing polls of a run
/// with `partitions` partitions.
PageTiming measurePage(int iterations, int partitions)
{
    fw::ConnectionConfig config;
    config.server = QUrl(u"http://127.0.0.1:9"_s); // never polled: the bench feeds the page
    fw::ApiClient client(config);
    fw::RunWatcher watcher(&client, u"pipe_bench"_s, u"run_bench"_s);
    fw::ui::RunPage page(&watcher);
    page.resize(1280, 800);
    page.show();
    QCoreApplication::processEvents();

    FakeRun run;
    run.partitions = partitions;
    run.progress.assign(std::size_t(partitions), 0);
    fw::ProgressDecoder decoder;
    QDateTime at(QDate(2026, 3, 30), QTime(10, 0), Qt::UTC);
    auto decode = [&decoder](const QByteArray &body) {
        fw::RunProgress p;
        if (decoder.decode(body, &p).isError())
            qFatal("bench body does not parse");
        return p;
    };
    page.showProgress(decode(run.body()), at);
    QCoreApplication::processEvents();
    PageTiming t;
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        run.advance();
        at = at.addSecs(2);
        const QByteArray body = run.body();
        timer.start();
        page.showProgress(decode(body), at);
        t.update.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.start();
        QCoreApplication::processEvents();
        t.paint.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return t;
}

void print(const char *name, double value, const char *unit)
{
    std::printf("bench %s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(5, QByteArray(argv[1]).toInt()) : 40;

    const Timing incremental = measure(iterations, false, Poll::Changed);
    const Timing naive = measure(iterations, true, Poll::Changed);
    const Timing unchanged = measure(iterations, false, Poll::Same);
    const Timing ticked = measure(iterations, false, Poll::Tick);

    const double update = median(incremental.whole);
    print("poll_update_ms", update, "ms");
    print("poll_update_reset_ratio", update / median(naive.whole), "ratio");
    print("poll_nochange_ms", median(unchanged.whole), "ms");
    print("poll_reset_ms", median(naive.whole), "ms");
    print("poll_tick_ms", median(ticked.whole), "ms");
    const double modelUpdate = median(incremental.models);
    print("poll_models_update_ms", modelUpdate, "ms");
    print("poll_models_reset_ratio", modelUpdate / median(naive.models), "ratio");
    print("poll_models_nochange_ms", median(unchanged.models), "ms");

    // Where the rest goes: QJsonDocument alone on the same body.
    FakeRun run;
    const QByteArray body = run.body();
    std::vector<double> json;
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        timer.start();
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        json.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!doc.isObject())
            qFatal("bench body is not JSON");
    }
    print("poll_body_kb", double(body.size()) / 1024.0, "KiB");
    print("poll_qjsondocument_ms", median(json), "ms");

    const PageTiming page = measurePage(iterations, kPartitions);
    print("poll_page_update_ms", median(page.update), "ms");
    print("poll_page_paint_ms", median(page.paint), "ms");
    // 1,000 partitions: the stage timeline draws them as a summary lane, the heat map in full.
    const PageTiming thousand = measurePage(iterations, 1'000);
    print("poll_page_update_1000_ms", median(thousand.update), "ms");
    print("poll_page_paint_1000_ms", median(thousand.paint), "ms");
    return 0;
}
