#pragma once
/**
 * @file GpoBackupReader.h
 * Opens a colleague's Group Policy backup (or a bare registry.pol) and reads the Remote
 * Assistance configuration from it.
 */
#include "core/FileSystem.h"
#include "core/GroupPolicy.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ra {

/// One backup of a backup root, as manifest.xml / bkupInfo.xml describe it.
struct GpoBackupInfo
{
    std::string id;           ///< {BackupId}, the folder name
    std::string displayName;  ///< GPODisplayName
    std::string backupTime;   ///< BackupTime as written ("2022-07-15T21:43:12")
    std::string gpoGuid;
    std::string domain;
    std::string comment;
    std::filesystem::path folder; ///< <root>/{BackupId}
};

/// What opening found.
struct GpoBackupOpenResult
{
    enum class Kind { BackupRoot, BackupFolder, RegistryPol };
    Kind kind = Kind::RegistryPol;
    /// Backups found (root: all of them, newest first; a backup folder: that one; a bare
    /// registry.pol: none).
    std::vector<GpoBackupInfo> backups;
    /// The backup the configuration was read from (absent for a bare registry.pol).
    std::optional<GpoBackupInfo> opened;
    std::filesystem::path registryPol; ///< the file the configuration came from
    /// The configuration, the foreign entries (other policies) and notes on what was not
    /// understood in the registry.pol entries.
    GroupPolicyReadResult read;
    std::size_t foreignEntries = 0;
    /**
     * Everything else that was not understood or not read: missing files, manifest
     * inconsistencies, other client-side extensions, a User registry.pol … Codes and args:
     *
     * | code | args | message |
     * |---|---|---|
     * | backup-folder-missing | ID, name | manifest.xml lists backup ID ("NAME") but its folder is missing |
     * | backup-folder-unread | folder | folder F has no bkupInfo.xml and was not read |
     * | backup-id-mismatch | folder, ID | folder F says its ID is ID |
     * | bkupinfo-missing | — | bkupInfo.xml is missing; the backup's name and time are unknown |
     * | user-entries-unread | count | User/registry.pol has N entries; they are not read (…) |
     * | security-unread | — | security settings (GptTmpl.inf) are not read |
     * | audit-unread | — | advanced audit settings (audit.csv) are not read |
     * | preferences-unread | — | Group Policy Preferences are not read |
     * | backup-xml-root | root element found | Backup.xml: expected <GroupPolicyBackupScheme>, found <X> |
     * | extension-unread | name, GUID | client-side extension NAME GUID is not read |
     * | backup-xml-missing | — | Backup.xml is missing; GPMC and Import-GPO need it to import this backup |
     * | comments-unread | count | comment.cmtx holds N comments on other policies; they are not read |
     */
    std::vector<Note> notes;
};

class GpoBackupReader
{
public:
    /**
     * Opens @p path: a backup root (folder with manifest.xml and/or {GUID} subfolders), a
     * single {BackupId} folder, or a registry.pol file. From a root, the backup @p backupId is
     * read, or else the newest one (by BackupTime, as Import-GPO -BackupGpoName chooses).
     * Throws ra::Error (naming the file) when nothing readable is there or a needed file is
     * corrupt.
     */
    static GpoBackupOpenResult open(const std::filesystem::path& path, const FileSystem& fs = FileSystem::real(),
                                    const std::optional<std::string>& backupId = std::nullopt);

    /// The backups under a root, newest first (manifest entries plus folders with bkupInfo.xml
    /// that the manifest does not list); @p notes receives inconsistencies.
    static std::vector<GpoBackupInfo> list(const std::filesystem::path& root, const FileSystem& fs = FileSystem::real(),
                                           std::vector<Note>* notes = nullptr);

    /// A backup folder's description from its bkupInfo.xml.
    static GpoBackupInfo info(const std::filesystem::path& folder, const FileSystem& fs = FileSystem::real());
};

} // namespace ra
