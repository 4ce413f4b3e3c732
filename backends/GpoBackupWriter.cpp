#include "GpoBackupWriter.h"

#include "core/Catalog.h"
#include "core/Error.h"
#include "core/TextCodec.h"
#include "core/formats/CommentCmtx.h"
#include "core/formats/GptIni.h"
#include "core/formats/RegistryPol.h"
#include "core/formats/XmlReader.h"
#include "core/formats/XmlWriter.h"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <random>

namespace ra {

namespace fs = std::filesystem;

namespace {

const char* kManifestNs = "http://www.microsoft.com/GroupPolicy/GPOOperations/Manifest";
const char* kBackupNs = "http://www.microsoft.com/GroupPolicy/GPOOperations";
const char* kSettingsNs = "http://www.microsoft.com/GroupPolicy/Settings";
const char* kTypesNs = "http://www.microsoft.com/GroupPolicy/Types";
const char* kSecurityNs = "http://www.microsoft.com/GroupPolicy/Types/Security";
const char* kRegistrySettingsNs = "http://www.microsoft.com/GroupPolicy/Settings/Registry";

/**
 * The GPO's security descriptor (self-relative, DACL only, protected and auto-inherited —
 * control 0x9C04 as in GPMC backups). The ACEs follow the layout GPMC stores for a new GPO,
 * with BUILTIN\Administrators where a domain would have Domain/Enterprise Admins, so that
 * no domain SID is needed: Authenticated Users may apply the policy (extended right
 * edacfd8f-ffb3-11d1-b41d-00a0c968f939) and read; Enterprise Domain Controllers read;
 * SYSTEM, Administrators and CREATOR OWNER have full control. Import does not apply it.
 */
const char* kSddl = "D:PAI(OA;CI;CR;edacfd8f-ffb3-11d1-b41d-00a0c968f939;;AU)(A;;CCDCLCSWRPWPDTLOSDRCWDWO;;;BA)"
                    "(A;CI;CCDCLCSWRPWPDTLOSDRCWDWO;;;BA)(A;CI;LCRPLORC;;;ED)(A;CI;LCRPLORC;;;AU)"
                    "(A;CI;CCDCLCSWRPWPDTLOSDRCWDWO;;;SY)(A;CIIO;CCDCLCSWRPWPDTLOSDRCWDWO;;;CO)";

Bytes sid(std::uint8_t authority, std::initializer_list<std::uint32_t> subs)
{
    Bytes b = {1, static_cast<std::uint8_t>(subs.size()), 0, 0, 0, 0, 0, authority};
    for (std::uint32_t s : subs)
        for (int i = 0; i < 4; ++i)
            b.push_back(static_cast<std::uint8_t>(s >> (8 * i)));
    return b;
}

void put16(Bytes& b, std::size_t at, std::uint16_t v)
{
    b[at] = static_cast<std::uint8_t>(v);
    b[at + 1] = static_cast<std::uint8_t>(v >> 8);
}

std::string securityDescriptorHex()
{
    auto ace = [](std::uint8_t flags, std::uint32_t mask, const Bytes& who) {
        Bytes a = {0, flags, 0, 0};
        for (int i = 0; i < 4; ++i)
            a.push_back(static_cast<std::uint8_t>(mask >> (8 * i)));
        a.insert(a.end(), who.begin(), who.end());
        put16(a, 2, static_cast<std::uint16_t>(a.size()));
        return a;
    };
    const Bytes authUsers = sid(5, {11}), admins = sid(5, {32, 544}), edc = sid(5, {9}), system = sid(5, {18}),
                creatorOwner = sid(3, {0});
    std::vector<Bytes> aces;
    {
        // ACCESS_ALLOWED_OBJECT_ACE: control access, object type = Apply Group Policy
        Bytes a = {5, 0x02, 0, 0, 0x00, 0x01, 0, 0, 1, 0, 0, 0};
        const Bytes applyGp = {0x8f, 0xfd, 0xac, 0xed, 0xb3, 0xff, 0xd1, 0x11,
                               0xb4, 0x1d, 0x00, 0xa0, 0xc9, 0x68, 0xf9, 0x39};
        a.insert(a.end(), applyGp.begin(), applyGp.end());
        a.insert(a.end(), authUsers.begin(), authUsers.end());
        put16(a, 2, static_cast<std::uint16_t>(a.size()));
        aces.push_back(a);
    }
    aces.push_back(ace(0x00, 0xF00FF, admins));
    aces.push_back(ace(0x02, 0xF00FF, admins));
    aces.push_back(ace(0x02, 0x20094, edc));
    aces.push_back(ace(0x02, 0x20094, authUsers));
    aces.push_back(ace(0x02, 0xF00FF, system));
    aces.push_back(ace(0x0A, 0xF00FF, creatorOwner));
    Bytes acl = {4, 0, 0, 0, static_cast<std::uint8_t>(aces.size()), 0, 0, 0};
    for (const auto& a : aces)
        acl.insert(acl.end(), a.begin(), a.end());
    put16(acl, 2, static_cast<std::uint16_t>(acl.size()));
    Bytes sd = {1, 0, 0x04, 0x9C, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0};
    sd.insert(sd.end(), acl.begin(), acl.end());
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < sd.size(); ++i) {
        if (i)
            out += ' ';
        out += hex[sd[i] >> 4];
        out += hex[sd[i] & 0xF];
    }
    return out;
}

bool isGuid(std::string_view g)
{
    if (g.size() != 38 || g.front() != '{' || g.back() != '}')
        return false;
    for (std::size_t i = 1; i < 37; ++i) {
        const char c = g[i];
        if (i == 9 || i == 14 || i == 19 || i == 24) {
            if (c != '-')
                return false;
        } else if (!std::isxdigit(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return true;
}

bool isTime(std::string_view t)
{
    // YYYY-MM-DDTHH:MM:SS
    static const std::string_view pattern = "dddd-dd-ddTdd:dd:dd";
    if (t.size() != pattern.size())
        return false;
    for (std::size_t i = 0; i < t.size(); ++i)
        if (pattern[i] == 'd' ? !std::isdigit(static_cast<unsigned char>(t[i])) : t[i] != pattern[i])
            return false;
    return true;
}

std::string nowUtc()
{
    using namespace std::chrono;
    const auto now = floor<seconds>(system_clock::now());
    const auto day = floor<days>(now);
    const year_month_day ymd{day};
    const hh_mm_ss hms{now - day};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()), int(hms.hours().count()), int(hms.minutes().count()),
                  int(hms.seconds().count()));
    return buf;
}

/// The BackupInst children, in GPMC's order, every value as CDATA.
void backupInstChildren(XmlWriter& w, const GpoBackupSpec& s)
{
    w.cdataElement("GPOGuid", s.gpoGuid);
    w.cdataElement("GPODomain", s.domain);
    w.cdataElement("GPODomainGuid", "");
    w.cdataElement("GPODomainController", s.domainController);
    w.cdataElement("BackupTime", s.backupTime);
    w.cdataElement("ID", s.backupId);
    w.cdataElement("Comment", s.comment);
    w.cdataElement("GPODisplayName", s.displayName);
}

std::string sourcePath(const GpoBackupSpec& s, std::string_view relative)
{
    if (s.domain.empty()) // no domain: the local Group Policy folder is the honest source
        return "C:\\Windows\\System32\\GroupPolicy\\" + std::string(relative);
    return "\\\\" + s.domainController + "\\sysvol\\" + s.domain + "\\Policies\\" + s.gpoGuid + "\\"
        + std::string(relative);
}

/// Machine version 1, user version 0, combined as in AD's versionNumber (user << 16 | machine).
constexpr std::uint32_t kMachineVersion = 1;
constexpr std::uint32_t kUserVersion = 0;

Bytes backupXml(const GpoBackupSpec& s, bool withComments)
{
    XmlWriter::Options o;
    o.declaration = true;
    XmlWriter w(o);
    w.comment(" Group Policy backup written by Remote Assistance Policy Console ");
    w.startElement("GroupPolicyBackupScheme");
    w.attribute("bkp:version", "2.0");
    w.attribute("bkp:type", "GroupPolicyBackupTemplate");
    w.namespaceDeclaration("bkp", kBackupNs);
    w.namespaceDeclaration("", kBackupNs);
    w.startElement("GroupPolicyObject");
    w.startElement("SecurityGroups");
    w.startElement("Group");
    w.attribute("bkp:Source", "FromDACL");
    w.cdataElement("Sid", "S-1-5-32-544");
    w.cdataElement("SamAccountName", "Administrators");
    w.cdataElement("Type", "LocalGroup");
    w.cdataElement("NetBIOSDomainName", "BUILTIN");
    w.emptyElement("DnsDomainName");
    w.emptyElement("UPN");
    w.endElement(); // Group
    w.endElement(); // SecurityGroups
    w.emptyElement("FilePaths");
    w.startElement("GroupPolicyCoreSettings");
    w.cdataElement("ID", s.gpoGuid);
    w.cdataElement("Domain", s.domain);
    w.textElement("SecurityDescriptor", securityDescriptorHex());
    w.cdataElement("DisplayName", s.displayName);
    w.cdataElement("Options", "0");
    const std::string version = std::to_string(kUserVersion << 16 | kMachineVersion);
    w.cdataElement("UserVersionNumber", version);
    w.cdataElement("MachineVersionNumber", version);
    w.cdataElement("MachineExtensionGuids", GptIni::withExtension("", GptIni::registryExtension, GptIni::registryTool));
    w.emptyElement("UserExtensionGuids");
    w.emptyElement("WMIFilter");
    w.endElement(); // GroupPolicyCoreSettings
    w.startElement("GroupPolicyExtension");
    w.attribute("bkp:ID", GptIni::registryExtension);
    w.attribute("bkp:DescName", "Registry");
    w.startElement("FSObjectFile");
    w.attribute("bkp:Path", "%GPO_MACH_FSPATH%\\registry.pol");
    w.attribute("bkp:SourceExpandedPath", sourcePath(s, "Machine\\registry.pol"));
    w.attribute("bkp:Location", "DomainSysvol\\GPO\\Machine\\registry.pol");
    w.endElement();
    w.startElement("FSObjectFile");
    w.attribute("bkp:Path", "%GPO_FSPATH%\\Adm\\*.*");
    w.attribute("bkp:SourceExpandedPath", sourcePath(s, "Adm\\*.*"));
    w.endElement();
    w.endElement(); // GroupPolicyExtension
    if (withComments) {
        // GPMC files the editor's comment store under this extension ID (corpus Backup.xml)
        w.startElement("GroupPolicyExtension");
        w.attribute("bkp:ID", "{F15C46CD-82A0-4C2D-A210-5D0D3182A418}");
        w.attribute("bkp:DescName", "Unknown Extension");
        w.startElement("FSObjectFile");
        w.attribute("bkp:Path", "%GPO_MACH_FSPATH%\\comment.cmtx");
        w.attribute("bkp:SourceExpandedPath", sourcePath(s, "Machine\\comment.cmtx"));
        w.attribute("bkp:Location", "DomainSysvol\\GPO\\Machine\\comment.cmtx");
        w.endElement();
        w.endElement();
    }
    w.endElement(); // GroupPolicyObject
    w.endElement(); // GroupPolicyBackupScheme
    return w.bytes();
}

Bytes bkupInfoXml(const GpoBackupSpec& s)
{
    XmlWriter w;
    w.startElement("BackupInst");
    w.namespaceDeclaration("", kManifestNs);
    backupInstChildren(w, s);
    w.endElement();
    return XmlWriter::encode(w.toString() + "\n", XmlWriter::Encoding::Utf8);
}

std::string label(const Element& e)
{
    return e.label.empty() ? e.id : e.label;
}

Bytes gpreportXml(const ChangeSet& changes, const GpoBackupSpec& s)
{
    XmlWriter::Options o;
    o.declaration = true;
    o.declarationEncoding = "utf-16";
    o.indent = "  ";
    o.newline = "\r\n";
    o.spaceBeforeEmptyClose = true;
    XmlWriter w(o);
    w.startElement("GPO");
    w.namespaceDeclaration("xsd", "http://www.w3.org/2001/XMLSchema");
    w.namespaceDeclaration("xsi", "http://www.w3.org/2001/XMLSchema-instance");
    w.namespaceDeclaration("", kSettingsNs);
    w.startElement("Identifier");
    w.startElement("Identifier");
    w.namespaceDeclaration("", kTypesNs);
    w.text(s.gpoGuid);
    w.endElement();
    w.startElement("Domain");
    w.namespaceDeclaration("", kTypesNs);
    w.text(s.domain);
    w.endElement();
    w.endElement(); // Identifier
    w.textElement("Name", s.displayName);
    w.textElement("IncludeComments", "true");
    w.textElement("CreatedTime", s.backupTime);
    w.textElement("ModifiedTime", s.backupTime);
    w.textElement("ReadTime", s.backupTime + "Z");
    w.startElement("SecurityDescriptor");
    w.startElement("SDDL");
    w.namespaceDeclaration("", kSecurityNs);
    w.text(kSddl);
    w.endElement();
    w.startElement("PermissionsPresent");
    w.namespaceDeclaration("", kSecurityNs);
    w.text("false");
    w.endElement();
    w.startElement("AuditingPresent");
    w.namespaceDeclaration("", kSecurityNs);
    w.text("false");
    w.endElement();
    w.endElement(); // SecurityDescriptor
    w.textElement("FilterDataAvailable", "true");

    const Configuration& config = changes.configuration();
    w.startElement("Computer");
    w.textElement("VersionDirectory", std::to_string(kMachineVersion));
    w.textElement("VersionSysvol", std::to_string(kMachineVersion));
    w.textElement("Enabled", "true");
    if (!changes.written().empty()) {
        w.startElement("ExtensionData");
        w.startElement("Extension");
        w.namespaceDeclaration("q1", kRegistrySettingsNs);
        w.attribute("xsi:type", "q1:RegistrySettings");
        for (PolicyId id : changes.written()) {
            const Policy& p = Catalog::instance().policy(id);
            const bool enabled = config.state(id) == PolicyState::Enabled;
            w.startElement("q1:Policy");
            w.textElement("q1:Name", p.gpEnglishName);
            w.textElement("q1:State", enabled ? "Enabled" : "Disabled");
            w.textElement("q1:Supported", p.supportedOn);
            w.textElement("q1:Category", "System/Remote Assistance");
            if (enabled) {
                for (const Element& e : p.elements) {
                    switch (e.type) {
                    case ElementType::Text:
                        w.startElement("q1:EditText");
                        w.textElement("q1:Name", label(e));
                        w.textElement("q1:State", "Enabled");
                        w.textElement("q1:Value", config.text(id, e.id));
                        w.endElement();
                        break;
                    case ElementType::Decimal:
                        w.startElement("q1:Numeric");
                        w.textElement("q1:Name", label(e));
                        w.textElement("q1:State", "Enabled");
                        w.textElement("q1:Value", std::to_string(config.number(id, e.id)));
                        w.endElement();
                        break;
                    case ElementType::Enum: {
                        const EnumItem* item = e.item(config.number(id, e.id));
                        w.startElement("q1:DropDownList");
                        w.textElement("q1:Name", label(e));
                        w.textElement("q1:State", "Enabled");
                        w.startElement("q1:Value");
                        w.textElement("q1:Name", item ? item->label : std::to_string(config.number(id, e.id)));
                        w.endElement();
                        w.endElement();
                        break;
                    }
                    case ElementType::List:
                        w.startElement("q1:ListBox");
                        w.textElement("q1:Name", label(e));
                        w.textElement("q1:State", "Enabled");
                        w.textElement("q1:ExplicitValue", "false");
                        w.textElement("q1:Additive", "false");
                        w.emptyElement("q1:ValuePrefix");
                        w.startElement("q1:Value");
                        for (const auto& entry : config.list(id, e.id)) {
                            w.startElement("q1:Element");
                            w.textElement("q1:Data", entry);
                            w.endElement();
                        }
                        w.endElement();
                        w.endElement();
                        break;
                    }
                }
            }
            w.endElement(); // Policy
        }
        w.textElement("q1:Blocked", "false");
        w.endElement(); // Extension
        w.textElement("Name", "Registry");
        w.endElement(); // ExtensionData
    }
    w.endElement(); // Computer
    w.startElement("User");
    w.textElement("VersionDirectory", std::to_string(kUserVersion));
    w.textElement("VersionSysvol", std::to_string(kUserVersion));
    w.textElement("Enabled", "true");
    w.endElement();
    w.endElement(); // GPO
    return w.bytes(XmlWriter::Encoding::Utf16LeWithBom);
}

/// Writes @p files below @p base; errors name the file at its final place under @p shownBase.
void writeTree(FileSystem& fsys, const fs::path& base, const fs::path& shownBase,
               const std::map<std::string, Bytes>& files)
{
    for (const auto& [rel, data] : files) {
        const fs::path target = base / fs::path(rel);
        try {
            fsys.createDirectory(target.parent_path());
            fsys.writeFile(target, data);
        } catch (const Error& e) {
            throw e.withFile(displayPath(shownBase / fs::path(rel)));
        }
    }
}

} // namespace

GpoBackupWriter::GpoBackupWriter(fs::path root, FileSystem& fsys)
    : m_root(std::move(root))
    , m_fs(fsys)
{
}

std::string GpoBackupWriter::newGuid()
{
    static std::mt19937_64 rng{std::random_device{}() ^ static_cast<std::uint64_t>(
                                   std::chrono::high_resolution_clock::now().time_since_epoch().count())};
    std::uint64_t hi = rng(), lo = rng();
    hi = (hi & ~0xF000ull) | 0x4000ull;                      // version 4
    lo = (lo & ~(0xC0ull << 56)) | (0x80ull << 56);          // RFC 4122 variant
    char buf[40];
    std::snprintf(buf, sizeof buf, "{%08X-%04X-%04X-%04X-%012llX}", unsigned(hi >> 32), unsigned((hi >> 16) & 0xFFFF),
                  unsigned(hi & 0xFFFF), unsigned(lo >> 48), static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFull));
    return buf;
}

GpoBackupSpec GpoBackupWriter::complete(GpoBackupSpec s)
{
    if (std::string_view(text::trim(s.displayName)).empty())
        throw Error("backup.display-name", {},
                    "the GPO display name is empty: GPMC's Import Settings wizard and Import-GPO -BackupGpoName find "
                    "backups by it");
    auto guid = [](std::string& g, const char* code, const char* what) {
        if (g.empty()) {
            g = newGuid();
        } else if (!isGuid(g)) {
            throw Error(code, {g},
                        std::string(what) + " \"" + g + "\" is not a GUID in braces like {2199EA28-42D1-4F0C-8043-EDD3A546BD9A}");
        }
        for (char& c : g) // GPMC writes them in upper case
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    };
    guid(s.gpoGuid, "backup.gpo-guid", "GPO GUID");
    guid(s.backupId, "backup.backup-id", "backup ID");
    if (s.backupTime.empty())
        s.backupTime = nowUtc();
    else if (!isTime(s.backupTime))
        throw Error("backup.time", {s.backupTime}, "backup time \"" + s.backupTime + "\" is not in the form YYYY-MM-DDTHH:MM:SS");
    s.domain = std::string(text::trim(s.domain));
    for (char c : s.domain)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-'))
            throw Error("backup.domain", {s.domain}, "domain \"" + s.domain + "\" is not a DNS name (letters, digits, '-' and '.')");
    if (s.domainController.empty())
        s.domainController = s.domain;
    return s;
}

std::map<std::string, Bytes> GpoBackupWriter::files(const ChangeSet& changes, const GpoBackupSpec& s)
{
    const bool comments = CommentCmtx::hasComments(changes.configuration());
    std::map<std::string, Bytes> out = {
        {"Backup.xml", backupXml(s, comments)},
        {"bkupInfo.xml", bkupInfoXml(s)},
        {"gpreport.xml", gpreportXml(changes, s)},
        {"DomainSysvol/GPO/Machine/registry.pol", RegistryPol::serialize(changes.entries())},
    };
    if (comments)
        out["DomainSysvol/GPO/Machine/comment.cmtx"] = CommentCmtx::render(changes.configuration());
    return out;
}

Bytes GpoBackupWriter::manifest(const std::optional<Bytes>& existing, const GpoBackupSpec& s, const std::string& file)
{
    if (!existing) {
        XmlWriter w;
        w.startElement("Backups");
        w.namespaceDeclaration("", kManifestNs);
        w.namespaceDeclaration("mfst", kManifestNs);
        w.attribute("mfst:version", "1.0");
        w.startElement("BackupInst");
        backupInstChildren(w, s);
        w.endElement();
        w.endElement();
        return w.bytes();
    }
    const std::string textData = XmlReader::decode(*existing, file);
    const XmlElement root = XmlReader::parse(std::string_view(textData), file);
    if (root.localName != "Backups" || root.namespaceUri != kManifestNs)
        throw Error("backup.manifest-type", {std::string(kManifestNs), root.qualifiedName},
                    "not a Group Policy backup manifest: expected <Backups xmlns=\"" + std::string(kManifestNs)
                        + "\">, found <" + root.qualifiedName + ">",
                    file);
    for (const XmlElement* inst : root.childrenNamed("BackupInst"))
        if (auto id = inst->childText("ID"); id && text::iequals(*id, s.backupId))
            throw Error("backup.manifest-listed", {s.backupId}, "the manifest already lists a backup with ID " + s.backupId, file);
    // Insert before the closing tag, leaving every existing byte as it was. Without a default
    // namespace on the root, BackupInst declares it itself (as bkupInfo.xml does).
    const auto close = textData.rfind("</" + root.qualifiedName);
    if (close == std::string::npos)
        throw Error("backup.manifest-unclosed", {root.qualifiedName}, "manifest has no closing </" + root.qualifiedName + ">",
                    file);
    XmlWriter w;
    w.startElement("BackupInst");
    if (root.attribute("xmlns").value_or("") != kManifestNs)
        w.namespaceDeclaration("", kManifestNs);
    backupInstChildren(w, s);
    w.endElement();
    const std::string updated = textData.substr(0, close) + w.toString() + textData.substr(close);
    const bool utf16 = existing->size() >= 2 && (*existing)[0] == 0xFF && (*existing)[1] == 0xFE;
    const bool bom = existing->size() >= 3 && (*existing)[0] == 0xEF && (*existing)[1] == 0xBB && (*existing)[2] == 0xBF;
    return XmlWriter::encode(updated, utf16 ? XmlWriter::Encoding::Utf16LeWithBom
                                            : bom ? XmlWriter::Encoding::Utf8WithBom : XmlWriter::Encoding::Utf8);
}

GpoBackupWriter::Result GpoBackupWriter::write(const ChangeSet& changes, GpoBackupSpec spec)
{
    Result result;
    result.spec = complete(std::move(spec));
    const auto content = files(changes, result.spec);
    result.folder = m_root / result.spec.backupId;
    const fs::path manifestPath = m_root / "manifest.xml";

    if (!m_fs.exists(m_root)) {
        // a new backup root: build it whole beside its final place, then rename it there
        const fs::path tmp = FileSystem::temporarySibling(m_root);
        try {
            try {
                m_fs.createDirectory(tmp);
            } catch (const Error& e) {
                throw e.withFile(displayPath(m_root));
            }
            writeTree(m_fs, tmp / result.spec.backupId, result.folder, content);
            try {
                m_fs.writeFile(tmp / "manifest.xml", manifest(std::nullopt, result.spec));
            } catch (const Error& e) {
                throw e.withFile(displayPath(manifestPath));
            }
            m_fs.rename(tmp, m_root);
        } catch (...) {
            m_fs.removeAll(tmp);
            throw;
        }
        result.manifestCreated = true;
        return result;
    }

    if (!m_fs.isDirectory(m_root))
        throw Error("backup.not-folder", {}, "is not a folder: choose a folder for the backup", displayPath(m_root));
    if (m_fs.exists(result.folder))
        throw Error("backup.exists", {}, "a backup with this ID already exists", displayPath(result.folder));
    std::optional<Bytes> existing;
    if (m_fs.exists(manifestPath))
        existing = m_fs.read(manifestPath);
    // everything that can be checked is checked before the first byte is written
    Bytes newManifest;
    if (!existing) {
        // a folder of backups without a manifest (LGPO /b writes none): list the backups that
        // are already there too, so GPMC and Import-GPO keep seeing them
        std::string listed;
        for (const fs::path& p : m_fs.list(m_root)) {
            const std::string name = displayPath(p.filename());
            const fs::path info = p / "bkupInfo.xml";
            if (name.size() != 38 || name.front() != '{' || !m_fs.isDirectory(p) || !m_fs.exists(info))
                continue;
            const std::string textData = XmlReader::decode(m_fs.read(info), displayPath(info));
            const XmlElement inst = XmlReader::parse(std::string_view(textData), displayPath(info));
            if (inst.localName != "BackupInst")
                continue;
            const auto begin = textData.find("<" + inst.qualifiedName);
            const auto end = textData.rfind("</" + inst.qualifiedName + ">");
            if (begin == std::string::npos || end == std::string::npos)
                continue;
            listed += textData.substr(begin, end + inst.qualifiedName.size() + 3 - begin);
        }
        const Bytes ours = manifest(std::nullopt, result.spec);
        std::string text(ours.begin(), ours.end());
        text.insert(text.find("<BackupInst>"), listed);
        newManifest = Bytes(text.begin(), text.end());
    } else {
        newManifest = manifest(existing, result.spec, displayPath(manifestPath));
    }

    const fs::path tmp = FileSystem::temporarySibling(result.folder);
    try {
        writeTree(m_fs, tmp, result.folder, content);
        m_fs.rename(tmp, result.folder);
    } catch (...) {
        m_fs.removeAll(tmp);
        throw;
    }
    try {
        m_fs.writeAtomic(manifestPath, newManifest);
    } catch (...) {
        m_fs.removeAll(result.folder);
        throw;
    }
    result.manifestCreated = !existing.has_value();
    return result;
}

} // namespace ra
