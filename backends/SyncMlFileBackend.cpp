#include "SyncMlFileBackend.h"

#include "core/Error.h"
#include "core/formats/SyncMl.h"
#include "core/formats/XmlReader.h"

namespace ra {

SyncMlFileBackend::SyncMlFileBackend(std::filesystem::path file, FileSystem& fs)
    : m_file(std::move(file))
    , m_fs(fs)
{
}

std::vector<PreviewItem> SyncMlFileBackend::preview(const ChangeSet& changes)
{
    PreviewItem item = PreviewItem::file(displayPath(m_file.filename()), SyncMl::render(changes));
    if (m_fs.exists(m_file)) {
        try {
            item.current = XmlReader::decode(m_fs.read(m_file), displayPath(m_file));
        } catch (const std::exception& e) {
            item.currentNote = PreviewItem::unreadable(e.what());
        }
    }
    return {item};
}

ApplyReport SyncMlFileBackend::apply(const ChangeSet& changes, Progress* progress)
{
    if (progress)
        progress->report(ProgressStep::writing(displayPath(m_file)), 0, 1);
    const std::string document = SyncMl::render(changes);
    m_fs.writeAtomic(m_file, Bytes(document.begin(), document.end()));
    if (progress)
        progress->report(ProgressStep::wrote(displayPath(m_file)), 1, 1);
    ApplyReport report;
    report.log.push_back({"wrote-syncml",
                          {displayPath(m_file), std::to_string(document.size()),
                           std::to_string(changes.written().size()), std::to_string(changes.removed().size())},
                          "wrote " + displayPath(m_file) + " (" + std::to_string(document.size()) + " bytes, "
                              + std::to_string(changes.written().size()) + " Replace, "
                              + std::to_string(changes.removed().size()) + " Delete)"});
    return report;
}

std::optional<GroupPolicyReadResult> SyncMlFileBackend::current()
{
    if (!m_fs.exists(m_file))
        return std::nullopt;
    const Bytes bytes = m_fs.read(m_file);
    SyncMlReadResult read = SyncMl::read(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()),
                                         displayPath(m_file));
    GroupPolicyReadResult result;
    result.configuration = std::move(read.configuration);
    result.notes.assign(read.notes.begin(), read.notes.end());
    return result;
}

} // namespace ra
