#include "Sources.h"

#include "CliError.h"

#include "core/Error.h"
#include "core/FileSystem.h"
#include "core/GroupPolicy.h"
#include "backends/GpoBackupReader.h"
#include "core/Profile.h"
#include "core/formats/LgpoText.h"
#include "core/formats/RegFile.h"
#include "core/formats/RegistryPol.h"
#ifdef _WIN32
#include "core/registry/Win32Registry.h"
#endif

#include <filesystem>

namespace ra::cli {

namespace {
std::filesystem::path toPath(const std::string& utf8)
{
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

SourceConfiguration fromEntries(const std::vector<RegistryEntry>& entries, std::string description,
                                std::vector<std::string> notes = {})
{
    GroupPolicyReadResult read = GroupPolicy::read(entries);
    SourceConfiguration out;
    out.configuration = read.configuration;
    out.description = std::move(description);
    out.notes = std::move(notes);
    for (const Note& n : read.notes)
        out.notes.push_back(n.message);
    out.foreignEntries = read.foreign.size();
    return out;
}

} // namespace

const char* Sources::help()
{
    return "  --profile FILE          a profile written by the console or 'ra-policy import'\n"
           "  --from registry         this machine's registry (Windows only)\n"
           "  --from pol FILE         a registry.pol file (Machine\\Registry.pol of a GPO)\n"
           "  --from gpo-backup DIR   a GPO backup folder (or a {BackupId} folder in it)\n"
           "  --from reg FILE         a .reg file (Registry Editor export)\n"
           "  --from lgpo FILE        LGPO.exe /parse text\n";
}

SourceConfiguration Sources::read(const std::string& profile, const std::vector<std::string>& from)
{
    if (!profile.empty() && !from.empty())
        throw UsageError("give either --profile FILE or --from KIND [PATH], not both");
    if (!profile.empty()) {
        const Profile p = ProfileFormat::load(toPath(profile));
        SourceConfiguration out;
        out.configuration = p.configuration;
        out.included = p.included;
        out.target = p.target;
        out.description = "profile " + profile;
        return out;
    }
    if (from.empty())
        throw UsageError("say where the configuration comes from: --profile FILE or --from KIND [PATH]");

    const std::string& kind = from[0];
    const std::string path = from.size() > 1 ? from[1] : std::string();
    const bool needsPath = kind != "registry";
    if (needsPath && path.empty())
        throw UsageError("--from " + kind + " needs a " + (kind == "gpo-backup" ? "DIR" : "FILE"));
    if (!needsPath && !path.empty())
        throw UsageError("--from registry takes no path (it reads this machine's registry)");

    if (kind == "reg") {
        std::vector<Note> notes;
        const auto entries = RegFile::load(toPath(path)).toEntries(&notes);
        return fromEntries(entries, ".reg file " + path, noteMessages(notes));
    }
    if (kind == "pol")
        return fromEntries(RegistryPol::read(toPath(path)), "registry.pol " + path);
    if (kind == "registry") {
#ifdef _WIN32
        Win32Registry registry;
        return fromEntries(registry.policyValues(), "the registry (HKEY_LOCAL_MACHINE)");
#else
        throw UsageError("--from registry reads the Windows registry and works only in the Windows build of "
                         "ra-policy; on this system read a file instead (--from reg FILE, --from pol FILE)");
#endif
    }
    if (kind == "gpo-backup") {
        const GpoBackupOpenResult opened = GpoBackupReader::open(toPath(path));
        SourceConfiguration out;
        out.configuration = opened.read.configuration;
        out.description = "GPO backup " + path;
        if (opened.opened)
            out.description += " (" + opened.opened->displayName + ", " + opened.opened->id + ")";
        out.notes = noteMessages(opened.notes);
        for (const Note& n : opened.read.notes)
            out.notes.push_back(n.message);
        out.foreignEntries = opened.foreignEntries;
        return out;
    }
    if (kind == "lgpo") {
        const std::string name = displayPath(toPath(path));
        const auto records = LgpoText::parse(FileSystem::real().read(toPath(path)), name);
        return fromEntries(LgpoText::entries(records), "LGPO text " + path);
    }
    throw UsageError("unknown source kind \"" + kind + "\"; expected registry, pol, gpo-backup, reg or lgpo");
}

} // namespace ra::cli
