#include "RegFileBackend.h"

namespace ra {

RegFileBackend::RegFileBackend(std::filesystem::path path, FileSystem& fs, std::set<PolicyId> scope)
    : m_path(std::move(path))
    , m_fs(fs)
    , m_scope(std::move(scope))
{
}

RegFile RegFileBackend::render(const ChangeSet& changes) const
{
    return RegFile::fromEntries(RegistryPlan::entries(changes, m_scope));
}

std::vector<PreviewItem> RegFileBackend::preview(const ChangeSet& changes)
{
    const RegFile file = render(changes);
    PreviewItem item = PreviewItem::file(displayPath(m_path.filename()), file.toText());
    item.entries = file.toEntries();
    if (m_fs.exists(m_path)) {
        try {
            const RegFile old = RegFile::load(m_path, m_fs);
            item.current = old.toText();
            item.currentEntries = old.toEntries();
        } catch (const std::exception& e) {
            item.currentNote = PreviewItem::unreadable(e.what());
        }
    }
    return {item};
}

ApplyReport RegFileBackend::apply(const ChangeSet& changes, Progress* progress)
{
    if (progress)
        progress->report(ProgressStep::writing(displayPath(m_path)), 0, 1);
    const RegFile file = render(changes);
    file.save(m_path, m_fs);
    if (progress)
        progress->report(ProgressStep::wrote(displayPath(m_path)), 1, 1);
    ApplyReport report;
    report.log.push_back({"wrote-reg",
                          {displayPath(m_path), std::to_string(file.keys.size()), displayPath(m_path.filename())},
                          "wrote " + displayPath(m_path) + " (" + std::to_string(file.keys.size())
                              + " key blocks); import it on the machine with: reg import \""
                              + displayPath(m_path.filename()) + "\""});
    return report;
}

std::optional<GroupPolicyReadResult> RegFileBackend::current()
{
    if (!m_fs.exists(m_path))
        return std::nullopt;
    std::vector<Note> notes;
    const auto entries = RegFile::load(m_path, m_fs).toEntries(&notes);
    GroupPolicyReadResult result = GroupPolicy::read(entries);
    result.notes.insert(result.notes.begin(), notes.begin(), notes.end());
    return result;
}

} // namespace ra
