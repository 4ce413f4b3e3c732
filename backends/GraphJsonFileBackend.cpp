#include "GraphJsonFileBackend.h"

#include "core/Error.h"

namespace ra {

GraphJsonFileBackend::GraphJsonFileBackend(std::filesystem::path file, std::string displayName,
                                           std::string description, FileSystem& fs)
    : m_file(std::move(file))
    , m_displayName(std::move(displayName))
    , m_description(std::move(description))
    , m_fs(fs)
{
}

std::vector<PreviewItem> GraphJsonFileBackend::preview(const ChangeSet& changes)
{
    PreviewItem item = PreviewItem::file(displayPath(m_file.filename()),
                                         GraphJson::render(changes, m_displayName, m_description));
    if (m_fs.exists(m_file)) {
        const Bytes bytes = m_fs.read(m_file);
        item.current = std::string(bytes.begin(), bytes.end());
    }
    return {item};
}

ApplyReport GraphJsonFileBackend::apply(const ChangeSet& changes, Progress* progress)
{
    if (progress)
        progress->report(ProgressStep::writing(displayPath(m_file)), 0, 1);
    const std::string body = GraphJson::render(changes, m_displayName, m_description);
    m_fs.writeAtomic(m_file, Bytes(body.begin(), body.end()));
    if (progress)
        progress->report(ProgressStep::wrote(displayPath(m_file)), 1, 1);
    ApplyReport report;
    report.log.push_back({"wrote-graph-json",
                          {displayPath(m_file), std::to_string(body.size()), std::to_string(changes.written().size())},
                          "wrote " + displayPath(m_file) + " (" + std::to_string(body.size()) + " bytes, "
                              + std::to_string(changes.written().size()) + " OMA-URI settings)"});
    return report;
}

std::optional<GroupPolicyReadResult> GraphJsonFileBackend::current()
{
    if (!m_fs.exists(m_file))
        return std::nullopt;
    const Bytes bytes = m_fs.read(m_file);
    GraphReadResult read = GraphJson::readText(
        std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), displayPath(m_file));
    GroupPolicyReadResult result;
    result.configuration = std::move(read.configuration);
    for (const auto& s : read.foreignSettings)
        result.notes.push_back("kept a setting that is not a Remote Assistance policy: "
                               + s.value("omaUri", std::string("(no omaUri)")));
    return result;
}

} // namespace ra
