#pragma once

#include "core/api/Role.h"
#include "core/api/RunStatus.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QProgressBar;
class QStackedLayout;
class QVBoxLayout;

namespace fw {
class ApiClient;
class RunHistoryLoader;
} // namespace fw

namespace fw::ui {

class WatchController;

/// One open run in the tab area. Hosts the run page (with its errors panel) once the run's
/// connection is made; until then, and in builds without the run page, it shows the run's
/// summary from the shell's watcher: status, progress, counts, ETA and why data is stale.
class RunTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunTab)

public:
    /// `role` is the profile's role, for the Retry permission.
    RunTab(WatchController *watches, QString key, Role role = Role::Unknown,
           QWidget *parent = nullptr);
    ~RunTab() override;

    const QString &key() const { return m_key; }
    QString runId() const;
    QString profileName() const;
    QString pipelineId() const;
    /// The status shown on the tab (Unknown until the first poll).
    RunStatus status() const { return m_status; }
    bool hasStatus() const { return m_hasStatus; }
    /// The hosted run page, or nullptr.
    QWidget *page() const { return m_page; }

    /// Asks the page to do `method` (e.g. "retry", "refreshNow"); false when it cannot.
    bool invokeOnPage(const char *method);
    /// File → Export errors…: the errors panel's export dialog. False when there is none yet.
    bool exportErrors();
    /// Run → Retry…: the Retry action of the run page (asks for confirmation). False when none.
    bool retry();
    /// The errors panel (nullptr until the connection is made).
    QWidget *errorsPanel() const { return m_errors; }

Q_SIGNALS:
    void statusChanged();
    /// "Retried as run_9001": open the new run (same connection).
    void openRunRequested(const QString &pipelineId, const QString &runId);

private:
    void onProgress(const QString &key);
    void attachPage(const QString &key);

    WatchController *m_watches = nullptr;
    QString m_key;
    QStackedLayout *m_stack = nullptr;
    QPointer<QWidget> m_page;
    QPointer<QWidget> m_errors;
    QPointer<QObject> m_retry;
    Role m_role = Role::Unknown;
    QVBoxLayout *m_summaryLayout = nullptr;
    bool m_errorsLoaded = false;
    QLabel *m_title = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_eta = nullptr;
    QLabel *m_problem = nullptr;
    /// "stalled for 12 min · running 2.1× longer than usual": in the run page's header.
    QLabel *m_runNote = nullptr;
    QPointer<RunHistoryLoader> m_history;
    RunStatus m_status = RunStatus::Unknown;
    bool m_hasStatus = false;
};

} // namespace fw::ui
