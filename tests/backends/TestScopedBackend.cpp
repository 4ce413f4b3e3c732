// ScopedBackend: a partial profile delivered to a target that cannot limit itself sets only the
// policies the profile contains; the others are delivered as the target has them (left alone).
#include "backends/ScopedBackend.h"
#include "backends/SyncMlFileBackend.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ra;

namespace {
/// A target that records what it was asked to deliver and has a configuration of its own.
class RecordingBackend : public Backend
{
public:
    explicit RecordingBackend(std::optional<Configuration> now, int* reads)
        : m_now(std::move(now))
        , m_reads(reads)
    {
    }
    std::string name() const override { return "recording"; }
    std::vector<PreviewItem> preview(const ChangeSet& changes) override
    {
        previewed = changes.configuration();
        return {};
    }
    ApplyReport apply(const ChangeSet& changes, Progress*) override
    {
        applied = changes.configuration();
        return {};
    }
    std::optional<GroupPolicyReadResult> current() override
    {
        ++*m_reads;
        if (!m_now)
            return std::nullopt;
        GroupPolicyReadResult r;
        r.configuration = *m_now;
        return r;
    }
    std::optional<Configuration> previewed;
    std::optional<Configuration> applied;

private:
    std::optional<Configuration> m_now;
    int* m_reads;
};

Configuration targetHas()
{
    Configuration c;
    c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
    c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit",
                std::vector<std::string>{"CORP\\Helpdesk"});
    c.setState(PolicyId::SessionLogging, PolicyState::Enabled);
    return c;
}
} // namespace

class TestScopedBackend : public QObject
{
    Q_OBJECT
private slots:
    void leftOutPoliciesKeepWhatTheTargetHas()
    {
        int reads = 0;
        auto target = std::make_unique<RecordingBackend>(targetHas(), &reads);
        RecordingBackend* seen = target.get();
        Configuration profile; // the profile speaks about session logging only: turn it off
        profile.setState(PolicyId::SessionLogging, PolicyState::Disabled);
        ScopedBackend scoped(std::move(target), {PolicyId::SessionLogging});
        QCOMPARE(scoped.name(), std::string("recording"));
        QVERIFY(scoped.apply(ChangeSet(profile)).ok);
        QVERIFY(seen->applied);
        QCOMPARE(seen->applied->state(PolicyId::SessionLogging), PolicyState::Disabled);
        QCOMPARE(seen->applied->state(PolicyId::UnsolicitedRemoteAssistance), PolicyState::Enabled);
        QCOMPARE(seen->applied->list(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit"),
                 std::vector<std::string>{"CORP\\Helpdesk"});
        QCOMPARE(seen->applied->state(PolicyId::SolicitedRemoteAssistance), PolicyState::NotConfigured);
        scoped.preview(ChangeSet(profile));
        QCOMPARE(*seen->previewed, *seen->applied);
        QCOMPARE(reads, 2);
    }

    void allPoliciesGoThroughUnchangedWithoutReading()
    {
        int reads = 0;
        RecordingBackend target(targetHas(), &reads);
        Configuration profile;
        profile.setState(PolicyId::SessionLogging, PolicyState::Disabled);
        const ChangeSet changes(profile);
        const ChangeSet out = ScopedBackend::scopedChanges(
            target, changes, {kAllPolicies.begin(), kAllPolicies.end()});
        QCOMPARE(out.configuration(), profile);
        QCOMPARE(reads, 0);
    }

    void targetWithNothingYetGetsTheOthersNotConfigured()
    {
        int reads = 0;
        RecordingBackend target(std::nullopt, &reads);
        Configuration profile;
        profile.setState(PolicyId::SessionLogging, PolicyState::Disabled);
        profile.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled); // not in scope
        const ChangeSet out = ScopedBackend::scopedChanges(target, ChangeSet(profile), {PolicyId::SessionLogging});
        Configuration expected;
        expected.setState(PolicyId::SessionLogging, PolicyState::Disabled);
        QCOMPARE(out.configuration(), expected);
        QCOMPARE(reads, 1);
    }

    void realFileTargetKeepsItsOtherPolicies()
    {
        QTemporaryDir dir;
        const std::filesystem::path path = dir.filePath(QStringLiteral("ra.xml")).toStdString();
        QVERIFY(SyncMlFileBackend(path).apply(ChangeSet(targetHas())).ok);
        Configuration profile;
        profile.setState(PolicyId::SessionLogging, PolicyState::Disabled);
        ScopedBackend scoped(std::make_unique<SyncMlFileBackend>(path), {PolicyId::SessionLogging});
        QVERIFY(scoped.apply(ChangeSet(profile)).ok);
        const auto now = SyncMlFileBackend(path).current();
        QVERIFY(now);
        QCOMPARE(now->configuration.state(PolicyId::SessionLogging), PolicyState::Disabled);
        QCOMPARE(now->configuration.state(PolicyId::UnsolicitedRemoteAssistance), PolicyState::Enabled);
        QCOMPARE(now->configuration.list(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit"),
                 std::vector<std::string>{"CORP\\Helpdesk"});
    }
};

QTEST_APPLESS_MAIN(TestScopedBackend)
#include "TestScopedBackend.moc"
