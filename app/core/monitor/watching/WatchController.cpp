#include "WatchController.h"

#include "core/monitor/watching/RunWatcher.h"
#include "core/profiles/ConnectionRegistry.h"

namespace fw::ui {

WatchController::WatchController(ConnectionRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{ }

WatchController::~WatchController()
{
    for (Entry &entry : m_entries) {
        if (entry.watcher)
            entry.watcher->stop();
    }
}

QString WatchController::watch(const QString &profile, const QString &pipelineId,
                               const QString &runId, const QString &pipelineName)
{
    const QString key = WatchedRun::makeKey(profile, pipelineId, runId);
    if (m_entries.contains(key)) {
        if (!pipelineName.isEmpty())
            setPipelineName(key, pipelineName);
        return key;
    }
    WatchedRun run;
    run.key = key;
    run.profileName = profile;
    run.pipelineId = pipelineId;
    run.runId = runId;
    run.pipelineName = pipelineName;
    if (const auto p = m_registry->profile(profile)) {
        run.profileColor = p->effectiveColor();
        run.production = p->production;
    }
    m_entries.insert(key, Entry {run, {}, false});
    m_model.addRun(run);
    m_registry->withClient(profile, this, [this, key](ApiClient *client, const QString &problem) {
        if (!m_entries.contains(key))
            return;
        if (!client) {
            m_model.setStale(key, true, problem);
            Q_EMIT connectionProblem(key, problem);
            return;
        }
        attach(key, client);
    });
    return key;
}

void WatchController::attach(const QString &key, ApiClient *client)
{
    RunWatcher::loadReachabilityBackend(); // before the watcher, which connects to it
    Entry &entry = m_entries[key];
    auto *watcher = new RunWatcher(client, entry.run.pipelineId, entry.run.runId, this);
    entry.watcher = watcher;
    watcher->setWindowVisible(m_visible);
    connect(watcher, &RunWatcher::progressUpdated, this, [this, key](const RunProgress &progress) {
        RunWatcher *w = this->watcher(key);
        m_lastUpdate = w ? w->lastSuccessAt() : QDateTime::currentDateTimeUtc();
        m_model.setProgress(key, progress, m_lastUpdate);
        if (!isTerminal(progress.status))
            m_entries[key].seenUnfinished = true;
        const auto before = m_tray.worst();
        m_tray.update(key, progress.status);
        if (m_tray.worst() != before)
            Q_EMIT trayStatusChanged();
        Q_EMIT progressChanged(key);
    });
    connect(watcher, &RunWatcher::reachedTerminalStatus, this, [this, key](RunStatus status) {
        if (m_entries.value(key).seenUnfinished)
            Q_EMIT runFinished(key, status);
    });
    auto markStale = [this, key] {
        if (RunWatcher *w = this->watcher(key)) {
            m_model.setStale(key, true, w->lastErrorMessage());
            Q_EMIT progressChanged(key);
        }
    };
    connect(watcher, &RunWatcher::pollFailed, this, markStale);
    connect(watcher, &RunWatcher::pollingStopped, this, markStale);
    watcher->start();
    Q_EMIT watcherReady(key);
}

void WatchController::unwatch(const QString &key)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    if (it->watcher) {
        it->watcher->stop();
        it->watcher->deleteLater();
    }
    m_entries.erase(it);
    m_model.removeRun(key);
    const auto before = m_tray.worst();
    m_tray.remove(key);
    if (m_tray.worst() != before)
        Q_EMIT trayStatusChanged();
}

RunWatcher *WatchController::watcher(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.constEnd() ? nullptr : it->watcher.data();
}

const WatchedRun *WatchController::run(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.constEnd() ? nullptr : &it->run;
}

void WatchController::acknowledge(const QString &key)
{
    const auto before = m_tray.worst();
    const int problems = m_tray.unacknowledgedProblems();
    m_tray.acknowledge(key);
    if (m_tray.worst() != before || m_tray.unacknowledgedProblems() != problems)
        Q_EMIT trayStatusChanged();
}

void WatchController::refresh(const QString &key)
{
    if (RunWatcher *w = this->watcher(key))
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

void WatchController::setPipelineName(const QString &key, const QString &name)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end() || name.isEmpty())
        return;
    it->run.pipelineName = name;
    m_model.setPipelineName(key, name);
}

} // namespace fw::ui
