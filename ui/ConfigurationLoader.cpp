#include "ConfigurationLoader.h"

#include "backends/GpoBackupReader.h"
#include "core/Error.h"
#include "core/GroupPolicy.h"
#include "core/FileSystem.h"
#include "core/formats/LgpoText.h"
#include "core/formats/RegFile.h"
#include "core/formats/RegistryPol.h"
#include "models/NoteText.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <filesystem>


namespace ra::ui {

namespace {
std::filesystem::path toPath(const QString& s)
{
#ifdef _WIN32
    return std::filesystem::path(s.toStdWString());
#else
    return std::filesystem::path(s.toStdString());
#endif
}

void fromEntries(LoadedConfiguration& out, const std::vector<RegistryEntry>& entries)
{
    const GroupPolicyReadResult r = GroupPolicy::read(entries);
    out.configuration = r.configuration;
    if (!r.foreign.empty())
        out.notes << ConfigurationLoader::tr("%n entries of other policies were left aside.", nullptr,
                                             int(r.foreign.size()));
    if (r.duplicates > 0)
        out.notes << ConfigurationLoader::tr("%n duplicate entries: the last one wins, as on Windows.", nullptr,
                                             int(r.duplicates));
    for (const Note& n : r.notes)
        out.notes << NoteText::text(n);
}
} // namespace

QString ConfigurationLoader::openFilter()
{
    return tr("All supported files (*.json *.pol *.reg *.txt);;Profiles (*.json);;Group Policy registry "
              "files (registry.pol *.pol);;Registry files (*.reg);;LGPO text (*.txt);;All files (*)");
}

QString ConfigurationLoader::findMachineRegistryPol(const QString& folder)
{
    // A GPO folder has Machine/registry.pol; a GPMC backup has
    // {Id}/DomainSysvol/GPO/Machine/registry.pol (names compare case-insensitively on Windows).
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QString best;
    while (it.hasNext()) {
        const QString file = it.next();
        const QFileInfo info(file);
        if (info.fileName().compare(QLatin1String("registry.pol"), Qt::CaseInsensitive) != 0)
            continue;
        if (info.dir().dirName().compare(QLatin1String("Machine"), Qt::CaseInsensitive) != 0)
            continue;
        if (best.isEmpty() || file.size() < best.size())
            best = file;
    }
    return best;
}

LoadedConfiguration ConfigurationLoader::open(const QString& path)
{
    LoadedConfiguration out;
    const QFileInfo info(path);
    const std::string display = QDir::toNativeSeparators(path).toStdString();
    if (info.isDir()) {
        const GpoBackupOpenResult r = GpoBackupReader::open(toPath(path));
        out.kind = LoadedConfiguration::Kind::GpoBackup;
        out.sourceFile = QString::fromStdString(displayPath(r.registryPol));
        out.configuration = r.read.configuration;
        if (r.opened)
            out.notes << tr("Read the backup \"%1\" of %2.")
                             .arg(QString::fromStdString(r.opened->displayName),
                                  QString::fromStdString(r.opened->backupTime));
        if (r.foreignEntries > 0)
            out.notes << tr("%n entries of other policies were left aside.", nullptr, int(r.foreignEntries));
        for (const Note& n : r.read.notes)
            out.notes << NoteText::text(n);
        for (const Note& n : r.notes)
            out.notes << NoteText::text(n);
        return out;
    }
    if (!info.exists())
        throw ra::Error(tr("the file does not exist.").toStdString(), display);
    const QString suffix = info.suffix().toLower();
    out.sourceFile = path;
    if (suffix == QLatin1String("json")) {
        out.kind = LoadedConfiguration::Kind::Profile;
        Profile profile = ProfileFormat::load(toPath(path));
        out.configuration = profile.configuration;
        if (!profile.integrityVerified)
            out.notes << tr("The profile has no valid SHA-256: it may have been changed after it was written.");
        out.profile = std::move(profile);
        return out;
    }
    if (suffix == QLatin1String("pol")) {
        out.kind = LoadedConfiguration::Kind::RegistryPol;
        fromEntries(out, RegistryPol::read(toPath(path)));
        return out;
    }
    if (suffix == QLatin1String("reg")) {
        out.kind = LoadedConfiguration::Kind::RegFile;
        std::vector<Note> notes;
        const auto entries = RegFile::load(toPath(path)).toEntries(&notes);
        fromEntries(out, entries);
        for (const Note& n : notes)
            out.notes << NoteText::text(n);
        return out;
    }
    if (suffix == QLatin1String("txt")) {
        out.kind = LoadedConfiguration::Kind::LgpoText;
        const Bytes bytes = FileSystem::real().read(toPath(path));
        fromEntries(out, LgpoText::entries(LgpoText::parse(bytes, display)));
        return out;
    }
    throw ra::Error(tr("unknown file type; the console opens profiles (.json), registry.pol, GPO backup "
                       "folders, .reg files and LGPO text (.txt).")
                        .toStdString(),
                    display);
}

} // namespace ra::ui
