// PollSchedule, the rule table behind RunWatcher's timing, row by row.
#include "core/monitor/watching/PollSchedule.h"

#include <QTest>

using fw::PollSchedule;

namespace {
// One step: 'c' a changed poll, 'u' an unchanged poll, 'f' a failure, 'r' a 429 with
// Retry-After 7, 'h' hide the window, 'v' show it, 'x' reset.
void play(PollSchedule &s, const QByteArray &steps)
{
    for (const char step : steps) {
        switch (step) {
        case 'c':
            s.recordSuccess(true);
            break;
        case 'u':
            s.recordSuccess(false);
            break;
        case 'f':
            s.recordFailure(std::nullopt);
            break;
        case 'r':
            s.recordFailure(7);
            break;
        case 'h':
            s.setVisible(false);
            break;
        case 'v':
            s.setVisible(true);
            break;
        case 'x':
            s.reset();
            break;
        default:
            QFAIL("unknown step");
        }
    }
}
} // namespace

class TestPollSchedule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextDelay_data()
    {
        QTest::addColumn<int>("baseMs");
        QTest::addColumn<double>("random");
        QTest::addColumn<QByteArray>("steps");
        QTest::addColumn<qint64>("delayMs");
        QTest::newRow("changed: base") << 2000 << 1.0 << QByteArray("c") << 2000LL;
        QTest::newRow("one unchanged: ×1.5") << 2000 << 1.0 << QByteArray("cu") << 3000LL;
        QTest::newRow("three unchanged") << 2000 << 1.0 << QByteArray("cuuu") << 6750LL;
        QTest::newRow("unchanged capped at 4×") << 2000 << 1.0 << QByteArray("cuuuuuuuu") << 8000LL;
        QTest::newRow("a change resets the slowdown")
            << 2000 << 1.0 << QByteArray("cuuuc") << 2000LL;
        QTest::newRow("hidden: at least 15 s") << 2000 << 1.0 << QByteArray("hc") << 15'000LL;
        QTest::newRow("hidden with a long base") << 30'000 << 1.0 << QByteArray("hc") << 30'000LL;
        QTest::newRow("shown again") << 2000 << 1.0 << QByteArray("hcv") << 2000LL;
        QTest::newRow("first failure, top of window") << 2000 << 1.0 << QByteArray("f") << 1000LL;
        QTest::newRow("fourth failure, top") << 2000 << 1.0 << QByteArray("ffff") << 8000LL;
        QTest::newRow("tenth failure capped at 60 s")
            << 2000 << 1.0 << QByteArray("ffffffffff") << 60'000LL;
        QTest::newRow("jitter at a quarter") << 2000 << 0.25 << QByteArray("ffff") << 2000LL;
        QTest::newRow("jitter never below 250 ms") << 2000 << 0.0 << QByteArray("fff") << 250LL;
        QTest::newRow("out-of-range random clamped") << 2000 << 7.0 << QByteArray("ff") << 2000LL;
        QTest::newRow("Retry-After wins over backoff")
            << 2000 << 1.0 << QByteArray("fffr") << 7000LL;
        QTest::newRow("Retry-After even when hidden") << 2000 << 1.0 << QByteArray("hr") << 7000LL;
        QTest::newRow("success after failures: base")
            << 2000 << 1.0 << QByteArray("fffc") << 2000LL;
        QTest::newRow("reset forgets everything")
            << 2000 << 1.0 << QByteArray("cuuufffx") << 2000LL;
    }

    void nextDelay()
    {
        QFETCH(int, baseMs);
        QFETCH(double, random);
        QFETCH(QByteArray, steps);
        QFETCH(qint64, delayMs);
        PollSchedule s;
        s.setBaseInterval(std::chrono::milliseconds(baseMs));
        s.setRandomSource([random] { return random; });
        play(s, steps);
        QCOMPARE(qint64(s.nextDelay().count()), delayMs);
        QVERIFY(s.nextDelay() <= std::max(PollSchedule::kBackoffCap, PollSchedule::kMaxBase * 4));
    }

    void backoffCeilingDoublesToTheCap()
    {
        PollSchedule s;
        const qint64 expected[] = {1000, 2000, 4000, 8000, 16'000, 32'000, 60'000, 60'000};
        for (const qint64 ceiling : expected) {
            s.recordFailure(std::nullopt);
            QCOMPARE(qint64(s.backoffCeiling().count()), ceiling);
        }
    }
};

QTEST_GUILESS_MAIN(TestPollSchedule)
#include "tst_pollschedule.moc"
