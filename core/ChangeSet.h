#pragma once
/**
 * @file ChangeSet.h
 * What applying a configuration changes, independent of the target: the Group Policy entries
 * of every Enabled or Disabled policy, and the policies whose values are to be removed
 * (Not configured). Every backend consumes a ChangeSet.
 */
#include "Configuration.h"
#include "RegistryEntry.h"

#include <vector>

namespace ra {

class ChangeSet
{
public:
    explicit ChangeSet(Configuration configuration);

    const Configuration& configuration() const { return m_configuration; }
    /// The registry.pol entries to write, in catalog order (GroupPolicy::entries).
    const std::vector<RegistryEntry>& entries() const { return m_entries; }
    /// Policies that are Enabled or Disabled.
    std::vector<PolicyId> written() const;
    /// Policies that are Not configured: a target loses their values.
    std::vector<PolicyId> removed() const;

private:
    Configuration m_configuration;
    std::vector<RegistryEntry> m_entries;
};

} // namespace ra
