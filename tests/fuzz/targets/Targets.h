#pragma once
/**
 * @file Targets.h
 * The bodies of the fuzz targets (one .cpp each in this folder); FuzzTarget.cpp lists them.
 * Each throws ra::Error for input the reader rejects, FuzzFinding for a broken property, and
 * returns a one-line summary of what it accepted.
 */
#include "../FuzzTarget.h"

namespace ra::fuzz {

/// UTF-8 ⇄ UTF-16 conversion (core/TextCodec), used by every text format.
Outcome textCodec(std::span<const std::uint8_t> data);

} // namespace ra::fuzz
