// PollSchedule, the rule table behind RunWatcher's timing, row by row.
#include "core/api/RetryAfter.h"
#include "core/monitor/watching/PollSchedule.h"

#include <QTest>
#include <QTimeZone>

#include <limits>

using fw::PollSchedule;

namespace {
// One step: 'c' a changed poll, 'u' an unchanged poll, 'f' a failure, 'r' a 429 with
// Retry-After 7, '0' a 503 with Retry-After 0, 'n' one with a negative Retry-After (as a caller
// might pass it), 'H' one with an absurd Retry-After, 'h' hide the window, 'v' show it, 'x' reset.
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
        case '0':
            s.recordFailure(0);
            break;
        case 'n':
            s.recordFailure(-30);
            break;
        case 'H':
            s.recordFailure(std::numeric_limits<long long>::max());
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
        QTest::newRow("Retry-After longer than the backoff")
            << 2000 << 0.5 << QByteArray("fffr") << 7000LL;
        QTest::newRow("Retry-After never shortens the backoff")
            << 2000 << 1.0 << QByteArray("fffr") << 8000LL;
        QTest::newRow("Retry-After above the base") << 2000 << 1.0 << QByteArray("r") << 7000LL;
        QTest::newRow("Retry-After while hidden: the hidden floor")
            << 2000 << 1.0 << QByteArray("hr") << 15'000LL;
        QTest::newRow("Retry-After 0: the base interval")
            << 2000 << 0.0 << QByteArray("0") << 2000LL;
        QTest::newRow("Retry-After 0 with a long base")
            << 30'000 << 0.0 << QByteArray("0") << 30'000LL;
        QTest::newRow("Retry-After 0 still backs off")
            << 2000 << 1.0 << QByteArray("000000") << 32'000LL;
        QTest::newRow("Retry-After 0 after plain failures")
            << 2000 << 1.0 << QByteArray("ffff0") << 16'000LL;
        QTest::newRow("negative Retry-After: the base interval")
            << 2000 << 0.0 << QByteArray("n") << 2000LL;
        QTest::newRow("absurd Retry-After capped at 15 min")
            << 2000 << 1.0 << QByteArray("H") << 900'000LL;
        QTest::newRow("hidden, Retry-After 0") << 2000 << 0.0 << QByteArray("h0") << 15'000LL;
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
        QVERIFY(s.nextDelay() <= PollSchedule::kRetryAfterCap);
    }

    // The whole chain from the header a server sends to the wait before the next poll.
    void retryAfterHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("failuresBefore");
        QTest::addColumn<bool>("hidden");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("delayMs");
        // now is 2026-11-28 12:00:00 UTC; the base interval 2 s.
        QTest::newRow("7 s") << QByteArray("7") << 0 << false << 1.0 << 7000LL;
        QTest::newRow("0") << QByteArray("0") << 0 << false << 0.0 << 2000LL;
        QTest::newRow("0, fifth failure in a row")
            << QByteArray("0") << 4 << false << 1.0 << 16'000LL;
        QTest::newRow("0 while hidden") << QByteArray("0") << 0 << true << 0.0 << 15'000LL;
        QTest::newRow("negative: backoff") << QByteArray("-5") << 0 << false << 1.0 << 1000LL;
        QTest::newRow("negative, third failure: backoff")
            << QByteArray("-5") << 2 << false << 1.0 << 4000LL;
        QTest::newRow("huge: capped at 15 min")
            << QByteArray("99999999999999999999") << 0 << false << 0.0 << 900'000LL;
        QTest::newRow("an hour: capped at 15 min")
            << QByteArray("3600") << 0 << false << 0.0 << 900'000LL;
        QTest::newRow("a date in the past")
            << QByteArray("Sat, 28 Nov 2026 11:00:00 GMT") << 0 << false << 0.0 << 2000LL;
        QTest::newRow("a date in 1994")
            << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 3 << false << 1.0 << 8000LL;
        QTest::newRow("a date 30 s ahead")
            << QByteArray("Sat, 28 Nov 2026 12:00:30 GMT") << 0 << false << 1.0 << 30'000LL;
        QTest::newRow("a date next year: capped")
            << QByteArray("Sun, 28 Nov 2027 12:00:00 GMT") << 0 << false << 1.0 << 900'000LL;
        QTest::newRow("garbage: backoff") << QByteArray("soon") << 0 << false << 1.0 << 1000LL;
        QTest::newRow("a fraction: backoff") << QByteArray("1.5") << 1 << false << 1.0 << 2000LL;
        QTest::newRow("an exponent: backoff") << QByteArray("1e3") << 0 << false << 0.0 << 250LL;
        QTest::newRow("empty: backoff") << QByteArray("") << 0 << false << 1.0 << 1000LL;
    }

    void retryAfterHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, failuresBefore);
        QFETCH(bool, hidden);
        QFETCH(double, random);
        QFETCH(qint64, delayMs);
        const QDateTime now(QDate(2026, 11, 28), QTime(12, 0, 0), QTimeZone::utc());
        PollSchedule s;
        s.setRandomSource([random] { return random; });
        s.setVisible(!hidden);
        for (int i = 0; i < failuresBefore; ++i)
            s.recordFailure(std::nullopt);
        s.recordFailure(fw::parseRetryAfter(header, now));
        QCOMPARE(s.consecutiveFailures(), failuresBefore + 1); // a 503/429 always counts
        QCOMPARE(qint64(s.nextDelay().count()), delayMs);
    }

    // A server answering every poll with 503 and Retry-After: 0 for an hour, with the jitter at
    // its lowest: the polls stay few (the backoff grows as for any other failure).
    void noStormOnRetryAfterZero()
    {
        PollSchedule s;
        s.setRandomSource([] { return 0.0; });
        qint64 elapsedMs = 0;
        int polls = 0;
        while (elapsedMs < 3'600'000) {
            ++polls;
            s.recordFailure(0);
            QVERIFY(s.nextDelay() >= s.baseInterval());
            elapsedMs += s.nextDelay().count();
        }
        QVERIFY2(polls <= 1800, qPrintable(QString::number(polls))); // never faster than the base
        // At the top of the window the backoff reaches a minute a poll.
        PollSchedule top;
        top.setRandomSource([] { return 1.0; });
        for (int i = 0; i < 10; ++i)
            top.recordFailure(0);
        QCOMPARE(qint64(top.nextDelay().count()), 60'000LL);
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
