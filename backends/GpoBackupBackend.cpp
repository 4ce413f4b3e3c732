#include "GpoBackupBackend.h"

#include "GpoBackupReader.h"
#include "core/formats/LgpoText.h"
#include "core/formats/RegistryPol.h"
#include "core/formats/XmlReader.h"

namespace ra {

GpoBackupBackend::GpoBackupBackend(std::filesystem::path root, GpoBackupSpec spec, FileSystem& fs)
    : m_root(std::move(root))
    , m_spec(std::move(spec))
    , m_fs(fs)
{
}

std::vector<PreviewItem> GpoBackupBackend::preview(const ChangeSet& changes)
{
    const GpoBackupSpec spec = GpoBackupWriter::complete(m_spec);
    std::vector<PreviewItem> out;
    const auto manifestPath = m_root / "manifest.xml";
    const std::optional<Bytes> existing = m_fs.exists(manifestPath) ? std::optional<Bytes>(m_fs.read(manifestPath)) : std::nullopt;
    const Bytes manifest = GpoBackupWriter::manifest(existing, spec, displayPath(manifestPath));
    out.push_back({PreviewItem::Kind::File, "manifest.xml", XmlReader::decode(manifest)});
    for (const auto& [rel, data] : GpoBackupWriter::files(changes, spec)) {
        const std::string title = spec.backupId + "/" + rel;
        if (rel.ends_with("registry.pol"))
            out.push_back({PreviewItem::Kind::File, title,
                           LgpoText::render(RegistryPol::parse(data), "Computer", nullptr, "registry.pol shown as LGPO text")});
        else
            out.push_back({PreviewItem::Kind::File, title, XmlReader::decode(data)});
    }
    return out;
}

ApplyReport GpoBackupBackend::apply(const ChangeSet& changes, Progress* progress)
{
    ApplyReport report;
    if (progress)
        progress->report(ProgressStep::writingBackup(displayPath(m_root)), 0, 1);
    const auto result = GpoBackupWriter(m_root, m_fs).write(changes, m_spec);
    m_last = result.spec;
    report.log.push_back({"wrote-backup",
                          {result.spec.backupId, result.spec.displayName, result.spec.backupTime,
                           displayPath(result.folder)},
                          "Wrote backup " + result.spec.backupId + " (\"" + result.spec.displayName + "\", "
                              + result.spec.backupTime + ") to " + displayPath(result.folder)});
    const std::string manifest = displayPath(m_root / "manifest.xml");
    report.log.push_back(result.manifestCreated ? Note("created-manifest", {manifest}, "Created " + manifest)
                                                : Note("added-to-manifest", {manifest}, "Added the backup to " + manifest));
    if (progress)
        progress->report(ProgressStep::done(), 1, 1);
    return report;
}

std::optional<GroupPolicyReadResult> GpoBackupBackend::current()
{
    if (!m_fs.isDirectory(m_root))
        return std::nullopt;
    std::vector<Note> notes;
    if (GpoBackupReader::list(m_root, m_fs, &notes).empty())
        return std::nullopt;
    auto opened = GpoBackupReader::open(m_root, m_fs);
    for (auto& n : opened.notes)
        opened.read.notes.push_back(std::move(n));
    return opened.read;
}

} // namespace ra
