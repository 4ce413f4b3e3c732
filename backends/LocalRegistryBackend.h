#pragma once
/**
 * @file LocalRegistryBackend.h
 * Delivery into this machine's registry, all or nothing.
 */
#include "Backend.h"

#include "core/FileSystem.h"
#include "core/registry/RegistryTarget.h"
#include "core/registry/RegistryTransaction.h"

#include <filesystem>
#include <set>

namespace ra {

class LocalGpoFolder;

/// How LocalRegistryBackend delivers.
struct LocalRegistryOptions
{
    /// Write only the registry values, leave the Local Group Policy object alone.
    bool registryOnly = false;
    /// The Local Group Policy object folder (empty: %SystemRoot%\System32\GroupPolicy on Windows,
    /// none elsewhere).
    std::filesystem::path localGpoDir;
    /// The policies this apply speaks about; the others are left as they are.
    std::set<PolicyId> scope{kAllPolicies.begin(), kAllPolicies.end()};
};

/**
 * Writes the policies into a RegistryTarget (on Windows the live HKEY_LOCAL_MACHINE through
 * Win32Registry) with Group Policy semantics (RegistryPlan) as one transaction: a failure
 * restores every value touched and the report names the failed write and every restored value.
 *
 * Unless Options::registryOnly is set, the Local Group Policy object (Machine\Registry.pol and
 * gpt.ini through LocalGpoFolder; on Windows %SystemRoot%\System32\GroupPolicy) is kept in step,
 * so that the next policy refresh does not undo the change, and Windows is asked to refresh
 * policy afterwards. If the GPO cannot be updated, the registry changes are rolled back too.
 */
class LocalRegistryBackend : public Backend
{
public:
    using Options = LocalRegistryOptions;

    explicit LocalRegistryBackend(RegistryTarget& target, Options options = {},
                                  FileSystem& fs = FileSystem::real());

    std::string name() const override { return "Local registry"; }
    std::vector<PreviewItem> preview(const ChangeSet& changes) override;
    ApplyReport apply(const ChangeSet& changes, Progress* progress = nullptr) override;
    std::optional<GroupPolicyReadResult> current() override;

    /// The dry run: every value the apply would change, before and after.
    std::vector<RegistryChange> dryRun(const ChangeSet& changes) const;
    /// The registry operations an apply would carry out.
    std::vector<RegistryOperation> operations(const ChangeSet& changes) const;
    /// %SystemRoot%\System32\GroupPolicy on Windows; empty elsewhere.
    static std::filesystem::path defaultLocalGpoDir();
    /// Asks Windows to refresh machine policy (RefreshPolicyEx with RP_FORCE, looked up at run
    /// time); returns a line for the log saying what happened.
    static std::string refreshPolicy();

    /// The result of the last apply() (empty before the first).
    const RegistryApplyResult& lastResult() const { return m_last; }

private:
    ChangeSet gpoChanges(const ChangeSet& changes, const LocalGpoFolder& folder) const;

    RegistryTarget& m_target;
    Options m_options;
    FileSystem& m_fs;
    RegistryApplyResult m_last;
};

} // namespace ra
