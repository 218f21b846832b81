#include "WatchController.h"

#include "Clock.h"
#include "RunWatcher.h"

namespace fw {

WatchController::WatchController(ClientSource clients, QObject *parent)
    : QObject(parent)
    , m_clients(std::move(clients))
{
    // A stall beginning or ending changes what the tray says.
    connect(&m_stalls, &StallRuleTracker::stallBegan, this, &WatchController::trayStatusChanged);
    connect(&m_stalls, &StallRuleTracker::stallEnded, this, &WatchController::trayStatusChanged);
}

WatchController::~WatchController()
{
    for (Entry &entry : m_entries) {
        if (entry.watcher)
            entry.watcher->stop();
    }
}

void WatchController::watch(const WatchedRun &run)
{
    const RunRef ref = run.ref;
    if (!ref.isValid())
        return;
    if (m_entries.contains(ref)) {
        setPipelineName(ref, run.pipelineName);
        return;
    }
    m_entries.insert(ref, Entry {run, {}, false});
    m_model.addRun(run);
    // The run may be renamed or unwatched before the client arrives: look it up by what it was.
    m_clients(ref.connection, this, [this, ref](ApiClient *client, const QString &problem) {
        if (!m_entries.contains(ref) || m_entries.value(ref).watcher)
            return;
        if (!client) {
            m_model.setStale(ref, true, problem);
            Q_EMIT connectionProblem(ref, problem);
            return;
        }
        attach(ref, client);
    });
}

void WatchController::attach(const RunRef &run, ApiClient *client)
{
    RunWatcher::loadReachabilityBackend(); // before the watcher, which connects to it
    Entry &entry = m_entries[run];
    auto *watcher = new RunWatcher(client, run.pipelineId, run.runId, this);
    entry.watcher = watcher;
    m_runOfWatcher.insert(watcher, run);
    watcher->setWindowVisible(m_visible);
    m_stalls.setThreshold(run, std::chrono::minutes(entry.run.stallMinutes));
    connectWatcher(watcher);
    watcher->start();
    Q_EMIT watcherReady(run, watcher);
}

void WatchController::connectWatcher(RunWatcher *watcher)
{
    connect(watcher, &RunWatcher::progressUpdated, this,
            [this, watcher](const RunProgress &progress) {
                const RunRef run = runOf(watcher);
                m_lastUpdate = watcher->lastSuccessAt();
                m_model.setProgress(progress, run, m_lastUpdate);
                m_stalls.observe(run, progress, m_lastUpdate);
                m_model.setStall(run, m_stalls.text(run, m_lastUpdate));
                if (!isTerminal(progress.status))
                    m_entries[run].seenUnfinished = true;
                updateTray([&] { m_tray.update(run, progress.status); });
                Q_EMIT progressChanged(run, progress);
            });
    connect(watcher, &RunWatcher::reachedTerminalStatus, this, [this, watcher](RunStatus status) {
        const RunRef run = runOf(watcher);
        if (m_entries.value(run).seenUnfinished)
            Q_EMIT runFinished(run, status);
    });
    connect(watcher, &RunWatcher::staleChanged, this, [this, watcher](bool stale) {
        const RunRef run = runOf(watcher);
        const QString message = stale ? watcher->lastErrorMessage() : QString();
        if (!stale)
            m_model.setStale(run, false);
        Q_EMIT staleChanged(run, stale, message);
    });
    auto markStale = [this, watcher] {
        const RunRef run = runOf(watcher);
        m_model.setStale(run, true, watcher->lastErrorMessage());
        Q_EMIT staleChanged(run, true, watcher->lastErrorMessage());
    };
    connect(watcher, &RunWatcher::pollFailed, this, markStale);
    connect(watcher, &RunWatcher::pollingStopped, this, markStale);
}

RunRef WatchController::runOf(const RunWatcher *watcher) const
{
    return m_runOfWatcher.value(watcher);
}

void WatchController::updateTray(const std::function<void()> &change)
{
    const auto before = m_tray.worst();
    const int problems = m_tray.unacknowledgedProblems();
    change();
    if (m_tray.worst() != before || m_tray.unacknowledgedProblems() != problems)
        Q_EMIT trayStatusChanged();
}

void WatchController::unwatch(const RunRef &run)
{
    auto it = m_entries.find(run);
    if (it == m_entries.end())
        return;
    if (RunWatcher *watcher = it->watcher) {
        m_runOfWatcher.remove(watcher);
        disconnect(watcher, nullptr, this, nullptr);
        watcher->stop();
        watcher->deleteLater();
    }
    m_entries.erase(it);
    m_model.removeRun(run);
    m_stalls.remove(run, m_lastUpdate.isValid() ? m_lastUpdate : QDateTime::currentDateTimeUtc());
    updateTray([&] { m_tray.remove(run); });
}

QString WatchController::stallText(const RunRef &run) const
{
    const RunWatcher *w = watcher(run);
    return w ? m_stalls.text(run, w->clock()->now()) : QString();
}

void WatchController::setStallMinutes(const QString &connection, int minutes)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it.key().connection != connection)
            continue;
        it->run.stallMinutes = minutes;
        m_stalls.setThreshold(it.key(), std::chrono::minutes(minutes));
    }
}

RunWatcher *WatchController::watcher(const RunRef &run) const
{
    const auto it = m_entries.constFind(run);
    return it == m_entries.constEnd() ? nullptr : it->watcher.data();
}

const WatchedRun *WatchController::run(const RunRef &run) const
{
    const auto it = m_entries.constFind(run);
    return it == m_entries.constEnd() ? nullptr : &it->run;
}

void WatchController::acknowledge(const RunRef &run)
{
    updateTray([&] { m_tray.acknowledge(run); });
}

void WatchController::refresh(const RunRef &run)
{
    if (RunWatcher *w = watcher(run))
        w->refreshNow();
}

void WatchController::refreshAll()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.watcher)
            entry.watcher->refreshNow();
    }
}

void WatchController::setWindowVisible(bool visible)
{
    m_visible = visible;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.watcher)
            entry.watcher->setWindowVisible(visible);
    }
}

void WatchController::setPipelineName(const RunRef &run, const QString &name)
{
    auto it = m_entries.find(run);
    if (it == m_entries.end() || name.isEmpty())
        return;
    it->run.pipelineName = name;
    m_model.setPipelineName(run, name);
}

void WatchController::setConnectionLook(const QString &connection, const QString &color,
                                        bool production)
{
    for (Entry &entry : m_entries) {
        if (entry.run.ref.connection == connection) {
            entry.run.profileColor = color;
            entry.run.production = production;
        }
    }
    m_model.setConnectionLook(connection, color, production);
}

void WatchController::renameConnection(const QString &from, const QString &to)
{
    if (from == to)
        return;
    QList<RunRef> renamed;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it.key().connection == from)
            renamed.append(it.key());
    }
    m_model.renameConnection(from, to);
    for (const RunRef &old : std::as_const(renamed)) {
        Entry entry = m_entries.take(old);
        const RunRef now = old.onConnection(to);
        entry.run.ref = now;
        if (entry.watcher)
            m_runOfWatcher.insert(entry.watcher, now);
        m_entries.insert(now, entry);
        m_tray.rename(old, now);
        m_stalls.rename(old, now);
        Q_EMIT runRenamed(old, now);
    }
}

void WatchController::unwatchConnection(const QString &connection)
{
    const QList<RunRef> all = m_entries.keys();
    for (const RunRef &run : all) {
        if (run.connection == connection)
            unwatch(run);
    }
}

} // namespace fw
