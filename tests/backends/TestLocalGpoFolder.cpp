#include "backends/LocalGpoBackend.h"
#include "backends/LocalGpoFolder.h"
#include "core/Error.h"
#include "core/PreviewDiff.h"
#include "core/formats/GptIni.h"
#include "core/formats/LgpoText.h"
#include "core/formats/RegistryPol.h"

#include "FaultyFileSystem.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ra;
using ra::test::FaultyFileSystem;
namespace fs = std::filesystem;

namespace {
const fs::path kDod = fs::path(RA_CORPUS_DIR) / "pol" / "dod-win8-computer_machine_registry.pol";
const std::string kReg = "[{35378EAC-683F-11D2-A89A-00C04FBBCFA2}{D02B1F72-3407-48AE-BA88-E8213C6761F1}]";

std::string str(const Bytes& b) { return std::string(b.begin(), b.end()); }

Configuration offerEnabled()
{
    Configuration c;
    c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
    c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit", std::vector<std::string>{"CORP\\Helpdesk"});
    c.setComment(PolicyId::UnsolicitedRemoteAssistance, "Helpdesk may offer help (change 4711)");
    return c;
}

/// A local GPO folder as Windows has it after the DoD baseline was imported, with a user-side
/// version and another extension.
fs::path populated(const QTemporaryDir& tmp)
{
    const fs::path dir = fs::path(tmp.path().toStdString()) / "GroupPolicy";
    fs::create_directories(dir / "Machine");
    fs::copy_file(kDod, dir / "Machine" / "registry.pol"); // GPMC's spelling
    FileSystem::real().writeFile(dir / "gpt.ini", Bytes{});
    const std::string ini = "[General]\r\ngPCFunctionalityVersion=2\r\ngPCMachineExtensionNames=[{827D319E-6EAC-11D2-A4EA-00C04F79F83A}{803E14A0-B4FB-11D0-A0D0-00A0C90F574B}]\r\nVersion=65538\r\ngPCUserExtensionNames=[{35378EAC-683F-11D2-A89A-00C04FBBCFA2}{D02B1F72-3407-48AE-BA88-E8213C6761F1}]\r\n";
    FileSystem::real().writeFile(dir / "gpt.ini", Bytes(ini.begin(), ini.end()));
    return dir;
}
} // namespace

class TestLocalGpoFolder : public QObject
{
    Q_OBJECT
private slots:
    void createsRegistryPolAndGptIni()
    {
        QTemporaryDir tmp;
        const fs::path dir = fs::path(tmp.path().toStdString()) / "GroupPolicy";
        LocalGpoFolder folder(dir);
        QCOMPARE(folder.read().configuration, Configuration());
        folder.apply(ChangeSet(offerEnabled()));
        QVERIFY(fs::exists(dir / "Machine" / "Registry.pol"));
        QCOMPARE(str(FileSystem::real().read(dir / "gpt.ini")),
                 "[General]\r\ngPCFunctionalityVersion=2\r\nVersion=1\r\ngPCMachineExtensionNames=" + kReg + "\r\n");
        QVERIFY(folder.read().configuration.sameEffect(offerEnabled()));
        QVERIFY(RegistryPol::read(dir / "Machine" / "Registry.pol") == ChangeSet(offerEnabled()).entries());
    }

    void updatesAnExistingFolderKeepingEverythingElse()
    {
        QTemporaryDir tmp;
        const fs::path dir = populated(tmp);
        const auto dod = RegistryPol::read(kDod);
        LocalGpoFolder folder(dir);
        QCOMPARE(folder.registryPolPath(), dir / "Machine" / "registry.pol");
        const auto merged = folder.apply(ChangeSet(offerEnabled()));
        QCOMPARE(merged.foreignKept, std::size_t(209));
        QVERIFY(!fs::exists(dir / "Machine" / "Registry.pol")); // the existing spelling is kept
        // user version 1 stays, machine version 2 → 3; the Registry pair joins, sorted first
        QCOMPARE(str(FileSystem::real().read(dir / "gpt.ini")),
                 "[General]\r\ngPCFunctionalityVersion=2\r\ngPCMachineExtensionNames=" + kReg
                     + "[{827D319E-6EAC-11D2-A4EA-00C04F79F83A}{803E14A0-B4FB-11D0-A0D0-00A0C90F574B}]\r\n"
                       "Version=65539\r\ngPCUserExtensionNames=" + kReg + "\r\n");
        const auto after = RegistryPol::read(dir / "Machine" / "registry.pol");
        std::vector<RegistryEntry> foreignBefore, foreignAfter;
        for (const auto& e : dod)
            if (!GroupPolicy::isOurs(e))
                foreignBefore.push_back(e);
        for (const auto& e : after)
            if (!GroupPolicy::isOurs(e))
                foreignAfter.push_back(e);
        QCOMPARE(RegistryPol::serialize(foreignAfter), RegistryPol::serialize(foreignBefore));
        QVERIFY(folder.read().configuration.sameEffect(offerEnabled()));
    }

    void applyingTheSameAgainChangesNothing()
    {
        QTemporaryDir tmp;
        const fs::path dir = populated(tmp);
        LocalGpoFolder folder(dir);
        folder.apply(ChangeSet(offerEnabled()));
        const auto before = test::snapshotTree(dir);
        folder.apply(ChangeSet(offerEnabled()));
        QVERIFY(test::snapshotTree(dir) == before); // no version bump without a change
        QCOMPARE(GptIni::parse(FileSystem::real().read(dir / "gpt.ini")).version(), std::uint32_t(65539));
    }

    void commentsKeepOtherPoliciesComments()
    {
        QTemporaryDir tmp;
        const fs::path dir = populated(tmp);
        const std::string other = "\xEF\xBB\xBF<?xml version='1.0' encoding='utf-8'?>\r\n<policyComments xmlns=\"http://www.microsoft.com/GroupPolicy/CommentDefinitions\">"
                                  "<policyNamespaces><using prefix=\"ns0\" namespace=\"Microsoft.Policies.TerminalServer\"></using></policyNamespaces>"
                                  "<comments><admTemplate><comment policyRef=\"ns0:TS_DISABLE_CONNECTIONS\" commentText=\"$(resource.ns0_TS)\"></comment></admTemplate></comments>"
                                  "<resources minRequiredRevision=\"1.0\"><stringTable><string id=\"ns0_TS\">RDP off by STIG</string></stringTable></resources></policyComments>";
        FileSystem::real().writeFile(dir / "Machine" / "comment.cmtx", Bytes(other.begin(), other.end()));
        LocalGpoFolder folder(dir);
        folder.apply(ChangeSet(offerEnabled()));
        QVERIFY(folder.read().configuration == offerEnabled()); // comments included
        const std::string after = str(FileSystem::real().read(dir / "Machine" / "comment.cmtx"));
        QVERIFY(after.find("<comment policyRef=\"ns0:TS_DISABLE_CONNECTIONS\" commentText=\"$(resource.ns0_TS)\"/>") != std::string::npos);
        QVERIFY(after.find("<string id=\"ns0_TS\">RDP off by STIG</string>") != std::string::npos);
        QVERIFY(after.find("<using prefix=\"ns1\" namespace=\"Microsoft.Policies.RemoteAssistance\"/>") != std::string::npos);
        QVERIFY(after.find("<comment policyRef=\"ns1:RA_Unsolicit\" commentText=\"$(resource.ns1_RA_Unsolicit)\"/>") != std::string::npos);
        // a comment-only change rewrites comment.cmtx but not the policy or its version
        Configuration changed = offerEnabled();
        changed.setComment(PolicyId::UnsolicitedRemoteAssistance, "");
        const Bytes pol = FileSystem::real().read(dir / "Machine" / "registry.pol");
        const Bytes ini = FileSystem::real().read(dir / "gpt.ini");
        folder.apply(ChangeSet(changed));
        QCOMPARE(FileSystem::real().read(dir / "Machine" / "registry.pol"), pol);
        QCOMPARE(FileSystem::real().read(dir / "gpt.ini"), ini);
        QVERIFY(folder.read().configuration == changed);
        QVERIFY(str(FileSystem::real().read(dir / "Machine" / "comment.cmtx")).find("RDP off by STIG") != std::string::npos);
    }

    void notConfiguredRemovesOurEntries()
    {
        QTemporaryDir tmp;
        const fs::path dir = populated(tmp);
        LocalGpoFolder(dir).apply(ChangeSet(Configuration()));
        QCOMPARE(RegistryPol::read(dir / "Machine" / "registry.pol").size(), std::size_t(209));
        QCOMPARE(LocalGpoFolder(dir).read().configuration, Configuration());
    }

    void everyFailurePointLeavesTheFolderAsItWas_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::newRow("existing folder") << true;
        QTest::newRow("new folder") << false;
    }
    void everyFailurePointLeavesTheFolderAsItWas()
    {
        QFETCH(bool, existing);
        using Op = FaultyFileSystem::Op;
        using Fault = FaultyFileSystem::Fault;
        int cases = 0;
        for (Op op : {Op::Write, Op::Rename, Op::CreateDirectory}) {
            for (int n = 1; n <= 3; ++n) {
                for (Fault fault : {Fault::NoSpace, Fault::Denied}) {
                    QTemporaryDir tmp;
                    const fs::path dir = existing ? populated(tmp) : fs::path(tmp.path().toStdString()) / "GroupPolicy";
                    const auto before = test::snapshotTree(tmp.path().toStdString());
                    FaultyFileSystem faulty;
                    faulty.failOn(op, n, fault);
                    try {
                        LocalGpoFolder(dir, faulty).apply(ChangeSet(offerEnabled()));
                        if (faulty.failures() == 0)
                            continue; // this run had no n-th such operation
                        QFAIL("no error");
                    } catch (const Error& e) {
                        QVERIFY2(e.file().starts_with(displayPath(dir)) && e.file().find(".tmp-") == std::string::npos, e.what());
                        QVERIFY2(QString::fromStdString(e.reason()).contains(QString::fromStdString(FaultyFileSystem::message(fault))), e.what());
                    }
                    QVERIFY2(test::snapshotTree(tmp.path().toStdString()) == before,
                             ("op " + std::to_string(int(op)) + " #" + std::to_string(n)).c_str());
                    ++cases;
                }
            }
        }
        QVERIFY(cases >= 8);
    }

    void readOnlyAndCorruptTargets()
    {
        QTemporaryDir tmp;
        const fs::path dir = populated(tmp);
        const auto before = test::snapshotTree(dir);
        FaultyFileSystem ro;
        ro.setReadOnly(true);
        try {
            LocalGpoFolder(dir, ro).apply(ChangeSet(offerEnabled()));
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(e.file(), displayPath(dir / "Machine" / "registry.pol"));
            QCOMPARE(e.reason(), std::string("write failed: Read-only file system"));
        }
        QVERIFY(test::snapshotTree(dir) == before);
        // a corrupt Registry.pol is reported and left alone
        FileSystem::real().writeFile(dir / "Machine" / "registry.pol", Bytes{'P', 'R', 'e', 'g', 1, 0, 0, 0, '[', 0, 'x'});
        const auto corrupt = test::snapshotTree(dir);
        try {
            LocalGpoFolder(dir).apply(ChangeSet(offerEnabled()));
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(std::string(e.what()), displayPath(dir / "Machine" / "registry.pol")
                                                + ": offset 10: odd byte count: the file ends inside a UTF-16 character of the key starting at offset 10");
        }
        QVERIFY(test::snapshotTree(dir) == corrupt);
        // real: a folder below a file cannot be created, even by root
        try {
            LocalGpoFolder(dir / "gpt.ini" / "sub").apply(ChangeSet(offerEnabled()));
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY2(e.reason().starts_with("cannot create folder:"), e.what());
        }
    }

    void backendPreviewAppliesAndReads()
    {
        QTemporaryDir tmp;
        const fs::path dir = populated(tmp);
        LocalGpoBackend backend(dir);
        const auto items = backend.preview(ChangeSet(offerEnabled()));
        QCOMPARE(items.size(), std::size_t(2));
        QCOMPARE(items[0].title, std::string("Machine/registry.pol"));
        QVERIFY(items[0].content.find("\r\nCORP\\Helpdesk\r\nSZ:CORP\\\\Helpdesk\r\n") != std::string::npos);
        QVERIFY(items[1].content.find("Version=65539") != std::string::npos);
        // what is there now, side by side: the DoD registry.pol and the gpt.ini as they are
        QCOMPARE(items[0].caption.code, std::string("pol-as-lgpo-kept"));
        QCOMPARE(items[0].caption.args, (std::vector<std::string>{"registry.pol", "209"}));
        QCOMPARE(*items[0].current, LgpoText::render(RegistryPol::read(kDod)));
        QCOMPARE(*items[0].currentEntries, RegistryPol::read(kDod));
        QVERIFY(items[1].current->find("Version=65538\r\n") != std::string::npos);
        const auto ini = PreviewDiff::lines(*items[1].current, items[1].content);
        QVERIFY(std::find(ini.begin(), ini.end(), DiffLine{DiffLine::Op::Removed, "Version=65538"}) != ini.end());
        QVERIFY(std::find(ini.begin(), ini.end(), DiffLine{DiffLine::Op::Added, "Version=65539"}) != ini.end());
        QVERIFY(backend.apply(ChangeSet(offerEnabled())).ok);
        QVERIFY(backend.current()->configuration.sameEffect(offerEnabled()));
    }
};

QTEST_GUILESS_MAIN(TestLocalGpoFolder)
#include "TestLocalGpoFolder.moc"
