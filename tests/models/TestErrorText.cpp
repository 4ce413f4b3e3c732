#include "FaultyFileSystem.h"

#include "backends/GpoBackupReader.h"
#include "backends/GpoBackupWriter.h"
#include "backends/RegistryPolBackend.h"
#include "core/Catalog.h"
#include "core/Configuration.h"
#include "core/Firewall.h"
#include "core/Profile.h"
#include "core/TextCodec.h"
#include "core/formats/CommentCmtx.h"
#include "core/formats/GptIni.h"
#include "core/formats/GraphJson.h"
#include "core/formats/LgpoText.h"
#include "core/formats/RegFile.h"
#include "core/formats/RegistryPol.h"
#include "core/formats/SyncMl.h"
#include "core/formats/XmlReader.h"
#include "core/formats/XmlWriter.h"
#include "core/registry/FaultInjectingRegistry.h"
#include "core/registry/MemoryRegistry.h"
#include "models/ErrorText.h"
#include "ui/LanguageManager.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <set>

using namespace ra;
namespace fs = std::filesystem;

namespace {

const fs::path kCorpusPol = fs::path(RA_CORPUS_DIR) / "pol" / "dod-win8-computer_machine_registry.pol";
const fs::path kCorpusBackupRoot = fs::path(RA_CORPUS_DIR) / "gpo-backup" / "DoD - Windows 8 - Computer";
const std::string kCorpusBackupId = "{2199EA28-42D1-4F0C-8043-EDD3A546BD9A}";
/// The first entry of the corpus file: [Software\…\CredUI;EnumerateAdministrators;REG_DWORD;4;0]
constexpr std::size_t kKeyAt = 10;                       // after "PReg", version 1 and '['
constexpr std::size_t kKeyEnd = kKeyAt + 2 * 57;         // its NUL
constexpr std::size_t kNameAt = kKeyEnd + 4;             // after the NUL and ';'
constexpr std::size_t kNameEnd = kNameAt + 2 * 23;       // "EnumerateAdministrators"
constexpr std::size_t kTypeAt = kNameEnd + 4;
constexpr std::size_t kSizeAt = kTypeAt + 6;

using ErrorPtr = std::shared_ptr<const Error>;

/// The ra::Error @p f throws (keeping ProfileError and ProfileIntegrityError), or null.
ErrorPtr errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const ProfileError& e) {
        return std::make_shared<ProfileError>(e);
    } catch (const ProfileIntegrityError& e) {
        return std::make_shared<ProfileIntegrityError>(e);
    } catch (const Error& e) {
        return std::make_shared<Error>(e);
    }
    return nullptr;
}

Bytes bytes(std::string_view s)
{
    return Bytes(s.begin(), s.end());
}

Bytes corpusPol()
{
    return FileSystem::real().read(kCorpusPol);
}

Bytes cut(Bytes b, std::size_t size)
{
    b.resize(size);
    return b;
}

Bytes changed(Bytes b, std::size_t at, std::initializer_list<std::uint8_t> with)
{
    for (std::uint8_t v : with)
        b[at++] = v;
    return b;
}

void writeFile(const fs::path& file, const std::string& text)
{
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
}

/// A writable copy of the corpus GPO backup root.
fs::path copyCorpusBackup(const fs::path& to)
{
    fs::copy(kCorpusBackupRoot, to, fs::copy_options::recursive);
    fs::permissions(to, fs::perms::owner_all, fs::perm_options::add);
    for (const auto& e : fs::recursive_directory_iterator(to))
        fs::permissions(e.path(), fs::perms::owner_write | (e.is_directory() ? fs::perms::owner_exec : fs::perms::none),
                        fs::perm_options::add);
    return to;
}

const std::string& uri(PolicyId id)
{
    return Catalog::instance().policy(id).omaUri;
}

std::string syncMl(const std::string& commands)
{
    return "<SyncML xmlns=\"SYNCML:SYNCML1.2\"><SyncBody>" + commands + "<Final/></SyncBody></SyncML>";
}

std::string replace(int cmdId, const std::string& locUri, const std::string& payload)
{
    return "<Replace><CmdID>" + std::to_string(cmdId) + "</CmdID><Item><Meta><Format>chr</Format><Type>text/plain</Type>"
           "</Meta><Target><LocURI>" + locUri + "</LocURI></Target><Data><![CDATA[" + payload + "]]></Data></Item></Replace>";
}

SyncMlReadResult readSyncMl(const std::string& doc)
{
    return SyncMl::read(doc, "x.xml");
}

SyncMlReadResult readPayload(PolicyId id, const std::string& payload)
{
    return readSyncMl(syncMl(replace(1, uri(id), payload)));
}

/// A profile document (no "sha256") around @p policies, with @p extra members.
std::string profileDoc(const std::string& policies, const std::string& extra = {})
{
    return "{\"schema\":\"ra-console-profile\",\"version\":1" + extra + ",\"policies\":" + policies + "}";
}

Profile readProfile(const std::string& json)
{
    return ProfileFormat::read(json, "p.json");
}

struct Triggered
{
    std::string expected; ///< the code the trigger is made for
    ErrorPtr error;       ///< what it threw
};

/// Errors of every code core and the backends throw, made by the real readers, writers and
/// targets from broken inputs (a variant of a code once per wording).
std::vector<Triggered> everyError(const fs::path& tmp)
{
    std::vector<Triggered> out;
    auto add = [&](const char* code, const std::function<void()>& f) { out.push_back({code, errorOf(f)}); };

    // --- codec
    add("codec.bad-utf8", [] { text::toUtf16("ab\xFF"); });
    add("codec.unpaired-surrogate", [] { text::toUtf8(u"a\xD800"); });

    // --- file system
    FileSystem& real = FileSystem::real();
    writeFile(tmp / "plain-file", "x");
    add("file.open-read", [&] { real.read(tmp / "missing.pol"); });
    add("file.read", [&] { real.read(tmp); }); // a folder opens, but reading it fails
    add("file.list", [&] { real.list(tmp / "missing"); });
    add("file.create-folder", [&] { real.createDirectory(tmp / "plain-file" / "sub"); });
    add("file.open-write", [&] { real.writeFile(tmp / "missing" / "x.pol", bytes("x")); });
    add("file.write", [&] { real.writeFile("/dev/full", bytes("x")); });
    add("file.rename", [&] { real.rename(tmp / "missing-a", tmp / "missing-b"); });
    add("file.open-write", [&] { ProfileFormat::save(tmp / "plain-file" / "p.json", Profile()); });

    // --- registry.pol
    add("pol.short", [] { RegistryPol::parse(cut(corpusPol(), 5), "r.pol"); });
    add("pol.signature", [] { RegistryPol::parse(changed(corpusPol(), 0, {'Q'}), "r.pol"); });
    add("pol.version", [] { RegistryPol::parse(changed(corpusPol(), 4, {2}), "r.pol"); });
    add("pol.unexpected", [] { RegistryPol::parse(changed(corpusPol(), 8, {'x'}), "r.pol"); });
    add("pol.unexpected", [] { RegistryPol::parse(changed(corpusPol(), kKeyEnd + 2, {'x'}), "r.pol"); });
    add("pol.unexpected", [] { RegistryPol::parse(changed(corpusPol(), kNameEnd + 2, {1}), "r.pol"); });
    add("pol.unexpected", [] { RegistryPol::parse(changed(corpusPol(), kTypeAt + 4, {'x'}), "r.pol"); });
    add("pol.unexpected", [] { RegistryPol::parse(changed(corpusPol(), kSizeAt + 4, {'x'}), "r.pol"); });
    add("pol.unexpected", [] { RegistryPol::parse(changed(corpusPol(), kSizeAt + 10, {'x'}), "r.pol"); });
    add("pol.end", [] { RegistryPol::parse(cut(corpusPol(), kKeyEnd + 2), "r.pol"); });
    add("pol.end", [] { RegistryPol::parse(cut(corpusPol(), kNameEnd + 2), "r.pol"); });
    add("pol.end", [] { RegistryPol::parse(cut(corpusPol(), kTypeAt + 4), "r.pol"); });
    add("pol.end", [] { RegistryPol::parse(cut(corpusPol(), kSizeAt + 4), "r.pol"); });
    add("pol.end", [] { RegistryPol::parse(cut(corpusPol(), kSizeAt + 10), "r.pol"); });
    add("pol.odd-end", [] { RegistryPol::parse(cut(corpusPol(), kKeyEnd + 3), "r.pol"); });
    add("pol.odd-end", [] { RegistryPol::parse(cut(corpusPol(), kSizeAt + 11), "r.pol"); });
    add("pol.name-end", [] { RegistryPol::parse(cut(corpusPol(), kKeyAt + 20), "r.pol"); });
    add("pol.name-end", [] { RegistryPol::parse(cut(corpusPol(), kNameAt + 20), "r.pol"); });
    add("pol.name-odd-end", [] { RegistryPol::parse(cut(corpusPol(), kKeyAt + 21), "r.pol"); });
    add("pol.name-odd-end", [] { RegistryPol::parse(cut(corpusPol(), kNameAt + 21), "r.pol"); });
    add("pol.name-utf16", [] { RegistryPol::parse(changed(corpusPol(), kKeyAt + 4, {0x00, 0xD8}), "r.pol"); });
    add("pol.name-utf16", [] { RegistryPol::parse(changed(corpusPol(), kNameAt + 4, {0x00, 0xDC}), "r.pol"); });
    add("pol.number-end", [] { RegistryPol::parse(cut(corpusPol(), kTypeAt + 2), "r.pol"); });
    add("pol.number-end", [] { RegistryPol::parse(cut(corpusPol(), kSizeAt + 1), "r.pol"); });
    add("pol.data-size", [] { RegistryPol::parse(changed(corpusPol(), kSizeAt, {0xFF, 0xFF, 0, 0}), "r.pol"); });
    add("pol.name-nul", [] { RegistryPol::serialize({RegistryEntry::dword(std::string("K\xC3\xA9\0x", 5), "V", 1)}); });
    add("pol.name-nul", [] { RegistryPol::serialize({RegistryEntry::dword("K", std::string("V\xC3\xA9\0", 4), 1)}); });

    // --- .reg
    const std::string head = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\Software\\X]\r\n";
    auto reg = [](const std::string& text) { RegFile::parse(bytes(text), "x.reg"); };
    add("reg.odd-bytes", [] { RegFile::parse(Bytes{0xFF, 0xFE, 'W'}, "x.reg"); });
    add("reg.bad-utf16", [] { RegFile::parse(Bytes{0xFF, 0xFE, 'W', 0, 0x00, 0xD8, 'x', 0}, "x.reg"); });
    add("reg.big-endian", [] { RegFile::parse(Bytes{0xFE, 0xFF, 0, 'W'}, "x.reg"); });
    add("reg.encoding", [&] { reg("Windows Registry Editor Version 5.00\r\n\xC3\x28\r\n"); });
    add("reg.escape-at-end", [&] { reg(head + "\"a\\"); });
    add("reg.unknown-escape", [&] { reg(head + "\"a\\n\"=\"x\""); });
    add("reg.unclosed-string", [&] { reg(head + "\"abc"); });
    add("reg.hex-byte", [&] { reg(head + "\"a\"=hex:01,zz"); });
    add("reg.hex-comma", [&] { reg(head + "\"a\"=hex:01 02"); });
    add("reg.empty-value-name", [&] { reg(head + "\"\"=\"x\""); });
    add("reg.expected-equals", [&] { reg(head + "\"a\" \"x\""); });
    add("reg.after-string", [&] { reg(head + "\"a\"=\"x\" y"); });
    add("reg.dword", [&] { reg(head + "\"a\"=dword:12345678x"); });
    add("reg.hex-type", [&] { reg(head + "\"a\"=hex(zz):00"); });
    add("reg.value-format", [&] { reg(head + "\"a\"=qword:1"); });
    add("reg.header", [&] { reg("REGEDIT5\r\n"); });
    add("reg.key-bracket", [&] { reg(head + "[HKEY_LOCAL_MACHINE\\Y\r\n"); });
    add("reg.empty-key", [&] { reg(head + "[ ]\r\n"); });
    add("reg.no-hive", [&] { reg(head + "[Software]\r\n"); });
    add("reg.value-before-key", [&] { reg("Windows Registry Editor Version 5.00\r\n\"a\"=\"b\"\r\n"); });
    add("reg.value-under-delete", [&] { reg(head + "[-HKEY_LOCAL_MACHINE\\Y]\r\n\"a\"=\"b\"\r\n"); });
    add("reg.unexpected-line", [&] { reg(head + "a=b\r\n"); });
    add("reg.empty", [&] { reg("; only a comment\r\n"); });

    // --- LGPO text
    auto lgpo = [](const std::string& text) { LgpoText::parse(bytes(text), "x.txt"); };
    const std::string entry = "Computer\nSoftware\\Policies\\X\nValue\n";
    add("lgpo.config-space", [&] { lgpo(" Computer\n"); });
    add("lgpo.config-line", [&] { lgpo("Machine\nSoftware\nV\nDWORD:1\n"); });
    add("lgpo.user-name", [&] { lgpo("User:\nSoftware\nV\nDWORD:1\n"); });
    add("lgpo.incomplete", [&] { lgpo("Computer\n"); });
    add("lgpo.incomplete", [&] { lgpo("Computer\nSoftware\\Policies\\X\n"); });
    add("lgpo.incomplete", [&] { lgpo(entry); });
    add("lgpo.clear", [&] { lgpo(entry + "CLEAR\n"); });
    add("lgpo.dword", [&] { lgpo(entry + "DWORD:4294967296\n"); });
    add("lgpo.qword", [&] { lgpo(entry + "QWORD:x\n"); });
    add("lgpo.binary-byte", [&] { lgpo(entry + "BINARY:01,2\n"); });
    add("lgpo.binary-comma", [&] { lgpo(entry + "BINARY:01,\n"); });
    add("lgpo.unknown-action", [&] { lgpo(entry + "STRING:x\n"); });
    add("lgpo.odd-bytes", [] { LgpoText::parse(Bytes{0xFF, 0xFE, 'C'}, "x.txt"); });
    add("lgpo.bad-utf16", [] { LgpoText::parse(Bytes{0xFF, 0xFE, 'C', 0, 0x00, 0xDC}, "x.txt"); });
    add("lgpo.bad-utf8", [&] { lgpo("Computer\n\xC3\x28\n"); });

    // --- gpt.ini
    auto ini = [](const std::string& text) { return GptIni::parse(bytes(text), "gpt.ini"); };
    add("gptini.bad-utf16", [] { GptIni::parse(Bytes{0xFF, 0xFE, '[', 0, 0x00, 0xD8}, "gpt.ini"); });
    add("gptini.nul", [] { GptIni::parse(Bytes{'[', 0, 'G'}, "gpt.ini"); });
    add("gptini.section", [&] { ini("[General\r\n"); });
    add("gptini.line", [&] { ini("[General]\r\nVersion\r\n"); });
    add("gptini.version", [&] { ini("[General]\r\nVersion=1.5\r\n").incrementMachineVersion(); });
    auto extensions = [&](const std::string& list) {
        ini("[General]\r\ngPCMachineExtensionNames=" + list + "\r\n")
            .addMachineExtension(GptIni::registryExtension, GptIni::registryTool);
    };
    add("gptini.extensions-char", [&] { extensions("[{A}]x"); });
    add("gptini.extensions-bracket", [&] { extensions("[{A}"); });
    add("gptini.extensions-brace", [&] { extensions("[{A]"); });
    add("gptini.extensions-empty", [&] { extensions("[]"); });

    // --- XML
    auto xml = [](const std::string& text) { XmlReader::parse(std::string_view(text), "x.xml"); };
    add("xml.bad-utf8", [&] { xml("<a>\xC3\x28</a>"); });
    add("xml.control-char", [&] { xml("<a>\x01</a>"); });
    add("xml.non-character", [&] { xml("<a>\xEF\xBF\xBE</a>"); });
    add("xml.no-root", [&] { xml("  "); });
    add("xml.root-start", [&] { xml("x"); });
    add("xml.after-root", [&] { xml("<a/>x"); });
    add("xml.expected", [&] { xml("<a></a x>"); });
    add("xml.expected", [&] { xml("<a b>"); });
    add("xml.expected", [&] { xml("<1/>"); });
    add("xml.expected", [&] { xml("<a 1=\"x\"/>"); });
    add("xml.expected", [&] { xml("<a></1>"); });
    add("xml.doctype", [&] { xml("<!DOCTYPE a><a/>"); });
    add("xml.doctype-after-root", [&] { xml("<a/><!DOCTYPE a>"); });
    add("xml.unterminated-pi", [&] { xml("<?xml version=\"1.0\""); });
    add("xml.unterminated-comment", [&] { xml("<!-- x"); });
    add("xml.ampersand", [&] { xml("<a>& b</a>"); });
    add("xml.empty-char-ref", [&] { xml("<a>&#;</a>"); });
    add("xml.bad-char-ref", [&] { xml("<a>&#xZ;</a>"); });
    add("xml.char-ref-range", [&] { xml("<a>&#x110000;</a>"); });
    add("xml.char-ref-not-char", [&] { xml("<a>&#1;</a>"); });
    add("xml.unknown-entity", [&] { xml("<a>&nbsp;</a>"); });
    add("xml.undeclared-prefix", [&] { xml("<p:a/>"); });
    add("xml.too-deep", [&] {
        std::string deep;
        for (int i = 0; i < 300; ++i)
            deep += "<a>";
        xml(deep);
    });
    add("xml.start-tag", [&] { xml("<a b=\"1\"c=\"2\"/>"); });
    add("xml.duplicate-attribute", [&] { xml("<a b=\"1\" b=\"2\"/>"); });
    add("xml.unquoted-attribute", [&] { xml("<a b=1/>"); });
    add("xml.unterminated-attribute", [&] { xml("<a b=\"1"); });
    add("xml.lt-in-attribute", [&] { xml("<a b=\"<\"/>"); });
    add("xml.unclosed", [&] { xml("<a>\n<b/>"); });
    add("xml.end-tag", [&] { xml("<a>\n</b>"); });
    add("xml.unterminated-cdata", [&] { xml("<a><![CDATA[x</a>"); });
    add("xml.markup-declaration", [&] { xml("<a><!ELEMENT x></a>"); });
    add("xml.cdata-end-in-text", [&] { xml("<a>]]></a>"); });
    add("xml.odd-bytes", [] { XmlReader::parse(Bytes{0xFF, 0xFE, '<'}, "x.xml"); });
    add("xml.bad-utf16", [] { XmlReader::parse(Bytes{0xFF, 0xFE, '<', 0, 0x00, 0xD8}, "x.xml"); });

    // --- XML writer (misuse by a caller)
    add("xmlwriter.name", [] { XmlWriter().startElement("1a"); });
    add("xmlwriter.bad-utf8", [] {
        XmlWriter w;
        w.startElement("a");
        w.text("\xFF");
    });
    add("xmlwriter.control-char", [] {
        XmlWriter w;
        w.startElement("a");
        w.attribute("b", "\x02");
    });
    add("xmlwriter.comment", [] { XmlWriter().comment("a--b"); });
    add("xmlwriter.second-root", [] {
        XmlWriter w;
        w.emptyElement("a");
        w.startElement("b");
    });
    add("xmlwriter.attribute-outside", [] { XmlWriter().attribute("b", "1"); });
    add("xmlwriter.text-outside", [] { XmlWriter().text("x"); });
    add("xmlwriter.cdata-outside", [] { XmlWriter().cdata("x"); });
    add("xmlwriter.no-open-element", [] { XmlWriter().endElement(); });
    add("xmlwriter.incomplete", [] {
        XmlWriter w;
        w.startElement("a");
        w.toString();
    });
    add("xmlwriter.no-root", [] { XmlWriter().toString(); });

    // --- SyncML: values that cannot be written
    auto payloadOf = [](PolicyId id, const char* element, OptionValue value) {
        Configuration c;
        c.setState(id, PolicyState::Enabled);
        c.setOption(id, element, std::move(value));
        SyncMl::payload(c, id);
    };
    constexpr PolicyId kOptions = PolicyId::CustomizeWarningMessages;
    constexpr PolicyId kSolicit = PolicyId::SolicitedRemoteAssistance;
    constexpr PolicyId kOffer = PolicyId::UnsolicitedRemoteAssistance;
    constexpr PolicyId kLogging = PolicyId::SessionLogging;
    add("syncml.value", [&] { payloadOf(kOptions, "RA_Options_Share_Control_Message", std::string("Hi \xFF")); });
    add("syncml.value", [&] { payloadOf(kOptions, "RA_Options_Connect_Message", std::string("Hi \xEF\xBF\xBF")); });
    add("syncml.value", [&] { payloadOf(kOptions, "RA_Options_Connect_Message", std::string("Hi\x07")); });
    add("syncml.value", [&] { payloadOf(kOffer, "RA_Unsolicit_DACL_Edit", std::vector<std::string>{"CORP\\a", ""}); });
    add("syncml.value", [&] {
        payloadOf(kOffer, "RA_Unsolicit_DACL_Edit", std::vector<std::string>{"CORP\\a\xEF\x80\x80" "b"});
    });
    // --- SyncML documents
    const std::string solicitData = "<data id=\"RA_Solicit_Control_List\" value=\"1\"/>"
                                    "<data id=\"RA_Solicit_ExpireUnits_List\" value=\"1\"/>"
                                    "<data id=\"RA_Solicit_Mailto_List\" value=\"0\"/>";
    add("syncml.payload-xml", [&] { readPayload(kLogging, "<enabled/><data id=\"x\" value=\"1\">"); });
    add("syncml.payload-xml", [&] { readPayload(kLogging, "<enabled/><data id=\"x\" value=1/>"); });
    add("syncml.payload-text", [&] { readPayload(kLogging, "<enabled/>on"); });
    add("syncml.payload-empty", [&] { readPayload(kLogging, ""); });
    add("syncml.payload-head", [&] { readPayload(kLogging, "<on/>"); });
    add("syncml.payload-head-content", [&] { readPayload(kLogging, "<enabled x=\"1\"/>"); });
    add("syncml.payload-disabled-data", [&] { readPayload(kSolicit, "<disabled/>" + solicitData); });
    add("syncml.payload-element", [&] { readPayload(kSolicit, "<enabled/><value/>"); });
    add("syncml.data-attributes", [&] { readPayload(kSolicit, "<enabled/><data id=\"RA_Solicit_Control_List\"/>"); });
    add("syncml.data-id", [&] { readPayload(kSolicit, "<enabled/><data id=\"Expiry\" value=\"1\"/>"); });
    add("syncml.data-id", [&] { readPayload(kLogging, "<enabled/><data id=\"Expiry\" value=\"1\"/>"); });
    add("syncml.data-twice", [&] { readPayload(kSolicit, "<enabled/>" + solicitData + solicitData); });
    add("syncml.data-number", [&] {
        readPayload(kSolicit, "<enabled/><data id=\"RA_Solicit_ExpireValue_Edt\" value=\"1h\"/>" + solicitData);
    });
    const std::string control = "<data id=\"RA_Unsolicit_Control_List\" value=\"1\"/>";
    add("syncml.list-odd", [&] { readPayload(kOffer, "<enabled/>" + control + "<data id=\"RA_Unsolicit_DACL_Edit\" value=\"CORP\\a\"/>"); });
    add("syncml.list-pair", [&] {
        readPayload(kOffer, "<enabled/>" + control + "<data id=\"RA_Unsolicit_DACL_Edit\" value=\"CORP\\a\xEF\x80\x80" "CORP\\b\"/>");
    });
    add("syncml.list-empty-pair", [&] {
        readPayload(kOffer, "<enabled/>" + control + "<data id=\"RA_Unsolicit_DACL_Edit\" value=\"\xEF\x80\x80\"/>");
    });
    add("syncml.data-missing", [&] { readPayload(kOffer, "<enabled/>" + control); });
    add("syncml.root", [] { readSyncMl("<SyncBody/>"); });
    add("syncml.namespace", [] { readSyncMl("<SyncML xmlns=\"SYNCML:SYNCML1.1\"><SyncBody/></SyncML>"); });
    add("syncml.no-body", [] { readSyncMl("<SyncML xmlns=\"SYNCML:SYNCML1.2\"/>"); });
    add("syncml.no-cmdid", [] { readSyncMl(syncMl("<Replace/>")); });
    add("syncml.cmdid-number", [] { readSyncMl(syncMl("<Replace><CmdID>one</CmdID></Replace>")); });
    add("syncml.cmdid-zero", [] { readSyncMl(syncMl("<Replace><CmdID>0</CmdID></Replace>")); });
    add("syncml.cmdid-twice", [&] {
        readSyncMl(syncMl(replace(1, uri(kLogging), "<disabled/>") + "\n" + replace(1, uri(kSolicit), "<disabled/>")));
    });
    add("syncml.no-locuri", [] { readSyncMl(syncMl("<Replace><CmdID>1</CmdID><Item><Data>x</Data></Item></Replace>")); });
    add("syncml.empty-locuri", [] { readSyncMl(syncMl(replace(1, "", "<disabled/>"))); });
    add("syncml.locuri-space", [&] { readSyncMl(syncMl(replace(1, uri(kLogging) + " ", "<disabled/>"))); });
    add("syncml.locuri-case", [&] {
        std::string lower = uri(kLogging);
        lower.replace(0, 8, "./device");
        readSyncMl(syncMl(replace(1, lower, "<disabled/>")));
    });
    add("syncml.set-twice", [&] {
        readSyncMl(syncMl(replace(1, uri(kLogging), "<disabled/>") + "\n" + replace(2, uri(kLogging), "<enabled/>")));
    });
    add("syncml.format", [&] {
        readSyncMl(syncMl("<Replace><CmdID>1</CmdID><Item><Target><LocURI>" + uri(kLogging)
                          + "</LocURI></Target><Data>&lt;disabled/&gt;</Data></Item></Replace>"));
    });
    add("syncml.type", [&] {
        readSyncMl(syncMl("<Replace><CmdID>1</CmdID><Item><Meta><Format>chr</Format><Type>text/xml</Type></Meta><Target>"
                          "<LocURI>" + uri(kLogging) + "</LocURI></Target><Data>&lt;disabled/&gt;</Data></Item></Replace>"));
    });
    add("syncml.no-data", [&] {
        readSyncMl(syncMl("<Add><CmdID>1</CmdID><Item><Meta><Format>chr</Format></Meta><Target><LocURI>" + uri(kLogging)
                          + "</LocURI></Target></Item></Add>"));
    });
    add("syncml.no-item", [] { readSyncMl(syncMl("<Delete><CmdID>1</CmdID></Delete>")); });

    // --- Graph JSON
    auto graph = [](const std::string& text) { GraphJson::readText(text, "g.json"); };
    const std::string setting = "{\"@odata.type\":\"#microsoft.graph.omaSettingString\",\"omaUri\":\"" + uri(kLogging)
                                + "\",\"value\":\"<disabled/>\"}";
    add("graph.missing", [&] { graph("{\"omaSettings\":[{\"omaUri\":\"" + uri(kLogging) + "\"}]}"); });
    add("graph.not-string", [&] { graph("{\"displayName\":5}"); });
    add("graph.not-configured", [&] { GraphJson::omaSetting(Configuration(), kLogging); });
    add("graph.display-name", [&] { GraphJson::profile(Configuration(), " ", ""); });
    add("graph.json", [&] { graph("{\"displayName\":"); });
    add("graph.not-object", [&] { graph("[]"); });
    add("graph.type", [&] { graph("{\"@odata.type\":\"#microsoft.graph.windows10GeneralConfiguration\"}"); });
    add("graph.settings-array", [&] { graph("{\"omaSettings\":{}}"); });
    add("graph.setting-object", [&] { graph("{\"omaSettings\":[5]}"); });
    add("graph.second-setting", [&] { graph("{\"omaSettings\":[" + setting + "," + setting + "]}"); });
    add("graph.setting-type", [&] {
        graph("{\"omaSettings\":[{\"@odata.type\":\"#microsoft.graph.omaSettingInteger\",\"omaUri\":\"" + uri(kLogging)
              + "\",\"value\":1}]}");
    });

    // --- comment.cmtx
    add("cmtx.root", [] { CommentCmtx::read(bytes("<policyComment/>"), "comment.cmtx"); });
    add("cmtx.root", [] { CommentCmtx::merge(bytes("<comments/>"), Configuration(), "comment.cmtx"); });
    add("cmtx.string-missing", [] {
        CommentCmtx::read(bytes("<policyComments><policyNamespaces><using prefix=\"ns0\" "
                                "namespace=\"Microsoft.Policies.RemoteAssistance\"/></policyNamespaces><comments>"
                                "<admTemplate><comment policyRef=\"ns0:RA_Logging\" commentText=\"$(resource.c1)\"/>"
                                "</admTemplate></comments></policyComments>"),
                          "comment.cmtx");
    });

    // --- profiles
    add("profile.unknown-member", [] { readProfile(profileDoc("{}", ",\"signature\":\"x\"")); });
    add("profile.unknown-provenance", [] { readProfile(profileDoc("{}", ",\"provenance\":{\"editor\":\"x\"}")); });
    add("profile.not-object", [] { readProfile(profileDoc("{}", ",\"provenance\":[]")); });
    add("profile.not-object", [] { readProfile(profileDoc("{\"SessionLogging\":null}")); });
    add("profile.not-string", [] { readProfile(profileDoc("{}", ",\"provenance\":{\"author\":5}")); });
    add("profile.not-string", [] { readProfile(profileDoc("{}", ",\"provenance\":{\"host\":true}")); });
    add("profile.not-string", [] { readProfile(profileDoc("{\"SessionLogging\":{\"state\":\"Enabled\",\"comment\":false}}")); });
    add("profile.not-string", [] {
        readProfile(profileDoc("{\"UnsolicitedRemoteAssistance\":{\"state\":\"Enabled\",\"options\":"
                               "{\"RA_Unsolicit_DACL_Edit\":[\"CORP\\\\a\",{}]}}}"));
    });
    add("profile.time", [] { readProfile(profileDoc("{}", ",\"provenance\":{\"created\":\"yesterday\"}")); });
    add("profile.text-length", [] {
        readProfile(profileDoc("{\"CustomizeWarningMessages\":{\"state\":\"Enabled\",\"options\":"
                               "{\"RA_Options_Share_Control_Message\":\"" + std::string(1100, 'x') + "\"}}}"));
    });
    add("profile.not-integer", [] {
        readProfile(profileDoc("{\"SolicitedRemoteAssistance\":{\"state\":\"Enabled\",\"options\":"
                               "{\"RA_Solicit_ExpireValue_Edt\":\"1h\"}}}"));
    });
    add("profile.range", [] {
        readProfile(profileDoc("{\"SolicitedRemoteAssistance\":{\"state\":\"Enabled\",\"options\":"
                               "{\"RA_Solicit_ExpireValue_Edt\":120}}}"));
    });
    add("profile.choice", [] {
        readProfile(profileDoc("{\"SolicitedRemoteAssistance\":{\"state\":\"Enabled\",\"options\":"
                               "{\"RA_Solicit_ExpireUnits_List\":7}}}"));
    });
    add("profile.not-list", [] {
        readProfile(profileDoc("{\"UnsolicitedRemoteAssistance\":{\"state\":\"Enabled\",\"options\":"
                               "{\"RA_Unsolicit_DACL_Edit\":\"CORP\\\\a\"}}}"));
    });
    add("profile.state-missing", [] { readProfile(profileDoc("{\"SessionLogging\":{}}")); });
    add("profile.state-type", [] { readProfile(profileDoc("{\"SessionLogging\":{\"state\":1}}")); });
    add("profile.state", [] { readProfile(profileDoc("{\"SessionLogging\":{\"state\":\"On\"}}")); });
    add("profile.unknown-option", [] {
        readProfile(profileDoc("{\"SessionLogging\":{\"state\":\"Enabled\",\"options\":{\"Days\":1}}}"));
    });
    add("profile.unknown-option", [] {
        readProfile(profileDoc("{\"UnsolicitedRemoteAssistance\":{\"state\":\"Enabled\",\"options\":{\"Helpers\":[]}}}"));
    });
    add("profile.policies-missing", [] { readProfile("{\"schema\":\"ra-console-profile\",\"version\":1}"); });
    add("profile.policy-name", [] { readProfile(profileDoc("{\"RA_Logging\":{\"state\":\"Enabled\"}}")); });
    add("profile.unknown-policy", [] { readProfile(profileDoc("{\"Logging\":{\"state\":\"Enabled\"}}")); });
    add("profile.duplicate-member", [] {
        readProfile(profileDoc("{\"SessionLogging\":{\"state\":\"Enabled\",\"state\":\"Disabled\"}}"));
    });
    add("profile.not-a-profile-object", [] { readProfile("[\"ra-console-profile\"]"); });
    add("profile.digest-type", [] { readProfile(profileDoc("{}", ",\"sha256\":42")); });
    add("profile.invalid", [] { throw ProfileError({}, "p.json"); });
    auto writeWith = [](const std::function<void(Profile&)>& change) {
        Profile p;
        change(p);
        ProfileFormat::write(p);
    };
    add("profile.author-utf8", [&] { writeWith([](Profile& p) { p.provenance.author = "J\xE9r\xF4me"; }); });
    add("profile.host-utf8", [&] { writeWith([](Profile& p) { p.provenance.host = "PC\xFF"; }); });
    add("profile.product-version-utf8", [&] { writeWith([](Profile& p) { p.provenance.productVersion = "1\xFF"; }); });
    add("profile.comment-utf8", [&] { writeWith([](Profile& p) { p.configuration.setComment(kLogging, "\xC3"); }); });
    add("profile.option-utf8", [&] {
        writeWith([](Profile& p) { p.configuration.setOption(kOptions, "RA_Options_Connect_Message", std::string("\xFF")); });
    });
    add("profile.entry-utf8", [&] {
        writeWith([](Profile& p) {
            p.configuration.setOption(kOffer, "RA_Unsolicit_DACL_Edit", std::vector<std::string>{"CORP\\\xFF"});
        });
    });
    add("profile.empty", [] { readProfile(" \r\n"); });
    add("profile.json", [] { readProfile("{\"schema\":\"ra-console-profile\",}"); });
    add("profile.json-value", [] { readProfile("{\"schema\":\"ra-console-profile\",\"version\":1e500}"); });
    add("profile.schema", [] { readProfile("{\"schema\":\"ra-profile\",\"version\":1}"); });
    add("profile.version-type", [] { readProfile("{\"schema\":\"ra-console-profile\",\"version\":\"1\"}"); });
    add("profile.version-newer", [] { readProfile("{\"schema\":\"ra-console-profile\",\"version\":3}"); });
    add("profile.version", [] { readProfile("{\"schema\":\"ra-console-profile\",\"version\":0}"); });
    // the deployment target (format version 2)
    const auto target = [](const std::string& t, int version = 2) {
        readProfile("{\"schema\":\"ra-console-profile\",\"version\":" + std::to_string(version)
                    + ",\"policies\":{},\"target\":" + t + "}");
    };
    add("profile.unknown-target-member", [=] { target("{\"computers\":[]}"); });
    add("profile.target-version", [=] { target("{}", 1); });
    add("profile.target-family", [=] { target("{\"families\":[\"win95\"]}"); });
    add("profile.target-family", [=] { target("{\"firewallDeployed\":[\"xp\"]}"); });
    add("profile.target-edition", [=] { target("{\"editions\":[\"Ultimate\"]}"); });
    add("profile.target-duplicate", [=] { target("{\"editions\":[\"Pro\",\"Pro\"]}"); });
    add("profile.target-build", [=] { target("{\"minimumBuild\":-1}"); });
    add("profile.not-boolean", [=] { target("{\"featurePresent\":\"yes\"}"); });
    add("profile.not-list", [=] { target("{\"families\":\"vista\"}"); });
    add("profile.not-string", [=] { target("{\"editions\":[5]}"); });
    add("profile.not-object", [=] { target("[]"); });
    add("profile.no-digest", [] { readProfile(profileDoc("{\"SessionLogging\":{\"state\":\"Enabled\"}}")); });
    add("profile.digest-mismatch", [] {
        std::string text = ProfileFormat::write(Profile());
        text.replace(text.find("\"author\": \"\""), 12, "\"author\": \"Eve\"");
        readProfile(text);
    });

    // --- configuration and firewall
    add("config.no-option", [&] { Configuration().setOption(kLogging, "Days", std::uint32_t(1)); });
    add("config.type", [&] { Configuration().setOption(kOptions, "RA_Options_Connect_Message", std::uint32_t(1)); });
    add("config.type", [&] { Configuration().setOption(kSolicit, "RA_Solicit_ExpireValue_Edt", std::string("1")); });
    add("config.type", [&] { Configuration().setOption(kSolicit, "RA_Solicit_Control_List", std::string("1")); });
    add("config.type", [&] { Configuration().setOption(kOffer, "RA_Unsolicit_DACL_Edit", std::string("CORP\\a")); });
    add("config.not-text", [&] { Configuration().text(kSolicit, "RA_Solicit_ExpireValue_Edt"); });
    add("config.not-number", [&] { Configuration().number(kOptions, "RA_Options_Connect_Message"); });
    add("config.not-list", [&] { Configuration().list(kOptions, "RA_Options_Connect_Message"); });
    add("firewall.family", [] { Firewall::requirement(static_cast<WindowsFamily>(99)); });
    add("firewall.quote", [] { Firewall::netshQuote("C:\\Program \"Files\""); });

    // --- registry targets
    add("registry.invalid-key", [] { MemoryRegistry().createKey("Software\\\\X"); });
    add("registry.simulated", [] {
        MemoryRegistry r;
        r.failAtWrite(1, "Access is denied.");
        r.setValue(RegistryEntry::dword("Software\\Policies\\X", "Y", 1));
    });
    add("registry.memory-subkeys", [] {
        MemoryRegistry r;
        r.createKey("Software\\X\\Y");
        r.deleteKey("Software\\X");
    });
    add("registry.injected", [] {
        FaultInjectingRegistry r(std::make_unique<MemoryRegistry>(), 2);
        r.createKey("Software\\X");
        r.setValue(RegistryEntry::dword("Software\\X", "Y", 1));
    });

    // --- GPO backups
    add("backup.missing", [&] { GpoBackupReader::open(tmp / "no-such-backup"); });
    fs::create_directories(tmp / "empty-root");
    add("backup.none", [&] { GpoBackupReader::open(tmp / "empty-root"); });
    add("backup.no-such-id", [&] { GpoBackupReader::open(kCorpusBackupRoot, FileSystem::real(), std::string("{0}")); });
    add("backup.no-bkupinfo", [&] { GpoBackupReader::info(tmp / "empty-root"); });
    const fs::path noPol = copyCorpusBackup(tmp / "no-pol") / kCorpusBackupId;
    fs::remove(noPol / "DomainSysvol" / "GPO" / "Machine" / "registry.pol");
    add("backup.no-machine-pol", [&] { GpoBackupReader::open(noPol); });
    writeFile(tmp / "bad-info" / "bkupInfo.xml", "<GPO/>");
    add("backup.info-root", [&] { GpoBackupReader::info(tmp / "bad-info"); });
    writeFile(tmp / "bad-manifest" / "manifest.xml", "<BackupList/>");
    add("backup.manifest-root", [&] { GpoBackupReader::open(tmp / "bad-manifest"); });
    auto spec = [](const std::function<void(GpoBackupSpec&)>& change) {
        GpoBackupSpec s;
        s.displayName = "Helpdesk RA";
        change(s);
        return s;
    };
    add("backup.display-name", [&] { GpoBackupWriter::complete(spec([](GpoBackupSpec& s) { s.displayName = " "; })); });
    add("backup.gpo-guid", [&] { GpoBackupWriter::complete(spec([](GpoBackupSpec& s) { s.gpoGuid = "2199EA28"; })); });
    add("backup.backup-id", [&] { GpoBackupWriter::complete(spec([](GpoBackupSpec& s) { s.backupId = "{x}"; })); });
    add("backup.time", [&] { GpoBackupWriter::complete(spec([](GpoBackupSpec& s) { s.backupTime = "today"; })); });
    add("backup.domain", [&] { GpoBackupWriter::complete(spec([](GpoBackupSpec& s) { s.domain = "corp example"; })); });
    const GpoBackupSpec complete = GpoBackupWriter::complete(spec([](GpoBackupSpec& s) {
        s.backupId = kCorpusBackupId;
    }));
    add("backup.manifest-type", [&] { GpoBackupWriter::manifest(bytes("<Backups/>"), complete); });
    add("backup.manifest-listed", [&] {
        GpoBackupWriter::manifest(FileSystem::real().read(kCorpusBackupRoot / "manifest.xml"), complete);
    });
    add("backup.manifest-unclosed", [&] {
        GpoBackupWriter::manifest(bytes("<Backups xmlns=\"http://www.microsoft.com/GroupPolicy/GPOOperations/Manifest\"/>"),
                                  complete);
    });
    add("backup.not-folder", [&] { GpoBackupWriter(tmp / "plain-file").write(ChangeSet(Configuration()), complete); });
    add("backup.exists", [&] {
        GpoBackupWriter(copyCorpusBackup(tmp / "existing")).write(ChangeSet(Configuration()), complete);
    });
    return out;
}

/// Codes no input on this platform can produce: said here so that every other code must be
/// produced by everyError().
const std::map<std::string, std::string> kNotTriggered = {
    {"pol.data-too-large", "an entry needs more than 4 GiB of data"},
    {"lgpo.empty-key", "an empty key line is reported as lgpo.incomplete first"},
    {"xml.control-in-text", "control characters are reported as xml.control-char before parsing"},
    {"registry.call", "the Windows registry (Win32Registry, Windows build only)"},
    {"registry.subkeys", "the Windows registry (Win32Registry, Windows build only)"},
};

/// The codes in the table of core/Error.h ("| pol.signature | … |").
std::set<QString> codesInHeader()
{
    QFile f(QStringLiteral(RA_SOURCE_DIR "/core/Error.h"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    std::set<QString> out;
    static const QRegularExpression row(QStringLiteral("^ \\* \\| ([a-z]+\\.[a-z0-9-]+) \\|"),
                                        QRegularExpression::MultilineOption);
    for (const auto& m : row.globalMatch(QString::fromUtf8(f.readAll())))
        out.insert(m.captured(1));
    return out;
}

/// Every code literal in core/ and backends/ (outside backends/intune): "pol.signature", {…
std::set<QString> codesInSources()
{
    std::set<QString> out;
    static const QRegularExpression literal(
        QStringLiteral("\"((?:codec|file|pol|reg|lgpo|gptini|xml|xmlwriter|syncml|graph|cmtx|profile|config|firewall|"
                       "registry|backup)\\.[a-z0-9-]+)\",\\s*[{\"]"));
    for (const char* dir : {"/core", "/backends"}) {
        for (const auto& e : fs::recursive_directory_iterator(fs::path(RA_SOURCE_DIR) / (dir + 1))) {
            if (e.path().extension() != ".cpp" || e.path().parent_path().filename() == "intune")
                continue;
            QFile f(QString::fromStdString(e.path().string()));
            if (!f.open(QIODevice::ReadOnly))
                return {};
            for (const auto& m : literal.globalMatch(QString::fromUtf8(f.readAll())))
                out.insert(m.captured(1));
        }
    }
    return out;
}

/// The error of the trigger made for @p code (the first one), in the current language.
QString messageOf(const std::vector<Triggered>& all, const std::string& code, int nth = 0)
{
    for (const Triggered& t : all)
        if (t.expected == code && t.error && nth-- == 0)
            return ErrorText::message(*t.error);
    return QStringLiteral("(no error for %1)").arg(QString::fromStdString(code));
}

QString textOf(const std::function<void()>& f)
{
    const ErrorPtr e = errorOf(f);
    return e ? ErrorText::text(*e) : QStringLiteral("(no error)");
}

} // namespace

class TestErrorText : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void cleanup() { ui::LanguageManager::apply(QStringLiteral("en")); }

    void everyCodeIsListedAndHasATemplate()
    {
        const std::set<QString> header = codesInHeader();
        QCOMPARE(header.size(), std::size_t(234));
        QCOMPARE(codesInSources(), header);
        const QStringList known = ErrorText::knownCodes();
        QCOMPARE(std::set<QString>(known.begin(), known.end()), header);
        QCOMPARE(std::size_t(known.size()), header.size()); // no code twice
    }

    void everyCodeIsTriggered()
    {
        QTemporaryDir tmp;
        std::set<QString> produced;
        for (const Triggered& t : everyError(tmp.path().toStdString())) {
            QVERIFY2(t.error, t.expected.c_str());
            QCOMPARE(t.error->code(), t.expected);
            produced.insert(QString::fromStdString(t.expected));
            for (const Error* c = t.error->cause(); c; c = c->cause()) // the causes count too
                produced.insert(QString::fromStdString(c->code()));
        }
        for (const auto& [code, why] : kNotTriggered) {
            QVERIFY2(!produced.count(QString::fromStdString(code)), code.c_str());
            produced.insert(QString::fromStdString(code));
        }
        QStringList notProduced;
        for (const QString& code : codesInHeader())
            if (!produced.count(code))
                notProduced << code;
        QVERIFY2(notProduced.isEmpty(), qPrintable(notProduced.join(QLatin1Char(' '))));
        QCOMPARE(produced, codesInHeader());
    }

    void englishEqualsWhatByteForByte()
    {
        QTemporaryDir tmp;
        for (const Triggered& t : everyError(tmp.path().toStdString())) {
            QVERIFY2(t.error, t.expected.c_str());
            const Error& e = *t.error;
            QVERIFY2(ErrorText::isTranslatable(e), e.what());
            QCOMPARE(ErrorText::message(e).toUtf8(), QByteArray(e.what()));
            QCOMPARE(ErrorText::reason(e).toUtf8(), QByteArray::fromStdString(e.reason()));
            QCOMPARE(ErrorText::location(e.where()).toUtf8(), QByteArray::fromStdString(e.location()));
            for (const Error* c = e.cause(); c; c = c->cause())
                QCOMPARE(ErrorText::message(*c).toUtf8(), QByteArray(c->what()));
        }
    }

    void everyErrorIsTranslated()
    {
        for (const QString& lang : {QStringLiteral("de"), QStringLiteral("fr")}) {
            QCOMPARE(ui::LanguageManager::apply(lang), lang);
            QTemporaryDir tmp;
            for (const Triggered& t : everyError(tmp.path().toStdString())) {
                const Error& e = *t.error;
                if (e.code() == "registry.simulated") // the reason a test gave, as it is
                    continue;
                const QString reason = ErrorText::reason(e);
                QVERIFY2(reason != QString::fromStdString(e.reason()), qPrintable(lang + QLatin1Char(' ') + reason));
                QVERIFY2(ErrorText::message(e).startsWith(QString::fromStdString(e.file())), e.what());
                for (const std::string& arg : e.args())
                    if (!arg.empty() && t.expected != "profile.choice" && !t.expected.starts_with("file.")
                        && !t.expected.starts_with("pol.") && t.expected != "lgpo.incomplete"
                        && t.expected != "xml.expected" && t.expected != "config.type"
                        && !(t.expected.starts_with("profile.") && arg.find(' ') != std::string::npos))
                        QVERIFY2(reason.contains(QString::fromStdString(arg)), qPrintable(reason + QLatin1String(" / ")
                                                                                          + QString::fromStdString(arg)));
            }
        }
    }

    void shownAsWrittenWithoutACode()
    {
        QCOMPARE(ErrorText::message(std::runtime_error("disk on fire")), QStringLiteral("disk on fire"));
        QCOMPARE(ErrorText::hint(std::runtime_error("disk on fire")), QString());
        QCOMPARE(ErrorText::text(Error("Datei fehlt", "a.json", "Zeile 2")), QStringLiteral("a.json: Zeile 2: Datei fehlt"));
        // a code the console does not know, or args that do not fit it
        const Error unknown("pol.future", {}, "a reason from a newer engine", "r.pol", ErrorLocation::offset(9));
        QVERIFY(!ErrorText::isTranslatable(unknown));
        QCOMPARE(ErrorText::message(unknown), QStringLiteral("r.pol: offset 9: a reason from a newer engine"));
        const Error misfit("pol.version", {"2", "3"}, "unsupported version 2: expected 1", "r.pol");
        QVERIFY(!ErrorText::isTranslatable(misfit));
        const Error variant("pol.end", {"the checksum"}, "unexpected end of file: expected the checksum", "r.pol");
        QVERIFY(!ErrorText::isTranslatable(variant));
        QCOMPARE(ui::LanguageManager::apply(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(ErrorText::message(misfit), QStringLiteral("r.pol: unsupported version 2: expected 1"));
        QCOMPARE(ErrorText::message(variant), QStringLiteral("r.pol: unexpected end of file: expected the checksum"));
    }

    void germanCorruptRegistryPol()
    {
        QCOMPARE(ui::LanguageManager::apply(QStringLiteral("de")), QStringLiteral("de"));
        QTemporaryDir tmp;
        const auto all = everyError(tmp.path().toStdString());
        QCOMPARE(messageOf(all, "pol.signature"),
                 QStringLiteral("r.pol: Offset 0: falsche Signatur: erwartet wird „PReg“ (50 52 65 67)"));
        QCOMPARE(messageOf(all, "pol.end", 1),
                 QStringLiteral("r.pol: Offset 176: unerwartetes Dateiende: erwartet wurde „;“ nach dem Wertnamen"));
        QCOMPARE(messageOf(all, "pol.name-end"),
                 QStringLiteral("r.pol: Offset 30: unerwartetes Dateiende im Schlüssel, der bei Offset 10 beginnt: "
                                "das abschließende NUL fehlt"));
        QCOMPARE(messageOf(all, "pol.data-size"),
                 QStringLiteral("r.pol: Offset 184: die Datengröße 65535 reicht über das Dateiende hinaus (noch 38466 "
                                "Byte übrig)"));
        const ErrorPtr damaged = errorOf([] { RegistryPol::parse(cut(corpusPol(), kKeyAt + 21), "r.pol"); });
        QCOMPARE(ErrorText::text(*damaged),
                 QStringLiteral("r.pol: Offset 30: ungerade Byteanzahl: Die Datei endet mitten in einem UTF-16-Zeichen des "
                                "Schlüssels, der bei Offset 10 beginnt\n"
                                "Die Datei ist beschädigt oder keine registry.pol-Datei. Stellen Sie sie aus einer "
                                "Sicherung wieder her, oder lassen Sie die Konsole eine neue schreiben."));
    }

    void germanProfileRegLgpoSyncMl()
    {
        QCOMPARE(ui::LanguageManager::apply(QStringLiteral("de")), QStringLiteral("de"));
        QTemporaryDir tmp;
        const auto all = everyError(tmp.path().toStdString());
        QCOMPARE(messageOf(all, "profile.json"),
                 QStringLiteral("p.json: Offset 31: kein gültiges JSON: parse error at line 1, column 32: syntax error "
                                "while parsing object key - unexpected '}'; expected string literal"));
        QCOMPARE(messageOf(all, "profile.choice"),
                 QStringLiteral("p.json: /policies/SolicitedRemoteAssistance/options/RA_Solicit_ExpireUnits_List: "
                                "erwartet wurde einer der Werte 0 (Minuten), 1 (Stunden), 2 (Tage), gefunden 7"));
        QCOMPARE(messageOf(all, "profile.version-newer"),
                 QStringLiteral("p.json: /version: dieses Profil hat die Formatversion 3 und wurde von einer neueren "
                                "Version der Konsole geschrieben; diese Version liest nur die Formate 1 bis 2. "
                                "Aktualisieren Sie die Konsole, um es zu öffnen."));
        QCOMPARE(messageOf(all, "profile.target-duplicate"),
                 QStringLiteral("p.json: /target/editions/1: „Pro“ ist mehrfach aufgeführt"));
        QCOMPARE(messageOf(all, "profile.target-build"),
                 QStringLiteral("p.json: /target/minimumBuild: erwartet wurde eine Windows-Buildnummer von 0 bis "
                                "4294967295, gefunden: die Zahl -1"));
        // several problems: the first one, and how many more
        const ErrorPtr many = errorOf([] {
            // policies in the order of their names, as the reader sees them
            readProfile(profileDoc("{\"SessionLogging\":{\"state\":\"On\"},\"Solicited\":{},\"Unsolicited\":{}}"));
        });
        QCOMPARE(ErrorText::message(*many),
                 QStringLiteral("p.json: /policies/SessionLogging/state: erwartet wurde „NotConfigured“, „Enabled“ oder "
                                "„Disabled“, gefunden „On“ (und 2 weitere Probleme)"));
        QCOMPARE(messageOf(all, "reg.dword"),
                 QStringLiteral("x.reg: Zeile 4: auf dword: müssen 1 bis 8 Hexadezimalziffern folgen, gefunden "
                                "„12345678x“"));
        QCOMPARE(messageOf(all, "lgpo.incomplete", 2),
                 QStringLiteral("x.txt: Zeile 4: der Eintrag ab Zeile 1 ist unvollständig: seine Aktionszeile fehlt"));
        QCOMPARE(messageOf(all, "lgpo.dword"),
                 QStringLiteral("x.txt: Zeile 4: „DWORD:4294967296“: erwartet wird DWORD:n mit n als Dezimalzahl oder "
                                "0x-Hexadezimalzahl bis 4294967295"));
        QCOMPARE(messageOf(all, "syncml.payload-xml"),
                 QStringLiteral("x.xml: CmdID 1 (Zeile 1): Nutzdaten von SessionLogging: erwartet wurde </data> als "
                                "Ende des Elements aus Zeile 1, gefunden: das Ende der Nutzdaten (Zeile 1, Spalte 36 der "
                                "Nutzdaten)"));
        QCOMPARE(messageOf(all, "syncml.set-twice"),
                 QStringLiteral("x.xml: CmdID 2 (Zeile 2): SessionLogging wird zweimal gesetzt (auch durch CmdID 1 "
                                "(Zeile 1))"));
        QCOMPARE(messageOf(all, "syncml.value"),
                 QStringLiteral("CustomizeWarningMessages, Daten-ID RA_Options_Share_Control_Message: der Text ist "
                                "kein gültiges UTF-8"));
    }

    void germanUnwritableTarget()
    {
        QCOMPARE(ui::LanguageManager::apply(QStringLiteral("de")), QStringLiteral("de"));
        QTemporaryDir tmp;
        const fs::path dir = tmp.path().toStdString();
        writeFile(dir / "Policies", "not a folder");
        // the target folder is a file: the real file system refuses
        const std::string pol = displayPath(dir / "Policies" / "registry.pol");
        RegistryPolBackend backend(dir / "Policies" / "registry.pol");
        const ErrorPtr notAFolder = errorOf([&] { backend.apply(ChangeSet(Configuration())); });
        QVERIFY(notAFolder);
        QCOMPARE(notAFolder->file(), pol);
        QCOMPARE(ErrorText::text(*notAFolder),
                 QString::fromStdString(pol)
                     + QStringLiteral(": kann nicht zum Schreiben geöffnet werden: Kein Verzeichnis\n"
                                      "Ein Teil des Pfads ist eine Datei und kein Ordner. Wählen Sie einen anderen Ort."));
        // a full disk
        QCOMPARE(textOf([] { FileSystem::real().writeFile("/dev/full", bytes("x")); }),
                 QStringLiteral("/dev/full: Schreiben fehlgeschlagen: Kein Speicherplatz mehr auf dem Gerät\n"
                                "Der Datenträger ist voll. Geben Sie Speicherplatz frei oder wählen Sie ein anderes "
                                "Laufwerk, und versuchen Sie es dann erneut."));
        // denied (tests run as root, where permissions do not stop writes: the fault is injected)
        test::FaultyFileSystem denied;
        denied.failOn(test::FaultyFileSystem::Op::Write, 1, test::FaultyFileSystem::Fault::Denied);
        const fs::path target = dir / "out" / "registry.pol";
        fs::create_directories(target.parent_path());
        QCOMPARE(textOf([&] { RegistryPolBackend(target, denied).apply(ChangeSet(Configuration())); }),
                 QString::fromStdString(displayPath(target))
                     + QStringLiteral(": Schreiben fehlgeschlagen: Zugriff verweigert\n"
                                      "Sie dürfen dort nicht schreiben. Wählen Sie einen anderen Ordner, oder bitten Sie "
                                      "einen Administrator um Schreibrechte."));
    }

    void french()
    {
        QCOMPARE(ui::LanguageManager::apply(QStringLiteral("fr")), QStringLiteral("fr"));
        QTemporaryDir tmp;
        const auto all = everyError(tmp.path().toStdString());
        QCOMPARE(messageOf(all, "pol.unexpected"),
                 QStringLiteral("r.pol : offset 8 : « [ » ouvrant une entrée attendu, 'x' (U+0078) trouvé"));
        QCOMPARE(messageOf(all, "pol.short"),
                 QStringLiteral("r.pol : offset 0 : fichier trop court pour l'en-tête registry.pol : 8 octets attendus "
                                "(« PReg » et la version 1), 5 trouvé(s)"));
        QCOMPARE(messageOf(all, "profile.no-digest"),
                 QStringLiteral("p.json : /sha256 : le profil a été modifié après son écriture (il n'a pas de SHA-256)"));
        QCOMPARE(messageOf(all, "profile.not-string", 2),
                 QStringLiteral("p.json : /policies/SessionLogging/comment : chaîne attendue, trouvé : false"));
        QCOMPARE(messageOf(all, "reg.header"),
                 QStringLiteral("x.reg : ligne 1 : en-tête « Windows Registry Editor Version 5.00 » attendu, "
                                "« REGEDIT5 » trouvé"));
        QCOMPARE(messageOf(all, "lgpo.unknown-action"),
                 QStringLiteral("x.txt : ligne 4 : action inconnue « STRING:x » : DELETE, DELETEALLVALUES, DELETEKEYS, "
                                "CREATEKEY, DWORD:, QWORD:, SZ:, EXSZ:, MULTISZ: ou BINARY: attendu"));
        QCOMPARE(messageOf(all, "syncml.locuri-case"),
                 QStringLiteral("x.xml : CmdID 1 (ligne 1) : le <LocURI> « ./device/Vendor/MSFT/Policy/Config/"
                                "RemoteAssistance/SessionLogging » diffère de ./Device/Vendor/MSFT/Policy/Config/"
                                "RemoteAssistance/SessionLogging par la casse (les noms de nœuds OMA-DM respectent la "
                                "casse)"));
        QCOMPARE(messageOf(all, "xml.end-tag"),
                 QStringLiteral("x.xml : ligne 2, colonne 3 : </a> attendu pour fermer l'élément de la ligne 1, trouvé : "
                                "</b>"));
        QCOMPARE(messageOf(all, "backup.no-machine-pol").section(QStringLiteral(" : "), 1),
                 QStringLiteral("la sauvegarde n'a pas de DomainSysvol/GPO/Machine/registry.pol et ne contient donc "
                                "aucun paramètre de modèles d'administration pour l'ordinateur"));
        const ErrorPtr two = errorOf([] { readProfile(profileDoc("{\"SessionLogging\":{\"state\":\"On\"},\"Solicited\":{}}")); });
        QCOMPARE(ErrorText::message(*two),
                 QStringLiteral("p.json : /policies/SessionLogging/state : « NotConfigured », « Enabled » ou « Disabled » "
                                "attendu, « On » trouvé (et 1 autre problème)"));
        QCOMPARE(textOf([] { FileSystem::real().read("/no/such/registry.pol"); }),
                 QStringLiteral("/no/such/registry.pol : impossible d'ouvrir en lecture : Aucun fichier ou dossier de "
                                "ce nom\n"
                                "Vérifiez le chemin : le fichier a peut-être été déplacé, renommé ou supprimé."));
    }
};

QTEST_MAIN(TestErrorText)
#include "TestErrorText.moc"
