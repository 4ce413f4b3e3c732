#pragma once
/**
 * @file RegistryPol.h
 * The registry.pol ("PReg") file format: read and write, byte for byte.
 */
#include "core/FileSystem.h"
#include "core/RegistryEntry.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace ra {

/**
 * Reader and writer of Group Policy registry.pol files (MS-GPREG §2.2.1, the "Registry Policy
 * File Format"; byte layout in ../shared/corpus/FINDINGS.md §4).
 *
 * Layout: the signature `PReg` (50 52 65 67), version 1 as a little-endian uint32, then any
 * number of entries, each
 * `[` key NUL `;` value-name NUL `;` type(uint32) `;` size(uint32) `;` data(size bytes) `]`,
 * where the brackets, semicolons and names are UTF-16LE and there is no padding.
 *
 * Names are read up to their UTF-16 NUL (so a name may itself contain `;` or `]`), every value
 * type (REG_NONE … REG_QWORD and numbers Windows does not define) is kept as it is, and data is
 * kept as raw bytes. Control codes (`**del.`, `**delvals.`, `**DeleteValues`, `**DeleteKeys`,
 * `**SecureKey`, `**soft.`, in any letter case) are ordinary entries here; controlCode()
 * classifies them. Consequently parse() followed by serialize() reproduces any well-formed file
 * exactly.
 *
 * A malformed file is rejected as a whole: parse() throws ra::Error with the byte offset of the
 * problem and what was expected there, and never returns part of the entries.
 */
class RegistryPol
{
public:
    /// `PReg` read as a little-endian uint32.
    static constexpr std::uint32_t signature = 0x67655250;
    /// The only version Windows has defined.
    static constexpr std::uint32_t version = 1;
    /// Bytes of the header (signature + version); an empty registry.pol is exactly this long.
    static constexpr std::size_t headerSize = 8;

    /**
     * Parses a whole registry.pol image. @p fileName only labels errors.
     * @throws ra::Error at the offset of the first problem: a short or wrong header, a missing
     *         `[`, `;` or `]`, a name without its NUL, a size past the end of the file, a file
     *         that ends inside a UTF-16 character, or a name that is not valid UTF-16.
     */
    static std::vector<RegistryEntry> parse(const Bytes& data, const std::string& fileName = {});

    /**
     * The file image of @p entries.
     * @throws ra::Error when an entry cannot be stored: a key or value name containing NUL, or
     *         names/data that are not representable (data larger than 4 GiB).
     */
    static Bytes serialize(const std::vector<RegistryEntry>& entries);

    /// Reads and parses @p path; errors name the file.
    static std::vector<RegistryEntry> read(const std::filesystem::path& path,
                                           const FileSystem& fs = FileSystem::real());

    /// Serializes @p entries and writes them atomically to @p path (old or new content, never a
    /// part); errors name the file.
    static void write(const std::filesystem::path& path, const std::vector<RegistryEntry>& entries,
                      FileSystem& fs = FileSystem::real());
};

} // namespace ra
