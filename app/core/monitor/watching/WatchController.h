#pragma once

#include "core/api/RunStatus.h"
#include "core/models/browser/WatchListModel.h"
#include "core/profiles/TrayStatusRule.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace fw {
class ApiClient;
class ConnectionRegistry;
class RunWatcher;
} // namespace fw

namespace fw::ui {

/// Every watched run across profiles: one RunWatcher each, the Watching overview's model, and
/// the tray's worst-status rule. Emits runFinished() once per run reaching a final status. A run
/// open in a tab shows the same watcher, so each run is polled once, and the watchers' visibility
/// is the main window's alone (setWindowVisible()), whichever tab is in front.
class WatchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchController)

public:
    explicit WatchController(ConnectionRegistry *registry, QObject *parent = nullptr);
    ~WatchController() override;

    /// Starts watching (no-op when watched); returns the run's key.
    QString watch(const QString &profile, const QString &pipelineId, const QString &runId,
                  const QString &pipelineName = {});
    void unwatch(const QString &key);
    bool isWatched(const QString &key) const { return m_entries.contains(key); }
    /// The watcher once the connection is made (nullptr before, or when it failed).
    RunWatcher *watcher(const QString &key) const;
    const WatchedRun *run(const QString &key) const;
    QStringList keys() const { return m_entries.keys(); }

    /// The user opened this run: its failure no longer drives the tray.
    void acknowledge(const QString &key);
    void refresh(const QString &key);
    void refreshAll();
    /// The main window is on screen (not hidden to the tray, not minimised): every watcher polls
    /// at the visible rate; otherwise at the hidden rate.
    void setWindowVisible(bool visible);
    bool isWindowVisible() const { return m_visible; }
    void setPipelineName(const QString &key, const QString &name);

    WatchListModel *model() { return &m_model; }
    std::optional<RunStatus> worstStatus() const { return m_tray.worst(); }
    int unacknowledgedProblems() const { return m_tray.unacknowledgedProblems(); }
    QDateTime lastUpdate() const { return m_lastUpdate; }

Q_SIGNALS:
    void watcherReady(const QString &key);
    void progressChanged(const QString &key);
    /// A watched run finished while being watched (a run already final when opened does not
    /// count: opening yesterday's failure raises no notification).
    void runFinished(const QString &key, fw::RunStatus status);
    void trayStatusChanged();
    /// The connection of a run could not be made (no key, no such profile).
    void connectionProblem(const QString &key, const QString &message);

private:
    struct Entry
    {
        WatchedRun run;
        QPointer<RunWatcher> watcher;
        bool seenUnfinished = false; ///< finished while watched (not already final when opened)
    };
    void attach(const QString &key, ApiClient *client);

    ConnectionRegistry *m_registry = nullptr;
    WatchListModel m_model;
    TrayStatusRule m_tray;
    QHash<QString, Entry> m_entries;
    QDateTime m_lastUpdate;
    bool m_visible = true;
};

} // namespace fw::ui
