#include "TrayController.h"

#include "DesktopNotifier.h"
#include "core/monitor/watching/WatchController.h"
#include "core/profiles/ConnectionRegistry.h"
#include "core/profiles/NotificationRule.h"
#include "core/text/DisplayText.h"
#include "ui/common/StatusStyle.h"

#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace fw::ui {

TrayController::TrayController(WatchController *watches, ConnectionRegistry *registry,
                               QObject *parent)
    : QObject(parent)
    , m_watches(watches)
    , m_registry(registry)
    , m_menu(new QMenu)
    , m_notifier(new DesktopNotifier(this))
{
    // The notifier carries a run as its stable text form.
    connect(m_notifier, &DesktopNotifier::activated, this, [this](const QString &key) {
        if (const RunRef run = RunRef::fromText(key); run.isValid())
            Q_EMIT openRequested(run);
    });
    connect(m_notifier, &DesktopNotifier::unavailable, this,
            [this](const QString &key, const QString &title, const QString &body) {
                showBalloon(key, title, body);
            });
    connect(m_notifier, &DesktopNotifier::shown, this,
            [this](const QString &key) { m_balloonIcons.remove(key); });
    connect(m_watches, &WatchController::runFinished, this, &TrayController::onRunFinished);
    connect(m_watches, &WatchController::trayStatusChanged, this, &TrayController::updateIcon);
    connect(m_watches->model(), &QAbstractItemModel::rowsInserted, this,
            &TrayController::updateIcon);
    connect(m_watches->model(), &QAbstractItemModel::rowsRemoved, this,
            &TrayController::updateIcon);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayController::rebuildMenu);
    // A stall: one notification when it begins; the tooltip keeps counting while it lasts.
    connect(m_watches->stalls(), &StallRuleTracker::stallBegan, this,
            [this](const RunRef &ref, const QString &text) {
                const WatchedRun *run = m_watches->run(ref);
                if (!run)
                    return;
                const auto profile = m_registry->profile(ref.connection);
                if (profile && profile->notifications == NotificationPolicy::None)
                    return;
                const QString title = u"%1 %2"_s.arg(visibleText(ref.runId, 80), text);
                const QString body
                    = tr("%1 — %2: the processed rows have not moved.")
                          .arg(visibleText(run->pipelineName.isEmpty() ? ref.pipelineId
                                                                       : run->pipelineName,
                                           80),
                               ref.connection);
                m_lastNotification = title + u"\n"_s + body;
                m_balloonIcons.insert(ref.toText(), QSystemTrayIcon::Warning);
                m_notifier->notify(ref.toText(), title, body, DesktopNotifier::Urgency::Normal);
            });
    connect(m_watches, &WatchController::progressChanged, this, [this](const RunRef &run) {
        if (!m_watches->stallText(run).isEmpty())
            updateIcon();
    });
    if (isAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastRun.isValid())
                Q_EMIT openRequested(m_lastRun);
        });
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger
                        || reason == QSystemTrayIcon::DoubleClick)
                        Q_EMIT showWindowRequested();
                });
    }
    updateIcon();
    if (m_tray)
        m_tray->show();
}

TrayController::~TrayController()
{
    delete m_menu;
}

bool TrayController::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayController::isVisible() const
{
    return m_tray && m_tray->isVisible();
}

void TrayController::onRunFinished(const RunRef &ref, RunStatus status)
{
    const WatchedRun *run = m_watches->run(ref);
    if (!run)
        return;
    const auto profile = m_registry->profile(ref.connection);
    const NotificationPolicy policy = profile ? profile->notifications : NotificationPolicy::All;
    const NotificationRule::Kind kind = NotificationRule::decide(policy, status);
    if (kind == NotificationRule::Kind::None)
        return;
    const QString title = NotificationRule::title(status, ref.runId);
    const QString body = NotificationRule::body(
        run->pipelineName.isEmpty() ? ref.pipelineId : run->pipelineName, ref.connection);
    m_lastNotification = title + u"\n"_s + body;
    const QSystemTrayIcon::MessageIcon icon = kind == NotificationRule::Kind::Failure
        ? QSystemTrayIcon::Critical
        : kind == NotificationRule::Kind::Warning ? QSystemTrayIcon::Warning
                                                  : QSystemTrayIcon::Information;
    m_balloonIcons.insert(ref.toText(), icon);
    m_notifier->notify(ref.toText(), title, body,
                       kind == NotificationRule::Kind::Failure ? DesktopNotifier::Urgency::Critical
                                                               : DesktopNotifier::Urgency::Normal);
}

void TrayController::showBalloon(const QString &key, const QString &title, const QString &body)
{
    const auto icon = static_cast<QSystemTrayIcon::MessageIcon>(
        m_balloonIcons.value(key, QSystemTrayIcon::Information));
    m_balloonIcons.remove(key);
    if (!m_tray)
        return;
    m_lastRun = RunRef::fromText(key);
    m_tray->showMessage(title, body.toHtmlEscaped(), icon, 15'000); // bodies are markup
}

void TrayController::updateIcon()
{
    const auto worst = m_watches->worstStatus();
    const int watched = m_watches->model()->rowCount();
    const int problems = m_watches->unacknowledgedProblems();
    if (!worst)
        m_toolTip = tr("Flowwatch — no runs watched");
    else if (problems > 0)
        m_toolTip = tr("Flowwatch — %1 of %Ln watched runs need attention (%2)", nullptr, watched)
                        .arg(QLocale().toString(problems), StatusStyle::text(*worst));
    else
        m_toolTip = tr("Flowwatch — %Ln watched runs, worst: %1", nullptr, watched)
                        .arg(StatusStyle::text(*worst));
    QStringList stalled;
    for (const RunRef &run : m_watches->runs()) {
        if (const QString text = m_watches->stallText(run); !text.isEmpty())
            stalled << u"%1 %2"_s.arg(visibleText(run.runId, 40), text);
    }
    if (!stalled.isEmpty())
        m_toolTip += u"\n"_s + stalled.join(u"\n"_s);
    if (!m_tray)
        return;
    m_tray->setIcon(worst ? StatusStyle::icon(*worst) : QApplication::windowIcon());
    m_tray->setToolTip(m_toolTip);
}

void TrayController::rebuildMenu()
{
    m_menu->clear();
    m_menu->addAction(tr("Show Flowwatch"), this, [this] { Q_EMIT showWindowRequested(); });
    m_menu->addSeparator();
    WatchListModel *model = m_watches->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const WatchedRun &run = model->runAt(row);
        const auto status = model->statusAt(row);
        const QString label
            = tr("%1 — %2 (%3): %4")
                  .arg(run.ref.runId,
                       run.pipelineName.isEmpty() ? run.ref.pipelineId : run.pipelineName,
                       run.ref.connection, status ? StatusStyle::text(*status) : tr("loading"));
        QAction *action
            = m_menu->addAction(label, this, [this, ref = run.ref] { Q_EMIT openRequested(ref); });
        if (status)
            action->setIcon(StatusStyle::icon(*status));
    }
    if (model->rowCount() == 0)
        m_menu->addAction(tr("No runs watched"))->setEnabled(false);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit Flowwatch"), this, [this] { Q_EMIT quitRequested(); });
}

} // namespace fw::ui
