#include "ChangeSet.h"

#include "GroupPolicy.h"

namespace ra {

ChangeSet::ChangeSet(Configuration configuration)
    : m_configuration(std::move(configuration))
    , m_entries(GroupPolicy::entries(m_configuration))
{
}

std::vector<PolicyId> ChangeSet::written() const
{
    std::vector<PolicyId> out;
    for (PolicyId id : kAllPolicies)
        if (m_configuration.state(id) != PolicyState::NotConfigured)
            out.push_back(id);
    return out;
}

std::vector<PolicyId> ChangeSet::removed() const
{
    std::vector<PolicyId> out;
    for (PolicyId id : kAllPolicies)
        if (m_configuration.state(id) == PolicyState::NotConfigured)
            out.push_back(id);
    return out;
}

} // namespace ra
