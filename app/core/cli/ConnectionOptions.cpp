#include "ConnectionOptions.h"

#include "core/text/DisplayText.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace fw::cli {

ConnectionOptions::ConnectionOptions(const QString &pipelineText, const QString &runText)
    : m_server(u"server"_s, tr("KaireonAI server, e.g. https://host."), u"URL"_s)
    , m_tenant(u"tenant"_s, tr("Tenant id (default: KAIREON_TENANT_ID)."), u"ID"_s)
    , m_pipeline(u"pipeline"_s, pipelineText.isEmpty() ? tr("Pipeline id.") : pipelineText, u"ID"_s)
    , m_run(u"run"_s, runText.isEmpty() ? tr("Run id.") : runText, u"ID"_s)
    , m_bearer(u"bearer"_s, tr("Send the key as Authorization: Bearer instead of X-API-Key."))
{ }

QList<QCommandLineOption> ConnectionOptions::all() const
{
    return {m_server, m_tenant, m_pipeline, m_run, m_bearer};
}

QString ConnectionOptions::apiKey(const QProcessEnvironment &environment)
{
    QString key = environment.value(u"FLOWWATCH_API_KEY"_s);
    if (key.isEmpty())
        key = environment.value(u"KAIREON_API_KEY"_s);
    return key;
}

ConnectionOptions::Values ConnectionOptions::values(const QCommandLineParser &parser,
                                                    const QProcessEnvironment &environment) const
{
    Values values;
    values.server = parser.value(m_server);
    values.tenant = parser.isSet(m_tenant) ? parser.value(m_tenant)
                                           : environment.value(u"KAIREON_TENANT_ID"_s);
    values.pipelineId = parser.value(m_pipeline);
    values.runId = parser.value(m_run);
    values.apiKey = apiKey(environment);
    values.authStyle = parser.isSet(m_bearer) ? AuthStyle::Bearer : AuthStyle::ApiKeyHeader;
    return values;
}

ConnectionOptions::Connection
ConnectionOptions::connection(const QCommandLineParser &parser,
                              const QProcessEnvironment &environment) const
{
    Connection result;
    const Values given = values(parser, environment);
    for (const QCommandLineOption *required : {&m_server, &m_pipeline, &m_run}) {
        if (parser.value(*required).trimmed().isEmpty()) {
            result.problem = Problem::Missing;
            result.missingOption = required->names().constFirst();
            return result;
        }
    }
    const QUrl url(given.server.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        result.problem = Problem::ServerNotHttp;
        return result;
    }
    if (given.tenant.isEmpty()) {
        result.problem = Problem::NoTenant;
        return result;
    }
    if (given.apiKey.isEmpty()) {
        result.problem = Problem::NoKey;
        return result;
    }
    result.config.name = url.host();
    result.config.server = url;
    result.config.tenant = given.tenant;
    result.config.apiKey = given.apiKey;
    result.config.authStyle = given.authStyle;
    result.pipelineId = given.pipelineId;
    result.runId = given.runId;
    return result;
}

QString ConnectionOptions::helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QString usage = QCommandLineParser::tr("Usage: %1").arg(QString());
    const qsizetype lineEnd = text.indexOf(u'\n');
    if (!text.startsWith(usage) || lineEnd < 0)
        return text;
    // Qt names the executable as started; keep what follows it ("[options]", positionals).
    const QString executable = QCoreApplication::arguments().value(0);
    qsizetype nameEnd = usage.size() + executable.size();
    if (executable.isEmpty()
        || QStringView(text).mid(usage.size(), executable.size()) != executable) {
        nameEnd = text.indexOf(u" ["_s, usage.size());
        if (nameEnd < 0 || nameEnd > lineEnd)
            nameEnd = lineEnd;
    }
    text.replace(usage.size(), nameEnd - usage.size(), command);
    return text;
}

QString ConnectionOptions::problemText(const Connection &given,
                                       const QCommandLineParser &parser) const
{
    switch (given.problem) {
    case Problem::None:
        break;
    case Problem::Missing:
        return tr("missing --%1 (see --help)").arg(given.missingOption);
    case Problem::ServerNotHttp:
        return tr("--server must be an http:// or https:// URL, not %1")
            .arg(quoted(parser.value(m_server)));
    case Problem::NoTenant:
        return tr("missing --tenant (or KAIREON_TENANT_ID)");
    case Problem::NoKey:
        return tr("no API key: set FLOWWATCH_API_KEY (or KAIREON_API_KEY); keys are never "
                  "taken from the command line");
    }
    return {};
}

QString ConnectionOptions::quoted(const QString &text)
{
    return u"“"_s + visibleText(text, 300) + u"”"_s;
}

} // namespace fw::cli
