#include "MainWindow.h"

#include "Appearance.h"
#include "BrowserPanel.h"
#include "ProfileDialog.h"
#include "RunTab.h"
#include "TrayController.h"
#include "WatchingView.h"
#include "core/models/browser/PipelineListModel.h"
#include "core/models/browser/RunListModel.h"
#include "core/models/browser/WatchListModel.h"
#include "core/monitor/retry/RetryController.h"
#include "core/monitor/watching/RunWatcher.h"
#include "core/monitor/watching/WatchController.h"
#include "core/profiles/ConnectionRegistry.h"
#include "core/profiles/DeepLink.h"
#include "core/profiles/RunLocator.h"
#include "core/text/DisplayText.h"
#include "ui/common/StatusStyle.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace fw::ui {

MainWindow::MainWindow(ConnectionRegistry *registry, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_settings(settings)
    , m_watches(new WatchController(
          [registry](const QString &connection, QObject *context,
                     WatchController::ClientCallback done) {
              registry->withClient(connection, context, std::move(done));
          },
          this))
    , m_tray(new TrayController(m_watches, registry, this))
    , m_browser(new BrowserPanel(this))
    , m_browserDock(new QDockWidget(tr("Browser"), this))
    , m_tabs(new QTabWidget(this))
    , m_watching(new WatchingView(m_watches->model(), this))
    , m_profileLabel(new QLabel(this))
    , m_productionBadge(new QLabel(tr(" PRODUCTION "), this))
    , m_serverLabel(new QLabel(this))
    , m_updateLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/io.github.flowwatch.Flowwatch.svg"_s));
    m_browserDock->setObjectName(u"browserDock"_s);
    m_browserDock->setWidget(m_browser);
    m_browserDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_browserDock);
    resizeDocks({m_browserDock}, {460}, Qt::Horizontal);

    m_tabs->setObjectName(u"runTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->addTab(m_watching, StatusStyle::icon(RunStatus::Running), tr("Watching"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    setCentralWidget(m_tabs);

    m_productionBadge->setAutoFillBackground(true);
    QPalette badge = m_productionBadge->palette();
    badge.setColor(QPalette::Window, QColor(u"#c62828"_s));
    badge.setColor(QPalette::WindowText, Qt::white);
    m_productionBadge->setPalette(badge);
    QFont bold = m_productionBadge->font();
    bold.setBold(true);
    m_productionBadge->setFont(bold);
    m_productionBadge->setVisible(false);
    statusBar()->addWidget(m_productionBadge);
    m_profileLabel->setTextFormat(Qt::PlainText); // names, servers and tenants come in links
    m_serverLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_profileLabel);
    statusBar()->addWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_updateLabel);

    createActions();
    createMenus();

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (RunTab *tab = currentRunTab())
            m_watches->acknowledge(tab->run());
        updateTitle();
        updateStatusBar();
    });
    connect(m_browser, &BrowserPanel::profileSelected, this, &MainWindow::setCurrentProfile);
    connect(m_browser, &BrowserPanel::openRunRequested, this,
            [this](const QString &pipelineId, const QString &runId, const QString &name) {
                RunTab *tab = openRun(m_profile, pipelineId, runId, name);
                // The list knows when the run was created: a queued run says how long it waits.
                RunListModel *runs = m_browser->runs();
                const QModelIndexList found = runs->match(
                    runs->index(0, 0), RunListModel::RunIdRole, runId, 1, Qt::MatchExactly);
                if (tab && !found.isEmpty())
                    tab->setCreatedAt(found.first().data(RunListModel::StartedAtRole).toDateTime());
            });
    connect(m_watching, &WatchingView::openRequested, this, &MainWindow::showRun);
    connect(m_tray, &TrayController::openRequested, this, &MainWindow::showRun);
    connect(m_tray, &TrayController::showWindowRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayController::quitRequested, this, &MainWindow::quit);
    // Each run's news goes to its own tab.
    connect(m_watches, &WatchController::watcherReady, this,
            [this](const RunRef &run, RunWatcher *watcher) {
                if (RunTab *tab = tabOf(run))
                    tab->attach(watcher);
            });
    connect(m_watches, &WatchController::progressChanged, this,
            [this](const RunRef &run, const RunProgress &progress) {
                if (RunTab *tab = tabOf(run))
                    tab->showProgress(progress, m_watches->stallText(run));
                m_browser->updateRunProgress(run.connection, run.runId, progress);
                updateStatusBar();
            });
    connect(m_watches, &WatchController::connectionProblem, this,
            [this](const RunRef &run, const QString &message) {
                // A known connection without a (readable) key: offer to enter it.
                if (RunTab *tab = tabOf(run))
                    tab->showConnectionProblem(message,
                                               m_registry->profile(run.connection).has_value());
            });
    connect(m_watches, &WatchController::runRenamed, this,
            [this](const RunRef &from, const RunRef &to) {
                QPointer<RunTab> tab = m_runTabs.take(from);
                const WatchedRun *run = m_watches->run(to);
                if (!tab || !run)
                    return;
                const auto profile = m_registry->profile(to.connection);
                tab->setRun(*run, profile ? profile->role : Role::Unknown);
                m_runTabs.insert(to, tab);
            });
    connect(m_registry, &ConnectionRegistry::profilesChanged, this, &MainWindow::refreshProfiles);
    connect(m_registry, &ConnectionRegistry::connectionChanged, this,
            &MainWindow::onConnectionChanged);
    connect(m_registry, &ConnectionRegistry::connectionRemoved, this,
            &MainWindow::onConnectionRemoved);
    connect(m_browser->pipelines(), &QAbstractItemModel::rowsInserted, this, [this] {
        // Fill in pipeline names of runs opened before the list arrived.
        for (const RunRef &ref : m_watches->runs()) {
            const WatchedRun *run = m_watches->run(ref);
            if (run && ref.connection == m_profile && run->pipelineName.isEmpty())
                m_watches->setPipelineName(ref, m_browser->pipelineName(ref.pipelineId));
        }
    });

    m_trayAction->setEnabled(TrayController::isAvailable());
    m_trayAction->setChecked(TrayController::isAvailable()
                             && m_settings->value(u"window/keepWatchingInTray"_s, true).toBool());
    refreshProfiles();
    updateTitle();
    updateStatusBar();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::refreshProfiles()
{
    const QList<ConnectionProfile> profiles = m_registry->profiles();
    if (m_profile.isEmpty() || !m_registry->profile(m_profile)) {
        const QString last = m_registry->store().lastUsed();
        m_profile = m_registry->profile(last) ? last
            : profiles.isEmpty()              ? QString()
                                              : profiles.front().name;
        if (!m_profile.isEmpty())
            setCurrentProfile(m_profile);
    }
    m_browser->setProfiles(profiles, m_profile);
    updateTitle();
}

void MainWindow::setCurrentProfile(const QString &name)
{
    m_profile = name;
    m_browser->setProfiles(m_registry->profiles(), name);
    if (const auto p = m_registry->profile(name); p && !p->sessionOnly)
        m_registry->store().setLastUsed(name);
    m_browser->setClient(nullptr, tr("Connecting to %1…").arg(name));
    m_registry->withClient(name, this, [this, name](ApiClient *client, const QString &problem) {
        if (name != m_profile)
            return;
        m_browser->setClient(client, problem);
        if (!problem.isEmpty())
            showMessage(problem, true);
    });
    updateTitle();
    updateStatusBar();
}

RunTab *MainWindow::openRun(const QString &profile, const QString &pipelineId, const QString &runId,
                            const QString &pipelineName)
{
    return openRun(RunRef {profile, pipelineId, runId}, pipelineName);
}

RunTab *MainWindow::openRun(const RunRef &run, const QString &pipelineName)
{
    if (!run.isValid())
        return nullptr;
    if (RunTab *open = tabOf(run)) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    const auto profile = m_registry->profile(run.connection);
    WatchedRun watched;
    watched.ref = run;
    watched.pipelineName = pipelineName;
    if (watched.pipelineName.isEmpty() && run.connection == m_profile)
        watched.pipelineName = m_browser->pipelineName(run.pipelineId);
    if (profile) {
        watched.profileColor = profile->effectiveColor();
        watched.production = profile->production;
        watched.stallMinutes = profile->stallMinutes;
    }
    RunInfo known;
    known.id = run.runId;
    known.pipelineId = run.pipelineId;
    m_browser->addKnownRun(run.connection, known);
    // The tab first, so that it gets the run's news from the first one on.
    auto *tab = new RunTab(watched, profile ? profile->role : Role::Unknown, m_tabs);
    m_runTabs.insert(run, tab);
    connect(tab, &RunTab::openRunRequested, this, [this](const RunRef &other) { openRun(other); });
    connect(tab, &RunTab::retryCreated, this,
            [this, name = watched.pipelineName](const RunRef &newRun, const RunInfo &info) {
                followRetry(newRun, info, name);
            });
    const int index = m_tabs->addTab(tab, run.runId);
    connect(tab, &RunTab::statusChanged, this, [this, tab] { updateTab(tab); });
    connect(tab, &RunTab::enterKeyRequested, this, &MainWindow::showConnections);
    m_watches->watch(watched);
    if (RunWatcher *watcher = m_watches->watcher(run))
        tab->attach(watcher); // watched already (e.g. from the Watching overview)
    updateTab(tab);
    m_tabs->setCurrentIndex(index);
    m_watches->acknowledge(run);
    return tab;
}

RunTab *MainWindow::tabOf(const RunRef &run) const
{
    return m_runTabs.value(run).data();
}

void MainWindow::updateTab(RunTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    const RunRef &run = tab->run();
    const auto profile = m_registry->profile(run.connection);
    const std::optional<RunStatus> status = tab->status();
    QString text = run.runId + u" \u00b7 "_s + run.connection;
    if (profile && profile->production)
        text += u" \u2691"_s; // a flag: production, not only a colour
    m_tabs->setTabText(index, text);
    m_tabs->setTabIcon(index, status ? StatusStyle::icon(*status) : QIcon());
    const QString color = profile ? profile->effectiveColor() : QString();
    QColor textColor = color.isEmpty() ? QColor() : QColor(color);
    if (textColor.isValid() && StatusStyle::isDark(QApplication::palette()))
        textColor = textColor.lighter(170); // keep the profile's hue readable on dark tabs
    m_tabs->tabBar()->setTabTextColor(index, textColor);
    QString tip = tr("%1 on %2").arg(run.runId, run.connection);
    if (status)
        tip += u" \u2014 "_s + StatusStyle::text(*status);
    if (profile && profile->production)
        tip += tr(" (PRODUCTION)");
    m_tabs->setTabToolTip(index, plainToolTip(tip));
}

void MainWindow::closeTab(int index)
{
    auto *tab = qobject_cast<RunTab *>(m_tabs->widget(index));
    if (!tab)
        return; // the Watching overview stays
    const RunRef run = tab->run();
    m_runTabs.remove(run);
    m_tabs->removeTab(index);
    tab->deleteLater();
    m_watches->unwatch(run);
}

void MainWindow::showRun(const RunRef &run)
{
    const WatchedRun *watched = m_watches->run(run);
    if (!watched)
        return;
    bringToFront(); // un-minimises, but leaves a maximised window maximised
    openRun(run, watched->pipelineName);
}

void MainWindow::followRetry(const RunRef &newRun, const RunInfo &info, const QString &pipelineName)
{
    if (!newRun.isValid())
        return;
    const QString name = pipelineName.isEmpty() && newRun.connection == m_profile
        ? m_browser->pipelineName(newRun.pipelineId)
        : pipelineName;
    openRun(newRun, name);
    // After openRun(), whose entry knows only the id: the list row says "Retry of run_001".
    RunInfo listed = info;
    listed.id = newRun.runId;
    listed.pipelineId = newRun.pipelineId;
    m_browser->addKnownRun(newRun.connection, listed);
    showMessage(tr("Retried %1 as %2; watching %2.").arg(info.retryOf, newRun.runId));
}

void MainWindow::onConnectionChanged(const QString &name, const QString &previousName)
{
    if (previousName != name) {
        if (m_profile == previousName)
            m_profile = name;
        m_watches->renameConnection(previousName, name); // the tabs follow (runRenamed)
    }
    const auto profile = m_registry->profile(name);
    if (!profile)
        return;
    reconnect(name);
    m_watches->setConnectionLook(name, profile->effectiveColor(), profile->production);
    m_watches->setStallMinutes(name, profile->stallMinutes);
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<RunTab *>(m_tabs->widget(i));
        if (!tab || tab->run().connection != name)
            continue;
        if (const WatchedRun *run = m_watches->run(tab->run()))
            tab->setRun(*run, profile->role);
        updateTab(tab);
    }
    updateTitle();
    updateStatusBar();
}

void MainWindow::onConnectionRemoved(const QString &name)
{
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        if (auto *tab = qobject_cast<RunTab *>(m_tabs->widget(i));
            tab && tab->run().connection == name)
            closeTab(i);
    }
    m_watches->unwatchConnection(name);
    if (m_profile == name)
        m_browser->setClient(nullptr, tr("The connection “%1” was removed.").arg(name));
}

int MainWindow::runTabCount() const
{
    int count = 0;
    for (int i = 0; i < m_tabs->count(); ++i)
        count += qobject_cast<RunTab *>(m_tabs->widget(i)) ? 1 : 0;
    return count;
}

RunTab *MainWindow::runTab(int index) const
{
    int seen = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<RunTab *>(m_tabs->widget(i)); tab && seen++ == index)
            return tab;
    }
    return nullptr;
}

RunTab *MainWindow::currentRunTab() const
{
    return qobject_cast<RunTab *>(m_tabs->currentWidget());
}

void MainWindow::updateTitle()
{
    RunTab *tab = currentRunTab();
    const QString name = tab ? tab->run().connection : m_profile;
    const auto profile = m_registry->profile(name);
    QString title = u"Flowwatch"_s;
    if (!name.isEmpty())
        title += u" \u2014 "_s + name;
    if (profile && profile->production)
        title += tr(" — PRODUCTION");
    setWindowTitle(title);
    m_productionBadge->setVisible(profile && profile->production);
    if (profile) {
        QPalette badge = m_productionBadge->palette();
        badge.setColor(QPalette::Window, QColor(profile->effectiveColor()));
        m_productionBadge->setPalette(badge);
    }
}

void MainWindow::updateStatusBar()
{
    RunTab *tab = currentRunTab();
    const QString name = tab ? tab->run().connection : m_profile;
    const auto profile = m_registry->profile(name);
    m_profileLabel->setText(name.isEmpty() ? tr("No connection") : tr("Connection: %1").arg(name));
    m_serverLabel->setText(
        profile ? tr("%1 · tenant %2").arg(profile->server.toString(), profile->tenant)
                : QString());
    const QDateTime last = m_watches->lastUpdate();
    m_updateLabel->setText(last.isValid() ? tr("Last update %1")
                                                .arg(QLocale().toString(last.toLocalTime().time(),
                                                                        QLocale::LongFormat))
                                          : tr("No update yet"));
}

void MainWindow::showMessage(const QString &text, bool problem)
{
    m_lastMessage = text;
    const QString shown = problem ? u"\u26a0 "_s + text : text;
    // A temporary message is drawn across the bar, under "Last update …" at the right: elide it
    // to the room left of that label; the whole text stays in the tooltip.
    const int room = statusBar()->width() - m_updateLabel->sizeHint().width() - 40;
    const QString fitted
        = statusBar()->fontMetrics().elidedText(shown, Qt::ElideRight, std::max(room, 80));
    statusBar()->setToolTip(fitted == shown ? QString() : shown);
    statusBar()->showMessage(fitted, problem ? 0 : 8000);
}

bool MainWindow::openLink(const QString &link)
{
    QString error;
    const DeepLink parsed = DeepLink::parse(link, &error);
    if (!parsed.isValid()) {
        m_lastMessage = error;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open link"), error,
                                    QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    if (const auto profile = m_registry->findByServer(parsed.server, parsed.tenant)) {
        openRun(parsed.runOn(profile->name));
        return true;
    }
    // An unknown server: ask before adding a connection; a link never carries a key.
    ConnectionProfile draft;
    draft.name = parsed.server.host();
    draft.server = parsed.server;
    draft.tenant = parsed.tenant;
    m_lastMessage = tr("This link is for %1 (tenant %2), which has no connection yet.")
                        .arg(parsed.server.toString(), parsed.tenant);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Add a connection?"),
                                m_lastMessage
                                    + tr("\n\nAdd a connection for it? You will be asked for its "
                                         "API key; the link itself never carries one."),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, draft, parsed] {
        showConnections();
        m_profileDialog->editDraft(draft);
        connect(
            m_profileDialog, &ProfileDialog::profileSaved, this,
            [this, parsed](const QString &name) { openRun(parsed.runOn(name)); },
            Qt::SingleShotConnection);
    });
    box->open();
    return true;
}

void MainWindow::showOpenRunDialog()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open run"));
    dialog->setLabelText(tr("Run id, pipeline/run, or the run's address from the KaireonAI web "
                            "app or a flowwatch:// link:"));
    dialog->resize(560, dialog->sizeHint().height());
    connect(dialog, &QInputDialog::textValueSelected, this, &MainWindow::openRunText);
    dialog->open();
}

void MainWindow::openRunText(const QString &text)
{
    if (DeepLink::looksLikeDeepLink(text)) {
        openLink(text);
        return;
    }
    QString error;
    const RunLocator locator = RunLocator::parse(text, &error);
    if (!locator.isValid()) {
        showMessage(error, true);
        return;
    }
    const RunRef run = locator.runOn(m_profile, m_browser->currentPipelineId());
    if (run.pipelineId.isEmpty()) {
        showMessage(tr("Select the run's pipeline in the browser first, or paste the run's full "
                       "address (it names the pipeline)."),
                    true);
        return;
    }
    if (m_profile.isEmpty()) {
        showMessage(tr("Add a connection first: File → Connections…"), true);
        return;
    }
    openRun(run);
}

void MainWindow::reconnect(const QString &connection)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<RunTab *>(m_tabs->widget(i));
        if (!tab || tab->page() || tab->run().connection != connection)
            continue;
        const WatchedRun *watched = m_watches->run(tab->run());
        if (!watched || m_watches->watcher(tab->run()))
            continue; // connecting still, or connected
        // The connection failed before (no key): ask for its client again.
        const WatchedRun again = *watched;
        m_watches->unwatch(again.ref);
        tab->showConnecting();
        m_watches->watch(again);
        if (RunWatcher *watcher = m_watches->watcher(again.ref))
            tab->attach(watcher);
    }
}

void MainWindow::showConnections(const QString &profile)
{
    if (!m_profileDialog) {
        m_profileDialog = new ProfileDialog(m_registry, this);
        m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_profileDialog, &ProfileDialog::profileSaved, this, [this](const QString &name) {
            // The key is stored by now: runs that had none connect without a restart.
            reconnect(name);
            if (m_profile.isEmpty() || m_profile == name)
                setCurrentProfile(name);
        });
    }
    m_profileDialog->select(profile.isEmpty() ? m_profile : profile);
    if (!profile.isEmpty()) {
        // Asked for from a run that has no key: the key field is where the user types next.
        if (auto *key = m_profileDialog->findChild<QLineEdit *>(u"keyEdit"_s))
            key->setFocus(Qt::OtherFocusReason);
    }
    m_profileDialog->show();
    m_profileDialog->raise();
    m_profileDialog->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Flowwatch"),
        tr("<p><b>Flowwatch %1</b></p><p>A desktop monitor for KaireonAI data-pipeline "
           "runs.</p><p>Qt %2</p>")
            .arg(QStringLiteral(FLOWWATCH_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::setKeepWatchingInTray(bool keep)
{
    m_trayAction->setChecked(keep && TrayController::isAvailable());
}

void MainWindow::bringToFront()
{
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    if (!m_quitting && m_trayAction->isChecked() && m_tray->isVisible()) {
        hide();
        m_watches->setWindowVisible(false);
        event->ignore();
        if (!m_trayHintShown)
            showMessage(tr("Flowwatch keeps watching in the tray. Quit with Ctrl+Q."));
        m_trayHintShown = true;
        return;
    }
    if (RetryController::anyRetryInFlight()) {
        const auto answer = QMessageBox::warning(
            this, tr("A retry is still being sent"),
            tr("A retry has not been confirmed by the server yet. If you quit now, you will not "
               "know whether it was accepted: check the run's list on the server afterwards.\n\n"
               "Quit anyway?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            m_quitting = false;
            event->ignore();
            return;
        }
    }
    event->accept();
    QApplication::quit();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange
        || event->type() == QEvent::ApplicationPaletteChange) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (auto *tab = qobject_cast<RunTab *>(m_tabs->widget(i)))
                updateTab(tab);
        }
    }
    if (event->type() == QEvent::ActivationChange || event->type() == QEvent::WindowStateChange)
        m_watches->setWindowVisible(isVisible() && !isMinimized());
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    // Also when shown again from the tray, which need not change activation or window state.
    QMainWindow::showEvent(event);
    m_watches->setWindowVisible(!isMinimized());
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_watches->setWindowVisible(false);
}

} // namespace fw::ui
