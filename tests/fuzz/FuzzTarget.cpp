#include "FuzzTarget.h"

#include "targets/Targets.h"

#include "core/Error.h"

namespace ra::fuzz {

const std::vector<Target>& targets()
{
    static const std::vector<Target> all = {
        {"text-codec", &textCodec},
        {"registry-pol", &registryPol},
        {"reg", &regFile},
        {"lgpo-text", &lgpoText},
        {"profile", &profile},
        {"syncml", &syncMl},
#ifdef RA_FUZZ_WITH_MODELS
        {"admx", &admx},
#endif
    };
    return all;
}

Outcome runGuarded(Body body, std::span<const std::uint8_t> data)
{
    try {
        return body(data);
    } catch (const ra::Error& e) {
        return std::string("rejected: ") + e.what();
    }
}

} // namespace ra::fuzz
