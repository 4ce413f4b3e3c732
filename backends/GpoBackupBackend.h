#pragma once
/**
 * @file GpoBackupBackend.h
 * Delivers a ChangeSet as a new Group Policy backup in a backup folder (GpoBackupWriter).
 */
#include "Backend.h"
#include "GpoBackupWriter.h"

namespace ra {

class GpoBackupBackend : public Backend
{
public:
    /// @p root: the backup folder (created when missing; other backups in it are kept).
    GpoBackupBackend(std::filesystem::path root, GpoBackupSpec spec, FileSystem& fs = FileSystem::real());

    std::string name() const override { return "GPO backup"; }
    /// Every file of the backup (registry.pol as LGPO text, gpreport.xml decoded).
    std::vector<PreviewItem> preview(const ChangeSet& changes) override;
    ApplyReport apply(const ChangeSet& changes, Progress* progress = nullptr) override;
    /// The newest backup's configuration, when the folder holds one.
    std::optional<GroupPolicyReadResult> current() override;

    /// The spec of the last apply() (IDs and time filled in).
    const GpoBackupSpec& lastWritten() const { return m_last; }

private:
    std::filesystem::path m_root;
    GpoBackupSpec m_spec;
    GpoBackupSpec m_last;
    FileSystem& m_fs;
};

} // namespace ra
