#include "backends/GpoBackupBackend.h"
#include "backends/GpoBackupReader.h"
#include "backends/GpoBackupWriter.h"
#include "core/Error.h"
#include "core/PreviewDiff.h"
#include "core/formats/RegistryPol.h"
#include "core/formats/XmlReader.h"

#include "FaultyFileSystem.h"
#include "XmlStructure.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using ra::test::FaultyFileSystem;
namespace fs = std::filesystem;

namespace {

const fs::path kCorpusRoot = fs::path(RA_CORPUS_DIR) / "gpo-backup" / "DoD - Windows 8 - Computer";
const std::string kCorpusId = "{2199EA28-42D1-4F0C-8043-EDD3A546BD9A}";
const fs::path kCorpusPol = fs::path(RA_CORPUS_DIR) / "pol" / "dod-win8-computer_machine_registry.pol";

Configuration dodConfiguration()
{
    return GroupPolicy::read(RegistryPol::read(kCorpusPol)).configuration;
}

GpoBackupSpec spec(std::string id = "{11111111-2222-4333-8444-555555555555}")
{
    GpoBackupSpec s;
    s.displayName = "Remote Assistance <Helpdesk> & \"Tier 1\" ]]>";
    s.domain = "corp.example.com";
    s.comment = "Built for ticket #42";
    s.gpoGuid = "{AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE}";
    s.backupId = std::move(id);
    s.backupTime = "2026-11-22T03:30:00";
    return s;
}

std::set<std::string> fileSet(const fs::path& root)
{
    std::set<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file())
            out.insert(fs::relative(e.path(), root).generic_string());
    return out;
}

std::set<std::string> structureOf(const fs::path& file)
{
    return test::structure(XmlReader::read(file));
}

} // namespace

class TestGpoBackup : public QObject
{
    Q_OBJECT
private slots:
    void writesTheFileSetOfAGpmcBackup()
    {
        QTemporaryDir tmp;
        const fs::path root = fs::path(tmp.path().toStdString()) / "Backups";
        const auto result = GpoBackupWriter(root).write(ChangeSet(dodConfiguration()), spec());
        QVERIFY(result.manifestCreated);
        QCOMPARE(result.folder, root / "{11111111-2222-4333-8444-555555555555}");
        // the corpus backup's files, except those of the extensions we do not write
        // (security template, advanced audit, comments)
        std::set<std::string> expected;
        for (const std::string& f : fileSet(kCorpusRoot)) {
            if (f.find("SecEdit") != std::string::npos || f.find("Audit") != std::string::npos
                || f.ends_with("GPO.cmt") || f.ends_with("comment.cmtx"))
                continue;
            std::string mine = f;
            if (auto at = mine.find(kCorpusId); at != std::string::npos)
                mine.replace(at, kCorpusId.size(), result.spec.backupId);
            expected.insert(mine);
        }
        QCOMPARE(expected.size(), std::size_t(5));
        QCOMPARE(fileSet(root), expected);
        QVERIFY(!fs::exists(tmp.path().toStdString() + "/Backups.tmp")); // nothing else left
        QCOMPARE(std::distance(fs::directory_iterator(tmp.path().toStdString()), fs::directory_iterator()), 1);
    }

    void xmlHasTheStructureOfTheCorpusBackup()
    {
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        const auto r = GpoBackupWriter(root / "b").write(ChangeSet(dodConfiguration()), spec());
        const fs::path corpusFolder = kCorpusRoot / kCorpusId;
        // manifest.xml and bkupInfo.xml: identical element paths and attributes
        QCOMPARE(structureOf(root / "b" / "manifest.xml"), structureOf(kCorpusRoot / "manifest.xml"));
        QCOMPARE(structureOf(r.folder / "bkupInfo.xml"), structureOf(corpusFolder / "bkupInfo.xml"));
        // Backup.xml: nothing GPMC would not write, and all it writes except for the other
        // extensions' files and the security groups that come from a security template
        const auto ours = structureOf(r.folder / "Backup.xml");
        const auto gpmc = structureOf(corpusFolder / "Backup.xml");
        QCOMPARE(test::minus(ours, gpmc), std::set<std::string>{});
        const std::string ns = "{http://www.microsoft.com/GroupPolicy/GPOOperations}";
        const std::string gpo = "/" + ns + "GroupPolicyBackupScheme/" + ns + "GroupPolicyObject";
        QCOMPARE(test::minus(gpmc, ours), (std::set<std::string>{
                                              gpo + "/" + ns + "GroupPolicyExtension/" + ns + "FSObjectDir[@" + ns + "Location @" + ns + "Path @" + ns + "SourceExpandedPath]",
                                              gpo + "/" + ns + "GroupPolicyExtension/" + ns + "FSObjectFile[@" + ns + "Location @" + ns + "Path @" + ns + "ReEvaluateFunction @" + ns + "SourceExpandedPath]",
                                              gpo + "/" + ns + "SecurityGroups/" + ns + "Group",
                                          }));
        // gpreport.xml: a subset of the structure of GPMC's report (UTF-16LE with BOM like it)
        const Bytes report = FileSystem::real().read(r.folder / "gpreport.xml");
        QCOMPARE(report[0], std::uint8_t(0xFF));
        QCOMPARE(report[1], std::uint8_t(0xFE));
        QCOMPARE(test::minus(structureOf(r.folder / "gpreport.xml"), structureOf(corpusFolder / "gpreport.xml")), std::set<std::string>{});
        // the byte conventions of the sample: manifest/bkupInfo without declaration, Backup.xml with one
        const Bytes backupXml = FileSystem::real().read(r.folder / "Backup.xml");
        QVERIFY(std::string(backupXml.begin(), backupXml.end()).starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
        const Bytes manifest = FileSystem::real().read(root / "b" / "manifest.xml");
        QVERIFY(std::string(manifest.begin(), manifest.end()).starts_with(
            "<Backups xmlns=\"http://www.microsoft.com/GroupPolicy/GPOOperations/Manifest\" xmlns:mfst=\"http://www.microsoft.com/GroupPolicy/GPOOperations/Manifest\" mfst:version=\"1.0\"><BackupInst><GPOGuid><![CDATA[{AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE}]]></GPOGuid>"));
    }

    void coreSettingsNameTheRegistryExtension()
    {
        QTemporaryDir tmp;
        const auto r = GpoBackupWriter(fs::path(tmp.path().toStdString()) / "b").write(ChangeSet(dodConfiguration()), spec());
        const XmlElement b = XmlReader::read(r.folder / "Backup.xml");
        const XmlElement* core = b.child("GroupPolicyObject")->child("GroupPolicyCoreSettings");
        QCOMPARE(*core->childText("ID"), std::string("{AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE}"));
        QCOMPARE(*core->childText("Domain"), std::string("corp.example.com"));
        QCOMPARE(*core->childText("MachineExtensionGuids"),
                 std::string("[{35378EAC-683F-11D2-A89A-00C04FBBCFA2}{D02B1F72-3407-48AE-BA88-E8213C6761F1}]"));
        QCOMPARE(*core->childText("MachineVersionNumber"), std::string("1"));
        const XmlElement* ext = b.child("GroupPolicyObject")->child("GroupPolicyExtension");
        QCOMPARE(*ext->attribute("ID"), std::string("{35378EAC-683F-11D2-A89A-00C04FBBCFA2}"));
        const XmlElement* file = ext->child("FSObjectFile");
        QCOMPARE(*file->attribute("Location"), std::string("DomainSysvol\\GPO\\Machine\\registry.pol"));
        QCOMPARE(*file->attribute("SourceExpandedPath"),
                 std::string("\\\\corp.example.com\\sysvol\\corp.example.com\\Policies\\{AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE}\\Machine\\registry.pol"));
        // the security descriptor is a well-formed self-relative SD: header + DACL of the stated size
        const std::string sd = *core->childText("SecurityDescriptor");
        QVERIFY(sd.starts_with("01 00 04 9c 00 00 00 00 00 00 00 00 00 00 00 00 14 00 00 00 04 00"));
        Bytes bytes;
        for (std::size_t i = 0; i < sd.size(); i += 3)
            bytes.push_back(static_cast<std::uint8_t>(std::stoi(sd.substr(i, 2), nullptr, 16)));
        const std::size_t aclSize = bytes[22] | (bytes[23] << 8);
        QCOMPARE(bytes.size(), 20 + aclSize); // header + the DACL, nothing more
        QCOMPARE(int(bytes[24]), 7);          // seven ACEs
        std::size_t at = 28;
        for (int i = 0; i < 7; ++i)
            at += bytes[at + 2] | (bytes[at + 3] << 8);
        QCOMPARE(at, bytes.size());           // the ACE sizes add up
    }

    void opensBackToTheSameConfiguration()
    {
        QTemporaryDir tmp;
        const fs::path root = fs::path(tmp.path().toStdString()) / "b";
        Configuration c = dodConfiguration();
        c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
        c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit",
                    std::vector<std::string>{"CORP\\Helpdesk", "CORP\\Tier <2> & more"});
        GpoBackupWriter(root).write(ChangeSet(c), spec());
        for (const fs::path& p : {root, root / "{11111111-2222-4333-8444-555555555555}",
                                  root / "{11111111-2222-4333-8444-555555555555}" / "DomainSysvol" / "GPO" / "Machine" / "registry.pol"}) {
            const auto opened = GpoBackupReader::open(p);
            QVERIFY(opened.read.configuration.sameEffect(c));
            QCOMPARE(opened.foreignEntries, std::size_t(0));
            QVERIFY2(opened.notes.empty(), opened.notes.empty() ? "" : opened.notes.front().message.c_str());
            if (opened.kind != GpoBackupOpenResult::Kind::RegistryPol) {
                QCOMPARE(opened.opened->displayName, spec().displayName); // escaping round trip, "]]>" included
                QCOMPARE(opened.opened->comment, std::string("Built for ticket #42"));
                QCOMPARE(opened.opened->backupTime, std::string("2026-11-22T03:30:00"));
            }
        }
    }

    void policyCommentsTravelInCommentCmtx()
    {
        QTemporaryDir tmp;
        const fs::path root = fs::path(tmp.path().toStdString()) / "b";
        Configuration c = dodConfiguration();
        c.setComment(PolicyId::SessionLogging, "Kept for the audit trail");
        c.setComment(PolicyId::UnsolicitedRemoteAssistance, "Off: helpers use Quick Assist");
        const auto r = GpoBackupWriter(root).write(ChangeSet(c), spec());
        QVERIFY(fs::exists(r.folder / "DomainSysvol" / "GPO" / "Machine" / "comment.cmtx"));
        const auto opened = GpoBackupReader::open(root);
        QVERIFY(opened.read.configuration == c); // comments included
        // Backup.xml lists the file under the extension GPMC uses for it, still within GPMC's structure
        QCOMPARE(test::minus(structureOf(r.folder / "Backup.xml"), structureOf(kCorpusRoot / kCorpusId / "Backup.xml")),
                 std::set<std::string>{});
        const XmlElement b = XmlReader::read(r.folder / "Backup.xml");
        const auto exts = b.child("GroupPolicyObject")->childrenNamed("GroupPolicyExtension");
        QCOMPARE(exts.size(), std::size_t(2));
        QCOMPARE(*exts[1]->child("FSObjectFile")->attribute("Location"), std::string("DomainSysvol\\GPO\\Machine\\comment.cmtx"));
    }

    void openingTheCorpusBackupYieldsTheDodConfiguration()
    {
        const auto opened = GpoBackupReader::open(kCorpusRoot);
        QCOMPARE(opened.kind, GpoBackupOpenResult::Kind::BackupRoot);
        QCOMPARE(opened.backups.size(), std::size_t(1));
        QCOMPARE(opened.backups[0].id, kCorpusId);
        QCOMPARE(opened.backups[0].displayName, std::string("DoD - Windows 8 - Computer"));
        QCOMPARE(opened.backups[0].backupTime, std::string("2022-07-15T21:43:12"));
        QCOMPARE(opened.backups[0].domain, std::string("soc.lan"));
        const Configuration& c = opened.read.configuration;
        QCOMPARE(c.state(PolicyId::CustomizeWarningMessages), PolicyState::Enabled);
        QCOMPARE(c.text(PolicyId::CustomizeWarningMessages, "RA_Options_Share_Control_Message"),
                 std::string("You are about to allow other personnel to remotely control your system. You must monitor the activity until the session is closed."));
        QCOMPARE(c.state(PolicyId::SessionLogging), PolicyState::Enabled);
        QCOMPARE(c.state(PolicyId::SolicitedRemoteAssistance), PolicyState::Disabled);
        QCOMPARE(c.state(PolicyId::UnsolicitedRemoteAssistance), PolicyState::Disabled);
        QCOMPARE(opened.foreignEntries, std::size_t(221 - 12));
        QCOMPARE(noteMessages(opened.notes), (std::vector<std::string>{
                                   "security settings (GptTmpl.inf) are not read",
                                   "advanced audit settings (audit.csv) are not read",
                                   "client-side extension Security {827D319E-6EAC-11D2-A4EA-00C04F79F83A} is not read",
                                   "client-side extension Unknown Extension {F15C46CD-82A0-4C2D-A210-5D0D3182A418} is not read"}));
        // the backup folder itself, and the bare registry.pol, give the same configuration
        QVERIFY(GpoBackupReader::open(kCorpusRoot / kCorpusId).read.configuration == c);
        const auto bare = GpoBackupReader::open(kCorpusPol);
        QCOMPARE(bare.kind, GpoBackupOpenResult::Kind::RegistryPol);
        QVERIFY(bare.read.configuration == c);
        QVERIFY(bare.backups.empty());
    }

    void appendsToAnExistingManifestKeepingItsBytes()
    {
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        fs::copy(kCorpusRoot, root / "dod", fs::copy_options::recursive);
        fs::permissions(root / "dod", fs::perms::owner_all, fs::perm_options::add);
        for (const auto& e : fs::recursive_directory_iterator(root / "dod"))
            fs::permissions(e.path(), fs::perms::owner_write, fs::perm_options::add);
        const Bytes before = FileSystem::real().read(root / "dod" / "manifest.xml");
        const auto r = GpoBackupWriter(root / "dod").write(ChangeSet(dodConfiguration()), spec());
        QVERIFY(!r.manifestCreated);
        const Bytes after = FileSystem::real().read(root / "dod" / "manifest.xml");
        const std::string a(after.begin(), after.end()), b(before.begin(), before.end());
        const std::size_t close = b.rfind("</Backups>");
        QCOMPARE(a.substr(0, close), b.substr(0, close));
        QVERIFY(a.substr(close).starts_with("<BackupInst><GPOGuid><![CDATA[{AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE}]]>"));
        QVERIFY(a.ends_with("</BackupInst></Backups>"));
        const auto list = GpoBackupReader::list(root / "dod");
        QCOMPARE(list.size(), std::size_t(2));
        QCOMPARE(list[0].id, std::string("{11111111-2222-4333-8444-555555555555}")); // newest first
        QCOMPARE(list[1].id, kCorpusId);
        // the same ID twice is refused before anything is written
        try {
            GpoBackupWriter(root / "dod").write(ChangeSet(dodConfiguration()), spec());
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(e.reason(), std::string("a backup with this ID already exists"));
        }
    }

    void aFolderWithoutManifestKeepsItsBackupsListed()
    {
        // backups made by LGPO /b come without manifest.xml
        QTemporaryDir tmp;
        const fs::path root = tmp.path().toStdString();
        fs::create_directories(root / kCorpusId);
        fs::copy_file(kCorpusRoot / kCorpusId / "bkupInfo.xml", root / kCorpusId / "bkupInfo.xml");
        const auto r = GpoBackupWriter(root).write(ChangeSet(dodConfiguration()), spec());
        QVERIFY(r.manifestCreated);
        const Bytes m = FileSystem::real().read(root / "manifest.xml");
        const std::string text(m.begin(), m.end());
        QVERIFY(text.find("<BackupInst xmlns=\"http://www.microsoft.com/GroupPolicy/GPOOperations/Manifest\"><GPOGuid><![CDATA[{4944CC9B-2067-425A-AEAB-BE38316D3A40}]]>") != std::string::npos);
        std::vector<Note> notes;
        const auto list = GpoBackupReader::list(root, FileSystem::real(), &notes);
        QCOMPARE(list.size(), std::size_t(2));
        QVERIFY(notes.empty());
        QCOMPARE(structureOf(root / "manifest.xml"), structureOf(kCorpusRoot / "manifest.xml"));
    }

    void refusesBadSpecs()
    {
        auto error = [](GpoBackupSpec s) {
            try {
                GpoBackupWriter::complete(std::move(s));
            } catch (const Error& e) {
                return std::string(e.what());
            }
            return std::string("(no error)");
        };
        GpoBackupSpec s = spec();
        s.displayName = "  ";
        QCOMPARE(error(s), std::string("the GPO display name is empty: GPMC's Import Settings wizard and Import-GPO -BackupGpoName find backups by it"));
        s = spec("2199EA28-42D1-4F0C-8043-EDD3A546BD9A");
        QCOMPARE(error(s), std::string("backup ID \"2199EA28-42D1-4F0C-8043-EDD3A546BD9A\" is not a GUID in braces like {2199EA28-42D1-4F0C-8043-EDD3A546BD9A}"));
        s = spec();
        s.backupTime = "2026-11-22 03:30";
        QCOMPARE(error(s), std::string("backup time \"2026-11-22 03:30\" is not in the form YYYY-MM-DDTHH:MM:SS"));
        s = spec();
        s.domain = "corp example";
        QCOMPARE(error(s), std::string("domain \"corp example\" is not a DNS name (letters, digits, '-' and '.')"));
        // generated fields
        GpoBackupSpec fresh;
        fresh.displayName = "x";
        const auto done = GpoBackupWriter::complete(fresh);
        QCOMPARE(done.backupId.size(), std::size_t(38));
        QVERIFY(done.backupId != done.gpoGuid);
        QCOMPARE(done.backupId[15], '4'); // version 4
        QCOMPARE(done.backupTime.size(), std::size_t(19));
    }

    void everyFailurePointLeavesTheTargetAsItWas_data()
    {
        QTest::addColumn<bool>("existingRoot");
        QTest::newRow("new root") << false;
        QTest::newRow("existing root with manifest") << true;
    }
    void everyFailurePointLeavesTheTargetAsItWas()
    {
        QFETCH(bool, existingRoot);
        using Op = FaultyFileSystem::Op;
        using Fault = FaultyFileSystem::Fault;
        const ChangeSet changes(dodConfiguration());
        // count the operations of a successful run
        int total[4] = {};
        {
            QTemporaryDir tmp;
            const fs::path root = fs::path(tmp.path().toStdString()) / "b";
            if (existingRoot)
                GpoBackupWriter(root).write(changes, spec("{99999999-2222-4333-8444-555555555555}"));
            FaultyFileSystem probe;
            GpoBackupWriter(root, probe).write(changes, spec());
            for (Op op : {Op::Write, Op::Rename, Op::CreateDirectory})
                total[int(op)] = probe.count(op);
        }
        QVERIFY(total[int(Op::Write)] >= 5);
        int cases = 0;
        for (Op op : {Op::Write, Op::Rename, Op::CreateDirectory}) {
            for (int n = 1; n <= total[int(op)]; ++n) {
                for (Fault fault : {Fault::NoSpace, Fault::IoError}) {
                    if (fault == Fault::NoSpace && op != Op::Write)
                        continue;
                    QTemporaryDir tmp;
                    const fs::path parent = tmp.path().toStdString();
                    const fs::path root = parent / "b";
                    if (existingRoot)
                        GpoBackupWriter(root).write(changes, spec("{99999999-2222-4333-8444-555555555555}"));
                    const auto before = test::snapshotTree(parent);
                    FaultyFileSystem faulty;
                    faulty.failOn(op, n, fault);
                    try {
                        GpoBackupWriter(root, faulty).write(changes, spec());
                        QFAIL("no error");
                    } catch (const Error& e) {
                        // the error names a file at its final place, never a temporary one
                        QVERIFY2(e.file().starts_with(displayPath(root)) && e.file().find(".tmp-") == std::string::npos, e.what());
                        QVERIFY2(QString::fromStdString(e.reason()).contains(QString::fromStdString(FaultyFileSystem::message(fault))), e.what());
                    }
                    QCOMPARE(faulty.failures(), 1);
                    QVERIFY2(test::snapshotTree(parent) == before, ("op " + std::to_string(int(op)) + " #" + std::to_string(n)).c_str());
                    ++cases;
                }
            }
        }
        QVERIFY(cases >= 10);
    }

    void readOnlyTargetsFail()
    {
        const ChangeSet changes(dodConfiguration());
        // injected: a read-only mount
        QTemporaryDir tmp;
        FaultyFileSystem ro;
        ro.setReadOnly(true);
        const fs::path root = fs::path(tmp.path().toStdString()) / "b";
        try {
            GpoBackupWriter(root, ro).write(changes, spec());
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(e.reason(), std::string("cannot create folder: Read-only file system"));
            QCOMPARE(e.file(), displayPath(root));
        }
        QVERIFY(test::snapshotTree(tmp.path().toStdString()).empty());
        // real: the kernel refuses folders in /proc even to root
        try {
            GpoBackupWriter("/proc/ra-gpo-backup-test").write(changes, spec());
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY2(e.reason().starts_with("cannot create folder:"), e.what());
        }
        QVERIFY(!fs::exists("/proc/ra-gpo-backup-test"));
        // real: the parent is a file
        const fs::path file = fs::path(tmp.path().toStdString()) / "file";
        FileSystem::real().writeFile(file, {1});
        try {
            GpoBackupWriter(file / "b").write(changes, spec());
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY2(e.reason().starts_with("cannot create folder:"), e.what());
        }
    }

    void backendPreviewsAndApplies()
    {
        QTemporaryDir tmp;
        const fs::path root = fs::path(tmp.path().toStdString()) / "b";
        GpoBackupBackend backend(root, spec());
        QVERIFY(!backend.current());
        const ChangeSet changes(dodConfiguration());
        const auto items = backend.preview(changes);
        QCOMPARE(items.size(), std::size_t(5));
        QCOMPARE(items[0].title, std::string("manifest.xml"));
        QVERIFY(!fs::exists(root)); // a preview writes nothing
        const auto report = backend.apply(changes);
        QVERIFY(report.ok);
        QCOMPARE(report.log.size(), std::size_t(2));
        QVERIFY(backend.current()->configuration.sameEffect(changes.configuration()));
        // before the first backup nothing was there to compare with
        for (const PreviewItem& item : items) {
            QVERIFY(!item.current);
            QVERIFY(item.currentNote.code.empty());
        }
        QCOMPARE(items[0].label.code, std::string("file"));

        // the next backup: compared with the manifest there and with the files of the newest backup
        const auto again = GpoBackupBackend(root, spec("{22222222-3333-4444-8555-666666666666}")).preview(changes);
        QCOMPARE(again.size(), std::size_t(5));
        QCOMPARE(*again[0].current, XmlReader::decode(FileSystem::real().read(root / "manifest.xml")));
        const std::string id = backend.lastWritten().backupId;
        bool sawPol = false;
        for (std::size_t i = 1; i < again.size(); ++i) {
            QCOMPARE(again[i].currentNote.code, std::string("current-backup"));
            QCOMPARE(again[i].currentNote.args.at(1), id);
            QCOMPARE(again[i].currentNote.args.at(2), spec().displayName);
            QCOMPARE(again[i].currentNote.args.at(3), spec().backupTime);
            QVERIFY(again[i].current);
            if (again[i].title.ends_with("registry.pol")) {
                sawPol = true;
                QCOMPARE(again[i].caption.code, std::string("pol-as-lgpo"));
                QCOMPARE(*again[i].current, again[i].content); // the same settings
                QVERIFY(PreviewDiff::values(*again[i].currentEntries, *again[i].entries).empty());
            }
        }
        QVERIFY(sawPol);
    }
};

QTEST_GUILESS_MAIN(TestGpoBackup)
#include "TestGpoBackup.moc"
