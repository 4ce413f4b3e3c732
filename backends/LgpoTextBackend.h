#pragma once
/**
 * @file LgpoTextBackend.h
 * Writes a ChangeSet as an LGPO text file, for `LGPO.exe /t file` (apply to local policy) or
 * `LGPO.exe /r file /w registry.pol`.
 */
#include "Backend.h"
#include "core/FileSystem.h"

#include <filesystem>

namespace ra {

/**
 * An LGPO text file as the target. The file holds the Computer entries of the Enabled and
 * Disabled policies (Not configured policies have none, exactly as in registry.pol), with a
 * comment header; it is replaced atomically. ASCII text is written as is, anything else as
 * UTF-16LE with a BOM (LGPO reads ANSI or BOM-marked Unicode).
 */
class LgpoTextBackend : public Backend
{
public:
    explicit LgpoTextBackend(std::filesystem::path file, FileSystem& fs = FileSystem::real());

    std::string name() const override { return "LGPO text file"; }
    std::vector<PreviewItem> preview(const ChangeSet& changes) override;
    ApplyReport apply(const ChangeSet& changes, Progress* progress = nullptr) override;
    /// The file's configuration when it exists (Computer records only).
    std::optional<GroupPolicyReadResult> current() override;

    /// The text written for @p changes.
    static std::string text(const ChangeSet& changes);

private:
    std::filesystem::path m_file;
    FileSystem& m_fs;
};

} // namespace ra
