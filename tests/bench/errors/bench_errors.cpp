// bench_errors: the error table at a million rows, against flowwatch-sim running as a separate
// process over loopback HTTP (so the server's work is not charged to this process, and VmHWM is
// ours alone). Prints `bench <name> <value> <unit>` lines.
//
//   bench_errors [--rounds 3] [--sim PATH] [--skip-naive]     (BENCH_TRACE=1 lists stalls)
#include "core/api/ApiClient.h"
#include "core/export/ErrorExporter.h"
#include "core/models/errors/ErrorLoader.h"
#include "core/models/errors/ErrorTableModel.h"
#include "support/ProcStatus.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace fw;

namespace {

void report(const char *name, double value, const char *unit)
{
    std::printf("bench %s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

// The longest lateness of a 10 ms timer while it runs: how long the event loop stalled.
class StallMeter final
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 late = m_clock.restart() - 10;
            m_max = std::max(m_max, late);
            if (late > 25 && m_trace)
                m_trace(late);
        });
    }
    void start()
    {
        m_max = 0;
        m_clock.start();
        m_timer.start();
    }
    std::function<void(qint64)> m_trace; ///< called with each stall over 25 ms (BENCH_TRACE)
    qint64 stop()
    {
        m_timer.stop();
        return m_max;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
};

QNetworkRequest errorsRequest(const QUrl &base, const QByteArray &accept)
{
    QNetworkRequest request(
        QUrl(base.toString() + u"/api/v1/pipelines/pipe_005/runs/run_401/errors"_s));
    request.setRawHeader("X-API-Key", "krn_demo_admin");
    request.setRawHeader("X-Tenant-Id", "demo");
    request.setRawHeader("Accept", accept);
    return request;
}

// Downloads the CSV and throws the bytes away: the floor for any loader.
qint64 downloadMs(QNetworkAccessManager &network, const QUrl &base, qint64 *bytes)
{
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = network.get(errorsRequest(base, "text/csv"));
    *bytes = 0;
    QObject::connect(reply, &QNetworkReply::readyRead, reply,
                     [reply, bytes] { *bytes += reply->readAll().size(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *bytes += reply->readAll().size();
    reply->deleteLater();
    return clock.elapsed();
}

void waitIdle(ErrorTableModel &model)
{
    QEventLoop loop;
    QObject::connect(&model, &ErrorTableModel::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    if (model.isBusy())
        loop.exec();
}

// The straightforward approach: JSON into QJsonDocument, a QStandardItemModel, a proxy sort.
qint64 naiveLoadAndSortMs(QNetworkAccessManager &network, const QUrl &base, qint64 *rows)
{
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = network.get(errorsRequest(base, "application/json"));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    const QJsonArray errors = doc.object().value("errors"_L1).toArray();
    QStandardItemModel model(0, 4);
    for (const QJsonValue &value : errors) {
        const QJsonObject e = value.toObject();
        auto *row = new QStandardItem;
        row->setData(e.value("row"_L1).toInteger(), Qt::DisplayRole);
        model.appendRow({row, new QStandardItem(e.value("column"_L1).toString()),
                         new QStandardItem(e.value("value"_L1).toString()),
                         new QStandardItem(e.value("error"_L1).toString())});
    }
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(2, Qt::AscendingOrder);
    *rows = proxy.rowCount();
    return clock.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption simOption(u"sim"_s, u"flowwatch-sim executable"_s, u"PATH"_s,
                                       QStringLiteral(FLOWWATCH_SIM_PATH));
    const QCommandLineOption skipNaive(u"skip-naive"_s, u"Skip the QStandardItemModel run"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"Download and load N times (median)"_s,
                                          u"N"_s, u"3"_s);
    parser.addHelpOption();
    parser.addOptions({simOption, skipNaive, roundsOption});
    parser.process(app);

    QProcess sim;
    sim.setProgram(parser.value(simOption));
    sim.setArguments({u"--port"_s, u"0"_s});
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start();
    if (!sim.waitForStarted() || !sim.waitForReadyRead(10000)) {
        std::fprintf(stderr, "bench_errors: cannot start %s\n", qPrintable(sim.program()));
        return 1;
    }
    const QUrl base(QString::fromUtf8(sim.readLine().trimmed()));

    QNetworkAccessManager network;
    qint64 bytes = 0;
    downloadMs(network, base, &bytes); // warm up the server and the connection

    ConnectionConfig config;
    config.server = base;
    config.tenant = u"demo"_s;
    config.apiKey = u"krn_demo_admin"_s;
    ApiClient client(config);
    ErrorTableModel model;
    ErrorLoader loader(&model);
    StallMeter stalls;
    QElapsedTimer clock;
    qint64 firstRows = -1;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
        if (firstRows < 0 && model.rowCount() >= 1000)
            firstRows = clock.elapsed();
    });
    QEventLoop loop;
    QObject::connect(&loader, &ErrorLoader::stateChanged, &loop, [&](ErrorLoader::State s) {
        if (s != ErrorLoader::State::Loading)
            loop.quit();
    });
    if (qEnvironmentVariableIsSet("BENCH_TRACE")) {
        stalls.m_trace = [&](qint64 late) {
            std::fprintf(stderr, "stall %lld ms at %lld ms, %lld rows\n", late, clock.elapsed(),
                         model.totalCount());
        };
    }
    // Download and load alternate, each `rounds` times; the medians are reported (the machine
    // may be shared), the worst stall as well.
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    QList<qint64> downloads, loads, firsts, maxStalls;
    for (int round = 0; round < rounds; ++round) {
        downloads << downloadMs(network, base, &bytes);
        firstRows = -1;
        stalls.start();
        clock.start();
        loader.start(&client, u"pipe_005"_s, u"run_401"_s, 1'000'000);
        loop.exec();
        loads << clock.elapsed();
        maxStalls << stalls.stop();
        firsts << firstRows;
        if (loader.state() != ErrorLoader::State::Loaded) {
            std::fprintf(stderr, "bench_errors: load failed: %s\n",
                         qPrintable(loader.error().userMessage()));
            return 1;
        }
    }
    const auto median = [](QList<qint64> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    const qint64 download = median(downloads);
    const qint64 load = median(loads);
    report("errors_download_ms", double(download), "ms");
    report("errors_download_mb", double(bytes) / (1024.0 * 1024.0), "MiB");
    report("errors_rows", double(model.rowCount()), "rows");
    report("errors_first_rows_ms", double(median(firsts)), "ms");
    report("errors_load_ms", double(load), "ms");
    report("errors_load_ratio", double(load) / double(std::max<qint64>(download, 1)), "x");
    report("errors_max_stall_ms", double(median(maxStalls)), "ms");
    report("errors_max_stall_worst_ms",
           double(*std::max_element(maxStalls.begin(), maxStalls.end())), "ms");
    report("errors_store_mb", double(model.store().memoryBytes()) / (1024.0 * 1024.0), "MiB");

    stalls.start();
    clock.restart();
    model.sort(ErrorTableModel::Value, Qt::AscendingOrder);
    waitIdle(model);
    const qint64 sortValue = clock.elapsed();
    report("errors_sort_value_ms", double(sortValue), "ms");
    clock.restart();
    model.sort(ErrorTableModel::RowNumber, Qt::DescendingOrder);
    waitIdle(model);
    report("errors_sort_row_ms", double(clock.elapsed()), "ms");
    ErrorFilter filter;
    filter.text = u"élodie"_s;
    clock.restart();
    model.setFilter(filter);
    waitIdle(model);
    report("errors_filter_ms", double(clock.elapsed()), "ms");
    report("errors_filter_rows", double(model.rowCount()), "rows");
    report("errors_sort_filter_max_stall_ms", double(stalls.stop()), "ms");

    QTemporaryDir dir;
    clock.restart();
    const ErrorExporter::Result exported = ErrorExporter::writeFile(
        dir.filePath(u"errors.csv"_s), model.store(), nullptr, CsvWriterOptions());
    report("errors_export_ms", double(clock.elapsed()), "ms");
    if (!exported.ok) {
        std::fprintf(stderr, "bench_errors: export failed: %s\n", qPrintable(exported.error));
        return 1;
    }
    report("errors_peak_rss_mb", test::procStatusMiB("VmHWM"), "MiB");

    if (!parser.isSet(skipNaive)) {
        model.clear();
        qint64 rows = 0;
        const qint64 naive = naiveLoadAndSortMs(network, base, &rows);
        report("errors_naive_load_sort_ms", double(naive), "ms");
        report("errors_naive_ratio", double(load + sortValue) / double(std::max<qint64>(naive, 1)),
               "x");
        report("errors_naive_peak_rss_mb", test::procStatusMiB("VmHWM"), "MiB");
    }
    sim.kill();
    sim.waitForFinished();
    return 0;
}
