#include "Targets.h"

#include "core/formats/RegistryPol.h"

namespace ra::fuzz {

Outcome registryPol(std::span<const std::uint8_t> data)
{
    const Bytes file(data.begin(), data.end());
    const auto entries = RegistryPol::parse(file, "fuzz.pol");
    // RegistryPol.h promises: parse() followed by serialize() reproduces any well-formed file
    const Bytes back = mustSucceed("serialize(parse(file))", [&] { return RegistryPol::serialize(entries); });
    require(back == file, "serialize(parse(file)) is not byte-identical to the file");
    std::size_t controls = 0;
    for (const auto& e : entries)
        controls += e.isControl();
    return "accepted: " + std::to_string(entries.size()) + " entries, " + std::to_string(controls) + " control codes";
}

} // namespace ra::fuzz
