#pragma once
/**
 * @file SyncMlFileBackend.h
 * Writes the SyncML document of a ChangeSet to a file (atomically).
 */
#include "Backend.h"
#include "core/FileSystem.h"

#include <filesystem>

namespace ra {

/**
 * A target that is a SyncML file, for an MDM server or a test tool that sends raw SyncML.
 * The file is replaced atomically through FileSystem::writeAtomic.
 */
class SyncMlFileBackend : public Backend
{
public:
    explicit SyncMlFileBackend(std::filesystem::path file, FileSystem& fs = FileSystem::real());

    std::string name() const override { return "SyncML file"; }
    /// One File item: the document, titled with the file name.
    std::vector<PreviewItem> preview(const ChangeSet& changes) override;
    ApplyReport apply(const ChangeSet& changes, Progress* progress = nullptr) override;
    /// Reads the file back when it exists (foreign commands are ignored, see SyncMl::read).
    std::optional<GroupPolicyReadResult> current() override;

    const std::filesystem::path& file() const { return m_file; }

private:
    std::filesystem::path m_file;
    FileSystem& m_fs;
};

} // namespace ra
