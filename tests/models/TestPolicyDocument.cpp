#include "ShoutingTranslator.h"
#include "core/Error.h"
#include "core/Validator.h"
#include "models/PolicyDocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

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

    void lintTargetIsUsed()
    {
        PolicyDocument doc;
        doc.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        Linter::Target target;
        target.editions = {Edition::Business};
        doc.setLintTarget(target);
        bool sku = false;
        for (const Finding& f : doc.findings())
            sku = sku || f.code == "sku.not-available";
        QVERIFY(sku);
        QCOMPARE(doc.lintTarget().editions, std::vector<Edition>{Edition::Business});
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
};

QTEST_GUILESS_MAIN(TestPolicyDocument)
#include "TestPolicyDocument.moc"
