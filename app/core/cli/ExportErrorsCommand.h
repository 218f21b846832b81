#pragma once

#include "core/api/ConnectionConfig.h"
#include "core/csv/CsvWriterOptions.h"
#include "core/models/errors/ErrorFilter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fw::cli {

/// `flowwatch export-errors --server URL --tenant ID --pipeline ID --run ID [-o FILE]
/// [--filter TEXT] [--no-bom]`: downloads a run's validation errors as a stream and writes them
/// as safe CSV (formulas neutralised, RFC 4180, UTF-8 with a BOM unless --no-bom). The API key
/// comes from FLOWWATCH_API_KEY (else KAIREON_API_KEY), never from the command line; the tenant
/// may come from KAIREON_TENANT_ID. `arguments` are those after the subcommand name. Runs the
/// QCoreApplication's event loop until done; prints to stdout and stderr.
///
/// Exit codes: 0 written; 1 the server, the network or the file failed; 2 a usage problem
/// (bad or missing option, no key). On failure no file is left behind.
int runExportErrors(const QStringList &arguments);

/// One export-errors run with parsed settings (what runExportErrors() drives).
class ExportErrorsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(fw::cli::ExportErrorsCommand)

public:
    struct Settings
    {
        ConnectionConfig connection;
        QString pipelineId;
        QString runId;
        QString output; ///< empty: the suggested name in the current directory; "-": stdout
        ErrorFilter filter;
        CsvWriterOptions csv;
    };

    explicit ExportErrorsCommand(Settings settings);
    /// Returns the exit code.
    int exec();

private:
    Settings m_settings;
};

} // namespace fw::cli
