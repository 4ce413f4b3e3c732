#include "LgpoTextBackend.h"

#include "core/TextCodec.h"
#include "core/formats/LgpoText.h"
#include "core/formats/XmlReader.h"

namespace ra {

LgpoTextBackend::LgpoTextBackend(std::filesystem::path file, FileSystem& fs)
    : m_file(std::move(file))
    , m_fs(fs)
{
}

std::string LgpoTextBackend::text(const ChangeSet& changes)
{
    std::string header = "Remote Assistance policies (System > Remote Assistance) as LGPO text.\n"
                         "Apply to local policy: LGPO.exe /t <this file>\n"
                         "Build a registry.pol:  LGPO.exe /r <this file> /w registry.pol";
    const auto removed = changes.removed();
    if (!removed.empty()) {
        header += "\nNot configured (no entries):";
        for (PolicyId id : removed)
            header += " " + Catalog::instance().policy(id).gpName;
    }
    return LgpoText::render(changes.entries(), "Computer", nullptr, header);
}

std::vector<PreviewItem> LgpoTextBackend::preview(const ChangeSet& changes)
{
    PreviewItem item = PreviewItem::file(displayPath(m_file.filename()), text(changes));
    item.entries = changes.entries();
    if (m_fs.exists(m_file)) {
        try {
            const Bytes bytes = m_fs.read(m_file);
            item.currentEntries = LgpoText::entries(LgpoText::parse(bytes, displayPath(m_file)));
            item.current = XmlReader::decode(bytes, displayPath(m_file));
        } catch (const std::exception& e) {
            item.currentEntries.reset();
            item.currentNote = PreviewItem::unreadable(e.what());
        }
    }
    return {item};
}

ApplyReport LgpoTextBackend::apply(const ChangeSet& changes, Progress* progress)
{
    ApplyReport report;
    if (progress)
        progress->report(ProgressStep::writing(displayPath(m_file)), 0, 1);
    m_fs.writeAtomic(m_file, LgpoText::encode(text(changes)));
    report.log.push_back({"wrote-lgpo", {std::to_string(changes.entries().size()), displayPath(m_file)},
                          "Wrote " + std::to_string(changes.entries().size()) + " LGPO records to "
                              + displayPath(m_file)});
    if (progress)
        progress->report(ProgressStep::done(), 1, 1);
    return report;
}

std::optional<GroupPolicyReadResult> LgpoTextBackend::current()
{
    if (!m_fs.exists(m_file))
        return std::nullopt;
    std::vector<RegistryEntry> computer;
    std::size_t other = 0;
    for (const auto& r : LgpoText::parse(m_fs.read(m_file), displayPath(m_file))) {
        if (text::iequals(r.configuration, "Computer"))
            computer.push_back(r.entry);
        else
            ++other;
    }
    auto result = GroupPolicy::read(computer);
    if (other)
        result.notes.push_back(std::to_string(other) + " User records were not read (the Remote Assistance policies are computer policies)");
    return result;
}

} // namespace ra
