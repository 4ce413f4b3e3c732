#include "LocalGpoFolder.h"

#include "core/Error.h"
#include "core/TextCodec.h"
#include "core/formats/CommentCmtx.h"
#include "core/formats/GptIni.h"
#include "core/formats/RegistryPol.h"

#include <map>
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
    GroupPolicyReadResult result = GroupPolicy::read(m_fs.exists(pol) ? RegistryPol::read(pol, m_fs) : std::vector<RegistryEntry>{});
    const fs::path cmtx = childOrDefault(m_fs, pol.parent_path(), "comment.cmtx");
    if (m_fs.exists(cmtx))
        for (const auto& [id, comment] : CommentCmtx::read(m_fs.read(cmtx), displayPath(cmtx)))
            result.configuration.setComment(id, comment);
    return result;
}

PolMergeResult LocalGpoFolder::apply(const ChangeSet& changes)
{
    const fs::path polPath = registryPolPath();
    const fs::path iniPath = gptIniPath();
    const fs::path machineDir = polPath.parent_path();
    const fs::path cmtxPath = childOrDefault(m_fs, machineDir, "comment.cmtx");

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
    std::optional<Bytes> oldCmtx;
    if (m_fs.exists(cmtxPath))
        oldCmtx = m_fs.read(cmtxPath);
    const std::optional<Bytes> newCmtx = CommentCmtx::merge(oldCmtx, changes.configuration(), displayPath(cmtxPath));

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
    const bool polChanged = !oldPol || *oldPol != newPol;
    // comments alone do not change policy, so they do not need a new version
    const bool cmtxChanged = newCmtx && (!oldCmtx || *oldCmtx != *newCmtx)
        && CommentCmtx::read(*newCmtx) != (oldCmtx ? CommentCmtx::read(*oldCmtx) : std::map<PolicyId, std::string>{});
    if (!polChanged && oldIni && !extensionsChanged && !cmtxChanged)
        return merged; // nothing to do: leave the files and the version alone

    struct Step
    {
        fs::path path;
        std::optional<Bytes> before;
        Bytes after;
    };
    std::vector<Step> steps;
    if (polChanged)
        steps.push_back({polPath, oldPol, newPol});
    if (cmtxChanged)
        steps.push_back({cmtxPath, oldCmtx, *newCmtx});
    if (polChanged || extensionsChanged || !oldIni) {
        ini.incrementMachineVersion();
        steps.push_back({iniPath, oldIni, ini.serialize()}); // last: it announces the new version
    }

    const bool dirExisted = m_fs.isDirectory(m_dir);
    const bool machineExisted = m_fs.isDirectory(machineDir);
    std::size_t done = 0;
    try {
        if (!machineExisted)
            m_fs.createDirectory(machineDir);
        for (; done < steps.size(); ++done)
            m_fs.writeAtomic(steps[done].path, steps[done].after);
    } catch (...) {
        // put back what was written; if even that fails, the first error is the one to report
        while (done-- > 0) {
            try {
                if (steps[done].before)
                    m_fs.writeAtomic(steps[done].path, *steps[done].before);
                else
                    m_fs.removeAll(steps[done].path);
            } catch (const Error&) {
            }
        }
        if (!dirExisted)
            m_fs.removeAll(m_dir);
        else if (!machineExisted)
            m_fs.removeAll(machineDir);
        throw;
    }
    return merged;
}

} // namespace ra
