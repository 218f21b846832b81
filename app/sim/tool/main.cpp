// flowwatch-sim: the built-in KaireonAI simulator as a standalone server.
#include "sim/HostileScenario.h"
#include "sim/RunSpec.h"
#include "sim/Simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "flowwatch-sim: %s\n", qUtf8Printable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"flowwatch-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWWATCH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A faithful fake KaireonAI server (tenant \"demo\", key krn_demo_admin) on 127.0.0.1."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"TCP port; 0 picks a free one."_s, u"N"_s,
                                        u"0"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the generated data."_s, u"S"_s,
                                        u"1"_s);
    const QCommandLineOption speedOption(u"speed"_s, u"Simulated seconds per real second."_s,
                                         u"X"_s, u"1"_s);
    const QCommandLineOption noRunsOption(
        u"no-runs-list"_s, u"Answer 404 to the undocumented GET /pipelines/{id}/runs."_s);
    const QCommandLineOption longRunsOption(
        u"long-runs"_s,
        u"Add N runs of pipe_001 (run_8001, run_8002, ...) that keep running for a day, for "
        u"load tests."_s,
        u"N"_s, u"0"_s);
    const QCommandLineOption stalledRunsOption(
        u"stalled-runs"_s,
        u"Add N running runs whose progress never moves (numbered after --long-runs)."_s, u"N"_s,
        u"0"_s);
    const QCommandLineOption hostileOption(
        u"hostile"_s,
        u"Misbehave on every progress request as scenario NAME (\"list\" lists them)."_s,
        u"NAME"_s);
    const QCommandLineOption resumeOption(
        u"retry-resume-from-row"_s,
        u"Retries resume from this row (capped at the rows processed; 0: full re-run)."_s, u"N"_s);
    const QCommandLineOption resumableOption(
        u"retry-resumable"_s, u"The \"resumable\" a retry reports: true or false."_s, u"B"_s);
    const QCommandLineOption delayOption(
        u"retry-delay-ms"_s, u"Answer a retry this many milliseconds after creating its run."_s,
        u"N"_s, u"0"_s);
    parser.addOptions({portOption, seedOption, speedOption, noRunsOption, longRunsOption,
                       stalledRunsOption, hostileOption, resumeOption, resumableOption,
                       delayOption});
    parser.process(app);

    bool ok = false;
    fw::sim::SimulatorOptions options;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(u"--port must be a number between 0 and 65535"_s);
    options.port = quint16(port);
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return usageError(u"--seed must be a non-negative integer"_s);
    options.speed = parser.value(speedOption).toDouble(&ok);
    if (!ok || !(options.speed > 0.0) || options.speed > 1e6)
        return usageError(u"--speed must be a positive number"_s);
    options.runsListEnabled = !parser.isSet(noRunsOption);
    if (parser.isSet(resumeOption)) {
        options.retry.resumeFromRow = parser.value(resumeOption).toLongLong(&ok);
        if (!ok || options.retry.resumeFromRow < 0)
            return usageError(u"--retry-resume-from-row must be a non-negative integer"_s);
    }
    if (parser.isSet(resumableOption)) {
        const QString value = parser.value(resumableOption);
        if (value != u"true"_s && value != u"false"_s)
            return usageError(u"--retry-resumable must be true or false"_s);
        options.retry.resumable = value == u"true"_s;
    }
    options.retry.delayMs = parser.value(delayOption).toInt(&ok);
    if (!ok || options.retry.delayMs < 0)
        return usageError(u"--retry-delay-ms must be a non-negative integer"_s);

    const uint longRuns = parser.value(longRunsOption).toUInt(&ok);
    if (!ok || longRuns > 10'000)
        return usageError(u"--long-runs must be a number between 0 and 10000"_s);
    const uint stalledRuns = parser.value(stalledRunsOption).toUInt(&ok);
    if (!ok || stalledRuns > 10'000)
        return usageError(u"--stalled-runs must be a number between 0 and 10000"_s);

    const QString hostile = parser.value(hostileOption);
    if (hostile == u"list"_s) {
        for (const QString &name : fw::sim::HostileScenario::names())
            std::printf("%-22s %s\n", qUtf8Printable(name),
                        qUtf8Printable(fw::sim::HostileScenario::description(name)));
        return 0;
    }
    fw::sim::Simulator simulator(options);
    if (!hostile.isEmpty() && !simulator.setHostile(hostile))
        return usageError(u"unknown --hostile scenario (try --hostile list)"_s);
    if (!simulator.start())
        return 1;
    for (uint i = 0; i < longRuns + stalledRuns; ++i) {
        fw::sim::RunSpec spec;
        spec.pipelineId = u"pipe_001"_s;
        spec.totalRows = 100'000'000;
        spec.partitions = 8;
        spec.parallelism = 4;
        spec.durationMs = 24LL * 3600 * 1000;
        if (i >= longRuns) {
            spec.freezeAtProcessedRows = 1'000'000;
            spec.startInMs = -3'600'000; // reached its frozen count long ago
        }
        simulator.addRun(spec);
    }
    std::printf("%s\n", qUtf8Printable(simulator.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
