#pragma once

#include "core/api/ConnectionConfig.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace fw::cli {

/// The options that name a run on a server: --server, --tenant, --pipeline, --run and the key
/// style (--bearer). Declared here once for the window's command line and for the subcommands;
/// the API key is never an option: it comes from FLOWWATCH_API_KEY (else KAIREON_API_KEY), and
/// the tenant, when not given, from KAIREON_TENANT_ID.
class ConnectionOptions final
{
    Q_DECLARE_TR_FUNCTIONS(fw::cli::ConnectionOptions)

public:
    /// `pipelineText` and `runText` say what the two ids are for in this command's help.
    explicit ConnectionOptions(const QString &pipelineText = QString(),
                               const QString &runText = QString());

    const QCommandLineOption &server() const { return m_server; }
    const QCommandLineOption &tenant() const { return m_tenant; }
    const QCommandLineOption &pipeline() const { return m_pipeline; }
    const QCommandLineOption &run() const { return m_run; }
    const QCommandLineOption &bearer() const { return m_bearer; }
    QList<QCommandLineOption> all() const;

    /// What the options say once `parser` has parsed them; the tenant falls back to
    /// KAIREON_TENANT_ID and the key to FLOWWATCH_API_KEY, else KAIREON_API_KEY, of `environment`.
    struct Values
    {
        QString server; ///< as given, empty when not set
        QString tenant;
        QString pipelineId; ///< as given (not trimmed)
        QString runId;
        QString apiKey;
        AuthStyle authStyle = AuthStyle::ApiKeyHeader;
    };
    Values values(const QCommandLineParser &parser, const QProcessEnvironment &environment) const;

    /// Why a subcommand cannot connect, in the order it is checked; each command words it.
    enum class Problem { None, Missing, ServerNotHttp, NoTenant, NoKey };
    struct Connection
    {
        Problem problem = Problem::None;
        QString missingOption; ///< for Problem::Missing: "server", "pipeline" or "run"
        ConnectionConfig config; ///< named after the server's host
        QString pipelineId;
        QString runId;
    };
    /// For a subcommand, which needs --server (an http or https URL), --pipeline and --run, a
    /// tenant and a key.
    Connection connection(const QCommandLineParser &parser,
                          const QProcessEnvironment &environment) const;

    /// What `given.problem` means for retry and watch ("missing --run (see --help)", …), empty
    /// for Problem::None; `parser` has parsed these options.
    QString problemText(const Connection &given, const QCommandLineParser &parser) const;
    /// `text` in quotes, control characters visible and at most 300 characters: for messages.
    static QString quoted(const QString &text);

    /// The API key of `environment`: FLOWWATCH_API_KEY, else KAIREON_API_KEY.
    static QString apiKey(const QProcessEnvironment &environment);
    /// `parser`'s help with a usage line naming `command` ("flowwatch retry") rather than the
    /// executable's path.
    static QString helpText(const QCommandLineParser &parser, const QString &command);

private:
    QCommandLineOption m_server;
    QCommandLineOption m_tenant;
    QCommandLineOption m_pipeline;
    QCommandLineOption m_run;
    QCommandLineOption m_bearer;
};

} // namespace fw::cli
