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
    const auto merged = PolMerge::merge(m_fs.exists(pol) ? RegistryPol::read(pol, m_fs) : std::vector<RegistryEntry>{}, changes);
    GptIni gpt = m_fs.exists(ini) ? GptIni::parse(m_fs.read(ini), displayPath(ini)) : GptIni();
    gpt.addMachineExtension(GptIni::registryExtension, GptIni::registryTool);
    gpt.incrementMachineVersion();
    const Bytes iniBytes = gpt.serialize();
    return {{PreviewItem::Kind::File, "Machine/" + displayPath(pol.filename()),
             LgpoText::render(merged.entries, "Computer", nullptr,
                              "Registry.pol shown as LGPO text; " + std::to_string(merged.foreignKept)
                                  + " entries of other policies kept")},
            {PreviewItem::Kind::File, displayPath(ini.filename()), std::string(iniBytes.begin(), iniBytes.end())}};
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
