// Screenshots of Retry at work against the simulator: the confirmation dialog for run_001 on a
// production profile (light and dark) and a viewer's disabled Retry with its tooltip, on the real
// run page. PNGs are written only when FLOWWATCH_SCREENSHOT_DIR is set; the checks always run.
#include "core/api/ApiClient.h"
#include "core/monitor/retry/RetryController.h"
#include "core/monitor/watching/RunWatcher.h"
#include "support/SimFixture.h"
#include "ui/common/DarkPalette.h"
#include "ui/retry/RetryAction.h"
#include "ui/retry/RetryDialog.h"
#include "ui/retry/RetryPanel.h"
#include "ui/run/RunPage.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fw;
using namespace fw::ui;
using fw::test::SimFixture;

namespace {
void save(const QPixmap &pixmap, const QString &name)
{
    const QString dir = qEnvironmentVariable("FLOWWATCH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(pixmap.save(QDir(dir).filePath(name)));
}

std::unique_ptr<ApiClient> clientFor(SimFixture &fixture, const QString &name, const QString &key)
{
    ConnectionConfig config;
    config.name = name;
    config.server = fixture.sim().baseUrl();
    config.tenant = u"demo"_s;
    config.apiKey = key;
    return std::make_unique<ApiClient>(config);
}
} // namespace

class TestRetryScreenshots final : public QObject
{
    Q_OBJECT

    void confirmDialog(const QString &fileName)
    {
        SimFixture fixture;
        auto client = clientFor(fixture, u"Production"_s, u"krn_demo_admin"_s);
        RetryController *controller = RetryController::forClient(client.get());
        controller->policy()->setRole(Role::Admin);
        RunWatcher watcher(client.get(), u"pipe_001"_s, u"run_001"_s);
        RunPage page(&watcher);
        watcher.start();
        page.setPipelineName(u"Orders → Warehouse"_s);
        auto *action = new RetryAction(
            controller,
            WatchedRun {
                {u"Production"_s, u"pipe_001"_s, u"run_001"_s}, u"Orders → Warehouse"_s, {}, true},
            &page);
        action->watch(&watcher);
        page.addHeaderWidget(new RetryPanel(action));
        page.resize(1280, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(action->hasProgress(), 10'000);
        QVERIFY(action->trigger());
        RetryDialog *dialog = action->dialog();
        QCOMPARE(dialog->outcomeText(), u"Resumes from the server's last checkpoint"_s);
        QVERIFY(dialog->productionWarning()->isVisible());
        const int width = 560;
        const int height = dialog->hasHeightForWidth() ? dialog->heightForWidth(width)
                                                       : dialog->sizeHint().height();
        dialog->resize(width, qMax(height, dialog->minimumSizeHint().height()));
        QTest::qWait(50);
        save(dialog->grab(), fileName);
        dialog->reject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    }

    void confirmLight()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        confirmDialog(u"retry-confirm.png"_s);
    }

    void confirmDark()
    {
        QApplication::setPalette(fw::ui::DarkPalette::palette());
        confirmDialog(u"retry-confirm-dark.png"_s);
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void retriedAsLinkAndRefusal()
    {
        SimFixture fixture;
        auto client = clientFor(fixture, u"Staging"_s, u"krn_demo_editor"_s);
        RetryController *controller = RetryController::forClient(client.get());
        RunWatcher watcher(client.get(), u"pipe_001"_s, u"run_001"_s);
        RunPage page(&watcher);
        watcher.start();
        page.setPipelineName(u"Orders → Warehouse"_s);
        auto *action = new RetryAction(
            controller,
            WatchedRun {
                {u"Staging"_s, u"pipe_001"_s, u"run_001"_s}, u"Orders → Warehouse"_s, {}, false},
            &page);
        action->watch(&watcher);
        auto *panel = new RetryPanel(action);
        page.addHeaderWidget(panel);
        page.resize(1280, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(action->hasProgress(), 10'000);
        QVERIFY(action->trigger());
        action->dialog()->retryButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(action->feedback(), RetryAction::Feedback::Succeeded, 10'000);
        QTest::qWait(50);
        save(page.grab(QRect(0, 0, page.width(), 200)), u"retry-retried.png"_s);

        // The server refuses the next one: its message, plain, under what it means.
        const QByteArray body = "{\"error\":{\"code\":\"UNPROCESSABLE_ENTITY\",\"message\":"
                                "\"Run status 'running' does not allow retry (must be failed or "
                                "completed_with_errors)\"}}";
        fixture.sim().injectFault(fw::sim::Fault::withStatus(u"POST"_s, u"/retry$"_s, 422, body));
        QVERIFY(action->trigger());
        action->dialog()->retryButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(action->feedback(), RetryAction::Feedback::Failed, 10'000);
        QTest::qWait(50);
        QVERIFY(panel->serverMessageLabel()->isVisible());
        save(page.grab(QRect(0, 0, page.width(), 200)), u"retry-refused.png"_s);
    }

    void viewerDisabledWithTooltip()
    {
        SimFixture fixture;
        auto client = clientFor(fixture, u"Analyst (viewer)"_s, u"krn_demo_viewer"_s);
        RetryController *controller = RetryController::forClient(client.get());
        controller->policy()->setRole(Role::Viewer);
        RunWatcher watcher(client.get(), u"pipe_001"_s, u"run_001"_s);
        RunPage page(&watcher);
        watcher.start();
        page.setPipelineName(u"Orders → Warehouse"_s);
        auto *action = new RetryAction(
            controller,
            WatchedRun {
                {u"Analyst"_s, u"pipe_001"_s, u"run_001"_s}, u"Orders → Warehouse"_s, {}, false},
            &page);
        action->watch(&watcher);
        auto *panel = new RetryPanel(action);
        page.addHeaderWidget(panel);
        page.resize(1280, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(action->hasProgress(), 10'000);
        QTest::qWait(100);
        QToolButton *button = panel->button();
        QVERIFY(button->isVisible());
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), u"Viewers cannot retry runs"_s);

        // Show the real tooltip under the button and paint it into the page's picture.
        const QPoint at = button->mapToGlobal(QPoint(button->width() / 2, button->height() + 4));
        QToolTip::showText(at, button->toolTip(), button);
        QWidget *tip = nullptr;
        QTRY_VERIFY([&] {
            const auto windows = QApplication::topLevelWidgets();
            for (QWidget *w : windows) {
                if (w->inherits("QTipLabel") && w->isVisible())
                    tip = w;
            }
            return tip != nullptr;
        }());
        // The offscreen screen is smaller than the page, so Qt clamps the tip's position: paint
        // it where it shows on a real screen, under the button, kept inside the page.
        const QPixmap tipPixmap = tip->grab();
        const QPoint below = button->mapTo(&page, QPoint(0, button->height() + 4));
        const QPoint tipAt(qMin(below.x(), page.width() - tipPixmap.width() - 4), below.y());
        QPixmap shot = page.grab(QRect(0, 0, page.width(), 200));
        {
            QPainter painter(&shot);
            painter.drawPixmap(tipAt, tipPixmap);
        }
        save(shot, u"retry-viewer-disabled.png"_s);
        QToolTip::hideText();
    }
};

QTEST_MAIN(TestRetryScreenshots)
#include "tst_retryscreenshots.moc"
