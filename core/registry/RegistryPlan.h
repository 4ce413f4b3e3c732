#pragma once
/**
 * @file RegistryPlan.h
 * Turns Group Policy entries (registry.pol semantics) into the registry operations that bring a
 * live registry to the same state, touching only what differs.
 */
#include "RegistryTarget.h"

#include "core/Catalog.h"
#include "core/ChangeSet.h"

#include <set>
#include <vector>

namespace ra {

class RegistryPlan
{
public:
    /**
     * The operations that make @p current match @p changes for the policies in @p scope, as the
     * Group Policy client would leave the registry:
     * - an Enabled or Disabled policy's entries are interpreted in order — a value is set,
     *   `**del.X` deletes X, `**delvals.` deletes every value of its key (so helpers that are no
     *   longer listed disappear);
     * - a Not configured policy loses its values (its policy value, every option value and every
     *   helper entry).
     * Values outside the four policies are never touched; keys are left in place. Values that
     * already hold the wanted data are not rewritten.
     */
    static std::vector<RegistryOperation> operations(
        const ChangeSet& changes, const RegistryTarget& current,
        const std::set<PolicyId>& scope = {kAllPolicies.begin(), kAllPolicies.end()});

    /**
     * The operations that apply registry.pol-style @p entries to @p current: plain values are set,
     * `**del.X`, `**delvals.`, `**DeleteValues` (names separated by ';') and `**soft.X` (set only
     * when absent) are honoured, `**DeleteKeys` deletes the listed subkeys, `**SecureKey` and
     * unknown codes are skipped (as Windows does).
     */
    static std::vector<RegistryOperation> fromEntries(const std::vector<RegistryEntry>& entries,
                                                      const RegistryTarget& current);

    /// The Group Policy entries of @p changes for the policies in @p scope, followed by the
    /// removalEntries() of every Not configured policy in scope: what a target must interpret.
    static std::vector<RegistryEntry> entries(
        const ChangeSet& changes, const std::set<PolicyId>& scope = {kAllPolicies.begin(), kAllPolicies.end()});

    /// The entries that make a Not configured policy's values go away (`**del.` / `**delvals.`).
    static std::vector<RegistryEntry> removalEntries(PolicyId id);
};

} // namespace ra
