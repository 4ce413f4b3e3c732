#pragma once
/**
 * @file GpoBackupWriter.h
 * Writes a Group Policy backup that GPMC ("Import Settings"), Import-GPO and `LGPO.exe /g`
 * accept, laid out exactly like a GPMC backup (../shared/corpus/gpo-backup, FINDINGS §5).
 */
#include "core/ChangeSet.h"
#include "core/FileSystem.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace ra {

/// What the admin chooses for a backup; empty fields are filled in by GpoBackupWriter.
struct GpoBackupSpec
{
    std::string displayName;      ///< the GPO name shown by GPMC's Import Settings wizard (required)
    std::string domain;           ///< DNS domain of the source GPO, e.g. "corp.example.com" (optional)
    std::string comment;          ///< the backup comment (manifest <Comment>)
    std::string domainController; ///< for the informational source paths; defaults to the domain
    std::string gpoGuid;          ///< {GUID} of the source GPO; a new one when empty
    std::string backupId;         ///< {GUID} naming the backup folder; a new one when empty
    std::string backupTime;       ///< "YYYY-MM-DDTHH:MM:SS" (UTC); now when empty
};

/**
 * Creates `<root>/{BackupId}/` with Backup.xml, bkupInfo.xml, gpreport.xml and
 * DomainSysvol/GPO/Machine/registry.pol, and creates `<root>/manifest.xml` or appends a
 * `<BackupInst>` to it, leaving the rest of an existing manifest byte for byte as it was.
 *
 * Atomic: a new root is built completely in a temporary sibling folder and renamed into place;
 * into an existing root the backup folder is built under a temporary name and renamed, then
 * the manifest is replaced atomically — if that fails the new folder is removed again. On any
 * failure nothing new is left behind and an existing manifest.xml is unchanged.
 */
class GpoBackupWriter
{
public:
    explicit GpoBackupWriter(std::filesystem::path root, FileSystem& fs = FileSystem::real());

    struct Result
    {
        GpoBackupSpec spec;            ///< the spec with every generated field filled in
        std::filesystem::path folder;  ///< <root>/{BackupId}
        bool manifestCreated = false;  ///< false: a BackupInst was appended to an existing manifest
    };

    /// Writes the backup. Throws ra::Error naming the file that failed (nothing left behind).
    Result write(const ChangeSet& changes, GpoBackupSpec spec);

    /// @p spec with empty GUIDs, time and DC filled in; throws ra::Error for an empty display
    /// name or a malformed GUID or time.
    static GpoBackupSpec complete(GpoBackupSpec spec);
    /// The backup folder's files (relative paths with '/', e.g. "DomainSysvol/GPO/Machine/registry.pol")
    /// for a completed spec.
    static std::map<std::string, Bytes> files(const ChangeSet& changes, const GpoBackupSpec& spec);
    /// A new manifest.xml, or @p existing with a BackupInst for @p spec appended. Throws
    /// ra::Error (naming @p file) when @p existing is not a GPMC manifest.
    static Bytes manifest(const std::optional<Bytes>& existing, const GpoBackupSpec& spec,
                          const std::string& file = "manifest.xml");

    /// A fresh random GUID, upper case in braces, as GPMC writes them.
    static std::string newGuid();

private:
    std::filesystem::path m_root;
    FileSystem& m_fs;
};

} // namespace ra
