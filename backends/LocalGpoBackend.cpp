#include "LocalGpoBackend.h"

#include "core/formats/GptIni.h"
#include "core/formats/LgpoText.h"
#include "core/formats/PolMerge.h"
#include "core/formats/RegistryPol.h"

namespace ra {

LocalGpoBackend::LocalGpoBackend(std::filesystem::path dir, FileSystem& fs)
    : m_folder(std::move(dir), fs)
    , m_fs(fs)
{
}

std::vector<PreviewItem> LocalGpoBackend::preview(const ChangeSet& changes)
{
    const auto pol = m_folder.registryPolPath();
    const auto ini = m_folder.gptIniPath();
    const std::optional<Bytes> oldPol = m_fs.exists(pol) ? std::optional<Bytes>(m_fs.read(pol)) : std::nullopt;
    const bool polExists = oldPol.has_value();
    const std::vector<RegistryEntry> before = polExists ? RegistryPol::parse(*oldPol, displayPath(pol)) : std::vector<RegistryEntry>{};
    const auto merged = PolMerge::merge(before, changes);
    const std::optional<Bytes> oldIni = m_fs.exists(ini) ? std::optional<Bytes>(m_fs.read(ini)) : std::nullopt;
    GptIni gpt = oldIni ? GptIni::parse(*oldIni, displayPath(ini)) : GptIni();
    // as LocalGpoFolder::apply does it: a new version only when the policy changes
    const auto extensionsBefore = gpt.value("General", "gPCMachineExtensionNames");
    gpt.addMachineExtension(GptIni::registryExtension, GptIni::registryTool);
    const bool extensionsChanged = gpt.value("General", "gPCMachineExtensionNames") != extensionsBefore;
    const bool polChanged = !oldPol || *oldPol != RegistryPol::serialize(merged.entries);
    if (polChanged || extensionsChanged || !oldIni)
        gpt.incrementMachineVersion();
    const Bytes iniBytes = gpt.serialize();

    PreviewItem polItem = PreviewItem::file("Machine/" + displayPath(pol.filename()), LgpoText::render(merged.entries));
    polItem.caption = PreviewItem::polAsLgpo(displayPath(pol.filename()), merged.foreignKept);
    polItem.entries = merged.entries;
    if (polExists) {
        polItem.current = LgpoText::render(before);
        polItem.currentEntries = before;
    }
    PreviewItem iniItem = PreviewItem::file(displayPath(ini.filename()), std::string(iniBytes.begin(), iniBytes.end()));
    if (oldIni)
        iniItem.current = std::string(oldIni->begin(), oldIni->end());
    return {polItem, iniItem};
}

ApplyReport LocalGpoBackend::apply(const ChangeSet& changes, Progress* progress)
{
    ApplyReport report;
    if (progress)
        progress->report(ProgressStep::updating(displayPath(m_folder.dir())), 0, 1);
    const auto merged = m_folder.apply(changes);
    const std::string pol = displayPath(m_folder.registryPolPath());
    report.log.push_back({"updated-local-pol",
                          {pol, std::to_string(merged.oursWritten), std::to_string(merged.foreignKept)},
                          "Updated " + pol + ": " + std::to_string(merged.oursWritten) + " Remote Assistance entries, "
                              + std::to_string(merged.foreignKept) + " other entries kept"});
    const std::string gptIni = displayPath(m_folder.gptIniPath());
    report.log.push_back({"updated-gpt-ini", {gptIni},
                          "Updated " + gptIni + " (machine version and Registry extension)"});
    for (const Note& n : merged.notes)
        report.log.push_back({n.code, n.args, "Note: " + n.message});
    if (progress)
        progress->report(ProgressStep::done(), 1, 1);
    return report;
}

std::optional<GroupPolicyReadResult> LocalGpoBackend::current()
{
    return m_folder.read();
}

} // namespace ra
