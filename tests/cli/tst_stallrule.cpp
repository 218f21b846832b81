// The stalled-run rule, row by row: observations (seconds since a start, status, processed rows)
// fed in order, then what the rule says at a given time.
#include "core/monitor/watching/StallRule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using fw::RunStatus;
using fw::StallRule;

namespace {
struct Seen
{
    int atSeconds;
    RunStatus status;
    qint64 processed;
};
const QDateTime kStart(QDate(2026, 3, 30), QTime(10, 0), Qt::UTC);
} // namespace

Q_DECLARE_METATYPE(QList<Seen>)

class TestStallRule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<int>("thresholdSeconds");
        QTest::addColumn<QList<Seen>>("seen");
        QTest::addColumn<int>("askAtSeconds");
        QTest::addColumn<bool>("stalled");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("changes"); ///< what each observe() said: - B E

        constexpr auto R = RunStatus::Running;
        const int tenMin = 600;
        QTest::newRow("moving") << tenMin << QList<Seen> {{0, R, 10}, {60, R, 20}, {120, R, 30}}
                                << 130 << false << QString() << u"---"_s;
        QTest::newRow("unchanged for less than the threshold")
            << tenMin << QList<Seen> {{0, R, 10}, {300, R, 10}} << 599 << false << QString()
            << u"--"_s;
        QTest::newRow("unchanged for exactly the threshold")
            << tenMin << QList<Seen> {{0, R, 10}, {600, R, 10}} << 600 << true
            << u"stalled for 10 min"_s << u"-B"_s;
        QTest::newRow("stalled for 12 min")
            << tenMin << QList<Seen> {{0, R, 10}, {300, R, 10}, {720, R, 10}} << 750 << true
            << u"stalled for 12 min"_s << u"--B"_s;
        QTest::newRow("reported once per stall")
            << tenMin << QList<Seen> {{0, R, 10}, {600, R, 10}, {660, R, 10}, {720, R, 10}} << 720
            << true << u"stalled for 12 min"_s << u"-B--"_s;
        QTest::newRow("stall between polls is seen when asked")
            << tenMin << QList<Seen> {{0, R, 10}, {60, R, 10}} << 900 << true
            << u"stalled for 15 min"_s << u"--"_s;
        QTest::newRow("moving again ends the stall")
            << tenMin << QList<Seen> {{0, R, 10}, {600, R, 10}, {660, R, 11}} << 700 << false
            << QString() << u"-BE"_s;
        QTest::newRow("a second stall is reported again")
            << tenMin << QList<Seen> {{0, R, 10}, {600, R, 10}, {660, R, 11}, {1260, R, 11}} << 1260
            << true << u"stalled for 10 min"_s << u"-BEB"_s;
        QTest::newRow("measured from the first sight of the count")
            << tenMin << QList<Seen> {{0, R, 10}, {100, R, 50}, {650, R, 50}} << 650 << false
            << QString() << u"---"_s;
        QTest::newRow("a count going backwards counts as moving")
            << tenMin << QList<Seen> {{0, R, 10}, {600, R, 5}} << 600 << false << QString()
            << u"--"_s;
        QTest::newRow("pending never stalls")
            << tenMin << QList<Seen> {{0, RunStatus::Pending, 0}, {3600, RunStatus::Pending, 0}}
            << 3600 << false << QString() << u"--"_s;
        QTest::newRow("unknown status never stalls")
            << tenMin << QList<Seen> {{0, RunStatus::Unknown, 5}, {3600, RunStatus::Unknown, 5}}
            << 3600 << false << QString() << u"--"_s;
        QTest::newRow("pending then running starts the count")
            << tenMin << QList<Seen> {{0, RunStatus::Pending, 0}, {500, R, 0}, {1000, R, 0}} << 1000
            << false << QString() << u"---"_s;
        QTest::newRow("terminal status ends the stall")
            << tenMin << QList<Seen> {{0, R, 10}, {600, R, 10}, {700, RunStatus::Failed, 10}}
            << 2000 << false << QString() << u"-BE"_s;
        QTest::newRow("paused (unknown) after a stall ends it")
            << tenMin << QList<Seen> {{0, R, 10}, {600, R, 10}, {610, RunStatus::Unknown, 10}}
            << 2000 << false << QString() << u"-BE"_s;
        QTest::newRow("one minute threshold") << 60 << QList<Seen> {{0, R, 10}, {90, R, 10}} << 90
                                              << true << u"stalled for 1 min"_s << u"-B"_s;
        QTest::newRow("seconds threshold reads in seconds")
            << 1 << QList<Seen> {{0, R, 10}, {2, R, 10}} << 45 << true << u"stalled for 45 s"_s
            << u"-B"_s;
        QTest::newRow("hours") << tenMin << QList<Seen> {{0, R, 10}, {600, R, 10}} << 7500 << true
                               << u"stalled for 2 h 05 min"_s << u"-B"_s;
        QTest::newRow("nothing seen")
            << tenMin << QList<Seen> {} << 5000 << false << QString() << QString();
        QTest::newRow("asked before the last observation")
            << tenMin << QList<Seen> {{0, R, 10}} << -10 << false << QString() << u"-"_s;
    }
    void rule()
    {
        QFETCH(int, thresholdSeconds);
        QFETCH(QList<Seen>, seen);
        QFETCH(int, askAtSeconds);
        QFETCH(bool, stalled);
        QFETCH(QString, text);
        QFETCH(QString, changes);

        StallRule rule {std::chrono::seconds(thresholdSeconds)};
        QString said;
        for (const Seen &s : seen) {
            switch (rule.observe(s.status, s.processed, kStart.addSecs(s.atSeconds))) {
            case StallRule::Change::None:
                said += u'-';
                break;
            case StallRule::Change::Began:
                said += u'B';
                break;
            case StallRule::Change::Ended:
                said += u'E';
                break;
            }
        }
        QCOMPARE(said, changes);
        const QDateTime now = kStart.addSecs(askAtSeconds);
        QCOMPARE(rule.isStalled(now), stalled);
        QCOMPARE(rule.text(now), text);
    }

    void defaultIsTenMinutes()
    {
        StallRule rule;
        QCOMPARE(rule.threshold(), std::chrono::milliseconds(600'000));
        rule.observe(RunStatus::Running, 1, kStart);
        QVERIFY(!rule.isStalled(kStart.addSecs(599)));
        QVERIFY(rule.isStalled(kStart.addSecs(600)));
        rule.reset();
        QVERIFY(!rule.isStalled(kStart.addSecs(600)));
    }
};

QTEST_APPLESS_MAIN(TestStallRule)
#include "tst_stallrule.moc"
