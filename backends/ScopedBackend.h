#pragma once
/**
 * @file ScopedBackend.h
 * Delivers only the policies a profile speaks about (ra::Profile::included) to a target that
 * cannot limit itself, leaving the other policies as the target has them.
 */
#include "backends/Backend.h"

#include <memory>
#include <set>

namespace ra {

/**
 * A backend in front of another one that applies only the policies in a scope. For the left-out
 * policies it reads what the target has (Backend::current()) and delivers that unchanged, so
 * they are left alone; a target that has nothing yet (a new file or folder) gets them Not
 * configured. This is what `ra-policy apply` does for such targets; the registry and .reg
 * targets limit themselves instead (LocalRegistryOptions::scope, RegFileBackend's scope).
 */
class ScopedBackend : public Backend
{
public:
    ScopedBackend(std::unique_ptr<Backend> target, std::set<PolicyId> scope);

    /// The change set that sets the policies in @p scope as in @p changes and the others as
    /// @p target has them now (Not configured when it has nothing); @p changes itself when the
    /// scope holds every policy (the target is not read then).
    static ChangeSet scopedChanges(Backend& target, const ChangeSet& changes, const std::set<PolicyId>& scope);

    std::string name() const override { return m_target->name(); }
    std::vector<PreviewItem> preview(const ChangeSet& changes) override;
    ApplyReport apply(const ChangeSet& changes, Progress* progress = nullptr) override;
    std::optional<GroupPolicyReadResult> current() override { return m_target->current(); }

    const std::set<PolicyId>& scope() const { return m_scope; }

private:
    std::unique_ptr<Backend> m_target;
    std::set<PolicyId> m_scope;
};

} // namespace ra
