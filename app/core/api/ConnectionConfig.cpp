#include "ConnectionConfig.h"

namespace fw {

QString ConnectionConfig::displayHost() const
{
    const QString host = server.host();
    return server.port() > 0 ? host + u':' + QString::number(server.port()) : host;
}

} // namespace fw
