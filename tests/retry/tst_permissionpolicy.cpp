// PermissionPolicy: every role x run status x server verdict x retry activity, and the exact
// reason texts users read in tooltips and on the command line.
#include "core/monitor/retry/PermissionPolicy.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using fw::PermissionPolicy;
using fw::RetryPermission;
using fw::Role;
using fw::RunStatus;
using Reason = RetryPermission::Reason;
using Activity = PermissionPolicy::Activity;

Q_DECLARE_METATYPE(std::optional<fw::RunStatus>)

namespace {
struct Named
{
    const char *name;
    Role role;
};
struct NamedStatus
{
    const char *name;
    std::optional<RunStatus> status;
};

constexpr Named roles[] = {{"admin", Role::Admin},
                           {"editor", Role::Editor},
                           {"viewer", Role::Viewer},
                           {"unknown", Role::Unknown}};
const NamedStatus statuses[] = {{"pending", RunStatus::Pending},
                                {"running", RunStatus::Running},
                                {"completed", RunStatus::Completed},
                                {"failed", RunStatus::Failed},
                                {"completed_with_errors", RunStatus::CompletedWithErrors},
                                {"paused(unknown)", RunStatus::Unknown},
                                {"not-loaded", std::nullopt}};
} // namespace

class TestPermissionPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reasonTexts_data()
    {
        QTest::addColumn<Reason>("reason");
        QTest::addColumn<QString>("text");
        QTest::newRow("allowed") << Reason::Allowed << QString();
        QTest::newRow("viewer") << Reason::ViewerRole << u"Viewers cannot retry runs"_s;
        QTest::newRow("status") << Reason::RunNotRetryable
                                << u"Only failed runs or runs completed with errors can be "
                                   "retried"_s;
        QTest::newRow("server") << Reason::ServerRefused
                                << u"The server refused: insufficient permissions"_s;
        QTest::newRow("in-flight")
            << Reason::RetryInFlight << u"A retry of this run is already being sent"_s;
        QTest::newRow("checking") << Reason::CheckingOutcome
                                  << u"Outcome unknown — checking whether the retry was "
                                     "created"_s;
        QTest::newRow("not-loaded") << Reason::StatusNotLoaded << u"Waiting for the run's status"_s;
    }
    void reasonTexts()
    {
        QFETCH(Reason, reason);
        QFETCH(QString, text);
        QCOMPARE(RetryPermission {reason}.text(), text);
        QCOMPARE(RetryPermission {reason}.isAllowed(), reason == Reason::Allowed);
    }

    // The whole table: 4 roles x 7 statuses x 2 server verdicts x 3 activities = 168 rows.
    void canRetry_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<std::optional<RunStatus>>("status");
        QTest::addColumn<bool>("forbiddenByServer");
        QTest::addColumn<Activity>("activity");
        QTest::addColumn<Reason>("expected");
        const std::pair<const char *, Activity> activities[]
            = {{"idle", Activity::Idle},
               {"sending", Activity::Sending},
               {"checking", Activity::CheckingOutcome}};
        for (const Named &role : roles) {
            for (const NamedStatus &status : statuses) {
                for (const bool forbidden : {false, true}) {
                    for (const auto &[activityName, activity] : activities) {
                        Reason expected = Reason::Allowed;
                        if (role.role == Role::Viewer)
                            expected = Reason::ViewerRole;
                        else if (forbidden)
                            expected = Reason::ServerRefused;
                        else if (activity == Activity::Sending)
                            expected = Reason::RetryInFlight;
                        else if (activity == Activity::CheckingOutcome)
                            expected = Reason::CheckingOutcome;
                        else if (!status.status)
                            expected = Reason::StatusNotLoaded;
                        else if (*status.status != RunStatus::Failed
                                 && *status.status != RunStatus::CompletedWithErrors)
                            expected = Reason::RunNotRetryable;
                        QTest::addRow("%s/%s/%s/%s", role.name, status.name,
                                      forbidden ? "server-403" : "no-verdict", activityName)
                            << role.role << status.status << forbidden << activity << expected;
                    }
                }
            }
        }
    }
    void canRetry()
    {
        QFETCH(Role, role);
        QFETCH(std::optional<RunStatus>, status);
        QFETCH(bool, forbiddenByServer);
        QFETCH(Activity, activity);
        QFETCH(Reason, expected);
        PermissionPolicy policy(role);
        if (forbiddenByServer)
            policy.markForbiddenByServer();
        const RetryPermission permission = policy.canRetry(status, activity);
        QCOMPARE(permission.reason, expected);
        QCOMPARE(permission.isAllowed(), expected == Reason::Allowed);
        QCOMPARE(permission.text().isEmpty(), expected == Reason::Allowed);
    }

    // The explicit cases from the specification, as a user reads them.
    void documentedCases_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<RunStatus>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("admin may retry a failed run")
            << Role::Admin << RunStatus::Failed << QString();
        QTest::newRow("editor may retry a partial run")
            << Role::Editor << RunStatus::CompletedWithErrors << QString();
        QTest::newRow("unknown role is allowed until the server says no")
            << Role::Unknown << RunStatus::Failed << QString();
        QTest::newRow("viewer never")
            << Role::Viewer << RunStatus::Failed << u"Viewers cannot retry runs"_s;
        QTest::newRow("running run") << Role::Admin << RunStatus::Running
                                     << u"Only failed runs or runs completed with errors can be "
                                        "retried"_s;
        QTest::newRow("completed run") << Role::Admin << RunStatus::Completed
                                       << u"Only failed runs or runs completed with errors can "
                                          "be retried"_s;
        QTest::newRow("unknown status (paused)")
            << Role::Editor << RunStatus::Unknown
            << u"Only failed runs or runs completed with errors can be retried"_s;
    }
    void documentedCases()
    {
        QFETCH(Role, role);
        QFETCH(RunStatus, status);
        QFETCH(QString, reason);
        PermissionPolicy policy(role);
        QCOMPARE(policy.canRetry(status).text(), reason);
    }

    void serverVerdictIsRememberedUntilRechecked()
    {
        PermissionPolicy policy(Role::Admin);
        QSignalSpy changed(&policy, &PermissionPolicy::changed);
        QVERIFY(policy.canRetry(RunStatus::Failed).isAllowed());

        policy.markForbiddenByServer();
        QCOMPARE(changed.size(), 1);
        QVERIFY(policy.isForbiddenByServer());
        QCOMPARE(policy.canRetry(RunStatus::Failed).text(),
                 u"The server refused: insufficient permissions"_s);
        QCOMPARE(policy.profilePermission().reason, Reason::ServerRefused);
        policy.markForbiddenByServer(); // again: nothing new
        QCOMPARE(changed.size(), 1);
        policy.setRole(Role::Editor); // a role change alone does not forget the server's answer
        QCOMPARE(changed.size(), 2);
        QCOMPARE(policy.canRetry(RunStatus::Failed).reason, Reason::ServerRefused);

        policy.clearServerVerdict();
        QCOMPARE(changed.size(), 3);
        QVERIFY(policy.canRetry(RunStatus::Failed).isAllowed());
        policy.clearServerVerdict();
        policy.setRole(Role::Editor);
        QCOMPARE(changed.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPermissionPolicy)
#include "tst_permissionpolicy.moc"
