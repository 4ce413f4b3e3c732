#include "LocalRegistryBackend.h"

#include "core/Error.h"
#include "core/registry/RegistryPlan.h"

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

namespace ra {

LocalRegistryBackend::LocalRegistryBackend(RegistryTarget& target, Options options, FileSystem& fs)
    : m_target(target)
    , m_options(std::move(options))
    , m_fs(fs)
{
}

std::vector<RegistryOperation> LocalRegistryBackend::operations(const ChangeSet& changes) const
{
    return RegistryPlan::operations(changes, m_target, m_options.scope);
}

std::vector<RegistryChange> LocalRegistryBackend::dryRun(const ChangeSet& changes) const
{
    return RegistryTransaction(m_target).preview(operations(changes));
}

std::vector<PreviewItem> LocalRegistryBackend::preview(const ChangeSet& changes)
{
    const auto diff = dryRun(changes);
    std::string text;
    for (const auto& c : diff)
        text += c.describe() + "\n";
    if (diff.empty())
        text = "No changes: " + m_target.name() + " already holds these settings.\n";
    return {PreviewItem{PreviewItem::Kind::Diff, "Changes to " + m_target.name(), text}};
}

ApplyReport LocalRegistryBackend::apply(const ChangeSet& changes, Progress* progress)
{
    ApplyReport report;
    const auto ops = operations(changes);
    if (progress)
        progress->step("Writing " + std::to_string(ops.size()) + " registry changes", 0, 2);
    RegistryTransaction transaction(m_target);
    m_last = transaction.apply(ops);
    for (const auto& c : m_last.changes)
        report.log.push_back(c.describe());
    if (!m_last.ok) {
        report.ok = false;
        report.error = m_last.summary();
        return report;
    }
    if (m_last.changes.empty())
        report.log.push_back("no changes: " + m_target.name() + " already held these settings");

#ifdef _WIN32
    if (!m_options.registryOnly) {
        // Keeping the Local Group Policy object in step comes with the local-GPO folder writer.
        // Until it is there, policy is not refreshed either: a refresh without the GPO updated
        // could remove the values just written.
        report.log.push_back("note: the Local Group Policy object was not updated (not available in this "
                             "build yet); a later Group Policy refresh may revert these values");
    }
#endif
    if (progress)
        progress->step("Done", 2, 2);
    return report;
}

std::optional<GroupPolicyReadResult> LocalRegistryBackend::current()
{
    return GroupPolicy::read(m_target.policyValues());
}

} // namespace ra
