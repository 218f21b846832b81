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
        return tr("Give the connection a name, e.g. “staging”.");
    if (name.size() > 80)
        return tr("Shorten the name to 80 characters or fewer.");
    if (!server.isValid() || server.host().isEmpty())
        return tr("Enter the server address, e.g. https://kaireon.example.com.");
    const QString scheme = server.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return tr("The server address must start with https:// (or http:// for a local server).");
    if (!server.userInfo().isEmpty())
        return tr("Remove the user name and password from the server address; the API key is "
                  "entered separately.");
    if (tenant.trimmed().isEmpty())
        return tr("Enter the tenant id (the X-Tenant-Id of your KaireonAI workspace).");
    return {};
}

QString ConnectionProfile::effectiveColor() const
{
    if (!color.isEmpty())
        return color;
    return production ? u"#c62828"_s : QString();
}

} // namespace fw
