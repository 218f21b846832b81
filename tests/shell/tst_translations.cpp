// Flowwatch in German: with the German catalogue installed (as a German system gets it at
// start), a real main window's menus, the status words it shows and a plural read German; the
// export-errors subcommand started with LANG=de_DE.UTF-8 prints German help; the language chosen
// in View → Language is stored for the next start.
#include "core/models/browser/WatchListModel.h"
#include "core/monitor/watching/WatchController.h"
#include "sim/Simulator.h"
#include "support/ShellProfiles.h"
#include "ui/common/StatusStyle.h"
#include "ui/common/Translations.h"
#include "ui/shell/LanguageMenu.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/TrayController.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fw;
using namespace fw::ui;

namespace {

constexpr int kTimeout = 20'000;

QString watchedStatus(MainWindow &window, const QString &runId)
{
    WatchListModel *model = window.watches()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->runAt(row).ref.runId == runId)
            return model->index(row, WatchListModel::StatusColumn).data().toString();
    }
    return {};
}

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    const QList<QAction *> menus = window.menuBar()->actions();
    for (const QAction *menu : menus)
        titles.append(menu->text());
    return titles;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void englishNeedsNoCatalogue();
    void mainWindowSpeaksGerman();
    void pluralFollowsTheCount();
    void subcommandHelpFollowsTheSystem_data();
    void subcommandHelpFollowsTheSystem();
    void languageMenuStoresTheChoice();

private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<test::ShellProfiles> m_profiles;
    QTemporaryDir m_home;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_sim = std::make_unique<sim::Simulator>();
    QVERIFY(m_sim->start());
}

void TestTranslations::init()
{
    m_profiles = std::make_unique<test::ShellProfiles>(m_sim->baseUrl());
    QCOMPARE(Translations::install(u"de"_s), u"de"_s);
}

void TestTranslations::cleanup()
{
    Translations::uninstall();
    m_profiles.reset();
}

void TestTranslations::cleanupTestCase()
{
    Translations::uninstall();
}

void TestTranslations::englishNeedsNoCatalogue()
{
    QCOMPARE(Translations::install(u"en"_s), u"en"_s);
    QCOMPARE(StatusStyle::text(RunStatus::Failed), u"Failed"_s);
    MainWindow window(m_profiles->registry(), m_profiles->settings());
    QCOMPARE(menuTitles(window).value(0), u"&File"_s);
    // Back to German: what install() put there before is replaced, not stacked.
    QCOMPARE(Translations::install(u"de"_s), u"de"_s);
    QCOMPARE(StatusStyle::text(RunStatus::Failed), u"Fehlgeschlagen"_s);
    QCOMPARE(Translations::install(u"de"_s), u"de"_s);
    Translations::uninstall();
    QCOMPARE(StatusStyle::text(RunStatus::Failed), u"Failed"_s);
}

void TestTranslations::mainWindowSpeaksGerman()
{
    MainWindow window(m_profiles->registry(), m_profiles->settings());
    window.resize(1280, 800);
    window.setCurrentProfile(u"Demo"_s);
    window.show();
    const QStringList titles = menuTitles(window);
    QVERIFY2(titles.value(0) == u"&Datei"_s || titles.value(0) == u"Datei"_s,
             qPrintable(titles.join(u", "_s)));
    QVERIFY2(titles.contains(u"&Ansicht"_s), qPrintable(titles.join(u", "_s)));
    QVERIFY2(titles.contains(u"&Hilfe"_s), qPrintable(titles.join(u", "_s)));
    // A status word in the Watching view, and its column header.
    window.openRun(u"Demo"_s, u"pipe_001"_s, u"run_001"_s);
    QTRY_COMPARE_WITH_TIMEOUT(watchedStatus(window, u"run_001"_s), u"Fehlgeschlagen"_s, kTimeout);
    QCOMPARE(window.watches()
                 ->model()
                 ->headerData(WatchListModel::StatusColumn, Qt::Horizontal)
                 .toString(),
             u"Status"_s);
    QCOMPARE(
        window.watches()->model()->headerData(WatchListModel::RunColumn, Qt::Horizontal).toString(),
        u"Lauf"_s);
}

void TestTranslations::pluralFollowsTheCount()
{
    MainWindow window(m_profiles->registry(), m_profiles->settings());
    window.setCurrentProfile(u"Demo"_s);
    window.show();
    // One watched run, still running: the singular.
    window.openRun(u"Demo"_s, u"pipe_001"_s, u"run_002"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!watchedStatus(window, u"run_002"_s).isEmpty()
                                 && window.watches()->worstStatus().has_value(),
                             kTimeout);
    QTRY_VERIFY2_WITH_TIMEOUT(
        window.tray()->toolTip().startsWith(
            u"Flowwatch \u2014 1 beobachteter Lauf, schlechtester Status: "_s),
        qPrintable(window.tray()->toolTip()), kTimeout);
    // Two: the plural, whichever of the two sentences the statuses call for.
    window.openRun(u"Demo"_s, u"pipe_001"_s, u"run_001"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(
        window.tray()->toolTip().contains(u"2 beobachtete L\u00e4ufe, schlechtester Status: "_s)
            || window.tray()->toolTip().contains(u"von 2 beobachteten L\u00e4ufen"_s),
        qPrintable(window.tray()->toolTip()), kTimeout);
    QVERIFY(!window.tray()->toolTip().contains(u"watched"_s));
}

void TestTranslations::subcommandHelpFollowsTheSystem_data()
{
    QTest::addColumn<QString>("lcAll");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("German system")
        << QString() << u"de"_s
        << QStringList {u"Aufruf: flowwatch export-errors"_s,
                        u"Schreibt die Validierungsfehler eines Laufs als CSV"_s,
                        u"Zeigt diese Hilfe."_s, u"Mandanten-ID (Standard: KAIREON_TENANT_ID)."_s};
    QTest::newRow("English system")
        << QString() << u"en"_s
        << QStringList {u"Usage: flowwatch export-errors"_s,
                        u"Writes the validation errors of a run as CSV"_s, u"Shows this help."_s};
    // As with gettext, LC_ALL=C (scripts, these tests) keeps the texts untranslated.
    QTest::newRow("C locale with LANGUAGE=de")
        << u"C.UTF-8"_s << u"de"_s
        << QStringList {u"Usage: flowwatch export-errors"_s, u"Shows this help."_s};
}

void TestTranslations::subcommandHelpFollowsTheSystem()
{
    QFETCH(QString, lcAll);
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"LC_ALL"_s);
    if (!lcAll.isEmpty())
        env.insert(u"LC_ALL"_s, lcAll);
    env.remove(u"LC_MESSAGES"_s);
    env.insert(u"LANG"_s, language == u"de"_s ? u"de_DE.UTF-8"_s : u"en_US.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, language);
    // A home of its own: no language stored in the settings.
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FLOWWATCH_EXECUTABLE), {u"export-errors"_s, u"--help"_s});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &text : std::as_const(expected))
        QVERIFY2(out.contains(text), qPrintable(text + u"\nnot in:\n"_s + out));
}

void TestTranslations::languageMenuStoresTheChoice()
{
    QSettings *settings = m_profiles->settings();
    LanguageMenu menu(settings);
    QStringList items;
    const QList<QAction *> actions = menu.actions();
    for (const QAction *action : actions)
        items.append(action->text());
    QCOMPARE(menu.title(), u"S&prache"_s);
    QCOMPARE(items, QStringList({u"System"_s, u"English"_s, u"Deutsch"_s}));
    QVERIFY(actions.at(0)->isChecked()); // nothing stored: the system's language
    QCOMPARE(menu.choice(), QString());

    actions.at(2)->trigger();
    QCOMPARE(settings->value(Translations::settingsKey()).toString(), u"de"_s);
    QCOMPARE(Translations::storedChoice(*settings), u"de"_s);
    QVERIFY(actions.at(2)->isChecked());
    QVERIFY(!actions.at(0)->isChecked());
    QCOMPARE(menu.note(), u"Flowwatch spricht ab dem n\u00e4chsten Start Deutsch."_s);

    // A new menu (the next start) shows the stored choice.
    LanguageMenu later(settings);
    QVERIFY(later.actions().at(2)->isChecked());

    menu.choose(QString());
    QVERIFY(!settings->contains(Translations::settingsKey()));
    QCOMPARE(Translations::storedChoice(*settings), QString());

    // Something unknown stored by hand counts as the system's language.
    settings->setValue(Translations::settingsKey(), u"xx"_s);
    QCOMPARE(Translations::storedChoice(*settings), QString());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
