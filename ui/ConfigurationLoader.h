#pragma once
/**
 * @file ConfigurationLoader.h
 * Opens whatever an admin has: a profile (JSON), a registry.pol, a GPO backup folder, a .reg file
 * or LGPO text, and reads the Remote Assistance configuration from it.
 */
#include "core/Configuration.h"
#include "core/Profile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace ra::ui {

/// What opening a file produced.
struct LoadedConfiguration
{
    enum class Kind { Profile, RegistryPol, GpoBackup, RegFile, LgpoText };
    Kind kind = Kind::Profile;
    Configuration configuration;
    /// Set for profiles (provenance, included policies, integrity).
    std::optional<Profile> profile;
    /// The registry.pol actually read (for GPO backups: inside the folder).
    QString sourceFile;
    /// Things worth telling the admin (foreign entries kept aside, duplicates, …).
    QStringList notes;
};

class ConfigurationLoader
{
    Q_DECLARE_TR_FUNCTIONS(ra::ui::ConfigurationLoader)
public:
    /// The file-dialog filter of everything open() reads.
    static QString openFilter();
    /**
     * Reads @p path (a file, or a GPO backup / GPO folder). Throws ra::Error naming the file and
     * what was wrong.
     */
    static LoadedConfiguration open(const QString& path);
    /// The registry.pol of the machine part of a GPO backup or GPO folder; empty when none.
    static QString findMachineRegistryPol(const QString& folder);
};

} // namespace ra::ui
