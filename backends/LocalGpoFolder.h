#pragma once
/**
 * @file LocalGpoFolder.h
 * A Group Policy object folder on disk — Windows' local GPO (%WINDIR%\System32\GroupPolicy),
 * an offline image's copy of it, or a GPO folder in SYSVOL — updated the way the Group
 * Policy editor does it.
 */
#include "core/ChangeSet.h"
#include "core/FileSystem.h"
#include "core/GroupPolicy.h"
#include "core/formats/PolMerge.h"

#include <filesystem>

namespace ra {

/**
 * Keeps `<dir>/Machine/Registry.pol` and `<dir>/gpt.ini` in step with a ChangeSet:
 * - Registry.pol: the four policies' entries replaced (PolMerge), every other entry kept byte
 *   for byte; created when missing.
 * - gpt.ini: Version's machine part (low 16 bits, MS-GPOL) incremented, the user part kept;
 *   gPCMachineExtensionNames gains the Registry extension pair, other extensions kept and the
 *   list sorted; every other line unchanged. Created when missing.
 * - Machine/comment.cmtx: the policies' comments (shown by the Group Policy editor), other
 *   policies' comments kept; created only when there is a comment to store.
 * Nothing is written when the merge changes nothing. Each file is replaced atomically, gpt.ini
 * last; if any write fails, the files already written are put back as they were (and folders
 * this call made are removed), so the folder never holds policy that its version does not
 * announce.
 * Names are matched case-insensitively (Windows writes "Machine\Registry.pol", GPMC
 * "Machine\registry.pol").
 */
class LocalGpoFolder
{
public:
    explicit LocalGpoFolder(std::filesystem::path dir, FileSystem& fs = FileSystem::real());

    /// Applies @p changes; returns what the merge did. Throws ra::Error naming the file.
    PolMergeResult apply(const ChangeSet& changes);
    /// The folder's Remote Assistance configuration with its comments (all Not configured
    /// when there is no Registry.pol). Throws ra::Error for a corrupt file.
    GroupPolicyReadResult read() const;

    /// The Registry.pol in use (the existing file's spelling, else Machine/Registry.pol).
    std::filesystem::path registryPolPath() const;
    std::filesystem::path gptIniPath() const;
    const std::filesystem::path& dir() const { return m_dir; }

private:
    std::filesystem::path m_dir;
    FileSystem& m_fs;
};

} // namespace ra
