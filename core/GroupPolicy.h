#pragma once
/**
 * @file GroupPolicy.h
 * Group Policy registry semantics of the four policies, both ways: a configuration becomes the
 * ordered registry.pol entries the Group Policy editor writes, and registry.pol entries (or the
 * values found in a live registry) become a configuration again.
 */
#include "Configuration.h"
#include "Note.h"
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
    /**
     * Everything under our value names that was not understood, one note each. GroupPolicy::read
     * gives every note a code (K\\V: the entry's key and value name; CSP: the policy's CSP node;
     * TYPE: a registry type name such as REG_SZ; STATE: "Disabled" or "Not configured"):
     *
     * | code | args | message |
     * |---|---|---|
     * | control-removed | K\\V, count | control entry K\\V removed N Remote Assistance value(s) set before it |
     * | duplicate-entry | K\\V | duplicate entry K\\V (the last one is used) |
     * | control-unknown | K\\V | control entry K\\V was not interpreted |
     * | policy-type | value name, CSP, TYPE | V of CSP is TYPE, expected REG_DWORD; policy read as Not configured |
     * | policy-value | value name, CSP, number | V of CSP is N, neither the enabled nor the disabled value; policy read as Not configured |
     * | helper-type | name, TYPE | helper entry "NAME" is TYPE, expected REG_SZ; skipped |
     * | helper-data | name, data | helper entry "NAME" has data "DATA"; Windows reads the data, the name should be the same |
     * | option-missing | value name, CSP | V of CSP is missing; the editor's default is shown |
     * | option-type | value name, CSP, TYPE, expected TYPE | V of CSP is TYPE, expected REG_SZ (or REG_DWORD) |
     * | option-choice | value name, CSP, number | V of CSP is N, which is not one of its choices |
     * | list-ignored | count, key, CSP, STATE | N value(s) on KEY ignored: CSP is STATE |
     * | option-ignored | value name, CSP, STATE | V ignored: CSP is STATE |
     *
     * Notes that callers add (other readers) may have no code.
     */
    std::vector<Note> notes;
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
