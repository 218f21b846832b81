// Journey: edit a connection while its runs are open. Drives the real MainWindow with keys and
// clicks against the simulator over loopback, and checks what the user sees and which key,
// tenant and header style reached the server.
#include "JourneyWindow.h"
#include "core/api/RunRef.h"
#include "core/models/browser/WatchListModel.h"
#include "core/monitor/watching/RunWatcher.h"
#include "core/monitor/watching/WatchController.h"
#include "core/profiles/ConnectionRegistry.h"
#include "sim/RunSpec.h"
#include "sim/Simulator.h"
#include "support/ShellProfiles.h"
#include "ui/run/RunHeader.h"
#include "ui/run/RunPage.h"
#include "ui/run/StaleBanner.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ProfileDialog.h"
#include "ui/shell/RunTab.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fw;
using namespace fw::ui;

namespace {

constexpr int kTimeout = 20'000;
const QString kConnection = u"Staging"_s;
const QByteArray kRevokedKey = "krn_revoked_2025";
const QByteArray kGoodKey = "krn_demo_admin";

} // namespace

class TestEditConnectionJourney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rejectedKeyIsFixedWhileTheRunIsOpen();
    void tenOpenRunsFollowEditsThenCloseWhenRemoved();

private:
    /// Saves the Staging connection with `key` in the key store.
    void addStaging(const QByteArray &key);
    std::unique_ptr<MainWindow> showWindow();
    /// Ctrl+K in the window: the connections dialog, in front, showing Staging.
    ProfileDialog *openConnections(MainWindow &window);
    /// Requests for the progress of runs whose id starts with `runPrefix`, from `from` on.
    QList<QByteArray> progressHeaders(const QByteArray &header, const QString &runPrefix,
                                      qsizetype from) const;
    int progressRequests(const QString &runPrefix) const;

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<test::ShellProfiles> m_profiles;
};

void TestEditConnectionJourney::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sim = std::make_unique<sim::Simulator>();
    QVERIFY(m_sim->start());
}

void TestEditConnectionJourney::init()
{
    m_sim->resetCounters();
    m_profiles = std::make_unique<test::ShellProfiles>(m_sim->baseUrl());
}

void TestEditConnectionJourney::cleanup()
{
    m_profiles.reset();
}

void TestEditConnectionJourney::addStaging(const QByteArray &key)
{
    ConnectionProfile staging = test::ShellProfiles::demoProfile(m_sim->baseUrl(), kConnection);
    staging.color = u"#1565c0"_s;
    QCOMPARE(m_profiles->registry()->saveProfile(staging), QString());
    bool stored = false;
    m_profiles->registry()->keys().storeKey(
        kConnection, QString::fromLatin1(key), nullptr,
        [&stored](const KeyResult &result) { stored = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(stored, kTimeout);
}

std::unique_ptr<MainWindow> TestEditConnectionJourney::showWindow()
{
    return test::showJourneyWindow(*m_profiles, kConnection);
}

ProfileDialog *TestEditConnectionJourney::openConnections(MainWindow &window)
{
    if (!window.isActiveWindow()) {
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return nullptr;
    }
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    auto *dialog = window.findChild<ProfileDialog *>(u"profileDialog"_s);
    if (!dialog || !QTest::qWaitForWindowActive(dialog))
        return nullptr;
    return dialog;
}

QList<QByteArray> TestEditConnectionJourney::progressHeaders(const QByteArray &header,
                                                             const QString &runPrefix,
                                                             qsizetype from) const
{
    return m_sim->headerValues(header, u"GET"_s, u"/runs/"_s + runPrefix + u"[^/]*/progress$"_s)
        .mid(from);
}

int TestEditConnectionJourney::progressRequests(const QString &runPrefix) const
{
    return m_sim->requestCount(u"GET"_s, u"/runs/"_s + runPrefix + u"[^/]*/progress$"_s);
}

void TestEditConnectionJourney::rejectedKeyIsFixedWhileTheRunIsOpen()
{
    addStaging(kRevokedKey);
    auto window = showWindow();
    QVERIFY(window);
    const RunRef ref {kConnection, u"pipe_001"_s, u"run_002"_s};
    RunTab *tab = window->openRun(ref);
    QVERIFY(tab);

    // The key is rejected: the banner says so, polling stops.
    QTRY_VERIFY_WITH_TIMEOUT(tab->page(), kTimeout);
    RunPage *page = tab->page();
    QTRY_VERIFY_WITH_TIMEOUT(page->staleBanner()->isVisible(), kTimeout);
    QVERIFY2(page->staleBanner()->message().contains(u"API key rejected for Staging"_s),
             qPrintable(page->staleBanner()->message()));
    RunWatcher *watcher = window->watches()->watcher(ref);
    QVERIFY(watcher);
    QTRY_VERIFY_WITH_TIMEOUT(!watcher->isPolling(), kTimeout);
    QVERIFY(!watcher->hasProgress());
    const int rejected = progressRequests(u"run_002"_s);
    QCOMPARE(rejected, 1);
    QTest::qWait(2500); // longer than the poll interval: no retry with a rejected key
    QCOMPARE(progressRequests(u"run_002"_s), rejected);

    // Ctrl+K, type the right key, Ctrl+S.
    ProfileDialog *dialog = openConnections(*window);
    QVERIFY(dialog);
    auto *keyEdit = dialog->findChild<QLineEdit *>(u"keyEdit"_s);
    QVERIFY(keyEdit);
    keyEdit->setFocus();
    QTest::keyClicks(keyEdit, QString::fromLatin1(kGoodKey));
    const qsizetype beforeSave = m_sim->headerValues("x-api-key").size();
    const qsizetype progressBeforeSave = progressHeaders("x-api-key", u"run_002"_s, 0).size();
    auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(dialog->statusText().startsWith(u"Sav"_s), qPrintable(dialog->statusText()));

    // The open run re-binds at once: the next request carries the new key, the banner clears and
    // the data shows.
    QTRY_VERIFY2_WITH_TIMEOUT(watcher->hasProgress(), qPrintable(dialog->statusText()), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!page->staleBanner()->isVisible(), kTimeout);
    QVERIFY(watcher->isPolling());
    QVERIFY(!page->header()->fieldText(u"status"_s).isEmpty());
    QVERIFY(page->header()->fieldText(u"status"_s) != u"\u2014"_s);
    QCOMPARE(window->tabs()->tabText(window->tabs()->indexOf(tab)), u"run_002 \u00b7 Staging"_s);
    QTRY_VERIFY_WITH_TIMEOUT(progressRequests(u"run_002"_s) >= rejected + 2, kTimeout);
    const QList<QByteArray> progressKeys
        = progressHeaders("x-api-key", u"run_002"_s, progressBeforeSave);
    QVERIFY(!progressKeys.isEmpty());
    QCOMPARE(progressKeys.first(), kGoodKey);
    // No request at all with the old key after Save (runs, pipelines, errors).
    const QList<QByteArray> keysAfterSave = m_sim->headerValues("x-api-key").mid(beforeSave);
    QVERIFY(!keysAfterSave.isEmpty());
    QVERIFY2(!keysAfterSave.contains(kRevokedKey), "a request went out with the old key");
    dialog->close();
}

void TestEditConnectionJourney::tenOpenRunsFollowEditsThenCloseWhenRemoved()
{
    addStaging(kGoodKey);
    QList<RunRef> runs;
    for (int i = 1; i <= 10; ++i) {
        sim::RunSpec spec;
        spec.pipelineId = u"pipe_001"_s;
        spec.id = u"run_91%1"_s.arg(i, 2, 10, QChar(u'0'));
        spec.freezeAtProcessedRows = 500 * i; // stays running: polled all along
        m_sim->addRun(spec);
        runs.append(RunRef {kConnection, spec.pipelineId, spec.id});
    }
    auto window = showWindow();
    QVERIFY(window);
    QList<QPointer<RunTab>> tabs;
    QList<QPointer<RunPage>> pages;
    for (const RunRef &run : std::as_const(runs))
        tabs.append(window->openRun(run));
    QCOMPARE(window->runTabCount(), 10);
    for (const QPointer<RunTab> &tab : std::as_const(tabs)) {
        QTRY_VERIFY_WITH_TIMEOUT(tab->status().has_value(), kTimeout);
        QCOMPARE(*tab->status(), RunStatus::Running);
        pages.append(tab->page());
    }

    // Key header, production flag and colour in one Save.
    ProfileDialog *dialog = openConnections(*window);
    QVERIFY(dialog);
    auto *header = dialog->findChild<QComboBox *>(u"keyHeaderCombo"_s);
    auto *production = dialog->findChild<QCheckBox *>(u"productionCheck"_s);
    auto *colour = dialog->findChild<QComboBox *>(u"colourCombo"_s);
    auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
    QVERIFY(header && production && colour && save);
    header->setFocus();
    QTest::keyClick(header, Qt::Key_Down); // X-API-Key → Authorization: Bearer
    QCOMPARE(header->currentText(), u"Authorization: Bearer"_s);
    QVERIFY(!production->isChecked());
    QTest::mouseClick(production, Qt::LeftButton, {}, QPoint(8, production->height() / 2));
    QVERIFY(production->isChecked());
    colour->setCurrentIndex(colour->findData(u"#6a1b9a"_s)); // purple
    // Per run: the requests the simulator had seen before Save. A poll already on its way when
    // Save is pressed may still arrive afterwards (one per run at most); every later one must
    // carry the new settings.
    const auto marks = [&] {
        QList<qsizetype> m;
        for (const RunRef &run : std::as_const(runs))
            m.append(progressHeaders("authorization", run.runId, 0).size());
        return m;
    };
    const auto afterSave
        = [&](const QByteArray &name, const QList<qsizetype> &marked, const QByteArray &inFlight) {
              QList<QByteArray> values;
              for (qsizetype i = 0; i < runs.size(); ++i) {
                  QList<QByteArray> run = progressHeaders(name, runs.at(i).runId, marked.at(i));
                  if (!run.isEmpty() && run.constFirst() == inFlight)
                      run.removeFirst();
                  values += run;
              }
              return values;
          };
    QList<qsizetype> saved = marks();
    QTest::mouseClick(save, Qt::LeftButton);

    // Every open run's next poll uses the Bearer header, and every tab shows the new look.
    for (const RunRef &run : std::as_const(runs)) {
        const int before = m_sim->requestCount(u"GET"_s, u"/runs/"_s + run.runId + u"/progress$"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_sim->requestCount(u"GET"_s, u"/runs/"_s + run.runId + u"/progress$"_s) > before,
            kTimeout);
    }
    const QList<QByteArray> bearer = afterSave("authorization", saved, QByteArray());
    QVERIFY(bearer.size() >= 10);
    for (const QByteArray &value : bearer)
        QCOMPARE(value, "Bearer " + kGoodKey);
    for (const QByteArray &value : afterSave("x-api-key", saved, kGoodKey))
        QVERIFY2(value.isEmpty(), "X-API-Key sent after switching to Bearer");
    for (int i = 0; i < tabs.size(); ++i) {
        QVERIFY(tabs.at(i));
        QCOMPARE(pages.at(i), tabs.at(i)->page()); // the same page, re-bound
        const int index = window->tabs()->indexOf(tabs.at(i));
        QVERIFY(window->tabs()->tabText(index).endsWith(u"\u2691"_s));
        QCOMPARE(window->tabs()->tabBar()->tabTextColor(index), QColor(u"#6a1b9a"_s));
        QVERIFY(!pages.at(i)->staleBanner()->isVisibleTo(pages.at(i)));
    }
    window->tabs()->setCurrentWidget(tabs.constLast());
    QVERIFY(window->windowTitle().endsWith(u"PRODUCTION"_s));
    WatchListModel *model = window->watches()->model();
    QCOMPARE(model->rowCount(), 10);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, WatchListModel::ProfileColumn).data().toString(),
                 u"Staging \u2691 PROD"_s);

    // Another tenant: the next polls name it.
    if (!dialog->isActiveWindow()) {
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
    }
    auto *tenant = dialog->findChild<QLineEdit *>(u"tenantEdit"_s);
    QVERIFY(tenant);
    tenant->setFocus();
    tenant->selectAll();
    QTest::keyClicks(tenant, u"demo-eu"_s);
    saved = marks();
    QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(afterSave("x-tenant-id", saved, "demo").size() >= 10, kTimeout);
    for (const QByteArray &value : afterSave("x-tenant-id", saved, "demo"))
        QCOMPARE(value, "demo-eu");
    // The simulator's key is not one of demo-eu's: every open run says so, and nothing crashes.
    for (const QPointer<RunPage> &page : std::as_const(pages)) {
        QTRY_VERIFY_WITH_TIMEOUT(page->staleBanner()->isVisibleTo(page), kTimeout);
        QVERIFY(page->staleBanner()->message().contains(u"API key rejected for Staging"_s));
    }

    // Remove the connection (and confirm): its tabs close, its runs are no longer watched.
    auto *remove = dialog->findChild<QPushButton *>(u"removeButton"_s);
    QVERIFY(remove);
    QTimer confirm;
    confirm.setInterval(20);
    connect(&confirm, &QTimer::timeout, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    confirm.start();
    QTest::mouseClick(remove, Qt::LeftButton);
    confirm.stop();
    QVERIFY(!m_profiles->registry()->profile(kConnection));
    QCOMPARE(window->runTabCount(), 0);
    QCOMPARE(model->rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(tabs.cbegin(), tabs.cend(), [](const QPointer<RunTab> &tab) { return !tab; }),
        kTimeout);
    const int afterRemoval = progressRequests(u"run_91"_s);
    QTest::qWait(3000); // longer than any poll interval
    QCOMPARE(progressRequests(u"run_91"_s), afterRemoval);
    // The window goes on: another run on another connection opens and shows its data.
    RunTab *other = window->openRun(RunRef {u"Demo"_s, u"pipe_001"_s, u"run_001"_s});
    QVERIFY(other);
    QTRY_VERIFY_WITH_TIMEOUT(other->status().has_value(), kTimeout);
    dialog->close();
}

QTEST_MAIN(TestEditConnectionJourney)
#include "tst_journey_edit_connection.moc"
