#include "ShoutingTranslator.h"
#include "core/Error.h"
#include "core/Validator.h"
#include "models/PolicyDocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace ra;

namespace {
const QString kShare = QStringLiteral("RA_Options_Share_Control_Message");
const QString kHelpers = QStringLiteral("RA_Unsolicit_DACL_Edit");
const QString kExpiry = QStringLiteral("RA_Solicit_ExpireValue_Edt");
} // namespace

class TestPolicyDocument : public QObject
{
    Q_OBJECT
private slots:
    void freshDocumentIsUnmodifiedAndNotConfigured()
    {
        PolicyDocument doc;
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 0);
        for (PolicyId id : kAllPolicies)
            QCOMPARE(doc.configuration().state(id), PolicyState::NotConfigured);
        QCOMPARE(doc.findings(), Validator::validate(Configuration()));
    }

    void setStateIsOneUndoableCommand()
    {
        PolicyDocument doc;
        QSignalSpy changed(&doc, &PolicyDocument::policyChanged);
        QSignalSpy modified(&doc, &PolicyDocument::modifiedChanged);
        doc.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        QCOMPARE(doc.configuration().state(PolicyId::SessionLogging), PolicyState::Enabled);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Set “Turn on session logging” to Enabled"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<PolicyId>(), PolicyId::SessionLogging);
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.at(0).at(0).toBool(), true);

        // the same value again: nothing
        doc.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        QCOMPARE(doc.undoStack()->count(), 1);

        doc.undoStack()->undo();
        QCOMPARE(doc.configuration().state(PolicyId::SessionLogging), PolicyState::NotConfigured);
        QVERIFY(!doc.isModified());
        QCOMPARE(modified.count(), 2);
        QCOMPARE(changed.count(), 2);
        doc.undoStack()->redo();
        QCOMPARE(doc.configuration().state(PolicyId::SessionLogging), PolicyState::Enabled);
        QVERIFY(doc.isModified());
    }

    void consecutiveTextEditsMerge()
    {
        PolicyDocument doc;
        doc.setOption(PolicyId::CustomizeWarningMessages, kShare, std::string("H"));
        doc.setOption(PolicyId::CustomizeWarningMessages, kShare, std::string("He"));
        doc.setOption(PolicyId::CustomizeWarningMessages, kShare, std::string("Hello"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(),
                 QStringLiteral("Change “Display warning message before sharing control” of "
                                "“Customize warning messages”"));
        QCOMPARE(doc.configuration().text(PolicyId::CustomizeWarningMessages, kShare.toStdString()),
                 std::string("Hello"));
        // another element does not merge
        doc.setOption(PolicyId::CustomizeWarningMessages, QStringLiteral("RA_Options_Connect_Message"),
                      std::string("x"));
        QCOMPARE(doc.undoStack()->count(), 2);
        // a non-text option does not merge
        doc.setOption(PolicyId::SolicitedRemoteAssistance, kExpiry, std::uint32_t(5));
        doc.setOption(PolicyId::SolicitedRemoteAssistance, kExpiry, std::uint32_t(6));
        QCOMPARE(doc.undoStack()->count(), 4);

        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.configuration().text(PolicyId::CustomizeWarningMessages, kShare.toStdString()),
                 std::string("Hello"));
        doc.undoStack()->undo();
        QCOMPARE(doc.configuration().text(PolicyId::CustomizeWarningMessages, kShare.toStdString()),
                 std::string());
        QVERIFY(!doc.isModified());
    }

    void typingBackToTheOriginalLeavesNothingToUndo()
    {
        PolicyDocument doc;
        doc.setOption(PolicyId::CustomizeWarningMessages, kShare, std::string("a"));
        doc.setOption(PolicyId::CustomizeWarningMessages, kShare, std::string());
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
    }

    void textEditsDoNotMergeIntoTheSavedState()
    {
        PolicyDocument doc;
        doc.setOption(PolicyId::CustomizeWarningMessages, kShare, std::string("a"));
        doc.setSaved();
        QVERIFY(!doc.isModified());
        doc.setOption(PolicyId::CustomizeWarningMessages, kShare, std::string("ab"));
        QVERIFY(doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.configuration().text(PolicyId::CustomizeWarningMessages, kShare.toStdString()),
                 std::string("a"));
    }

    void commentEditsMerge()
    {
        PolicyDocument doc;
        doc.setComment(PolicyId::SessionLogging, QStringLiteral("T"));
        doc.setComment(PolicyId::SessionLogging, QStringLiteral("Ticket 4711 – Grüße"));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.configuration().comment(PolicyId::SessionLogging), std::string("Ticket 4711 – Grüße"));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Edit the comment of “Turn on session logging”"));
        doc.setComment(PolicyId::SolicitedRemoteAssistance, QStringLiteral("x"));
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    void wrongOptionThrowsAndPushesNothing()
    {
        PolicyDocument doc;
        QVERIFY_THROWS_EXCEPTION(Error, doc.setOption(PolicyId::SessionLogging, kShare, std::string("x")));
        QVERIFY_THROWS_EXCEPTION(Error, doc.setOption(PolicyId::SolicitedRemoteAssistance, kExpiry,
                                                      std::string("five")));
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void findingsFollowEveryEditAndUndo()
    {
        PolicyDocument doc;
        QSignalSpy findings(&doc, &PolicyDocument::findingsChanged);
        doc.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
        doc.setOption(PolicyId::UnsolicitedRemoteAssistance, kHelpers,
                      std::vector<std::string>{"alice@corp.example"});
        Configuration expected;
        expected.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
        expected.setOption(PolicyId::UnsolicitedRemoteAssistance, kHelpers.toStdString(),
                           std::vector<std::string>{"alice@corp.example"});
        std::vector<Finding> all = Validator::validate(expected);
        const auto lint = Linter::lint(expected);
        all.insert(all.end(), lint.begin(), lint.end());
        QCOMPARE(doc.findings(), all);
        bool hasUpn = false;
        for (const Finding& f : doc.findings())
            hasUpn = hasUpn || (f.code == "helper.upn" && f.row == 0);
        QVERIFY(hasUpn);
        QVERIFY(findings.count() >= 2);

        doc.undoStack()->undo();
        for (const Finding& f : doc.findings())
            QVERIFY(f.code != "helper.upn");
    }

    void deploymentTargetFeedsTheLinterLive()
    {
        PolicyDocument doc;
        QCOMPARE(doc.deploymentTarget(), DeploymentTarget{});
        QCOMPARE(doc.deploymentTarget().families, std::vector<WindowsFamily>{WindowsFamily::VistaAndLater});
        doc.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        auto has = [&doc](const char* code) {
            return std::any_of(doc.findings().begin(), doc.findings().end(),
                               [&](const Finding& f) { return f.code == code; });
        };
        QVERIFY(!has("sku.not-available"));
        QSignalSpy targetChanged(&doc, &PolicyDocument::deploymentTargetChanged);
        QSignalSpy findingsChanged(&doc, &PolicyDocument::findingsChanged);
        DeploymentTarget t = doc.deploymentTarget();
        t.editions = {Edition::Business, Edition::Pro};
        doc.setDeploymentTarget(t, QStringLiteral("Change the target editions"));
        QCOMPARE(targetChanged.count(), 1);
        QCOMPARE(findingsChanged.count(), 1);
        QVERIFY(has("sku.not-available"));
        // kept in catalog order
        QCOMPARE(doc.deploymentTarget().editions, (std::vector<Edition>{Edition::Pro, Edition::Business}));
        QCOMPARE(doc.lintTarget().editions, (std::vector<Edition>{Edition::Pro, Edition::Business}));
        QVERIFY(doc.isModified());
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change the target editions"));
        // the same target again: nothing
        doc.setDeploymentTarget(t, QStringLiteral("again"));
        QCOMPARE(targetChanged.count(), 1);

        // undo takes it back, with the findings
        const int steps = doc.undoStack()->count();
        doc.undoStack()->undo();
        QVERIFY(doc.deploymentTarget().editions.empty());
        QVERIFY(!has("sku.not-available"));
        QCOMPARE(targetChanged.count(), 2);
        doc.undoStack()->redo();
        QVERIFY(has("sku.not-available"));
        QCOMPARE(doc.undoStack()->count(), steps);
    }

    void mdmFollowsTheDeliveryAndIsNotAnEdit()
    {
        PolicyDocument doc;
        doc.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        DeploymentTarget t;
        t.minimumBuild = 10240;
        doc.setDeploymentTarget(t, QStringLiteral("build"));
        doc.setSaved();
        auto hasMinBuild = [&doc] {
            return std::any_of(doc.findings().begin(), doc.findings().end(),
                               [](const Finding& f) { return f.code == "mdm.min-build"; });
        };
        QVERIFY(!hasMinBuild());
        QSignalSpy mdm(&doc, &PolicyDocument::mdmDeliveryChanged);
        doc.setMdmDelivery(true);
        QVERIFY(doc.mdmDelivery());
        QVERIFY(doc.lintTarget().mdm);
        QVERIFY(hasMinBuild());
        QCOMPARE(mdm.count(), 1);
        QCOMPARE(mdm.first().first().toBool(), true);
        QVERIFY(!doc.isModified()); // the delivery is not part of the document
        doc.setMdmDelivery(true);
        QCOMPARE(mdm.count(), 1);
        doc.setMdmDelivery(false);
        QVERIFY(!hasMinBuild());
    }

    void buildStepsMergeIntoOneUndoStep()
    {
        PolicyDocument doc;
        DeploymentTarget t;
        for (std::uint32_t build : {10240u, 10241u, 10242u}) {
            t.minimumBuild = build;
            doc.setDeploymentTarget(t, QStringLiteral("Change the oldest target build"));
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.deploymentTarget().minimumBuild, 10242u);
        // another kind of change is its own step
        t.featurePresent = true;
        doc.setDeploymentTarget(t, QStringLiteral("feature"));
        t.minimumBuild = 14393;
        doc.setDeploymentTarget(t, QStringLiteral("Change the oldest target build"));
        QCOMPARE(doc.undoStack()->count(), 3);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.deploymentTarget().minimumBuild, 10242u);
        QCOMPARE(doc.deploymentTarget().featurePresent, false);
        doc.undoStack()->undo();
        QCOMPARE(doc.deploymentTarget(), DeploymentTarget{});
        QVERIFY(!doc.isModified());
    }

    void firewallConfirmationSatisfiesOfferFirewall()
    {
        PolicyDocument doc;
        doc.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
        auto firewall = [&doc]() -> const Finding* {
            for (const Finding& f : doc.findings())
                if (f.code == "offer.firewall")
                    return &f;
            return nullptr;
        };
        QVERIFY(firewall());
        DeploymentTarget t;
        t.families = {WindowsFamily::VistaAndLater, WindowsFamily::XpSp2};
        doc.setDeploymentTarget(t, QStringLiteral("families"));
        QCOMPARE(firewall()->args, (std::vector<std::string>{"vista", "xp-sp2"}));
        t.setFirewallDeployed(true);
        doc.setDeploymentTarget(t, QStringLiteral("deployed"));
        QVERIFY(!firewall());
        QVERIFY(doc.deploymentTarget().firewallDeployedForAll());
        // a family added later is not confirmed yet
        t.families.push_back(WindowsFamily::Server2003Sp1);
        doc.setDeploymentTarget(t, QStringLiteral("families"));
        QVERIFY(firewall());
        QCOMPARE(firewall()->args, std::vector<std::string>{"server2003-sp1"});
        QVERIFY(!doc.deploymentTarget().firewallDeployedForAll());
        QCOMPARE(doc.deploymentTarget().firewallPending(), std::vector<WindowsFamily>{WindowsFamily::Server2003Sp1});
        // withdrawing removes the target families' confirmations only
        t.families = {WindowsFamily::XpSp2};
        t.setFirewallDeployed(false);
        QCOMPARE(t.firewallDeployed, std::vector<WindowsFamily>{WindowsFamily::VistaAndLater});
    }

    void loadResetsTheTargetAndLoadDeploymentTargetIsNoEdit()
    {
        PolicyDocument doc;
        DeploymentTarget t;
        t.editions = {Edition::Enterprise};
        doc.setDeploymentTarget(t, QStringLiteral("editions"));
        doc.load(Configuration(), QString());
        QCOMPARE(doc.deploymentTarget(), DeploymentTarget{});
        QVERIFY(!doc.isModified());
        QSignalSpy targetChanged(&doc, &PolicyDocument::deploymentTargetChanged);
        doc.loadDeploymentTarget(t);
        QCOMPARE(doc.deploymentTarget(), t);
        QCOMPARE(targetChanged.count(), 1);
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void replaceConfigurationIsOneStepAndResets()
    {
        PolicyDocument doc;
        QSignalSpy reset(&doc, &PolicyDocument::configurationReset);
        QSignalSpy changed(&doc, &PolicyDocument::policyChanged);
        Configuration other;
        other.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Disabled);
        other.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
        doc.replaceConfiguration(other, QStringLiteral("Open profile"));
        QCOMPARE(doc.configuration(), other);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Open profile"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.configuration(), Configuration());
        QCOMPARE(reset.count(), 2);
    }

    void loadClearsHistoryAndModified()
    {
        PolicyDocument doc;
        doc.setState(PolicyId::SessionLogging, PolicyState::Disabled);
        QVERIFY(doc.isModified());
        QSignalSpy modified(&doc, &PolicyDocument::modifiedChanged);
        QSignalSpy path(&doc, &PolicyDocument::filePathChanged);
        QSignalSpy reset(&doc, &PolicyDocument::configurationReset);
        Configuration loaded;
        loaded.setComment(PolicyId::SessionLogging, "from file");
        doc.load(loaded, QStringLiteral("/tmp/profile.json"));
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(doc.configuration(), loaded);
        QCOMPARE(doc.filePath(), QStringLiteral("/tmp/profile.json"));
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.at(0).at(0).toBool(), false);
        QCOMPARE(path.count(), 1);
        QCOMPARE(reset.count(), 1);
    }

    void undoPastSaveMarksModified()
    {
        PolicyDocument doc;
        doc.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        doc.setSaved();
        QVERIFY(!doc.isModified());
        doc.undoStack()->undo();
        QVERIFY(doc.isModified());
        doc.undoStack()->redo();
        QVERIFY(!doc.isModified());
    }

    void sourceOtherThanAProfileIsShownButNotSavedTo()
    {
        PolicyDocument doc;
        QCOMPARE(doc.displayName(), QString());
        QSignalSpy source(&doc, &PolicyDocument::sourcePathChanged);
        doc.load(Configuration(), QString(), QStringLiteral("/gpo/{31B2F340}/Machine/Registry.pol"));
        QCOMPARE(doc.filePath(), QString());
        QCOMPARE(doc.sourcePath(), QStringLiteral("/gpo/{31B2F340}/Machine/Registry.pol"));
        QCOMPARE(doc.displayName(), QStringLiteral("Registry.pol"));
        QCOMPARE(source.count(), 1);
        // a folder given with a trailing separator
        doc.load(Configuration(), QString(), QStringLiteral("/backups/DoD - Windows 8 - Computer/"));
        QCOMPARE(doc.displayName(), QStringLiteral("DoD - Windows 8 - Computer"));
        // saved as a profile: that is the source from then on
        doc.setFilePath(QStringLiteral("/profiles/ra.json"));
        QCOMPARE(doc.sourcePath(), QStringLiteral("/profiles/ra.json"));
        QCOMPARE(doc.displayName(), QStringLiteral("ra.json"));
        // a profile loaded: file and source are the same
        doc.load(Configuration(), QStringLiteral("/profiles/other.json"));
        QCOMPARE(doc.sourcePath(), QStringLiteral("/profiles/other.json"));
        doc.load(Configuration(), QString());
        QCOMPARE(doc.displayName(), QString());
    }

    void addedRowAndItsEntryAreOneStep()
    {
        using Edit = PolicyDocument::ListEdit;
        const auto list = [](std::vector<std::string> v) { return OptionValue(std::move(v)); };
        PolicyDocument doc;
        doc.setOption(PolicyId::UnsolicitedRemoteAssistance, kHelpers, list({""}), Edit::AddRow);
        doc.setOption(PolicyId::UnsolicitedRemoteAssistance, kHelpers, list({"CORP\\A"}), Edit::FillRow);
        QCOMPARE(doc.undoStack()->count(), 1);
        // closed: neither a second filling-in nor the next added row joins it
        doc.setOption(PolicyId::UnsolicitedRemoteAssistance, kHelpers, list({"CORP\\B"}), Edit::FillRow);
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.setOption(PolicyId::UnsolicitedRemoteAssistance, kHelpers, list({"CORP\\B", ""}), Edit::AddRow);
        QCOMPARE(doc.undoStack()->count(), 3);
        // a plain change after an added row is a step of its own
        doc.setOption(PolicyId::UnsolicitedRemoteAssistance, kHelpers, list({"CORP\\C", ""}));
        QCOMPARE(doc.undoStack()->count(), 4);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.configuration().list(PolicyId::UnsolicitedRemoteAssistance, kHelpers.toStdString()),
                 std::vector<std::string>{"CORP\\A"});
        doc.undoStack()->undo();
        QCOMPARE(doc.configuration().list(PolicyId::UnsolicitedRemoteAssistance, kHelpers.toStdString()),
                 std::vector<std::string>{});
    }

    void undoTextsFollowTheLanguage()
    {
        PolicyDocument doc;
        doc.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        doc.setComment(PolicyId::SessionLogging, QStringLiteral("Ticket 42"));
        Configuration other = doc.configuration();
        other.setState(PolicyId::CustomizeWarningMessages, PolicyState::Disabled);
        doc.replaceConfiguration(other, [] { return PolicyDocument::tr("Open %1").arg(QStringLiteral("a.json")); });
        other.setState(PolicyId::SessionLogging, PolicyState::Disabled);
        doc.replaceConfiguration(other, QStringLiteral("as given"));
        const auto texts = [&doc] {
            QStringList out;
            for (int i = 0; i < doc.undoStack()->count(); ++i)
                out << doc.undoStack()->text(i);
            return out;
        };
        const QStringList english{QStringLiteral("Set “Turn on session logging” to Enabled"),
                                  QStringLiteral("Edit the comment of “Turn on session logging”"),
                                  QStringLiteral("Open a.json"), QStringLiteral("as given")};
        QCOMPARE(texts(), english);

        QSignalSpy told(&doc, &PolicyDocument::undoTextsChanged);
        {
            ShoutingTranslator shouting("ra::PolicyDocument");
            doc.retranslate();
            // the policy and state names come from CatalogText, whose context is not translated here
            QCOMPARE(texts(), (QStringList{QStringLiteral("SET “Turn on session logging” TO Enabled"),
                                           QStringLiteral("EDIT THE COMMENT OF “Turn on session logging”"),
                                           QStringLiteral("OPEN a.json"), QStringLiteral("as given")}));
            QCOMPARE(told.count(), 1);
            QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("as given"));
            doc.undoStack()->undo();
            QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("OPEN a.json"));
        }
        doc.retranslate();
        QCOMPARE(texts(), english);
        QCOMPARE(told.count(), 2);
    }

    void discardLastEditLeavesNoTrace()
    {
        PolicyDocument doc;
        QVERIFY(!doc.discardLastEdit()); // nothing to discard
        doc.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        doc.setSaved();
        doc.setOption(PolicyId::UnsolicitedRemoteAssistance, kHelpers, std::vector<std::string>{""});
        QVERIFY(doc.isModified());
        QSignalSpy changed(&doc, &PolicyDocument::policyChanged);
        QVERIFY(doc.discardLastEdit());
        QCOMPARE(doc.configuration().list(PolicyId::UnsolicitedRemoteAssistance, kHelpers.toStdString()),
                 std::vector<std::string>{});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->index(), 1);
        QVERIFY(!doc.undoStack()->canRedo());
        QVERIFY(!doc.isModified()); // back at the saved state
        // Not while there is something to redo: that step was built on the one before.
        doc.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Disabled);
        doc.undoStack()->undo();
        QVERIFY(!doc.discardLastEdit());
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(doc.configuration().state(PolicyId::SessionLogging), PolicyState::Enabled);
    }

    void partialProfileKeepsWhichPoliciesItSpeaksAbout()
    {
        PolicyDocument doc;
        QCOMPARE(doc.included(), PolicyDocument::allPolicies());
        Configuration loaded;
        loaded.setState(PolicyId::SessionLogging, PolicyState::Disabled);
        doc.load(loaded, QStringLiteral("/tmp/partial.json"), QString(), {PolicyId::SessionLogging});
        QCOMPARE(doc.included(), std::set<PolicyId>{PolicyId::SessionLogging});
        QVERIFY(doc.isIncluded(PolicyId::SessionLogging));
        QVERIFY(!doc.isIncluded(PolicyId::UnsolicitedRemoteAssistance));
        QVERIFY(!doc.isModified());

        // Choosing the state a left-out policy shows (Not configured) includes it: one step.
        QSignalSpy changed(&doc, &PolicyDocument::policyChanged);
        doc.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::NotConfigured);
        QVERIFY(doc.isIncluded(PolicyId::UnsolicitedRemoteAssistance));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<PolicyId>(), PolicyId::UnsolicitedRemoteAssistance);
        QVERIFY(doc.isModified());
        // …again: nothing
        doc.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::NotConfigured);
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QVERIFY(!doc.isIncluded(PolicyId::UnsolicitedRemoteAssistance));
        QVERIFY(!doc.isModified());
        QCOMPARE(changed.count(), 2);

        // An option or a comment edit includes it too, and Undo leaves it out again.
        doc.setOption(PolicyId::SolicitedRemoteAssistance, kExpiry, OptionValue(std::uint32_t(3)));
        QVERIFY(doc.isIncluded(PolicyId::SolicitedRemoteAssistance));
        doc.undoStack()->undo();
        QVERIFY(!doc.isIncluded(PolicyId::SolicitedRemoteAssistance));
        doc.setComment(PolicyId::CustomizeWarningMessages, QStringLiteral("ticket 42"));
        QVERIFY(doc.isIncluded(PolicyId::CustomizeWarningMessages));
        doc.undoStack()->undo();
        QVERIFY(!doc.isIncluded(PolicyId::CustomizeWarningMessages));

        // includePolicy: as it is, one named step; nothing for an included policy.
        doc.includePolicy(PolicyId::CustomizeWarningMessages);
        QVERIFY(doc.isIncluded(PolicyId::CustomizeWarningMessages));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Include “Customize warning messages” in the profile"));
        QCOMPARE(doc.configuration(), loaded);
        const int steps = doc.undoStack()->count();
        doc.includePolicy(PolicyId::SessionLogging);
        QCOMPARE(doc.undoStack()->count(), steps);

        // A new document speaks about all four again.
        doc.load(Configuration(), QString());
        QCOMPARE(doc.included(), PolicyDocument::allPolicies());
    }

    void replaceConfigurationCanChangeTheIncludedPolicies()
    {
        PolicyDocument doc;
        Configuration other;
        other.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        doc.replaceConfiguration(other, QStringLiteral("Recover"), {PolicyId::SessionLogging});
        QCOMPARE(doc.included(), std::set<PolicyId>{PolicyId::SessionLogging});
        QCOMPARE(doc.undoStack()->count(), 1);
        // only the included set differs: still a step
        doc.replaceConfiguration(other, QStringLiteral("All"), PolicyDocument::allPolicies());
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.included(), std::set<PolicyId>{PolicyId::SessionLogging});
        doc.undoStack()->undo();
        QCOMPARE(doc.included(), PolicyDocument::allPolicies());
        QCOMPARE(doc.configuration(), Configuration());
    }
};

QTEST_GUILESS_MAIN(TestPolicyDocument)
#include "TestPolicyDocument.moc"
