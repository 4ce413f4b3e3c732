#pragma once
/**
 * @file Targets.h
 * Where ra-policy delivers: the registry, a local GPO folder, a GPO backup, registry.pol, .reg,
 * LGPO text, SyncML or Graph JSON.
 */
#include "backends/Backend.h"
#include "core/registry/RegistryTarget.h"

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace ra::cli {

/// The parsed --to option.
struct TargetSpec
{
    std::string kind; ///< "registry", "reg", "pol", …
    std::string path; ///< FILE or DIR (empty for registry)
    std::string name; ///< --name for gpo-backup
    bool registryOnly = false;
    std::set<PolicyId> scope{kAllPolicies.begin(), kAllPolicies.end()};

    /// Parses the --to arguments; @p pathRequired false lets render omit FILE. Throws UsageError.
    static TargetSpec parse(const std::vector<std::string>& to, const std::string& name, bool pathRequired);
    /// "registry", "reg FILE", …
    std::string describe() const;
};

/// A backend ready to use, and the registry it writes (for targets that have one).
struct Target
{
    std::unique_ptr<RegistryTarget> registry;
    std::unique_ptr<Backend> backend;
};

class Targets
{
public:
    /// Creates the backend for @p spec. Throws UsageError when this build or system cannot serve it.
    static Target open(const TargetSpec& spec);
    /// The file or folder name render uses when PATH is left out.
    static std::string defaultFileName(const std::string& kind);
    /// True for targets that leave policies outside TargetSpec::scope alone by themselves.
    static bool hasOwnScope(const std::string& kind);
    static const char* help();
};

} // namespace ra::cli
