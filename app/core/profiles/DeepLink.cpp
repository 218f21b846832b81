#include "DeepLink.h"

#include "core/text/IdText.h"

#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace fw {

namespace {

bool isKeyParameter(const QString &name)
{
    const QString n = name.toLower().remove(u'_').remove(u'-');
    static const QSet<QString> keys {
        u"key"_s,  u"apikey"_s,        u"token"_s,       u"secret"_s,  u"password"_s,
        u"auth"_s, u"authorization"_s, u"accesstoken"_s, u"xapikey"_s, u"bearer"_s};
    return keys.contains(n);
}

DeepLink fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

} // namespace

bool DeepLink::looksLikeDeepLink(const QString &text)
{
    return text.trimmed().startsWith(u"flowwatch:"_s, Qt::CaseInsensitive);
}

QUrl DeepLink::toUrl() const
{
    QUrl url;
    url.setScheme(u"flowwatch"_s);
    url.setHost(u"open"_s);
    QUrlQuery query;
    query.addQueryItem(u"server"_s, QString::fromUtf8(QUrl::toPercentEncoding(server.toString())));
    query.addQueryItem(u"tenant"_s, tenant);
    query.addQueryItem(u"pipeline"_s, pipelineId);
    query.addQueryItem(u"run"_s, runId);
    url.setQuery(query);
    return url;
}

DeepLink DeepLink::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const QString hint = tr(" Ask for a fresh link, or open the run with File → Open run…");
    if (trimmed.size() > 4096)
        return fail(error, tr("This flowwatch:// link is too long to be genuine.") + hint);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(u"flowwatch"_s, Qt::CaseInsensitive) != 0)
        return fail(error, tr("This is not a flowwatch:// link.") + hint);
    QString action = url.host();
    if (action.isEmpty())
        action = url.path().section(u'/', 0, 0, QString::SectionSkipEmpty);
    else if (!url.path().isEmpty() && url.path() != u"/"_s)
        return fail(error, tr("This flowwatch:// link has an unexpected path.") + hint);
    if (action.compare(u"open"_s, Qt::CaseInsensitive) != 0)
        return fail(error,
                    tr("This flowwatch:// link asks for “%1”; Flowwatch only "
                       "understands “open”.")
                            .arg(action.left(40))
                        + hint);
    if (!url.userInfo().isEmpty() || url.port() != -1)
        return fail(error, tr("This flowwatch:// link is malformed.") + hint);

    const QUrlQuery query(url);
    DeepLink link;
    QSet<QString> seen;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (isKeyParameter(name))
            return fail(error,
                        tr("This link carries an API key, so it was not opened: keys never "
                           "travel in links. Ask for a link without the key, and keep the "
                           "key only in Connections."));
        if (seen.contains(name))
            return fail(error, tr("This flowwatch:// link names “%1” twice.").arg(name) + hint);
        seen.insert(name);
        if (name == u"server")
            link.server = QUrl(value, QUrl::StrictMode);
        else if (name == u"tenant")
            link.tenant = value;
        else if (name == u"pipeline")
            link.pipelineId = value;
        else if (name == u"run")
            link.runId = value;
        else
            return fail(
                error,
                tr("This flowwatch:// link has an unknown parameter “%1”.").arg(name.left(40))
                    + hint);
    }
    const QString scheme = link.server.scheme().toLower();
    if (!link.server.isValid() || link.server.host().isEmpty()
        || (scheme != u"http"_s && scheme != u"https"_s) || !link.server.userInfo().isEmpty()
        || link.server.hasQuery() || link.server.hasFragment())
        return fail(error,
                    tr("This flowwatch:// link has no valid server address (it needs "
                       "server=https://…).")
                        + hint);
    if (!isPlausibleId(link.tenant))
        return fail(error, tr("This flowwatch:// link has no valid tenant.") + hint);
    if (!isPlausibleId(link.pipelineId))
        return fail(error, tr("This flowwatch:// link has no valid pipeline id.") + hint);
    if (!isPlausibleId(link.runId))
        return fail(error, tr("This flowwatch:// link has no valid run id.") + hint);
    link.server = link.server.adjusted(QUrl::StripTrailingSlash);
    if (link.server.path() == u"/"_s)
        link.server.setPath({});
    if (error)
        error->clear();
    return link;
}

} // namespace fw
