#include "core/monitor/watching/ErrorsLoadRule.h"
#include "core/monitor/watching/TrayStatusRule.h"
#include "core/profiles/NotificationRule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fw;

Q_DECLARE_METATYPE(fw::NotificationPolicy)
Q_DECLARE_METATYPE(fw::NotificationRule::Kind)
Q_DECLARE_METATYPE(fw::RunStatus)

namespace {

using Entries = QList<TrayStatusRule::Entry>;

RunRef ref(const QString &run)
{
    return RunRef {u"Demo"_s, u"pipe_001"_s, run};
}

TrayStatusRule::Entry e(RunStatus status, bool acknowledged = false)
{
    return {status, acknowledged};
}

} // namespace

class TestRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notification_data();
    void notification();
    void notificationText();
    void policyKeys();
    void trayWorst_data();
    void trayWorst();
    void trayTracker();
    void errorsLoadRule_data();
    void errorsLoadRule();
};

void TestRules::notification_data()
{
    using K = NotificationRule::Kind;
    QTest::addColumn<NotificationPolicy>("policy");
    QTest::addColumn<RunStatus>("status");
    QTest::addColumn<K>("expected");

    const NotificationPolicy all = NotificationPolicy::All;
    const NotificationPolicy failures = NotificationPolicy::FailuresOnly;
    const NotificationPolicy none = NotificationPolicy::None;
    QTest::newRow("all × completed") << all << RunStatus::Completed << K::Success;
    QTest::newRow("all × failed") << all << RunStatus::Failed << K::Failure;
    QTest::newRow("all × completed with errors")
        << all << RunStatus::CompletedWithErrors << K::Warning;
    QTest::newRow("all × running") << all << RunStatus::Running << K::None;
    QTest::newRow("all × pending") << all << RunStatus::Pending << K::None;
    QTest::newRow("all × unknown (paused)") << all << RunStatus::Unknown << K::None;
    QTest::newRow("failures × completed") << failures << RunStatus::Completed << K::None;
    QTest::newRow("failures × failed") << failures << RunStatus::Failed << K::Failure;
    QTest::newRow("failures × completed with errors")
        << failures << RunStatus::CompletedWithErrors << K::Warning;
    QTest::newRow("failures × running") << failures << RunStatus::Running << K::None;
    QTest::newRow("none × failed") << none << RunStatus::Failed << K::None;
    QTest::newRow("none × completed") << none << RunStatus::Completed << K::None;
    QTest::newRow("none × completed with errors")
        << none << RunStatus::CompletedWithErrors << K::None;
}

void TestRules::notification()
{
    QFETCH(NotificationPolicy, policy);
    QFETCH(RunStatus, status);
    QFETCH(NotificationRule::Kind, expected);
    QCOMPARE(NotificationRule::decide(policy, status), expected);
}

void TestRules::notificationText()
{
    QCOMPARE(NotificationRule::title(RunStatus::Failed, u"run_501"_s), u"run_501 failed"_s);
    QCOMPARE(NotificationRule::title(RunStatus::CompletedWithErrors, u"run_101"_s),
             u"run_101 completed with errors"_s);
    QCOMPARE(NotificationRule::title(RunStatus::Completed, u"run_002"_s), u"run_002 completed"_s);
    QCOMPARE(NotificationRule::body(u"Orders \u2192 Warehouse"_s, u"production"_s),
             u"Orders \u2192 Warehouse on production \u2014 click to open the run."_s);
}

void TestRules::policyKeys()
{
    for (const auto policy :
         {NotificationPolicy::All, NotificationPolicy::FailuresOnly, NotificationPolicy::None})
        QCOMPARE(notificationPolicyFromKey(notificationPolicyKey(policy)), policy);
    QCOMPARE(notificationPolicyFromKey(u"garbage"), NotificationPolicy::All);
}

void TestRules::trayWorst_data()
{
    QTest::addColumn<Entries>("entries");
    QTest::addColumn<int>("expected"); // -1: nothing watched

    QTest::newRow("nothing watched") << Entries {} << -1;
    QTest::newRow("one running") << Entries {e(RunStatus::Running)} << int(RunStatus::Running);
    QTest::newRow("failure wins over newer successes")
        << Entries {e(RunStatus::Failed), e(RunStatus::Completed), e(RunStatus::Completed)}
        << int(RunStatus::Failed);
    QTest::newRow("failure wins over running")
        << Entries {e(RunStatus::Running), e(RunStatus::Failed)} << int(RunStatus::Failed);
    QTest::newRow("failed beats completed with errors")
        << Entries {e(RunStatus::CompletedWithErrors), e(RunStatus::Failed)}
        << int(RunStatus::Failed);
    QTest::newRow("errors beat unknown")
        << Entries {e(RunStatus::Unknown), e(RunStatus::CompletedWithErrors)}
        << int(RunStatus::CompletedWithErrors);
    QTest::newRow("unknown beats running")
        << Entries {e(RunStatus::Running), e(RunStatus::Unknown)} << int(RunStatus::Unknown);
    QTest::newRow("running beats pending")
        << Entries {e(RunStatus::Pending), e(RunStatus::Running)} << int(RunStatus::Running);
    QTest::newRow("acknowledged failure no longer counts")
        << Entries {e(RunStatus::Failed, true), e(RunStatus::Completed)}
        << int(RunStatus::Completed);
    QTest::newRow("acknowledged failure, another running")
        << Entries {e(RunStatus::Failed, true), e(RunStatus::Running)} << int(RunStatus::Running);
    QTest::newRow("acknowledged errors, unacknowledged failure")
        << Entries {e(RunStatus::CompletedWithErrors, true), e(RunStatus::Failed)}
        << int(RunStatus::Failed);
    QTest::newRow("all completed")
        << Entries {e(RunStatus::Completed), e(RunStatus::Completed)} << int(RunStatus::Completed);
}

void TestRules::trayWorst()
{
    QFETCH(Entries, entries);
    QFETCH(int, expected);
    const std::optional<RunStatus> worst = TrayStatusRule::worst(entries);
    QCOMPARE(worst ? int(*worst) : -1, expected);
}

void TestRules::trayTracker()
{
    TrayStatusRule rule;
    QVERIFY(!rule.worst().has_value());
    rule.update(ref(u"a"_s), RunStatus::Running);
    rule.update(ref(u"b"_s), RunStatus::Failed);
    QCOMPARE(*rule.worst(), RunStatus::Failed);
    QCOMPARE(rule.unacknowledgedProblems(), 1);
    rule.update(ref(u"c"_s), RunStatus::Completed); // a newer success does not hide the failure
    QCOMPARE(*rule.worst(), RunStatus::Failed);
    rule.acknowledge(ref(u"b"_s)); // the user opened run b
    QCOMPARE(*rule.worst(), RunStatus::Running);
    QCOMPARE(rule.unacknowledgedProblems(), 0);
    rule.update(ref(u"b"_s), RunStatus::Failed); // same status again: stays acknowledged
    QCOMPARE(*rule.worst(), RunStatus::Running);
    rule.update(ref(u"a"_s), RunStatus::CompletedWithErrors);
    QCOMPARE(*rule.worst(), RunStatus::CompletedWithErrors);
    rule.remove(ref(u"a"_s));
    QCOMPARE(*rule.worst(), RunStatus::Completed);

    rule.acknowledge(ref(u"d"_s)); // opened while loading: its failure is already seen
    rule.update(ref(u"d"_s), RunStatus::Failed);
    QCOMPARE(*rule.worst(), RunStatus::Completed);
    rule.update(ref(u"d"_s), RunStatus::Running); // retried in place: counts anew
    rule.update(ref(u"d"_s), RunStatus::Failed);
    QCOMPARE(*rule.worst(), RunStatus::Failed);
}

void TestRules::errorsLoadRule_data()
{
    QTest::addColumn<RunStatus>("status");
    QTest::addColumn<qint64>("failedRows");
    QTest::addColumn<bool>("loadsAll");

    QTest::newRow("running, no errors yet") << RunStatus::Running << qint64(0) << false;
    QTest::newRow("running with errors: they still change")
        << RunStatus::Running << qint64(12) << false;
    QTest::newRow("pending") << RunStatus::Pending << qint64(0) << false;
    QTest::newRow("failed") << RunStatus::Failed << qint64(12) << true;
    QTest::newRow("completed with errors")
        << RunStatus::CompletedWithErrors << qint64(1'212) << true;
    QTest::newRow("completed, none") << RunStatus::Completed << qint64(0) << true;
    QTest::newRow("a million") << RunStatus::CompletedWithErrors << qint64(1'000'000) << true;
    QTest::newRow("over a million: only when asked")
        << RunStatus::CompletedWithErrors << qint64(1'000'001) << false;
    QTest::newRow("unknown status") << RunStatus::Unknown << qint64(5) << false;
}

void TestRules::errorsLoadRule()
{
    QFETCH(RunStatus, status);
    QFETCH(qint64, failedRows);
    QFETCH(bool, loadsAll);
    QCOMPARE(ErrorsLoadRule::loadsAllErrors(status, failedRows), loadsAll);
    RunProgress progress;
    progress.status = status;
    progress.failedRows = failedRows;
    QCOMPARE(ErrorsLoadRule::loadsAllErrors(progress), loadsAll);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
