#pragma once
/**
 * @file Sources.h
 * Where ra-policy reads a configuration from: a profile, the registry, registry.pol, a GPO
 * backup, a .reg file or LGPO text.
 */
#include "core/Catalog.h"
#include "core/Configuration.h"
#include "core/DeploymentTarget.h"

#include <optional>

#include <set>
#include <string>
#include <vector>

namespace ra::cli {

/// A configuration as read from a source.
struct SourceConfiguration
{
    Configuration configuration;
    /// The policies the source speaks about (a profile may leave some out).
    std::set<PolicyId> included{kAllPolicies.begin(), kAllPolicies.end()};
    std::string description;        ///< "profile contoso.json", "registry.pol Registry.pol", …
    std::vector<std::string> notes; ///< what the reader could not interpret
    std::size_t foreignEntries = 0; ///< entries of other policies that were kept aside
    /// The deployment target a profile stores (format 2); nullopt for every other source.
    std::optional<DeploymentTarget> target;
};

/// Reads sources. Throws UsageError for a bad combination, ra::Error for I/O and content.
class Sources
{
public:
    /// @p profile: the --profile FILE (may be empty); @p from: the --from arguments (may be empty).
    static SourceConfiguration read(const std::string& profile, const std::vector<std::string>& from);
    /// One line per kind for --help.
    static const char* help();
};

} // namespace ra::cli
