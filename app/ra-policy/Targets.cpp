#include "Targets.h"

#include "CliError.h"

#include "backends/LocalRegistryBackend.h"
#include "backends/RegFileBackend.h"
#include "core/registry/FaultInjectingRegistry.h"
#ifdef _WIN32
#include "core/registry/Win32Registry.h"
#endif

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace ra::cli {

namespace {
std::filesystem::path toPath(const std::string& utf8)
{
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

const std::vector<std::string> kKinds = {"registry", "local-gpo", "gpo-backup", "pol", "reg", "lgpo", "syncml", "graph-json"};

[[noreturn]] void notYet(const std::string& what, const std::string& reason)
{
    throw UsageError(what + " is not available in this build of ra-policy: " + reason);
}

#ifdef _WIN32
/// RA_POLICY_FAIL_AT_REGISTRY_WRITE=N makes the N-th registry write fail (for the rollback tests).
std::unique_ptr<RegistryTarget> liveRegistry()
{
    std::unique_ptr<RegistryTarget> registry = std::make_unique<Win32Registry>();
    if (const char* n = std::getenv("RA_POLICY_FAIL_AT_REGISTRY_WRITE"); n && *n)
        registry = std::make_unique<FaultInjectingRegistry>(std::move(registry), std::atoi(n));
    return registry;
}
#endif
} // namespace

const char* Targets::help()
{
    return "  --to registry                    this machine's registry (Windows only; also keeps the\n"
           "                                   Local Group Policy object in step unless --registry-only)\n"
           "  --to local-gpo DIR               a Local Group Policy object folder (Machine\\Registry.pol, gpt.ini)\n"
           "  --to gpo-backup DIR --name NAME  a GPO backup for GPMC Import Settings, Import-GPO or LGPO /g\n"
           "  --to pol FILE                    registry.pol (other policies in an existing file are kept)\n"
           "  --to reg FILE                    a .reg file to import with 'reg import FILE'\n"
           "  --to lgpo FILE                   LGPO.exe text (LGPO /t FILE)\n"
           "  --to syncml FILE                 SyncML for an MDM (Policy CSP)\n"
           "  --to graph-json FILE             a Microsoft Graph (Intune) custom configuration body\n";
}

TargetSpec TargetSpec::parse(const std::vector<std::string>& to, const std::string& name, bool pathRequired)
{
    if (to.empty())
        throw UsageError("say where to deliver: --to KIND [PATH] (see --help)");
    TargetSpec spec;
    spec.kind = to[0];
    spec.path = to.size() > 1 ? to[1] : std::string();
    spec.name = name;
    if (std::find(kKinds.begin(), kKinds.end(), spec.kind) == kKinds.end())
        throw UsageError("unknown target kind \"" + spec.kind
                         + "\"; expected registry, local-gpo, gpo-backup, pol, reg, lgpo, syncml or graph-json");
    if (spec.kind == "registry") {
        if (!spec.path.empty())
            throw UsageError("--to registry takes no path (it writes this machine's registry)");
    } else if (spec.path.empty() && pathRequired) {
        const bool dir = spec.kind == "local-gpo" || spec.kind == "gpo-backup";
        throw UsageError("--to " + spec.kind + " needs a " + (dir ? "DIR" : "FILE"));
    }
    if (spec.kind == "gpo-backup" && spec.name.empty() && pathRequired)
        throw UsageError("--to gpo-backup needs --name NAME (the GPO's display name)");
    if (spec.kind != "gpo-backup" && !spec.name.empty())
        throw UsageError("--name is only used with --to gpo-backup");
    return spec;
}

std::string TargetSpec::describe() const
{
    return path.empty() ? kind : kind + " " + path;
}

Target Targets::open(const TargetSpec& spec)
{
    Target t;
    if (spec.kind == "reg") {
        t.backend = std::make_unique<RegFileBackend>(toPath(spec.path.empty() ? "ra-policy.reg" : spec.path),
                                                     FileSystem::real(), spec.scope);
        return t;
    }
    if (spec.kind == "registry") {
#ifdef _WIN32
        t.registry = liveRegistry();
        LocalRegistryOptions options;
        options.registryOnly = spec.registryOnly;
        options.scope = spec.scope;
        t.backend = std::make_unique<LocalRegistryBackend>(*t.registry, options);
        return t;
#else
        throw UsageError("--to registry writes the Windows registry and works only in the Windows build of "
                         "ra-policy; on this system write a file and import it on the machine: "
                         "--to reg FILE, then 'reg import FILE' there");
#endif
    }
    if (spec.kind == "local-gpo")
        notYet("--to local-gpo", "the Local Group Policy object writer is not integrated yet");
    if (spec.kind == "gpo-backup")
        notYet("--to gpo-backup", "the GPO backup writer is not integrated yet");
    if (spec.kind == "pol")
        notYet("--to pol", "the registry.pol merge is not integrated yet");
    if (spec.kind == "lgpo")
        notYet("--to lgpo", "the LGPO text writer is not integrated yet");
    if (spec.kind == "syncml")
        notYet("--to syncml", "the SyncML writer is not integrated yet");
    notYet("--to graph-json", "the Graph JSON writer is not integrated yet");
}

} // namespace ra::cli
