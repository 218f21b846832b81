#include "ExportErrorsCommand.h"

#include "ConnectionOptions.h"
#include "core/api/ApiClient.h"
#include "core/api/ErrorsRequest.h"
#include "core/csv/CsvWriter.h"
#include "core/export/ErrorExporter.h"
#include "core/export/ValidationErrorCsv.h"
#include "core/models/errors/ErrorMatcher.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fw::cli {

namespace {

volatile std::sig_atomic_t interrupted = 0;

extern "C" void onInterrupt(int)
{
    interrupted = 1;
}

void printLine(std::FILE *stream, const QString &line)
{
    std::fputs(qUtf8Printable(line + u'\n'), stream);
    std::fflush(stream);
}

int usageError(const QString &message)
{
    printLine(stderr, u"flowwatch export-errors: "_s + message);
    return 2;
}

QString failureMessage(const ApiError &error, const ExportErrorsCommand::Settings &settings)
{
    switch (error.kind) {
    case ApiError::Kind::NotFound:
        return ExportErrorsCommand::tr(
                   "run %1 not found in pipeline %2 (deleted, or in another tenant) — check "
                   "--pipeline, --run and --tenant")
            .arg(settings.runId, settings.pipelineId);
    case ApiError::Kind::Unauthorized:
        return ExportErrorsCommand::tr(
                   "API key rejected by %1 — check FLOWWATCH_API_KEY and --tenant")
            .arg(error.host);
    case ApiError::Kind::Forbidden:
        return ExportErrorsCommand::tr(
                   "no permission to read the errors of run %1 — ask an admin of tenant %2")
            .arg(settings.runId, settings.connection.tenant);
    case ApiError::Kind::Cancelled:
        return ExportErrorsCommand::tr("interrupted: nothing was written");
    default:
        return error.userMessage();
    }
}

} // namespace

ExportErrorsCommand::ExportErrorsCommand(Settings settings)
    : m_settings(std::move(settings))
{ }

int ExportErrorsCommand::exec()
{
    ApiClient client(m_settings.connection);
    auto *request = client.fetchErrors(m_settings.pipelineId, m_settings.runId, true);
    request->setAutoDelete(false);
    const std::unique_ptr<ErrorsRequest> owner(request);

    const bool toStdout = m_settings.output == u"-"_s;
    QString fileName;
    // stdout gets the CSV only when it is complete, so a pipe never sees half a file.
    QBuffer memory;
    std::unique_ptr<QSaveFile> file;
    std::unique_ptr<CsvWriter> writer;
    std::unique_ptr<ValidationErrorCsv> csv;
    QString writeError;
    qint64 written = 0;

    const auto open = [&]() -> bool {
        if (writer)
            return true;
        QIODevice *device = nullptr;
        if (toStdout) {
            memory.open(QIODevice::WriteOnly);
            device = &memory;
        } else {
            fileName
                = m_settings.output.isEmpty() ? request->suggestedFileName() : m_settings.output;
            if (!ErrorExporter::isWritableTarget(fileName)) { // QSaveFile would replace it
                writeError = tr("refusing to write %1: it is not a regular file (a folder, a "
                                "device or a pipe) — choose another file with -o")
                                 .arg(QDir::toNativeSeparators(fileName));
                return false;
            }
            file = std::make_unique<QSaveFile>(fileName);
            file->setDirectWriteFallback(false);
            if (!file->open(QIODevice::WriteOnly)) {
                writeError = tr("cannot write %1: %2 — choose another file with -o")
                                 .arg(QDir::toNativeSeparators(fileName), file->errorString());
                return false;
            }
            device = file.get();
        }
        writer = std::make_unique<CsvWriter>(device, m_settings.csv);
        csv = std::make_unique<ValidationErrorCsv>(*writer);
        csv->writeHeader();
        return true;
    };

    const bool filtered = !m_settings.filter.isEmpty();
    const bool tty = isatty(STDERR_FILENO) != 0;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    QObject::connect(
        request, &ErrorsRequest::rowsArrived, request, [&](const QList<ValidationError> &batch) {
            if (!writeError.isEmpty())
                return;
            if (!open()) {
                request->cancel();
                return;
            }
            for (const ValidationError &error : batch) {
                if (filtered && !ErrorMatcher::matches(m_settings.filter, error))
                    continue;
                csv->writeError(error);
                ++written;
            }
            if (!writer->ok()) {
                writeError = tr("could not write %1: %2").arg(fileName, writer->errorString());
                request->cancel();
            }
            if (tty && sinceProgress.elapsed() > 250) {
                sinceProgress.restart();
                std::fprintf(stderr, "\r%s",
                             qUtf8Printable(tr("%1 errors received…")
                                                .arg(QLocale().toString(request->rowsReceived()))));
            }
        });

    QEventLoop loop;
    QObject::connect(request, &ErrorsRequest::finished, &loop, &QEventLoop::quit);
    interrupted = 0;
    const auto previous = std::signal(SIGINT, onInterrupt);
    QTimer interruptCheck;
    QObject::connect(&interruptCheck, &QTimer::timeout, request, [&] {
        if (interrupted)
            request->cancel();
    });
    interruptCheck.start(100);
    request->start();
    if (!request->isFinished())
        loop.exec();
    std::signal(SIGINT, previous);
    if (tty && request->rowsReceived() > 0)
        std::fputs("\n", stderr);

    const auto fail = [&](const QString &message) {
        if (file)
            file->cancelWriting(); // QSaveFile removes its temporary file
        printLine(stderr, u"flowwatch export-errors: "_s + message);
        return 1;
    };
    if (!writeError.isEmpty())
        return fail(writeError);
    if (!request->succeeded())
        return fail(failureMessage(request->error(), m_settings));
    if (!open())
        return fail(writeError);
    if (!writer->flush())
        return fail(tr("could not write %1: %2").arg(fileName, writer->errorString()));
    const QString rows = QLocale().toString(written);
    const QString of
        = filtered ? tr(" (of %1)").arg(QLocale().toString(request->rowsReceived())) : QString();
    if (toStdout) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)
            || out.write(memory.data()) != memory.data().size() || !out.flush())
            return fail(tr("could not write to standard output"));
        printLine(stderr, tr("Wrote %1 errors%2 of run %3").arg(rows, of, m_settings.runId));
        return 0;
    }
    if (!file->commit()) {
        return fail(tr("could not save %1: %2 — check the free space and permissions")
                        .arg(QDir::toNativeSeparators(fileName), file->errorString()));
    }
    printLine(stdout,
              tr("Wrote %1 errors%2 of run %3 to %4")
                  .arg(rows, of, m_settings.runId, QDir::toNativeSeparators(fileName)));
    return 0;
}

int runExportErrors(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportErrorsCommand::tr(
        "Writes the validation errors of a run as CSV (formulas neutralised, UTF-8).\n"
        "The API key is read from FLOWWATCH_API_KEY (or KAIREON_API_KEY), never from the "
        "command line."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, ExportErrorsCommand::tr("Shows this help."));
    const ConnectionOptions connection;
    const QCommandLineOption output(
        {u"o"_s, u"output"_s},
        ExportErrorsCommand::tr(
            "Output file (default: the suggested name in the current directory; - for stdout)."),
        u"FILE"_s);
    const QCommandLineOption filter(
        u"filter"_s,
        ExportErrorsCommand::tr("Only errors whose row, column, value or message "
                                "contains TEXT (case-insensitive)."),
        u"TEXT"_s);
    const QCommandLineOption noBom(u"no-bom"_s,
                                   ExportErrorsCommand::tr("Omit the UTF-8 byte order mark."));
    QCommandLineOption keyOption(u"api-key"_s, QString(), u"KEY"_s);
    keyOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(help);
    parser.addOptions(connection.all());
    parser.addOptions({output, filter, noBom, keyOption});

    if (!parser.parse(QStringList {u"flowwatch export-errors"_s} + arguments))
        return usageError(parser.errorText() + ExportErrorsCommand::tr(" (see --help)"));
    if (parser.isSet(help)) {
        printLine(stdout, ConnectionOptions::helpText(parser, u"flowwatch export-errors"_s));
        return 0;
    }
    if (parser.isSet(keyOption)) {
        return usageError(ExportErrorsCommand::tr(
            "the API key is never taken from the command line (it would show "
            "in the process list and shell history): set FLOWWATCH_API_KEY"));
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(ExportErrorsCommand::tr("unexpected argument \"%1\" (see --help)")
                              .arg(parser.positionalArguments().constFirst()));
    }

    const ConnectionOptions::Connection given
        = connection.connection(parser, QProcessEnvironment::systemEnvironment());
    switch (given.problem) {
    case ConnectionOptions::Problem::None:
        break;
    case ConnectionOptions::Problem::Missing:
        return usageError(
            ExportErrorsCommand::tr("--%1 is required (see --help)").arg(given.missingOption));
    case ConnectionOptions::Problem::ServerNotHttp:
        return usageError(ExportErrorsCommand::tr("--server \"%1\" is not an http(s) URL: use e.g. "
                                                  "http://localhost:3000")
                              .arg(parser.value(connection.server())));
    case ConnectionOptions::Problem::NoTenant:
        return usageError(
            ExportErrorsCommand::tr("no tenant: pass --tenant or set KAIREON_TENANT_ID"));
    case ConnectionOptions::Problem::NoKey:
        return usageError(
            ExportErrorsCommand::tr("no API key: set FLOWWATCH_API_KEY (or KAIREON_API_KEY)"));
    }

    ExportErrorsCommand::Settings settings;
    settings.connection = given.config;
    settings.pipelineId = given.pipelineId;
    settings.runId = given.runId;
    settings.output = parser.value(output);
    settings.filter.text = parser.value(filter);
    settings.csv.byteOrderMark = !parser.isSet(noBom);
    return ExportErrorsCommand(std::move(settings)).exec();
}

} // namespace fw::cli
