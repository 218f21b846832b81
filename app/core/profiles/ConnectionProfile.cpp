#include "ConnectionProfile.h"

using namespace Qt::StringLiterals;

namespace fw {

ConnectionConfig ConnectionProfile::connection(const QString &apiKey) const
{
    ConnectionConfig config;
    config.name = name;
    config.server = server;
    config.tenant = tenant;
    config.apiKey = apiKey;
    config.authStyle = authStyle;
    return config;
}

QString ConnectionProfile::validationProblem() const
{
    if (name.trimmed().isEmpty())
        return u"Give the connection a name, e.g. \u201cstaging\u201d."_s;
    if (name.size() > 80)
        return u"Shorten the name to 80 characters or fewer."_s;
    if (!server.isValid() || server.host().isEmpty())
        return u"Enter the server address, e.g. https://kaireon.example.com."_s;
    const QString scheme = server.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return u"The server address must start with https:// (or http:// for a local server)."_s;
    if (!server.userInfo().isEmpty())
        return u"Remove the user name and password from the server address; the API key is "
               u"entered separately."_s;
    if (tenant.trimmed().isEmpty())
        return u"Enter the tenant id (the X-Tenant-Id of your KaireonAI workspace)."_s;
    return {};
}

QString ConnectionProfile::effectiveColor() const
{
    if (!color.isEmpty())
        return color;
    return production ? u"#c62828"_s : QString();
}

} // namespace fw
