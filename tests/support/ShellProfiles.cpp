#include "ShellProfiles.h"

using namespace Qt::StringLiterals;

namespace fw::test {

ShellProfiles::ShellProfiles(const QUrl &server)
    : m_settings(m_dir.filePath(u"flowwatch.ini"_s), QSettings::IniFormat)
    , m_registry(&m_settings, &m_keys)
{
    m_settings.setValue(u"window/keepWatchingInTray"_s, false);
    m_registry.addSessionProfile(demoProfile(server), u"krn_demo_admin"_s);
}

ConnectionProfile ShellProfiles::demoProfile(const QUrl &server, const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.server = server;
    p.tenant = u"demo"_s;
    p.role = Role::Admin;
    p.color = u"#2e7d32"_s;
    return p;
}

} // namespace fw::test
