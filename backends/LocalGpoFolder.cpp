#include "LocalGpoFolder.h"

#include "core/Error.h"
#include "core/TextCodec.h"
#include "core/formats/GptIni.h"
#include "core/formats/RegistryPol.h"

#include <optional>

namespace ra {

namespace fs = std::filesystem;

namespace {
fs::path childOrDefault(const FileSystem& fsys, const fs::path& dir, std::string_view name)
{
    if (fsys.isDirectory(dir))
        for (const fs::path& p : fsys.list(dir))
            if (text::iequals(displayPath(p.filename()), name))
                return p;
    return dir / fs::path(std::string(name));
}
} // namespace

LocalGpoFolder::LocalGpoFolder(fs::path dir, FileSystem& fsys)
    : m_dir(std::move(dir))
    , m_fs(fsys)
{
}

fs::path LocalGpoFolder::registryPolPath() const
{
    const fs::path machine = childOrDefault(m_fs, m_dir, "Machine");
    return childOrDefault(m_fs, machine, "Registry.pol");
}

fs::path LocalGpoFolder::gptIniPath() const
{
    return childOrDefault(m_fs, m_dir, "gpt.ini");
}

GroupPolicyReadResult LocalGpoFolder::read() const
{
    const fs::path pol = registryPolPath();
    if (!m_fs.exists(pol))
        return GroupPolicy::read({});
    return GroupPolicy::read(RegistryPol::read(pol, m_fs));
}

PolMergeResult LocalGpoFolder::apply(const ChangeSet& changes)
{
    const fs::path polPath = registryPolPath();
    const fs::path iniPath = gptIniPath();
    const fs::path machineDir = polPath.parent_path();

    // read and check everything first
    std::optional<Bytes> oldPol;
    std::vector<RegistryEntry> existing;
    if (m_fs.exists(polPath)) {
        oldPol = m_fs.read(polPath);
        existing = RegistryPol::parse(*oldPol, displayPath(polPath));
    }
    std::optional<Bytes> oldIni;
    GptIni ini;
    if (m_fs.exists(iniPath)) {
        oldIni = m_fs.read(iniPath);
        ini = GptIni::parse(*oldIni, displayPath(iniPath));
    }
    PolMergeResult merged = PolMerge::merge(existing, changes);
    Bytes newPol;
    try {
        newPol = RegistryPol::serialize(merged.entries);
    } catch (const Error& e) {
        throw e.withFile(displayPath(polPath));
    }
    const auto extensionsBefore = ini.value("General", "gPCMachineExtensionNames");
    ini.addMachineExtension(GptIni::registryExtension, GptIni::registryTool);
    const bool extensionsChanged = ini.value("General", "gPCMachineExtensionNames") != extensionsBefore;
    if (oldPol && *oldPol == newPol && oldIni && !extensionsChanged)
        return merged; // nothing to do: leave the files and the version alone
    ini.incrementMachineVersion();
    const Bytes newIni = ini.serialize();

    const bool dirExisted = m_fs.isDirectory(m_dir);
    const bool machineExisted = m_fs.isDirectory(machineDir);
    auto undoFolders = [&] {
        if (!dirExisted)
            m_fs.removeAll(m_dir);
        else if (!machineExisted)
            m_fs.removeAll(machineDir);
    };
    try {
        if (!machineExisted)
            m_fs.createDirectory(machineDir);
    } catch (...) {
        undoFolders();
        throw;
    }
    try {
        m_fs.writeAtomic(polPath, newPol);
    } catch (...) {
        undoFolders();
        throw;
    }
    try {
        m_fs.writeAtomic(iniPath, newIni);
    } catch (...) {
        // put Registry.pol back; if even that fails, the first error is still the one to report
        try {
            if (oldPol)
                m_fs.writeAtomic(polPath, *oldPol);
            else
                m_fs.removeAll(polPath);
        } catch (const Error&) {
        }
        undoFolders();
        throw;
    }
    return merged;
}

} // namespace ra
