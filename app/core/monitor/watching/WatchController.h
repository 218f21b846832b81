#pragma once

#include "StallRuleTracker.h"
#include "TrayStatusRule.h"
#include "core/api/RunProgress.h"
#include "core/api/RunRef.h"
#include "core/api/RunStatus.h"
#include "core/models/browser/WatchListModel.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace fw {

class ApiClient;
class RunWatcher;

/// Every watched run across connections: one RunWatcher each, the Watching overview's model,
/// and the tray's worst-status rule. Each run's news goes out once, named by its RunRef and with
/// the value that changed (progressChanged(), runFinished(), ...), so a view of one run neither
/// filters the others' news nor reads it back from the watcher. A run open in a tab shows the
/// same watcher, so each run is polled once, and the watchers' visibility is the main window's
/// alone (setWindowVisible()). Connections come from a ClientSource (the registry, above this
/// floor); an edited connection re-binds its watchers through its ApiClient, and the owner tells
/// the controller about renames, new colours and removals.
class WatchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchController)

public:
    /// Called with the connection's client, or nullptr and a message saying what to do.
    using ClientCallback = std::function<void(ApiClient *client, const QString &problem)>;
    /// Finds or makes the client of `connection`, and calls `done` later, once, unless
    /// `context` is gone by then.
    using ClientSource
        = std::function<void(const QString &connection, QObject *context, ClientCallback done)>;

    explicit WatchController(ClientSource clients, QObject *parent = nullptr);
    ~WatchController() override;

    /// Starts watching (no-op when watched, but a known pipeline name is taken).
    void watch(const WatchedRun &run);
    void unwatch(const RunRef &run);
    bool isWatched(const RunRef &run) const { return m_entries.contains(run); }
    /// The watcher once the connection is made (nullptr before, or when it failed).
    RunWatcher *watcher(const RunRef &run) const;
    const WatchedRun *run(const RunRef &run) const;
    QList<RunRef> runs() const { return m_entries.keys(); }

    /// The user opened this run: its failure no longer drives the tray.
    void acknowledge(const RunRef &run);
    void refresh(const RunRef &run);
    void refreshAll();
    /// The main window is on screen (not hidden to the tray, not minimised): every watcher polls
    /// at the visible rate; otherwise at the hidden rate.
    void setWindowVisible(bool visible);
    bool isWindowVisible() const { return m_visible; }
    void setPipelineName(const RunRef &run, const QString &name);

    /// The connection's colour or production flag changed.
    void setConnectionLook(const QString &connection, const QString &color, bool production);
    /// The connection was renamed: its runs keep their watchers under the new name
    /// (runRenamed() for each).
    void renameConnection(const QString &from, const QString &to);
    /// The connection's "stalled after" changed.
    void setStallMinutes(const QString &connection, int minutes);
    /// Stops watching every run of a removed connection.
    void unwatchConnection(const QString &connection);

    WatchListModel *model() { return &m_model; }
    /// Which watched runs are stalled (stallBegan() once per stall, for the notification).
    StallRuleTracker *stalls() { return &m_stalls; }
    /// "stalled for 12 min" for `run`, or empty.
    QString stallText(const RunRef &run) const;
    std::optional<RunStatus> worstStatus() const { return m_tray.worst(); }
    int unacknowledgedProblems() const { return m_tray.unacknowledgedProblems(); }
    QDateTime lastUpdate() const { return m_lastUpdate; }

Q_SIGNALS:
    void watcherReady(const fw::RunRef &run, fw::RunWatcher *watcher);
    /// Each good poll of the run.
    void progressChanged(const fw::RunRef &run, const fw::RunProgress &progress);
    /// The last poll failed or polling stopped (`message` says why), or it works again.
    void staleChanged(const fw::RunRef &run, bool stale, const QString &message);
    /// A watched run finished while being watched (a run already final when opened does not
    /// count: opening yesterday's failure raises no notification).
    void runFinished(const fw::RunRef &run, fw::RunStatus status);
    void trayStatusChanged();
    /// The connection of a run could not be made (no key, no such profile).
    void connectionProblem(const fw::RunRef &run, const QString &message);
    /// The run's connection was renamed.
    void runRenamed(const fw::RunRef &from, const fw::RunRef &to);

private:
    struct Entry
    {
        WatchedRun run;
        QPointer<RunWatcher> watcher;
        bool seenUnfinished = false; ///< finished while watched (not already final when opened)
    };
    void attach(const RunRef &run, ApiClient *client);
    void connectWatcher(RunWatcher *watcher);
    /// The run a watcher of this controller watches now (it follows renames).
    RunRef runOf(const RunWatcher *watcher) const;
    void updateTray(const std::function<void()> &change);

    ClientSource m_clients;
    WatchListModel m_model;
    TrayStatusRule m_tray;
    StallRuleTracker m_stalls;
    QHash<RunRef, Entry> m_entries;
    QHash<const RunWatcher *, RunRef> m_runOfWatcher;
    QDateTime m_lastUpdate;
    bool m_visible = true;
};

} // namespace fw
