// Keyboard and accessibility in the main window: the shortcut sheet (F1, Ctrl+/) built from the
// window's actions, the System/Light/Dark appearance choice, and an accessible name on every
// table, tree and input a screen reader lands on.
#include "sim/Simulator.h"
#include "support/ShellProfiles.h"
#include "ui/run/PartitionGrid.h"
#include "ui/shell/Appearance.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/RunTab.h"
#include "ui/shell/ShortcutSheet.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fw;
using namespace fw::ui;

namespace {

constexpr int kTimeout = 20'000;

/// The shortcut sheet's rows as "Group / Action = keys", in order.
QStringList shownRows(const ShortcutSheet &sheet)
{
    QStringList rows;
    const QAbstractItemModel *model = sheet.shownModel();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r) {
            rows.append(group.data().toString() + u" / "_s
                        + model->index(r, ShortcutSheet::NameColumn, group).data().toString()
                        + u" = "_s
                        + model->index(r, ShortcutSheet::KeysColumn, group).data().toString());
        }
    }
    return rows;
}

QAction *menuAction(QMainWindow &window, const QString &objectName)
{
    const QList<QAction *> all = window.findChildren<QAction *>(objectName);
    return all.isEmpty() ? nullptr : all.constFirst();
}

} // namespace

class TestKeyboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sheetListsEveryMenuShortcut();
    void sheetSearchesNamesAndKeys();
    void sheetNeverGoesStale();
    void sheetListsPanelShortcutsOnce();
    void f1AndCtrlSlashOpenTheSheet();
    void appearanceIsARememberedChoice();
    void everyTableTreeAndInputHasAName();

private:
    std::unique_ptr<MainWindow> makeWindow();

    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<test::ShellProfiles> m_profiles;
};

void TestKeyboard::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sim = std::make_unique<sim::Simulator>();
    QVERIFY(m_sim->start());
}

void TestKeyboard::init()
{
    m_profiles = std::make_unique<test::ShellProfiles>(m_sim->baseUrl());
}

void TestKeyboard::cleanup()
{
    Appearance::setTheme(Appearance::Theme::System);
    m_profiles.reset();
}

std::unique_ptr<MainWindow> TestKeyboard::makeWindow()
{
    auto window = std::make_unique<MainWindow>(m_profiles->registry(), m_profiles->settings());
    window->resize(1280, 800);
    return window;
}

void TestKeyboard::sheetListsEveryMenuShortcut()
{
    auto window = makeWindow();
    ShortcutSheet sheet(window.get());
    const QStringList rows = shownRows(sheet);
    for (const QString &expected :
         {u"File / Open run\u2026 = Ctrl+O"_s, u"File / Connections\u2026 = Ctrl+K"_s,
          u"File / Export errors\u2026 = Ctrl+E"_s, u"File / Copy link to run = Ctrl+Shift+L"_s,
          QString(u"File / Close tab = "_s
                  + ShortcutSheet::keysText(QKeySequence::keyBindings(QKeySequence::Close))),
          u"File / Quit = Ctrl+Q"_s, u"View / Refresh = F5"_s, u"View / Find = Ctrl+F"_s,
          u"View / Browser = Ctrl+B"_s, u"View / Watching overview = Ctrl+1"_s,
          u"View / Dark appearance = Ctrl+Shift+D"_s, u"Run / Retry\u2026 = Ctrl+R"_s,
          u"Help / Keyboard shortcuts = F1, Ctrl+/"_s})
        QVERIFY2(rows.contains(expected), qPrintable(expected + u"\nin:\n"_s + rows.join(u'\n')));
    // Ctrl+W closes a tab on every platform, also where the platform lists Ctrl+F4 first.
    QVERIFY(
        menuAction(*window, u"actionCloseTab"_s)->shortcuts().contains(QKeySequence(u"Ctrl+W"_s)));
    // The browser's own shortcut, under Other.
    const QString copyId
        = u"Other / Copy run id = "_s + ShortcutSheet::keysText({QKeySequence(QKeySequence::Copy)});
    QVERIFY2(rows.contains(copyId), qPrintable(copyId + u"\nin:\n"_s + rows.join(u'\n')));
    // Every shortcut of every menu is there, the browser's one, and nothing without one.
    int menuShortcuts = 1;
    const QList<QAction *> menus = window->menuBar()->actions();
    for (const QAction *menu : menus) {
        const QList<QAction *> actions = menu->menu()->actions();
        for (const QAction *action : actions)
            menuShortcuts += action->shortcuts().isEmpty() ? 0 : 1;
    }
    QCOMPARE(rows.size(), menuShortcuts);
    // Groups in the menu bar's order, then the panels' own.
    QStringList groups;
    for (int g = 0; g < sheet.shownModel()->rowCount(); ++g)
        groups.append(sheet.shownModel()->index(g, 0).data().toString());
    QCOMPARE(groups, QStringList({u"File"_s, u"View"_s, u"Run"_s, u"Help"_s, u"Other"_s}));
}

void TestKeyboard::sheetSearchesNamesAndKeys()
{
    auto window = makeWindow();
    ShortcutSheet sheet(window.get());
    QTest::keyClicks(sheet.searchField(), u"retry"_s);
    QCOMPARE(shownRows(sheet), QStringList({u"Run / Retry\u2026 = Ctrl+R"_s}));

    sheet.setSearchText(u"ctrl+shift"_s); // by key
    QCOMPARE(shownRows(sheet),
             QStringList({u"File / Copy link to run = Ctrl+Shift+L"_s,
                          u"View / Previous tab = Ctrl+Shift+Tab"_s,
                          u"View / Dark appearance = Ctrl+Shift+D"_s,
                          u"View / Keep watching in the tray when closed = Ctrl+Shift+T"_s}));

    sheet.setSearchText(u"help"_s); // a group's name shows the whole group
    QCOMPARE(shownRows(sheet), QStringList({u"Help / Keyboard shortcuts = F1, Ctrl+/"_s}));

    sheet.setSearchText(u"no such thing"_s);
    QCOMPARE(sheet.shownModel()->rowCount(), 0);
    sheet.setSearchText({});
    QVERIFY(shownRows(sheet).size() > 10);
}

void TestKeyboard::sheetNeverGoesStale()
{
    auto window = makeWindow();
    ShortcutSheet sheet(window.get());
    const int before = shownRows(sheet).size();
    QMenu *runMenu = nullptr;
    const QList<QAction *> menus = window->menuBar()->actions();
    for (const QAction *menu : menus)
        if (menu->menu()->title() == u"&Run"_s)
            runMenu = menu->menu();
    QVERIFY(runMenu);
    QAction *added = runMenu->addAction(u"&Cancel run"_s);
    added->setShortcut(QKeySequence(u"Ctrl+Shift+X"_s));
    QAction *retry = menuAction(*window, u"actionRetry"_s);
    QVERIFY(retry);
    retry->setShortcut(QKeySequence(u"Ctrl+Alt+R"_s));
    sheet.show(); // read again on every show
    const QStringList rows = shownRows(sheet);
    QCOMPARE(rows.size(), before + 1);
    QVERIFY(rows.contains(u"Run / Cancel run = Ctrl+Shift+X"_s));
    QVERIFY(rows.contains(u"Run / Retry\u2026 = Ctrl+Alt+R"_s));
    QVERIFY(!rows.contains(u"Run / Retry\u2026 = Ctrl+R"_s));
}

void TestKeyboard::sheetListsPanelShortcutsOnce()
{
    auto window = makeWindow();
    window->setCurrentProfile(u"Demo"_s);
    window->show();
    for (const QString &run : {u"run_001"_s, u"run_002"_s}) {
        RunTab *tab = window->openRun(u"Demo"_s, u"pipe_001"_s, run);
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->findChildren<QAbstractItemView *>().isEmpty(), kTimeout);
    }
    ShortcutSheet sheet(window.get());
    const QStringList rows = shownRows(sheet);
    const QString saveLog = u"Other / Save log… = "_s
        + QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText);
    QCOMPARE(rows.count(saveLog), 1); // both run pages have one
    QCOMPARE(rows.count(u"View / Refresh = F5"_s), 1);
}

void TestKeyboard::f1AndCtrlSlashOpenTheSheet()
{
    auto window = makeWindow();
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QVERIFY(!window->findChild<ShortcutSheet *>());

    QTest::keyClick(window.get(), Qt::Key_F1);
    auto *sheet = window->findChild<ShortcutSheet *>();
    QVERIFY(sheet);
    QTRY_VERIFY_WITH_TIMEOUT(sheet->isVisible(), kTimeout);
    QVERIFY(shownRows(*sheet).contains(u"View / Refresh = F5"_s));
    sheet->close();
    QVERIFY(!sheet->isVisible());

    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_Slash, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(sheet->isVisible(), kTimeout);
    QCOMPARE(window->findChildren<ShortcutSheet *>().size(), 1); // one sheet, shown again
    QVERIFY(QTest::qWaitForWindowActive(sheet));
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), sheet->searchField(), kTimeout);
}

void TestKeyboard::appearanceIsARememberedChoice()
{
    QAction *dark = nullptr;
    {
        auto window = makeWindow();
        dark = menuAction(*window, u"actionDark"_s);
        QAction *light = menuAction(*window, u"actionThemeLight"_s);
        QAction *system = menuAction(*window, u"actionThemeSystem"_s);
        QVERIFY(dark && light && system);
        // A radio group of enabled choices, System by default.
        QVERIFY(dark->actionGroup() && dark->actionGroup()->isExclusive());
        QCOMPARE(dark->actionGroup(), light->actionGroup());
        QCOMPARE(dark->actionGroup(), system->actionGroup());
        QVERIFY(system->isEnabled() && light->isEnabled() && dark->isEnabled());
        QVERIFY(system->isChecked());
        QCOMPARE(Appearance::theme(), Appearance::Theme::System);
        // None of them is a disabled look-alike any more.
        const QList<QAction *> all = window->findChildren<QAction *>();
        for (const QAction *action : all)
            QVERIFY2(!action->text().contains(u"follows the system"_s), qPrintable(action->text()));

        dark->trigger(); // applied at once
        QCOMPARE(Appearance::theme(), Appearance::Theme::Dark);
        QVERIFY(Appearance::isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 Appearance::darkPalette().color(QPalette::Window));
        QVERIFY(!system->isChecked());

        light->trigger();
        QCOMPARE(Appearance::theme(), Appearance::Theme::Light);
        QVERIFY(!Appearance::isDark());
        QCOMPARE(QApplication::style()->name(), u"fusion"_s);
        QVERIFY(light->isChecked() && !dark->isChecked());
        dark->trigger();
    }
    // Remembered: the next window starts dark with Dark checked.
    Appearance::setTheme(Appearance::Theme::System);
    QCOMPARE(m_profiles->settings()->value(u"window/theme"_s).toString(), u"dark"_s);
    auto window = makeWindow();
    QVERIFY(menuAction(*window, u"actionDark"_s)->isChecked());
    QCOMPARE(Appearance::theme(), Appearance::Theme::Dark);
    menuAction(*window, u"actionThemeSystem"_s)->trigger();
    QCOMPARE(Appearance::theme(), Appearance::Theme::System);
    QCOMPARE(m_profiles->settings()->value(u"window/theme"_s).toString(), u"system"_s);
}

void TestKeyboard::everyTableTreeAndInputHasAName()
{
    auto window = makeWindow();
    window->setCurrentProfile(u"Demo"_s);
    window->show();
    RunTab *tab = window->openRun(u"Demo"_s, u"pipe_001"_s, u"run_001"_s);
    QVERIFY(tab);
    // Wait for the run's errors, so the errors panel and its summary are built.
    QTRY_VERIFY_WITH_TIMEOUT(!tab->findChildren<QAbstractItemView *>().isEmpty(), kTimeout);
    QTest::qWait(200);

    QStringList unnamed;
    QStringList named;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool wanted = qobject_cast<QAbstractItemView *>(widget)
            || qobject_cast<PartitionGrid *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget);
        // A combo box's own line edit and popup list are named through the combo box.
        if (!wanted || qobject_cast<QComboBox *>(widget->parentWidget())
            || (widget->parentWidget()
                && qobject_cast<QComboBox *>(widget->parentWidget()->parentWidget())))
            continue;
        if (widget->inherits("QComboBoxListView") || widget->inherits("QHeaderView"))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(iface);
        const QString name = iface->text(QAccessible::Name);
        const QString what = QString::fromLatin1(widget->metaObject()->className()) + u' '
            + widget->objectName() + u" in "_s
            + QString::fromLatin1(widget->parentWidget()->metaObject()->className());
        if (name.trimmed().isEmpty())
            unnamed.append(what);
        else
            named.append(name);
    }
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(u"without an accessible name:\n"_s + unnamed.join(u'\n')));
    for (const QString &name :
         {u"Pipelines"_s, u"Runs of the selected pipeline"_s, u"Watched runs"_s,
          u"Filter pipelines"_s, u"Validation errors"_s, u"Errors by message"_s,
          u"Errors by column"_s, u"Partition heat map"_s})
        QVERIFY2(named.contains(name), qPrintable(name + u" not in: "_s + named.join(u", "_s)));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
