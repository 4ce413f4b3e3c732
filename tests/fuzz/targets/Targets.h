#pragma once
/**
 * @file Targets.h
 * The bodies of the fuzz targets (one .cpp each in this folder); FuzzTarget.cpp lists them.
 * Each throws ra::Error for input the reader rejects, FuzzFinding for a broken property, and
 * returns a one-line summary of what it accepted.
 */
#include "../FuzzTarget.h"

#include "core/Error.h"

#include <string>

namespace ra::fuzz {

/// UTF-8 ⇄ UTF-16 conversion (core/TextCodec), used by every text format.
Outcome textCodec(std::span<const std::uint8_t> data);
/// registry.pol (core/formats/RegistryPol): parse, and serialize(parse(x)) == x.
Outcome registryPol(std::span<const std::uint8_t> data);
/// .reg (core/formats/RegFile): parse, write, parse again to the same content.
Outcome regFile(std::span<const std::uint8_t> data);
/// LGPO text (core/formats/LgpoText): parse, render the entries, parse again to the same entries.
Outcome lgpoText(std::span<const std::uint8_t> data);
/// The colleague profile (core/Profile ProfileFormat): read, write, read again to the same profile.
Outcome profile(std::span<const std::uint8_t> data);
/// SyncML (core/formats/SyncMl): read, render the configuration, read again to the same rendering.
Outcome syncMl(std::span<const std::uint8_t> data);
#ifdef RA_FUZZ_WITH_MODELS
/// The ADMX/ADML reader (models/AdmxReader): .adml when the text names policyDefinitionResources, else .admx.
Outcome admx(std::span<const std::uint8_t> data);
#endif

/// Runs @p step, which must not throw for data the reader produced itself: an ra::Error there
/// is a finding (the product cannot write back what it read).
template<typename Step>
auto mustSucceed(const char* what, Step&& step) -> decltype(step())
{
    try {
        return step();
    } catch (const ra::Error& e) {
        throw FuzzFinding(std::string(what) + " failed: " + e.what());
    }
}

} // namespace ra::fuzz
