#include "core/ChangeSet.h"
#include "core/GroupPolicy.h"
#include "core/registry/MemoryRegistry.h"
#include "core/registry/RegistryPlan.h"
#include "core/registry/RegistryTransaction.h"

#include <QTest>

#include <algorithm>

using namespace ra;

namespace {
const std::string TS = "Software\\policies\\Microsoft\\Windows NT\\Terminal Services";
const std::string HELP = TS + "\\RAUnsolicit";

// Every key and value of a registry as text, for exact comparisons. Values are sorted by name:
// the registry does not promise an enumeration order, and a restored value may come back last.
std::string dump(const MemoryRegistry& reg)
{
    std::string out;
    for (const auto& key : reg.keys()) {
        out += "[" + key + "]\n";
        std::vector<std::string> lines;
        const auto values = reg.values(key);
        for (const auto& v : *values)
            lines.push_back("  " + v.valueName + "=" + v.describeData() + "\n");
        std::sort(lines.begin(), lines.end());
        for (const auto& l : lines)
            out += l;
    }
    return out;
}

Configuration offerWith(std::vector<std::string> helpers)
{
    Configuration c;
    c.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Enabled);
    c.setOption(PolicyId::SolicitedRemoteAssistance, "RA_Solicit_ExpireValue_Edt", std::uint32_t(6));
    c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
    c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit", helpers);
    return c;
}

// A machine that already has policies and a value of other software under the policy key.
MemoryRegistry existingMachine()
{
    MemoryRegistry reg;
    reg.setValue(RegistryEntry::dword(TS, "fDenyTSConnections", 1)); // not ours: never touched
    reg.setValue(RegistryEntry::dword(TS, "fAllowToGetHelp", 0));
    reg.setValue(RegistryEntry::dword(TS, "LoggingEnabled", 1));
    reg.setValue(RegistryEntry::string(TS, "ViewMessage", "old text"));
    reg.setValue(RegistryEntry::string(HELP, "CONTOSO\\Old", "CONTOSO\\Old"));
    reg.setValue(RegistryEntry::string(HELP, "CONTOSO\\Helpdesk", "CONTOSO\\Helpdesk"));
    return reg;
}

std::vector<std::string> describe(const std::vector<RegistryOperation>& ops)
{
    std::vector<std::string> out;
    for (const auto& op : ops)
        out.push_back(op.describe());
    return out;
}
} // namespace

class TestRegistryTransaction : public QObject
{
    Q_OBJECT
private slots:
    void planOnEmptyRegistryWritesEveryValue()
    {
        MemoryRegistry reg;
        const auto ops = RegistryPlan::operations(ChangeSet(offerWith({"CONTOSO\\Helpdesk"})), reg);
        QCOMPARE(describe(ops), (std::vector<std::string>{
            "set " + TS + "\\fAllowToGetHelp = DWORD:1",
            "set " + TS + "\\fAllowFullControl = DWORD:1",
            "set " + TS + "\\MaxTicketExpiry = DWORD:6",
            "set " + TS + "\\MaxTicketExpiryUnits = DWORD:1",
            "set " + TS + "\\fUseMailto = DWORD:1",
            "set " + TS + "\\fAllowUnsolicited = DWORD:1",
            "set " + TS + "\\fAllowUnsolicitedFullControl = DWORD:1",
            "set " + HELP + "\\CONTOSO\\Helpdesk = SZ:CONTOSO\\Helpdesk",
        }));
        const auto result = RegistryTransaction(reg).apply(ops);
        QVERIFY(result.ok);
        QCOMPARE(result.changes.size(), std::size_t(8));
        QCOMPARE(result.summary(), std::string("8 values changed."));
        // reading back gives the same configuration
        const auto read = GroupPolicy::read(reg.policyValues());
        QVERIFY(read.configuration.sameEffect(offerWith({"CONTOSO\\Helpdesk"})));
        // applying again changes nothing
        QVERIFY(RegistryPlan::operations(ChangeSet(offerWith({"CONTOSO\\Helpdesk"})), reg).empty());
    }

    void groupPolicySemanticsOnAnExistingMachine()
    {
        MemoryRegistry reg = existingMachine();
        Configuration c = offerWith({"CONTOSO\\Helpdesk", "CONTOSO\\New"});
        c.setState(PolicyId::SessionLogging, PolicyState::NotConfigured);    // LoggingEnabled goes
        c.setState(PolicyId::CustomizeWarningMessages, PolicyState::Disabled); // ViewMessage goes (**del.)
        const auto ops = RegistryPlan::operations(ChangeSet(c), reg);
        QCOMPARE(describe(ops), (std::vector<std::string>{
            "delete value " + TS + "\\LoggingEnabled",
            "delete value " + TS + "\\ViewMessage",
            "set " + TS + "\\fAllowToGetHelp = DWORD:1",
            "set " + TS + "\\UseCustomMessages = DWORD:0",
            "set " + TS + "\\fAllowFullControl = DWORD:1",
            "set " + TS + "\\MaxTicketExpiry = DWORD:6",
            "set " + TS + "\\MaxTicketExpiryUnits = DWORD:1",
            "set " + TS + "\\fUseMailto = DWORD:1",
            "set " + TS + "\\fAllowUnsolicited = DWORD:1",
            "set " + TS + "\\fAllowUnsolicitedFullControl = DWORD:1",
            "delete value " + HELP + "\\CONTOSO\\Old",
            "set " + HELP + "\\CONTOSO\\New = SZ:CONTOSO\\New",
        }));
        QVERIFY(RegistryTransaction(reg).apply(ops).ok);
        QCOMPARE(dump(reg), "[Software]\n[Software\\policies]\n[Software\\policies\\Microsoft]\n"
                            "[Software\\policies\\Microsoft\\Windows NT]\n"
                            "[" + TS + "]\n"
                            "  MaxTicketExpiry=DWORD:6\n"
                            "  MaxTicketExpiryUnits=DWORD:1\n"
                            "  UseCustomMessages=DWORD:0\n"
                            "  fAllowFullControl=DWORD:1\n"
                            "  fAllowToGetHelp=DWORD:1\n"
                            "  fAllowUnsolicited=DWORD:1\n"
                            "  fAllowUnsolicitedFullControl=DWORD:1\n"
                            "  fDenyTSConnections=DWORD:1\n"
                            "  fUseMailto=DWORD:1\n"
                            "[" + HELP + "]\n"
                            "  CONTOSO\\Helpdesk=SZ:CONTOSO\\Helpdesk\n"
                            "  CONTOSO\\New=SZ:CONTOSO\\New\n");
    }

    void notConfiguredRemovesEveryValueButOthers()
    {
        MemoryRegistry reg = existingMachine();
        const auto result = RegistryTransaction(reg).apply(RegistryPlan::operations(ChangeSet(Configuration()), reg));
        QVERIFY(result.ok);
        QCOMPARE(dump(reg), "[Software]\n[Software\\policies]\n[Software\\policies\\Microsoft]\n"
                            "[Software\\policies\\Microsoft\\Windows NT]\n"
                            "[" + TS + "]\n  fDenyTSConnections=DWORD:1\n[" + HELP + "]\n");
        QCOMPARE(result.changes.size(), std::size_t(5));
    }

    void scopeLeavesOtherPoliciesAlone()
    {
        MemoryRegistry reg = existingMachine();
        // only Session logging is in scope: Not configured removes LoggingEnabled, nothing else moves
        const auto ops = RegistryPlan::operations(ChangeSet(Configuration()), reg, {PolicyId::SessionLogging});
        QCOMPARE(describe(ops), std::vector<std::string>{"delete value " + TS + "\\LoggingEnabled"});
    }

    void fromEntriesHonoursControlCodes()
    {
        MemoryRegistry reg;
        reg.setValue(RegistryEntry::dword("K", "a", 1));
        reg.setValue(RegistryEntry::dword("K", "b", 1));
        reg.setValue(RegistryEntry::dword("K", "c", 1));
        reg.setValue(RegistryEntry::dword("K\\Sub", "x", 1));
        std::vector<RegistryEntry> entries{
            RegistryEntry::string("K", "**DeleteValues", "a; b"),
            RegistryEntry::dword("K", "**soft.c", 7),   // c exists: stays 1
            RegistryEntry::dword("K", "**soft.d", 7),   // d is new
            RegistryEntry::string("K", "**DeleteKeys", "Sub"),
            RegistryEntry::dword("K", "**SecureKey", 1),
        };
        QCOMPARE(describe(RegistryPlan::fromEntries(entries, reg)), (std::vector<std::string>{
            "delete key K\\Sub", "delete value K\\a", "delete value K\\b", "set K\\d = DWORD:7"}));
    }

    void dryRunReturnsDiffWithoutWriting()
    {
        MemoryRegistry reg = existingMachine();
        const int writes = reg.writeCount();
        const auto ops = RegistryPlan::operations(ChangeSet(offerWith({"CONTOSO\\Helpdesk"})), reg, {PolicyId::UnsolicitedRemoteAssistance});
        const auto diff = RegistryTransaction(reg).preview(ops);
        QCOMPARE(reg.writeCount(), writes);
        std::vector<std::string> lines;
        for (const auto& d : diff)
            lines.push_back(d.describe());
        QCOMPARE(lines, (std::vector<std::string>{
            TS + "\\fAllowUnsolicited: (absent) -> DWORD:1",
            TS + "\\fAllowUnsolicitedFullControl: (absent) -> DWORD:1",
            HELP + "\\CONTOSO\\Old: SZ:CONTOSO\\Old -> (absent)"}));
    }

    void failureAtEveryWriteRestoresEverything()
    {
        const Configuration c = offerWith({"CONTOSO\\Helpdesk", "CONTOSO\\New"});
        const MemoryRegistry pristine = existingMachine();
        const auto ops = RegistryPlan::operations(ChangeSet(c), pristine);
        QCOMPARE(ops.size(), std::size_t(11));
        for (std::size_t n = 1; n <= ops.size(); ++n) {
            MemoryRegistry reg = existingMachine();
            reg.failAtWrite(int(n));
            const auto result = RegistryTransaction(reg).apply(ops);
            QVERIFY(!result.ok);
            QVERIFY(result.failedOperation == ops[n - 1]);
            QVERIFY(result.restoreErrors.empty());
            const std::string& k = ops[n - 1].entry.key;
            QCOMPARE(result.error, "in-memory registry\\" + k + ": value \"" + ops[n - 1].entry.valueName
                                       + "\": Access is denied. (injected failure)");
            // n - 1 operations had been carried out and each is undone
            QCOMPARE(result.restored.size(), n - 1);
            QCOMPARE(result.changes.size(), n - 1);
            QCOMPARE(dump(reg), dump(pristine));
        }
    }

    void failureReportNamesFailedAndRestoredValues()
    {
        MemoryRegistry reg = existingMachine();
        const auto ops = RegistryPlan::operations(ChangeSet(offerWith({"CONTOSO\\Helpdesk"})), reg);
        reg.failAtWrite(3);
        const auto result = RegistryTransaction(reg).apply(ops);
        QCOMPARE(result.summary(),
                 "Failed: set " + TS + "\\fAllowToGetHelp = DWORD:1: in-memory registry\\" + TS
                     + ": value \"fAllowToGetHelp\": Access is denied. (injected failure)\n"
                     "Restored " + TS + "\\LoggingEnabled to DWORD:1\n"
                     "Restored " + TS + "\\ViewMessage to SZ:old text\n"
                     "Every value is back to what it was before.\n");
    }

    void failedRestoreIsReported()
    {
        MemoryRegistry reg = existingMachine();
        const auto ops = RegistryPlan::operations(ChangeSet(offerWith({"CONTOSO\\Helpdesk"})), reg);
        reg.failAtWrite(2, "Access is denied. (injected failure)", 2); // the apply and the first restore fail
        const auto result = RegistryTransaction(reg).apply(ops);
        QVERIFY(!result.ok);
        QCOMPARE(result.restoreErrors, std::vector<std::string>{
            TS + "\\LoggingEnabled (should be DWORD:1): in-memory registry\\" + TS
            + ": value \"LoggingEnabled\": Access is denied. (injected failure)"});
        QVERIFY(result.summary().find("Could NOT restore:\n  " + TS + "\\LoggingEnabled (should be DWORD:1)") != std::string::npos);
    }

    void createdKeysAreRemovedOnRollback()
    {
        MemoryRegistry reg;
        reg.setValue(RegistryEntry::dword("Software\\Other", "x", 1));
        const auto ops = RegistryPlan::operations(ChangeSet(offerWith({"CONTOSO\\Helpdesk"})), reg);
        reg.failAtWrite(int(ops.size())); // the helper value, the last write, fails
        const auto result = RegistryTransaction(reg).apply(ops);
        QVERIFY(!result.ok);
        QCOMPARE(reg.keys(), (std::vector<std::string>{"Software", "Software\\Other"}));
    }

    void deleteKeyWithSubkeysFailsAndRollsBack()
    {
        MemoryRegistry reg = existingMachine();
        reg.setValue(RegistryEntry::dword(HELP + "\\Blocker", "x", 1));
        const std::string before = dump(reg);
        const std::vector<RegistryOperation> ops{
            RegistryOperation::set(RegistryEntry::dword(TS, "fAllowToGetHelp", 1)),
            RegistryOperation::deleteValue(HELP, "CONTOSO\\Old"),
            RegistryOperation::deleteKey(HELP),
        };
        const auto result = RegistryTransaction(reg).apply(ops);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, "in-memory registry\\" + HELP + ": the key has subkeys and cannot be deleted");
        QCOMPARE(result.restored.size(), std::size_t(2));
        QCOMPARE(dump(reg), before);
    }

    void deleteKeyIsUndoneByRollback()
    {
        MemoryRegistry reg = existingMachine();
        const std::string before = dump(reg);
        RegistryTransaction tx(reg);
        const auto result = tx.apply({RegistryOperation::deleteKey(HELP)});
        QVERIFY(result.ok);
        QVERIFY(!reg.keyExists(HELP));
        const auto undo = tx.rollback();
        QVERIFY(undo.ok);
        QCOMPARE(undo.restored.size(), std::size_t(2));
        // the values come back (in the order they were enumerated)
        QCOMPARE(reg.helperNames(), (std::vector<std::string>{"CONTOSO\\Old", "CONTOSO\\Helpdesk"}));
        QCOMPARE(dump(reg), before);
    }
};

QTEST_APPLESS_MAIN(TestRegistryTransaction)
#include "TestRegistryTransaction.moc"
