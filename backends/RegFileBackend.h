#pragma once
/**
 * @file RegFileBackend.h
 * Delivery as a Registry Editor file (.reg) that an admin imports on the machine with
 * `reg import FILE` or a double click — the local-registry route from a Linux host.
 */
#include "Backend.h"

#include "core/FileSystem.h"
#include "core/formats/RegFile.h"
#include "core/registry/RegistryPlan.h"

#include <filesystem>
#include <set>

namespace ra {

/**
 * Writes the change set as a .reg file (RegFile): Enabled and Disabled policies as the Group
 * Policy client would leave the registry, Not configured policies as value deletions (`"name"=-`),
 * the helper list as `[-…\RAUnsolicit]` followed by its entries so that stale helpers go. The
 * file is written atomically.
 */
class RegFileBackend : public Backend
{
public:
    explicit RegFileBackend(std::filesystem::path path, FileSystem& fs = FileSystem::real(),
                            std::set<PolicyId> scope = {kAllPolicies.begin(), kAllPolicies.end()});

    std::string name() const override { return ".reg file"; }
    std::vector<PreviewItem> preview(const ChangeSet& changes) override;
    ApplyReport apply(const ChangeSet& changes, Progress* progress = nullptr) override;
    /// The configuration a .reg file at the path would set (std::nullopt when there is none).
    std::optional<GroupPolicyReadResult> current() override;

    /// The file content for @p changes.
    RegFile render(const ChangeSet& changes) const;

private:
    std::filesystem::path m_path;
    FileSystem& m_fs;
    std::set<PolicyId> m_scope;
};

} // namespace ra
