// The libFuzzer entry point of one fuzz target; RA_FUZZ_TARGET names it (see FuzzTarget.h).
#include "FuzzTarget.h"

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {
ra::fuzz::Body findBody()
{
    for (const auto& target : ra::fuzz::targets())
        if (target.name == std::string_view(RA_FUZZ_TARGET))
            return target.body;
    std::fprintf(stderr, "fuzz target %s is not compiled in\n", RA_FUZZ_TARGET);
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const ra::fuzz::Body body = findBody();
    // An ra::Error is a rejected input; a FuzzFinding or any other exception escapes, which
    // terminates the process and makes libFuzzer save the input as a crash.
    ra::fuzz::runGuarded(body, {data, size});
    return 0;
}
