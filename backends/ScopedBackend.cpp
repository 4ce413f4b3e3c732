#include "ScopedBackend.h"

namespace ra {

ScopedBackend::ScopedBackend(std::unique_ptr<Backend> target, std::set<PolicyId> scope)
    : m_target(std::move(target))
    , m_scope(std::move(scope))
{
}

ChangeSet ScopedBackend::scopedChanges(Backend& target, const ChangeSet& changes, const std::set<PolicyId>& scope)
{
    if (scope.size() == kAllPolicies.size())
        return changes;
    const std::optional<GroupPolicyReadResult> now = target.current();
    Configuration merged = now ? now->configuration : Configuration();
    for (PolicyId id : scope)
        merged.setSetting(id, changes.configuration().setting(id));
    return ChangeSet(merged);
}

std::vector<PreviewItem> ScopedBackend::preview(const ChangeSet& changes)
{
    return m_target->preview(scopedChanges(*m_target, changes, m_scope));
}

ApplyReport ScopedBackend::apply(const ChangeSet& changes, Progress* progress)
{
    return m_target->apply(scopedChanges(*m_target, changes, m_scope), progress);
}

} // namespace ra
