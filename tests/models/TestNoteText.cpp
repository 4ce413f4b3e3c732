#include "backends/GpoBackupReader.h"
#include "core/GroupPolicy.h"
#include "core/formats/RegFile.h"
#include "core/formats/RegistryPol.h"
#include "models/NoteText.h"
#include "ui/LanguageManager.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>

#include <set>

using namespace ra;
namespace fs = std::filesystem;

namespace {
const fs::path kCorpusRoot = fs::path(RA_CORPUS_DIR) / "gpo-backup" / "DoD - Windows 8 - Computer";
const std::string kCorpusId = "{2199EA28-42D1-4F0C-8043-EDD3A546BD9A}";
const std::string kKey = "Software\\Policies\\Microsoft\\Windows NT\\Terminal Services";
const std::string kHelpers = kKey + "\\RAUnsolicit";

/// Notes of every code GroupPolicy::read makes, in every wording: the real reader over entries
/// made to trigger them.
std::vector<Note> everyNote()
{
    std::vector<Note> out;
    auto add = [&](const std::vector<RegistryEntry>& entries) {
        const auto r = GroupPolicy::read(entries);
        out.insert(out.end(), r.notes.begin(), r.notes.end());
    };
    add({
        RegistryEntry::string(kKey, "LoggingEnabled", "1"),           // policy-type
        RegistryEntry::dword(kKey, "fAllowToGetHelp", 7),             // policy-value
        RegistryEntry::dword(kKey, "UseCustomMessages", 1),
        RegistryEntry::dword(kKey, "ShareControlMessage", 5),         // option-type (REG_SZ expected)
        RegistryEntry::dword(kKey, "fAllowUnsolicited", 1),           //   ViewMessage: option-missing
        RegistryEntry::string(kKey, "fAllowUnsolicitedFullControl", "1"), // option-type (REG_DWORD expected)
        RegistryEntry::string(kHelpers, "CORP\\a", "CORP\\b"),        // helper-data
        RegistryEntry::dword(kHelpers, "CORP\\c", 1),                 // helper-type
        RegistryEntry::control(kHelpers, "**frobnicate"),             // control-unknown
    });
    add({
        RegistryEntry::dword(kKey, "fAllowUnsolicited", 1),
        RegistryEntry::dword(kKey, "fAllowUnsolicitedFullControl", 3), // option-choice
        RegistryEntry::dword(kKey, "fAllowUnsolicited", 1),            // duplicate-entry
    });
    add({
        RegistryEntry::dword(kKey, "LoggingEnabled", 1),
        RegistryEntry::control(kKey, "**delvals."), // control-removed
    });
    add({
        RegistryEntry::dword(kKey, "fAllowToGetHelp", 0),
        RegistryEntry::dword(kKey, "MaxTicketExpiry", 2),          // option-ignored, Disabled
        RegistryEntry::string(kKey, "ShareControlMessage", "Hi"),  // option-ignored, Not configured
        RegistryEntry::string(kHelpers, "CORP\\a", "CORP\\a"),     // list-ignored, Not configured
    });
    add({
        RegistryEntry::dword(kKey, "fAllowUnsolicited", 0),
        RegistryEntry::string(kHelpers, "CORP\\a", "CORP\\a"), // list-ignored, Disabled
    });
    return out;
}

/// A writable copy of the corpus GPO backup root (a manifest.xml and one backup folder).
fs::path copyCorpus(const fs::path& to)
{
    fs::copy(kCorpusRoot, to, fs::copy_options::recursive);
    fs::permissions(to, fs::perms::owner_all, fs::perm_options::add);
    for (const auto& e : fs::recursive_directory_iterator(to))
        fs::permissions(e.path(), fs::perms::owner_write | (e.is_directory() ? fs::perms::owner_exec : fs::perms::none),
                        fs::perm_options::add);
    return to;
}

void writeFile(const fs::path& file, const std::string& text)
{
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
}

/// Notes of every code GpoBackupReader::open makes: the corpus backup and copies of it with the
/// problems admins meet.
std::vector<Note> everyBackupNote(const fs::path& tmp)
{
    std::vector<Note> out;
    auto add = [&](const fs::path& path) {
        const auto r = GpoBackupReader::open(path);
        out.insert(out.end(), r.notes.begin(), r.notes.end());
    };
    add(kCorpusRoot); // security, audit, two other client-side extensions

    // a backup with a User registry.pol, Preferences, another policy's comment and a foreign Backup.xml
    const fs::path a = copyCorpus(tmp / "a") / kCorpusId;
    const fs::path gpo = a / "DomainSysvol" / "GPO";
    const Bytes user = RegistryPol::serialize({RegistryEntry::dword("Software\\Policies\\X", "Y", 1)});
    writeFile(gpo / "User" / "registry.pol", std::string(user.begin(), user.end()));
    fs::create_directories(gpo / "Machine" / "Preferences");
    writeFile(gpo / "Machine" / "comment.cmtx",
              "<policyComments xmlns=\"http://www.microsoft.com/GroupPolicy/CommentDefinitions\"><policyNamespaces>"
              "<using prefix=\"ns0\" namespace=\"Microsoft.Policies.TerminalServer\"/></policyNamespaces><comments>"
              "<admTemplate><comment policyRef=\"ns0:TS_X\" commentText=\"$(resource.a)\"/></admTemplate></comments>"
              "<resources><stringTable><string id=\"a\">A</string></stringTable></resources></policyComments>");
    writeFile(a / "Backup.xml", "<BackupScheme/>");
    add(a);

    // a root whose manifest names a folder that was renamed, and an empty backup folder
    const fs::path b = copyCorpus(tmp / "b");
    fs::rename(b / kCorpusId, b / "{00000000-0000-4000-8000-000000000001}");
    fs::create_directories(b / "{00000000-0000-4000-8000-000000000002}");
    add(b);

    // a backup folder without bkupInfo.xml, and one without Backup.xml
    const fs::path c = copyCorpus(tmp / "c") / kCorpusId;
    fs::remove(c / "bkupInfo.xml");
    add(c);
    const fs::path d = copyCorpus(tmp / "d") / kCorpusId;
    fs::remove(d / "Backup.xml");
    add(d);
    return out;
}

/// Every note code in core/GroupPolicy.cpp, backends/GpoBackupReader.cpp and core/formats/RegFile.cpp
/// ({"duplicate-entry", {…}, …}).
std::set<QString> codesInSources()
{
    std::set<QString> out;
    static const QRegularExpression literal(QStringLiteral("\\{\"([a-z]+(?:-[a-z]+)+)\", \\{"));
    for (const char* file : {"/core/GroupPolicy.cpp", "/backends/GpoBackupReader.cpp", "/core/formats/RegFile.cpp"}) {
        QFile f(QStringLiteral(RA_SOURCE_DIR) + QLatin1String(file));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        for (const auto& m : literal.globalMatch(QString::fromUtf8(f.readAll())))
            out.insert(m.captured(1));
    }
    return out;
}

std::vector<Note> allNotes(const fs::path& tmp)
{
    std::vector<Note> out = everyNote();
    const std::vector<Note> backup = everyBackupNote(tmp);
    out.insert(out.end(), backup.begin(), backup.end());
    // a .reg file with a block of another hive
    const std::string reg = "Windows Registry Editor Version 5.00\r\n\r\n[-HKEY_CURRENT_USER\\Software\\X]\r\n";
    RegFile::parse(Bytes(reg.begin(), reg.end()), "x.reg").toEntries(&out);
    return out;
}
} // namespace

class TestNoteText : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void cleanup() { ui::LanguageManager::apply(QStringLiteral("en")); }

    void everyCodeHasATemplate()
    {
        const std::set<QString> inSource = codesInSources();
        QCOMPARE(inSource.size(), std::size_t(25));
        const QStringList known = NoteText::knownCodes();
        QCOMPARE(std::set<QString>(known.begin(), known.end()), inSource);
        std::set<QString> produced;
        std::set<std::string> wordings;
        QTemporaryDir tmp;
        for (const Note& n : allNotes(tmp.path().toStdString())) {
            produced.insert(QString::fromStdString(n.code));
            if (!n.args.empty())
                wordings.insert(n.code + " " + n.args.back());
        }
        QCOMPARE(produced, inSource);
        for (const char* w : {"list-ignored Disabled", "list-ignored Not configured", "option-ignored Disabled",
                              "option-ignored Not configured", "option-type REG_SZ", "option-type REG_DWORD"})
            QVERIFY2(wordings.count(w), w);
    }

    void englishEqualsCoreByteForByte()
    {
        QTemporaryDir tmp;
        for (const Note& n : allNotes(tmp.path().toStdString())) {
            QVERIFY2(NoteText::isTranslatable(n), n.message.c_str());
            QCOMPARE(NoteText::text(n).toUtf8(), QByteArray::fromStdString(n.message));
        }
        // a note without a code, or with arguments that do not fit: as written
        QCOMPARE(NoteText::text(Note("Backup.xml is missing")), QStringLiteral("Backup.xml is missing"));
        QVERIFY(!NoteText::isTranslatable(Note("list-ignored", {"2", "K", "X", "Sleeping"}, "2 value(s) …")));
        QCOMPARE(NoteText::text(Note("list-ignored", {"2", "K", "X", "Sleeping"}, "2 value(s) …")),
                 QStringLiteral("2 value(s) …"));
    }

    void german()
    {
        QCOMPARE(ui::LanguageManager::apply(QStringLiteral("de")), QStringLiteral("de"));
        const auto r = GroupPolicy::read({
            RegistryEntry::dword(kKey, "fAllowUnsolicited", 1),
            RegistryEntry::dword(kKey, "fAllowUnsolicited", 1),
            RegistryEntry::dword(kKey, "fAllowToGetHelp", 0),
            RegistryEntry::dword(kKey, "MaxTicketExpiry", 2),
        });
        QStringList texts;
        for (const Note& n : r.notes)
            texts << NoteText::text(n);
        QCOMPARE(texts, (QStringList{
                            QStringLiteral("Doppelter Eintrag %1\\fAllowUnsolicited (der letzte gilt)")
                                .arg(QString::fromStdString(kKey)),
                            QStringLiteral("fAllowUnsolicitedFullControl von UnsolicitedRemoteAssistance fehlt; der "
                                           "Standardwert des Editors wird angezeigt"),
                            QStringLiteral("MaxTicketExpiry ignoriert: SolicitedRemoteAssistance ist deaktiviert"),
                        }));
    }

    void germanCorpusBackup()
    {
        QCOMPARE(ui::LanguageManager::apply(QStringLiteral("de")), QStringLiteral("de"));
        QStringList texts;
        for (const Note& n : GpoBackupReader::open(kCorpusRoot).notes)
            texts << NoteText::text(n);
        QCOMPARE(texts, (QStringList{
                            QStringLiteral("Sicherheitseinstellungen (GptTmpl.inf) werden nicht gelesen"),
                            QStringLiteral("Erweiterte Überwachungseinstellungen (audit.csv) werden nicht gelesen"),
                            QStringLiteral("Clientseitige Erweiterung Security {827D319E-6EAC-11D2-A4EA-00C04F79F83A} "
                                           "wird nicht gelesen"),
                            QStringLiteral("Clientseitige Erweiterung Unknown Extension "
                                           "{F15C46CD-82A0-4C2D-A210-5D0D3182A418} wird nicht gelesen"),
                        }));
    }

    void everyNoteIsTranslated()
    {
        for (const QString& lang : {QStringLiteral("de"), QStringLiteral("fr")}) {
            QCOMPARE(ui::LanguageManager::apply(lang), lang);
            QTemporaryDir tmp;
            for (const Note& n : allNotes(tmp.path().toStdString())) {
                const QString text = NoteText::text(n);
                QVERIFY2(text != QString::fromStdString(n.message), n.message.c_str());
                if (!n.args.empty())
                    QVERIFY2(text.contains(QString::fromStdString(n.args[0])), qPrintable(text));
            }
        }
    }
};

QTEST_MAIN(TestNoteText)
#include "TestNoteText.moc"
