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
    PreviewItem manifestItem = PreviewItem::file("manifest.xml", XmlReader::decode(manifest));
    if (existing) {
        try {
            manifestItem.current = XmlReader::decode(*existing, displayPath(manifestPath));
        } catch (const std::exception& e) {
            manifestItem.currentNote = PreviewItem::unreadable(e.what());
        }
    }
    out.push_back(std::move(manifestItem));

    // A new backup goes into a folder of its own; its files are compared with those of the newest
    // backup already in the folder (what Import-GPO would import until now).
    std::optional<GpoBackupInfo> newest;
    if (m_fs.isDirectory(m_root)) {
        try {
            std::vector<Note> notes;
            const auto backups = GpoBackupReader::list(m_root, m_fs, &notes);
            for (const GpoBackupInfo& b : backups)
                if (m_fs.isDirectory(b.folder)) {
                    newest = b;
                    break;
                }
        } catch (const std::exception&) {
            newest.reset(); // an unreadable manifest: the manifest item says so
        }
    }
    for (const auto& [rel, data] : GpoBackupWriter::files(changes, spec)) {
        const std::string title = spec.backupId + "/" + rel;
        const bool pol = rel.ends_with("registry.pol");
        PreviewItem item = PreviewItem::file(title, pol ? LgpoText::render(RegistryPol::parse(data)) : XmlReader::decode(data));
        if (pol) {
            item.caption = PreviewItem::polAsLgpo("registry.pol");
            item.entries = RegistryPol::parse(data);
        }
        if (newest) {
            const std::filesystem::path old = newest->folder / std::filesystem::path(rel);
            if (m_fs.exists(old)) {
                item.currentNote = {"current-backup", {rel, newest->id, newest->displayName, newest->backupTime},
                                        "Compared with " + rel + " of backup " + newest->id + " (\""
                                            + newest->displayName + "\", " + newest->backupTime
                                            + "), the newest in the folder"};
                try {
                    const Bytes bytes = m_fs.read(old);
                    if (pol) {
                        const auto entries = RegistryPol::parse(bytes, displayPath(old));
                        item.current = LgpoText::render(entries);
                        item.currentEntries = entries;
                    } else {
                        item.current = XmlReader::decode(bytes, displayPath(old));
                    }
                } catch (const std::exception& e) {
                    item.currentNote = PreviewItem::unreadable(e.what());
                }
            }
        }
        out.push_back(std::move(item));
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
