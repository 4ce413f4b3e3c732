#include "Targets.h"

#include "CliError.h"

#include "backends/GpoBackupBackend.h"
#include "backends/GraphJsonFileBackend.h"
#include "backends/LgpoTextBackend.h"
#include "backends/LocalGpoBackend.h"
#include "backends/LocalRegistryBackend.h"
#include "backends/RegFileBackend.h"
#include "backends/RegistryPolBackend.h"
#include "backends/SyncMlFileBackend.h"
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
           "  --to graph-json FILE [--name N]  a Microsoft Graph (Intune) custom configuration body\n";
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
    if (spec.kind != "gpo-backup" && spec.kind != "graph-json" && !spec.name.empty())
        throw UsageError("--name is only used with --to gpo-backup and --to graph-json");
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
        t.backend = std::make_unique<RegFileBackend>(toPath(spec.path.empty() ? defaultFileName("reg") : spec.path),
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
    // The remaining targets have no scope of their own: the caller passes a change set in
    // which policies outside the scope keep the target's current settings (see scopedChanges).
    const std::filesystem::path path = toPath(spec.path.empty() ? defaultFileName(spec.kind) : spec.path);
    if (spec.kind == "local-gpo")
        t.backend = std::make_unique<LocalGpoBackend>(path);
    else if (spec.kind == "gpo-backup") {
        GpoBackupSpec backup;
        backup.displayName = spec.name.empty() ? std::string("Remote Assistance policies") : spec.name;
        t.backend = std::make_unique<GpoBackupBackend>(path, backup);
    } else if (spec.kind == "pol")
        t.backend = std::make_unique<RegistryPolBackend>(path);
    else if (spec.kind == "lgpo")
        t.backend = std::make_unique<LgpoTextBackend>(path);
    else if (spec.kind == "syncml")
        t.backend = std::make_unique<SyncMlFileBackend>(path);
    else
        t.backend = spec.name.empty() ? std::make_unique<GraphJsonFileBackend>(path)
                                      : std::make_unique<GraphJsonFileBackend>(path, spec.name);
    return t;
}

std::string Targets::defaultFileName(const std::string& kind)
{
    if (kind == "reg")
        return "ra-policy.reg";
    if (kind == "pol")
        return "Registry.pol";
    if (kind == "lgpo")
        return "ra-policy-lgpo.txt";
    if (kind == "syncml")
        return "ra-policy-syncml.xml";
    if (kind == "graph-json")
        return "ra-policy-graph.json";
    if (kind == "gpo-backup")
        return "GPO-backups";
    return "GroupPolicy";
}

bool Targets::hasOwnScope(const std::string& kind)
{
    return kind == "registry" || kind == "reg";
}

} // namespace ra::cli
