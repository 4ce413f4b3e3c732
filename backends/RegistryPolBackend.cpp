#include "RegistryPolBackend.h"

#include "core/formats/LgpoText.h"
#include "core/formats/PolMerge.h"
#include "core/formats/RegistryPol.h"

namespace ra {

RegistryPolBackend::RegistryPolBackend(std::filesystem::path file, FileSystem& fs)
    : m_file(std::move(file))
    , m_fs(fs)
{
}

std::vector<RegistryEntry> RegistryPolBackend::existing() const
{
    if (!m_fs.exists(m_file))
        return {};
    return RegistryPol::read(m_file, m_fs);
}

std::vector<PreviewItem> RegistryPolBackend::preview(const ChangeSet& changes)
{
    const std::vector<RegistryEntry> before = existing();
    const auto merged = PolMerge::merge(before, changes);
    const std::string name = displayPath(m_file.filename());
    PreviewItem item = PreviewItem::file(name, LgpoText::render(merged.entries));
    item.caption = PreviewItem::polAsLgpo(name, merged.foreignKept);
    item.entries = merged.entries;
    if (m_fs.exists(m_file)) {
        item.current = LgpoText::render(before);
        item.currentEntries = before;
    }
    return {item};
}

ApplyReport RegistryPolBackend::apply(const ChangeSet& changes, Progress* progress)
{
    ApplyReport report;
    if (progress)
        progress->report(ProgressStep::reading(displayPath(m_file)), 0, 2);
    const auto merged = PolMerge::merge(existing(), changes);
    if (progress)
        progress->report(ProgressStep::writing(displayPath(m_file)), 1, 2);
    RegistryPol::write(m_file, merged.entries, m_fs);
    report.log.push_back({"wrote-registry-pol",
                          {std::to_string(merged.oursWritten), displayPath(m_file), std::to_string(merged.oursRemoved),
                           std::to_string(merged.foreignKept)},
                          "Wrote " + std::to_string(merged.oursWritten) + " Remote Assistance entries to "
                              + displayPath(m_file) + " (replaced " + std::to_string(merged.oursRemoved) + ", kept "
                              + std::to_string(merged.foreignKept) + " entries of other policies)"});
    for (const Note& n : merged.notes)
        report.log.push_back({n.code, n.args, "Note: " + n.message});
    if (progress)
        progress->report(ProgressStep::done(), 2, 2);
    return report;
}

std::optional<GroupPolicyReadResult> RegistryPolBackend::current()
{
    if (!m_fs.exists(m_file))
        return std::nullopt;
    return GroupPolicy::read(RegistryPol::read(m_file, m_fs));
}

} // namespace ra
