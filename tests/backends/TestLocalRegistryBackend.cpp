#include "FaultyFileSystem.h"
#include "backends/LocalGpoFolder.h"
#include "backends/LocalRegistryBackend.h"
#include "core/PreviewDiff.h"
#include "core/registry/FaultInjectingRegistry.h"
#include "core/registry/MemoryRegistry.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ra;

namespace {
const std::string TS = "Software\\policies\\Microsoft\\Windows NT\\Terminal Services";
const std::string HELP = TS + "\\RAUnsolicit";

Configuration offer(std::vector<std::string> helpers)
{
    Configuration c;
    c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
    c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit", helpers);
    return c;
}
} // namespace

class TestLocalRegistryBackend : public QObject
{
    Q_OBJECT
private slots:
    void appliesReadsBackAndShrinksHelpers()
    {
        MemoryRegistry reg;
        LocalRegistryBackend backend(reg);
        ApplyReport r = backend.apply(ChangeSet(offer({"CONTOSO\\A", "CONTOSO\\B", "CONTOSO\\C"})));
        QVERIFY(r.ok);
        QCOMPARE(r.log.size(), std::size_t(5));
        QCOMPARE(r.log[0].message, TS + "\\fAllowUnsolicited: (absent) -> DWORD:1");
        QCOMPARE(reg.helperNames(), (std::vector<std::string>{"CONTOSO\\A", "CONTOSO\\B", "CONTOSO\\C"}));

        r = backend.apply(ChangeSet(offer({"CONTOSO\\B"})));
        QVERIFY(r.ok);
        QCOMPARE(noteMessages(r.log), (std::vector<std::string>{HELP + "\\CONTOSO\\A: SZ:CONTOSO\\A -> (absent)",
                                                  HELP + "\\CONTOSO\\C: SZ:CONTOSO\\C -> (absent)"}));
        QCOMPARE(reg.helperNames(), std::vector<std::string>{"CONTOSO\\B"});
        const auto current = backend.current();
        QVERIFY(current);
        QVERIFY(current->configuration.sameEffect(offer({"CONTOSO\\B"})));

        r = backend.apply(ChangeSet(offer({"CONTOSO\\B"})));
        QCOMPARE(noteMessages(r.log), std::vector<std::string>{"no changes: in-memory registry already held these settings"});
    }

    void previewIsTheDiffAndWritesNothing()
    {
        MemoryRegistry reg;
        reg.setValue(RegistryEntry::string(HELP, "CONTOSO\\Old", "CONTOSO\\Old"));
        LocalRegistryBackend backend(reg);
        const int writes = reg.writeCount();
        const auto items = backend.preview(ChangeSet(offer({"CONTOSO\\New"})));
        QCOMPARE(reg.writeCount(), writes);
        QCOMPARE(items.size(), std::size_t(1));
        QCOMPARE(items[0].kind, PreviewItem::Kind::Diff);
        QCOMPARE(items[0].title, std::string("Changes to in-memory registry"));
        QCOMPARE(items[0].content, TS + "\\fAllowUnsolicited: (absent) -> DWORD:1\n" + TS
                                       + "\\fAllowUnsolicitedFullControl: (absent) -> DWORD:1\n" + HELP
                                       + "\\CONTOSO\\Old: SZ:CONTOSO\\Old -> (absent)\n" + HELP
                                       + "\\CONTOSO\\New: (absent) -> SZ:CONTOSO\\New\n");
        QCOMPARE(items[0].label.code, std::string("registry-changes"));
        QCOMPARE(items[0].label.args, std::vector<std::string>{"in-memory registry"});
        QCOMPARE(items[0].caption.code, std::string("registry-values"));
        // the values now and after, for the side-by-side view and the value diff
        QCOMPARE(*items[0].current, HELP + "\\CONTOSO\\Old = SZ:CONTOSO\\Old\n");
        QCOMPARE(PreviewDiff::listing(*items[0].entries),
                 TS + "\\fAllowUnsolicited = DWORD:1\n" + TS + "\\fAllowUnsolicitedFullControl = DWORD:1\n" + HELP
                     + "\\CONTOSO\\New = SZ:CONTOSO\\New\n");
        QCOMPARE(PreviewDiff::values(*items[0].currentEntries, *items[0].entries).size(), std::size_t(4));
    }

    void failureIsReportedAndRolledBack()
    {
        auto inner = std::make_unique<MemoryRegistry>();
        MemoryRegistry* mem = inner.get();
        mem->setValue(RegistryEntry::dword(TS, "fAllowUnsolicited", 0));
        mem->setValue(RegistryEntry::string(HELP, "CONTOSO\\Old", "CONTOSO\\Old"));
        FaultInjectingRegistry reg(std::move(inner), 3);
        LocalRegistryBackend backend(reg);
        const ApplyReport r = backend.apply(ChangeSet(offer({"CONTOSO\\New"})));
        QVERIFY(!r.ok);
        QCOMPARE(r.error, "Failed: delete value " + HELP + "\\CONTOSO\\Old: in-memory registry\\" + HELP
                              + ": value \"CONTOSO\\Old\": write 3 refused (injected failure)\n"
                              "Restored " + TS + "\\fAllowUnsolicited to DWORD:0\n"
                              "Restored " + TS + "\\fAllowUnsolicitedFullControl to (absent)\n"
                              "Every value is back to what it was before.\n");
        QCOMPARE(mem->value(TS, "fAllowUnsolicited")->asDword(), std::optional<std::uint32_t>(0));
        QVERIFY(!mem->value(TS, "fAllowUnsolicitedFullControl"));
        QCOMPARE(mem->helperNames(), std::vector<std::string>{"CONTOSO\\Old"});
    }

    void scopeLeavesOtherPoliciesAlone()
    {
        MemoryRegistry reg;
        reg.setValue(RegistryEntry::dword(TS, "LoggingEnabled", 1));
        LocalRegistryOptions options;
        options.scope = {PolicyId::UnsolicitedRemoteAssistance};
        LocalRegistryBackend backend(reg, options);
        QVERIFY(backend.apply(ChangeSet(offer({"X\\Y"}))).ok);
        QVERIFY(reg.value(TS, "LoggingEnabled")); // Session logging is Not configured but out of scope
    }

    void keepsTheLocalGpoInStep()
    {
        QTemporaryDir dir;
        MemoryRegistry reg;
        LocalRegistryOptions options;
        options.localGpoDir = dir.path().toStdString();
        LocalRegistryBackend backend(reg, options);
        const ApplyReport r = backend.apply(ChangeSet(offer({"CONTOSO\\A"})));
        QVERIFY2(r.ok, r.error.c_str());
        const LocalGpoFolder folder(options.localGpoDir);
        QVERIFY(folder.read().configuration.sameEffect(offer({"CONTOSO\\A"})));
        QVERIFY(std::any_of(r.log.begin(), r.log.end(), [](const Note& l) {
            return l.message.rfind("updated the Local Group Policy object ", 0) == 0;
        }));
        // registry only: the GPO keeps the old helper
        LocalRegistryOptions only = options;
        only.registryOnly = true;
        QVERIFY(LocalRegistryBackend(reg, only).apply(ChangeSet(offer({"CONTOSO\\B"}))).ok);
        QCOMPARE(reg.helperNames(), std::vector<std::string>{"CONTOSO\\B"});
        QVERIFY(folder.read().configuration.sameEffect(offer({"CONTOSO\\A"})));
    }

    void failedGpoUpdateRollsBackTheRegistry()
    {
        QTemporaryDir dir;
        MemoryRegistry reg;
        reg.setValue(RegistryEntry::dword(TS, "fAllowUnsolicited", 0));
        test::FaultyFileSystem fs;
        fs.failOn(test::FaultyFileSystem::Op::Rename, 1, test::FaultyFileSystem::Fault::NoSpace);
        LocalRegistryOptions options;
        options.localGpoDir = dir.path().toStdString();
        LocalRegistryBackend backend(reg, options, fs);
        const ApplyReport r = backend.apply(ChangeSet(offer({"CONTOSO\\A"})));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.rfind("Failed: the Local Group Policy object could not be updated: ", 0) == 0, r.error.c_str());
        QVERIFY2(r.error.find("Every value is back to what it was before.") != std::string::npos, r.error.c_str());
        QCOMPARE(reg.value(TS, "fAllowUnsolicited")->asDword(), std::optional<std::uint32_t>(0));
        QVERIFY(!reg.value(TS, "fAllowUnsolicitedFullControl"));
        QVERIFY(reg.helperNames().empty());
    }
};

QTEST_APPLESS_MAIN(TestLocalRegistryBackend)
#include "TestLocalRegistryBackend.moc"
