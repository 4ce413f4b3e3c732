#pragma once
/**
 * @file GraphJsonFileBackend.h
 * Writes the Microsoft Graph body of an Intune custom profile to a file (atomically), for
 * admins who create the profile with their own tooling (Graph Explorer, PowerShell).
 */
#include "Backend.h"
#include "core/FileSystem.h"
#include "core/formats/GraphJson.h"

#include <filesystem>

namespace ra {

class GraphJsonFileBackend : public Backend
{
public:
    explicit GraphJsonFileBackend(std::filesystem::path file, std::string displayName = GraphJson::defaultDisplayName,
                                  std::string description = {}, FileSystem& fs = FileSystem::real());

    std::string name() const override { return "Graph JSON file"; }
    std::vector<PreviewItem> preview(const ChangeSet& changes) override;
    ApplyReport apply(const ChangeSet& changes, Progress* progress = nullptr) override;
    /// Reads the file back when it exists; settings that are not ours are ignored.
    std::optional<GroupPolicyReadResult> current() override;

    const std::filesystem::path& file() const { return m_file; }

private:
    std::filesystem::path m_file;
    std::string m_displayName;
    std::string m_description;
    FileSystem& m_fs;
};

} // namespace ra
