#include "LocalRegistryBackend.h"

#include "LocalGpoFolder.h"

#include "core/Error.h"
#include "core/PreviewDiff.h"
#include "core/TextCodec.h"
#include "core/registry/RegistryPlan.h"

#include <algorithm>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

namespace ra {

std::filesystem::path LocalRegistryBackend::defaultLocalGpoDir()
{
#ifdef _WIN32
    wchar_t system[MAX_PATH] = {};
    const UINT n = GetSystemDirectoryW(system, MAX_PATH);
    if (n == 0 || n >= MAX_PATH)
        return {};
    return std::filesystem::path(std::wstring(system, n)) / L"GroupPolicy";
#else
    return {};
#endif
}

std::string LocalRegistryBackend::refreshPolicy()
{
#ifdef _WIN32
    // Looked up at run time: not every userenv.dll has it (Wine's does not), and a missing
    // import would stop ra-policy from starting at all.
    using RefreshPolicyExFn = BOOL(WINAPI*)(BOOL, DWORD);
    HMODULE userenv = LoadLibraryW(L"userenv.dll");
    auto refresh = userenv ? reinterpret_cast<RefreshPolicyExFn>(
                                 reinterpret_cast<void*>(GetProcAddress(userenv, "RefreshPolicyEx")))
                           : nullptr;
    std::string message;
    if (!refresh)
        message = "note: this system has no RefreshPolicyEx; run 'gpupdate /target:computer' to refresh policy";
    else if (refresh(TRUE, 1 /* RP_FORCE */))
        message = "asked Windows to refresh machine policy (RefreshPolicyEx)";
    else
        message = "warning: RefreshPolicyEx failed (error " + std::to_string(GetLastError())
            + "); the values are written, run 'gpupdate /target:computer' to refresh policy";
    if (userenv)
        FreeLibrary(userenv);
    return message;
#else
    return "policy refresh is only available on Windows";
#endif
}

ChangeSet LocalRegistryBackend::gpoChanges(const ChangeSet& changes, const LocalGpoFolder& folder) const
{
    if (m_options.scope.size() == kAllPolicies.size())
        return changes;
    // policies outside the scope keep what the Local GPO has now
    Configuration merged = folder.read().configuration;
    for (PolicyId id : m_options.scope)
        merged.setSetting(id, changes.configuration().setting(id));
    return ChangeSet(merged);
}

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
    PreviewItem item;
    item.kind = PreviewItem::Kind::Diff;
    item.title = "Changes to " + m_target.name();
    item.label = {"registry-changes", {m_target.name()}, item.title};
    item.content = text;
    item.caption = {"registry-values", {m_target.name()}, "The values under the policy keys of " + m_target.name()};
    // the values now, and the same list with the changes made
    const std::vector<RegistryEntry> now = m_target.policyValues();
    std::vector<RegistryEntry> after = now;
    for (const RegistryChange& c : diff) {
        const auto same = [&](const RegistryEntry& e) {
            return text::iequals(e.key, c.key) && text::iequals(e.valueName, c.valueName);
        };
        const auto it = std::find_if(after.begin(), after.end(), same);
        if (!c.after) {
            if (it != after.end())
                after.erase(it);
        } else if (it != after.end()) {
            *it = *c.after;
        } else {
            after.push_back(*c.after);
        }
    }
    item.current = PreviewDiff::listing(now);
    item.currentEntries = now;
    item.entries = after;
    return {item};
}

ApplyReport LocalRegistryBackend::apply(const ChangeSet& changes, Progress* progress)
{
    ApplyReport report;
    const auto ops = operations(changes);
    if (progress)
        progress->report(ProgressStep::writingRegistry(ops.size()), 0, 3);
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

    if (!m_options.registryOnly) {
        // Keep the Local Group Policy object in step, so that the next policy refresh re-applies
        // these values instead of removing them. A failure there undoes the registry too.
        std::filesystem::path dir = m_options.localGpoDir;
        if (dir.empty())
            dir = defaultLocalGpoDir();
        if (!dir.empty()) {
            if (progress)
                progress->report(ProgressStep::updatingLocalGpo(), 1, 3);
            try {
                LocalGpoFolder folder(dir, m_fs);
                const PolMergeResult merged = folder.apply(gpoChanges(changes, folder));
                const std::string pol = displayPath(folder.registryPolPath());
                report.log.push_back({"updated-local-gpo",
                                      {pol, std::to_string(merged.oursWritten), std::to_string(merged.foreignKept)},
                                      "updated the Local Group Policy object " + pol + " (" + std::to_string(merged.oursWritten)
                                          + " entries of these policies, " + std::to_string(merged.foreignKept)
                                          + " of other policies kept) and its gpt.ini"});
            } catch (const std::exception& e) {
                const RegistryApplyResult undo = transaction.rollback();
                m_last.ok = false;
                m_last.error = std::string("the Local Group Policy object could not be updated: ") + e.what();
                m_last.restored = undo.restored;
                m_last.restoreErrors = undo.restoreErrors;
                report.ok = false;
                report.error = m_last.summary();
                return report;
            }
            report.log.push_back(refreshPolicy());
        }
    }
    if (progress)
        progress->report(ProgressStep::done(), 3, 3);
    return report;
}

std::optional<GroupPolicyReadResult> LocalRegistryBackend::current()
{
    return GroupPolicy::read(m_target.policyValues());
}

} // namespace ra
