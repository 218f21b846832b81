#include "ProfileStore.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fw {

namespace {

const QString kGroup = u"profiles"_s;

ConnectionProfile readProfile(const QSettings &settings)
{
    ConnectionProfile profile;
    profile.name = settings.value(u"name"_s).toString();
    profile.server = QUrl(settings.value(u"server"_s).toString(), QUrl::StrictMode);
    profile.tenant = settings.value(u"tenant"_s).toString();
    profile.authStyle = settings.value(u"auth"_s).toString() == u"bearer"_s
        ? AuthStyle::Bearer
        : AuthStyle::ApiKeyHeader;
    profile.role = roleFromKey(settings.value(u"role"_s).toString());
    profile.production = settings.value(u"production"_s, false).toBool();
    profile.color = settings.value(u"color"_s).toString();
    profile.notifications = notificationPolicyFromKey(settings.value(u"notify"_s).toString());
    profile.stallMinutes = qBound(1, settings.value(u"stallMinutes"_s, 10).toInt(), 1440);
    return profile;
}

void writeProfile(QSettings &settings, const ConnectionProfile &profile)
{
    settings.setValue(u"name"_s, profile.name);
    settings.setValue(u"server"_s, profile.server.toString());
    settings.setValue(u"tenant"_s, profile.tenant);
    settings.setValue(u"auth"_s,
                      profile.authStyle == AuthStyle::Bearer ? u"bearer"_s : u"x-api-key"_s);
    settings.setValue(u"role"_s, roleKey(profile.role));
    settings.setValue(u"production"_s, profile.production);
    settings.setValue(u"color"_s, profile.color);
    settings.setValue(u"notify"_s, notificationPolicyKey(profile.notifications));
    settings.setValue(u"stallMinutes"_s, profile.stallMinutes);
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{ }

QList<ConnectionProfile> ProfileStore::load() const
{
    QList<ConnectionProfile> profiles;
    const int count = m_settings->beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile profile = readProfile(*m_settings);
        if (!profile.name.isEmpty())
            profiles.append(std::move(profile));
    }
    m_settings->endArray();
    std::sort(profiles.begin(), profiles.end(), [](const auto &a, const auto &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return profiles;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &name) const
{
    const QList<ConnectionProfile> profiles = load();
    for (const ConnectionProfile &profile : profiles) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

QString ProfileStore::save(const ConnectionProfile &profile, const QString &previousName)
{
    if (profile.sessionOnly)
        return tr("This connection is for this session only and is not saved.");
    if (const QString problem = profile.validationProblem(); !problem.isEmpty())
        return problem;
    QList<ConnectionProfile> profiles = load();
    const QString replacing = previousName.isEmpty() ? profile.name : previousName;
    for (const ConnectionProfile &existing : std::as_const(profiles)) {
        if (existing.name == profile.name && existing.name != replacing)
            return tr("A connection named “%1” exists already: choose another name.")
                .arg(profile.name);
    }
    profiles.removeIf([&](const ConnectionProfile &p) { return p.name == replacing; });
    profiles.append(profile);
    writeAll(profiles);
    if (lastUsed() == replacing)
        setLastUsed(profile.name);
    return {};
}

bool ProfileStore::remove(const QString &name)
{
    QList<ConnectionProfile> profiles = load();
    const auto removed
        = profiles.removeIf([&](const ConnectionProfile &p) { return p.name == name; });
    if (removed == 0)
        return false;
    writeAll(profiles);
    if (lastUsed() == name)
        setLastUsed({});
    return true;
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(u"lastProfile"_s).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    if (name.isEmpty())
        m_settings->remove(u"lastProfile"_s);
    else
        m_settings->setValue(u"lastProfile"_s, name);
}

void ProfileStore::writeAll(const QList<ConnectionProfile> &profiles)
{
    m_settings->remove(kGroup);
    m_settings->beginWriteArray(kGroup, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        writeProfile(*m_settings, profiles.at(i));
    }
    m_settings->endArray();
    m_settings->sync();
}

} // namespace fw
