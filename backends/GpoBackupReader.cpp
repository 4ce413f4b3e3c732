#include "GpoBackupReader.h"

#include "core/Error.h"
#include "core/TextCodec.h"
#include "core/formats/CommentCmtx.h"
#include "core/formats/RegistryPol.h"
#include "core/formats/XmlReader.h"

#include <algorithm>

namespace ra {

namespace fs = std::filesystem;

namespace {

GpoBackupInfo fromBackupInst(const XmlElement& inst, const fs::path& root)
{
    GpoBackupInfo i;
    i.id = inst.childText("ID").value_or("");
    i.displayName = inst.childText("GPODisplayName").value_or("");
    i.backupTime = inst.childText("BackupTime").value_or("");
    i.gpoGuid = inst.childText("GPOGuid").value_or("");
    i.domain = inst.childText("GPODomain").value_or("");
    i.comment = inst.childText("Comment").value_or("");
    i.folder = root / i.id;
    return i;
}

/// A child of @p dir whose name matches @p name case-insensitively (Windows paths in a
/// backup copied to a case-sensitive file system).
std::optional<fs::path> findChild(const FileSystem& fsys, const fs::path& dir, std::string_view name)
{
    if (!fsys.isDirectory(dir))
        return std::nullopt;
    for (const fs::path& p : fsys.list(dir))
        if (text::iequals(displayPath(p.filename()), name))
            return p;
    return std::nullopt;
}

std::optional<fs::path> findPath(const FileSystem& fsys, fs::path dir, std::initializer_list<std::string_view> parts)
{
    for (std::string_view part : parts) {
        auto next = findChild(fsys, dir, part);
        if (!next)
            return std::nullopt;
        dir = *next;
    }
    return dir;
}

bool looksLikeGuid(const std::string& name)
{
    return name.size() == 38 && name.front() == '{' && name.back() == '}';
}

} // namespace

GpoBackupInfo GpoBackupReader::info(const fs::path& folder, const FileSystem& fsys)
{
    const auto file = findChild(fsys, folder, "bkupInfo.xml");
    if (!file)
        throw Error("backup.no-bkupinfo", {}, "no bkupInfo.xml: not a Group Policy backup folder", displayPath(folder));
    const XmlElement inst = XmlReader::read(*file, fsys);
    if (inst.localName != "BackupInst")
        throw Error("backup.info-root", {inst.qualifiedName},
                    "expected <BackupInst> as the root element, found <" + inst.qualifiedName + ">", displayPath(*file));
    GpoBackupInfo i = fromBackupInst(inst, folder.parent_path());
    i.folder = folder;
    return i;
}

std::vector<GpoBackupInfo> GpoBackupReader::list(const fs::path& root, const FileSystem& fsys,
                                                 std::vector<Note>* notes)
{
    std::vector<GpoBackupInfo> out;
    auto note = [&](Note n) {
        if (notes)
            notes->push_back(std::move(n));
    };
    if (auto manifest = findChild(fsys, root, "manifest.xml")) {
        const XmlElement m = XmlReader::read(*manifest, fsys);
        if (m.localName != "Backups")
            throw Error("backup.manifest-root", {m.qualifiedName},
                        "expected <Backups> as the root element, found <" + m.qualifiedName + ">", displayPath(*manifest));
        for (const XmlElement* inst : m.childrenNamed("BackupInst")) {
            GpoBackupInfo i = fromBackupInst(*inst, root);
            if (auto real = findChild(fsys, root, i.id))
                i.folder = *real;
            if (!fsys.isDirectory(i.folder)) {
                note({"backup-folder-missing", {i.id, i.displayName},
                      "manifest.xml lists backup " + i.id + " (\"" + i.displayName + "\") but its folder is missing"});
                continue;
            }
            out.push_back(std::move(i));
        }
    }
    // folders the manifest does not list (LGPO /b writes no manifest)
    if (fsys.isDirectory(root)) {
        for (const fs::path& p : fsys.list(root)) {
            const std::string name = displayPath(p.filename());
            if (!looksLikeGuid(name) || !fsys.isDirectory(p))
                continue;
            if (std::any_of(out.begin(), out.end(), [&](const GpoBackupInfo& i) { return text::iequals(i.id, name); }))
                continue;
            if (!findChild(fsys, p, "bkupInfo.xml")) {
                note({"backup-folder-unread", {name}, "folder " + name + " has no bkupInfo.xml and was not read"});
                continue;
            }
            GpoBackupInfo i = info(p, fsys);
            if (!text::iequals(i.id, name))
                note({"backup-id-mismatch", {name, i.id}, "folder " + name + " says its ID is " + i.id});
            out.push_back(std::move(i));
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const GpoBackupInfo& a, const GpoBackupInfo& b) { return a.backupTime > b.backupTime; });
    return out;
}

GpoBackupOpenResult GpoBackupReader::open(const fs::path& path, const FileSystem& fsys,
                                          const std::optional<std::string>& backupId)
{
    GpoBackupOpenResult r;
    fs::path folder;
    if (!fsys.exists(path))
        throw Error("backup.missing", {}, "does not exist", displayPath(path));
    if (!fsys.isDirectory(path)) {
        r.kind = GpoBackupOpenResult::Kind::RegistryPol;
        r.registryPol = path;
    } else if (findChild(fsys, path, "bkupInfo.xml") || findChild(fsys, path, "Backup.xml")) {
        r.kind = GpoBackupOpenResult::Kind::BackupFolder;
        folder = path;
        if (findChild(fsys, path, "bkupInfo.xml")) {
            r.opened = info(path, fsys);
            r.backups.push_back(*r.opened);
        } else {
            r.notes.push_back({"bkupinfo-missing", {}, "bkupInfo.xml is missing; the backup's name and time are unknown"});
        }
    } else {
        r.kind = GpoBackupOpenResult::Kind::BackupRoot;
        r.backups = list(path, fsys, &r.notes);
        if (r.backups.empty())
            throw Error("backup.none", {},
                        "no Group Policy backup here: expected manifest.xml or {BackupId} folders with bkupInfo.xml",
                        displayPath(path));
        auto chosen = r.backups.begin();
        if (backupId) {
            chosen = std::find_if(r.backups.begin(), r.backups.end(),
                                  [&](const GpoBackupInfo& i) { return text::iequals(i.id, *backupId); });
            if (chosen == r.backups.end())
                throw Error("backup.no-such-id", {*backupId}, "no backup with ID " + *backupId, displayPath(path));
        }
        r.opened = *chosen;
        folder = chosen->folder;
    }

    if (!folder.empty()) {
        const auto gpo = findPath(fsys, folder, {"DomainSysvol", "GPO"});
        const auto machinePol = gpo ? findPath(fsys, *gpo, {"Machine", "registry.pol"}) : std::nullopt;
        if (!machinePol)
            throw Error("backup.no-machine-pol", {},
                        "the backup has no DomainSysvol/GPO/Machine/registry.pol, so it holds no computer "
                        "Administrative Templates settings",
                        displayPath(folder));
        r.registryPol = *machinePol;
        if (gpo) {
            if (auto userPol = findPath(fsys, *gpo, {"User", "registry.pol"})) {
                const auto user = RegistryPol::read(*userPol, fsys);
                if (!user.empty())
                    r.notes.push_back({"user-entries-unread", {std::to_string(user.size())},
                                       "User/registry.pol has " + std::to_string(user.size())
                                           + " entries; they are not read (the Remote Assistance policies are "
                                             "computer policies)"});
            }
            if (findPath(fsys, *gpo, {"Machine", "microsoft", "windows nt", "SecEdit", "GptTmpl.inf"}))
                r.notes.push_back({"security-unread", {}, "security settings (GptTmpl.inf) are not read"});
            if (findPath(fsys, *gpo, {"Machine", "microsoft", "windows nt", "Audit", "audit.csv"}))
                r.notes.push_back({"audit-unread", {}, "advanced audit settings (audit.csv) are not read"});
            if (findPath(fsys, *gpo, {"Machine", "Preferences"}) || findPath(fsys, *gpo, {"User", "Preferences"}))
                r.notes.push_back({"preferences-unread", {}, "Group Policy Preferences are not read"});
        }
        if (auto backupXml = findChild(fsys, folder, "Backup.xml")) {
            const XmlElement b = XmlReader::read(*backupXml, fsys);
            if (b.localName != "GroupPolicyBackupScheme")
                r.notes.push_back({"backup-xml-root", {b.qualifiedName},
                                   "Backup.xml: expected <GroupPolicyBackupScheme>, found <" + b.qualifiedName + ">"});
            else if (const XmlElement* gpoEl = b.child("GroupPolicyObject")) {
                for (const XmlElement* ext : gpoEl->childrenNamed("GroupPolicyExtension")) {
                    const auto id = ext->attribute("ID").value_or("");
                    if (!text::iequals(id, "{35378EAC-683F-11D2-A89A-00C04FBBCFA2}")) {
                        const std::string name = ext->attribute("DescName").value_or("?");
                        r.notes.push_back({"extension-unread", {name, id},
                                           "client-side extension " + name + " " + id + " is not read"});
                    }
                }
            }
        } else {
            r.notes.push_back({"backup-xml-missing", {},
                               "Backup.xml is missing; GPMC and Import-GPO need it to import this backup"});
        }
    }

    const auto entries = RegistryPol::read(r.registryPol, fsys);
    r.read = GroupPolicy::read(entries);
    r.foreignEntries = r.read.foreign.size();
    // the policy comments the Group Policy editor keeps beside registry.pol
    if (auto cmtx = findChild(fsys, r.registryPol.parent_path(), "comment.cmtx")) {
        std::size_t others = 0;
        for (const auto& [id, comment] : CommentCmtx::read(fsys.read(*cmtx), displayPath(*cmtx), &others))
            r.read.configuration.setComment(id, comment);
        if (others)
            r.notes.push_back({"comments-unread", {std::to_string(others)},
                               "comment.cmtx holds " + std::to_string(others)
                                   + " comments on other policies; they are not read"});
    }
    return r;
}

} // namespace ra
