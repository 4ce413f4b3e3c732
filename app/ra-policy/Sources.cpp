#include "Sources.h"

#include "CliError.h"

#include "core/Error.h"
#include "core/FileSystem.h"
#include "core/GroupPolicy.h"
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
    out.notes.insert(out.notes.end(), read.notes.begin(), read.notes.end());
    out.foreignEntries = read.foreign.size();
    return out;
}

[[noreturn]] void notYet(const std::string& what, const std::string& reason)
{
    throw UsageError(what + " is not available in this build of ra-policy: " + reason);
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
    if (!profile.empty())
        notYet("--profile", "reading profiles comes with the profile format (core/Profile), which is not "
                            "integrated yet; use --from reg FILE or --from pol FILE");
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
        std::vector<std::string> notes;
        const auto entries = RegFile::load(toPath(path)).toEntries(&notes);
        return fromEntries(entries, ".reg file " + path, std::move(notes));
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
    if (kind == "gpo-backup")
        notYet("--from gpo-backup", "the GPO backup reader is not integrated yet; read the backup's "
                                    "DomainSysvol\\GPO\\Machine\\registry.pol with --from pol FILE");
    if (kind == "lgpo")
        notYet("--from lgpo", "the LGPO text reader is not integrated yet");
    throw UsageError("unknown source kind \"" + kind + "\"; expected registry, pol, gpo-backup, reg or lgpo");
}

} // namespace ra::cli
