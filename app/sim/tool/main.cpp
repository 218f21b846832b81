// flowwatch-sim: the built-in KaireonAI simulator as a standalone server.
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
    const QCommandLineOption resumeOption(
        u"retry-resume-from-row"_s,
        u"Retries resume from this row (capped at the rows processed; 0: full re-run)."_s, u"N"_s);
    const QCommandLineOption resumableOption(
        u"retry-resumable"_s, u"The \"resumable\" a retry reports: true or false."_s, u"B"_s);
    const QCommandLineOption delayOption(
        u"retry-delay-ms"_s, u"Answer a retry this many milliseconds after creating its run."_s,
        u"N"_s, u"0"_s);
    parser.addOptions({portOption, seedOption, speedOption, noRunsOption, resumeOption,
                       resumableOption, delayOption});
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

    fw::sim::Simulator simulator(options);
    if (!simulator.start())
        return 1;
    std::printf("%s\n", qUtf8Printable(simulator.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
