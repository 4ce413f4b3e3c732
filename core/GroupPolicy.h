#pragma once
/**
 * @file GroupPolicy.h
 * Group Policy registry semantics of the four policies, both ways: a configuration becomes the
 * ordered registry.pol entries the Group Policy editor writes, and registry.pol entries (or the
 * values found in a live registry) become a configuration again.
 */
#include "Configuration.h"
#include "RegistryEntry.h"

#include <string>
#include <vector>

namespace ra {

/// What reading registry entries back into a configuration found.
struct GroupPolicyReadResult
{
    Configuration configuration;
    /// Entries that belong to other policies, in input order (kept, not interpreted).
    std::vector<RegistryEntry> foreign;
    /// Entries of ours that appeared more than once (the last one wins, as on Windows).
    std::size_t duplicates = 0;
    /// Everything under our value names that was not understood, one sentence each.
    std::vector<std::string> notes;
};

/**
 * The mapping between a Configuration and registry entries.
 */
class GroupPolicy
{
public:
    /**
     * The entries the Group Policy editor writes for one policy:
     * - Enabled: the policy value (enabledValue), then every option in ADMX order; a list first
     *   writes `**delvals.` on its key, then one REG_SZ per entry whose name and data are both
     *   the entry.
     * - Disabled: the policy value (disabledValue), then `**del.<value>` for every option value,
     *   and `**delvals.` on a list's key.
     * - Not configured: nothing.
     */
    static std::vector<RegistryEntry> entries(const Configuration& config, PolicyId id);
    /// entries() for all four policies, in catalog order.
    static std::vector<RegistryEntry> entries(const Configuration& config);

    /// True when @p entry is one of the four policies' values (or a control code aimed at one),
    /// or anything on the helper list's key. Keys compare case-insensitively.
    static bool isOurs(const RegistryEntry& entry);
    /// The policy an entry of ours belongs to.
    static std::optional<PolicyId> ownerOf(const RegistryEntry& entry);

    /**
     * Interprets entries in order, as Windows applies them (control codes first delete, later
     * values win), and reads the four policies' configuration from the result. A policy whose
     * value is absent or was deleted is Not configured.
     *
     * Keys and value names compare case-insensitively. Control codes: `**del.X`, `**delvals.`,
     * `**DeleteValues` (';'-separated names), `**DeleteKeys` (';'-separated subkeys) and
     * `**soft.X` (set X only if absent) are applied; `**SecureKey` changes no value. A
     * `**delvals.`, `**DeleteValues` or `**DeleteKeys` on a key shared with other policies is
     * kept in @c foreign and still removes the Remote Assistance values set before it (with a
     * note). Other `**` codes of ours are reported in @c notes.
     */
    static GroupPolicyReadResult read(const std::vector<RegistryEntry>& entries);
};

} // namespace ra
