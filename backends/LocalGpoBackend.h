#pragma once
/**
 * @file LocalGpoBackend.h
 * Delivers a ChangeSet into a Group Policy object folder (LocalGpoFolder): Windows' local GPO,
 * an offline image's, or a GPO folder in SYSVOL.
 */
#include "Backend.h"
#include "LocalGpoFolder.h"

namespace ra {

class LocalGpoBackend : public Backend
{
public:
    explicit LocalGpoBackend(std::filesystem::path dir, FileSystem& fs = FileSystem::real());

    std::string name() const override { return "Group Policy folder"; }
    /// The merged Registry.pol (as LGPO text) and the new gpt.ini.
    std::vector<PreviewItem> preview(const ChangeSet& changes) override;
    ApplyReport apply(const ChangeSet& changes, Progress* progress = nullptr) override;
    std::optional<GroupPolicyReadResult> current() override;

private:
    LocalGpoFolder m_folder;
    FileSystem& m_fs;
};

} // namespace ra
