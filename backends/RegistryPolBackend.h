#pragma once
/**
 * @file RegistryPolBackend.h
 * Delivers a ChangeSet into a registry.pol file, merging with what the file already holds.
 */
#include "Backend.h"
#include "core/FileSystem.h"

#include <filesystem>

namespace ra {

/**
 * A registry.pol file as the target: the four policies' entries are replaced, every other
 * entry is kept byte for byte (PolMerge), and the file is replaced atomically. A missing file
 * is created.
 */
class RegistryPolBackend : public Backend
{
public:
    explicit RegistryPolBackend(std::filesystem::path file, FileSystem& fs = FileSystem::real());

    std::string name() const override { return "registry.pol file"; }
    /// One File item: the merged file as LGPO text (registry.pol itself is binary).
    std::vector<PreviewItem> preview(const ChangeSet& changes) override;
    ApplyReport apply(const ChangeSet& changes, Progress* progress = nullptr) override;
    /// The file's configuration, when the file exists.
    std::optional<GroupPolicyReadResult> current() override;

    const std::filesystem::path& file() const { return m_file; }

private:
    std::vector<RegistryEntry> existing() const;
    std::filesystem::path m_file;
    FileSystem& m_fs;
};

} // namespace ra
