#include "Targets.h"

#include "core/formats/SyncMl.h"

namespace ra::fuzz {

Outcome syncMl(std::span<const std::uint8_t> data)
{
    const std::string_view document(reinterpret_cast<const char*>(data.data()), data.size());
    const SyncMlReadResult result = SyncMl::read(document, "fuzz.xml");
    const std::string rendered = mustSucceed("render(read(document))", [&] { return SyncMl::render(result.configuration); });
    const SyncMlReadResult again = mustSucceed("read(render(configuration))", [&] { return SyncMl::read(rendered, "rendered.xml"); });
    // Disabled policies keep no options in SyncML; compare what SyncML can carry: the rendering
    require(SyncMl::render(again.configuration) == rendered, "render(read(render(c))) differs from render(c)");
    return "accepted: " + std::to_string(result.notes.size()) + " notes";
}

} // namespace ra::fuzz
