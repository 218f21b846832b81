#include "ConnectionRegistry.h"

#include "core/api/ApiClient.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace fw {

ConnectionRegistry::ConnectionRegistry(QSettings *settings, KeyStore *secureKeys, QObject *parent)
    : QObject(parent)
    , m_store(settings)
    , m_keys(secureKeys)
{ }

ConnectionRegistry::~ConnectionRegistry() = default;

QList<ConnectionProfile> ConnectionRegistry::profiles() const
{
    QList<ConnectionProfile> all = m_store.load();
    for (const ConnectionProfile &session : m_session) {
        all.removeIf([&](const ConnectionProfile &p) { return p.name == session.name; });
        all.append(session);
    }
    return all;
}

std::optional<ConnectionProfile> ConnectionRegistry::profile(const QString &name) const
{
    for (const ConnectionProfile &session : m_session) {
        if (session.name == name)
            return session;
    }
    return m_store.find(name);
}

std::optional<ConnectionProfile> ConnectionRegistry::findByServer(const QUrl &server,
                                                                  const QString &tenant) const
{
    const QUrl wanted = server.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile &p : all) {
        if (p.tenant == tenant
            && p.server.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments) == wanted)
            return p;
    }
    return std::nullopt;
}

void ConnectionRegistry::addSessionProfile(ConnectionProfile profile, const QString &apiKey)
{
    profile.sessionOnly = true;
    const bool known = this->profile(profile.name).has_value();
    m_session.removeIf([&](const ConnectionProfile &p) { return p.name == profile.name; });
    m_keys.storeSessionKey(profile.name, apiKey);
    m_session.append(profile);
    rebind(profile.name, profile, apiKey);
    if (known)
        Q_EMIT connectionChanged(profile.name, profile.name);
    Q_EMIT profilesChanged();
}

QString ConnectionRegistry::saveProfile(const ConnectionProfile &profile,
                                        const QString &previousName, const QString &newKey)
{
    const QString problem = m_store.save(profile, previousName);
    if (!problem.isEmpty())
        return problem;
    const QString before = previousName.isEmpty() ? profile.name : previousName;
    // Saved now: a session profile of that name would hide the saved settings.
    m_session.removeIf(
        [&](const ConnectionProfile &p) { return p.name == before || p.name == profile.name; });
    if (before != profile.name)
        m_keys.renameSessionKey(before, profile.name);
    rebind(before, profile, newKey);
    Q_EMIT connectionChanged(profile.name, before);
    Q_EMIT profilesChanged();
    return {};
}

void ConnectionRegistry::removeProfile(const QString &name)
{
    m_store.remove(name);
    m_session.removeIf([&](const ConnectionProfile &p) { return p.name == name; });
    m_keys.forgetKey(name, this, {});
    Q_EMIT connectionRemoved(name);
    dropClient(name);
    Q_EMIT profilesChanged();
}

void ConnectionRegistry::rebind(const QString &previousName, const ConnectionProfile &profile,
                                const QString &newKey)
{
    const QPointer<ApiClient> client = m_clients.take(previousName);
    if (!client)
        return;
    if (previousName != profile.name)
        dropClient(profile.name); // not reached: the store refuses to rename onto another
    const QString key = newKey.isEmpty() ? client->config().apiKey : newKey;
    m_clients.insert(profile.name, client);
    client->setConfig(std::make_shared<const ConnectionConfig>(profile.connection(key)));
}

ApiClient *ConnectionRegistry::existingClient(const QString &name) const
{
    return m_clients.value(name).data();
}

void ConnectionRegistry::dropClient(const QString &name)
{
    if (ApiClient *client = m_clients.take(name))
        client->deleteLater();
}

void ConnectionRegistry::withClient(const QString &name, QObject *context, ClientCallback done)
{
    QObject *receiver = context ? context : this;
    if (ApiClient *client = m_clients.value(name)) {
        QTimer::singleShot(0, receiver, [client = QPointer<ApiClient>(client), done] {
            done(client, client ? QString() : tr("The connection was closed: try again."));
        });
        return;
    }
    const std::optional<ConnectionProfile> found = profile(name);
    if (!found) {
        QTimer::singleShot(0, receiver, [name, done] {
            done(nullptr,
                 tr("There is no connection named “%1”: add it in File → "
                    "Connections…")
                     .arg(name));
        });
        return;
    }
    m_keys.readKey(name, receiver, [this, profile = *found, done](const KeyResult &result) {
        if (!result.ok()) {
            QString message = result.message;
            if (result.status == KeyResult::Status::NotFound)
                message = tr("No API key is stored for “%1”: enter it in File → "
                             "Connections…")
                              .arg(profile.name);
            done(nullptr, message);
            return;
        }
        ApiClient *client = m_clients.value(profile.name);
        if (!client) {
            client = new ApiClient(profile.connection(result.key), this);
            m_clients.insert(profile.name, client);
        }
        done(client, {});
    });
}

} // namespace fw
