#pragma once
/**
 * @file RegistryEntry.h
 * One registry value (or Group Policy control entry) as registry.pol stores it.
 */
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ra {

/// The registry value types of WinNT.h that registry.pol can carry.
enum class RegType : std::uint32_t {
    None = 0,
    Sz = 1,
    ExpandSz = 2,
    Binary = 3,
    Dword = 4,
    DwordBigEndian = 5,
    Link = 6,
    MultiSz = 7,
    Qword = 11,
};

/// "REG_SZ" etc.; "REG_<n>" for a number that is not a known type.
std::string regTypeName(RegType type);

/**
 * A registry value under a key, in the shape of a registry.pol entry: key path (no hive),
 * value name, type and the raw data bytes exactly as stored (REG_SZ data includes its UTF-16
 * terminator). Names are UTF-8 here and UTF-16LE on disk.
 *
 * Group Policy control codes (`**del.X`, `**delvals.`, …) are entries whose value name starts
 * with `**`; see controlCode().
 */
struct RegistryEntry
{
    std::string key;
    std::string valueName;
    RegType type = RegType::None;
    std::vector<std::uint8_t> data;

    static RegistryEntry dword(std::string key, std::string name, std::uint32_t value);
    static RegistryEntry qword(std::string key, std::string name, std::uint64_t value);
    /// REG_SZ (or REG_EXPAND_SZ with @p type) with UTF-16LE data and its terminating NUL.
    static RegistryEntry string(std::string key, std::string name, std::string_view value,
                                RegType type = RegType::Sz);
    static RegistryEntry multiString(std::string key, std::string name,
                                     const std::vector<std::string>& values);
    /// A control entry as GPMC writes it: REG_SZ, data " \0" (4 bytes).
    static RegistryEntry control(std::string key, std::string name);

    /// The DWORD value (REG_DWORD little-endian, REG_DWORD_BIG_ENDIAN), if the data fits.
    std::optional<std::uint32_t> asDword() const;
    std::optional<std::uint64_t> asQword() const;
    /// The text of REG_SZ / REG_EXPAND_SZ data without the terminator; nullopt for other types
    /// or data that is not valid UTF-16.
    std::optional<std::string> asString() const;
    std::optional<std::vector<std::string>> asMultiString() const;

    /// True for `**…` names (Group Policy control codes).
    bool isControl() const;

    /// A short human-readable form of the data, e.g. `DWORD:1`, `SZ:text` (LGPO style).
    std::string describeData() const;

    bool operator==(const RegistryEntry&) const = default;
};

/// Kinds of Group Policy control codes in value names (matched case-insensitively).
enum class ControlCode {
    None,           ///< an ordinary value
    DeleteValue,    ///< `**del.<name>`: delete one value
    DeleteAllValues,///< `**delvals.`: delete every value of the key first
    DeleteValues,   ///< `**DeleteValues`: data lists value names separated by ';'
    DeleteKeys,     ///< `**DeleteKeys`: data lists subkeys separated by ';'
    SecureKey,      ///< `**SecureKey`: 1 = admins full/users read, 0 = inherit
    SoftValue,      ///< `**soft.<name>`: set only if absent
    Unknown,        ///< another `**` code: skipped by Windows
};

/// Classifies @p valueName; @p target receives the name after the code (`**del.X` → X).
ControlCode controlCode(std::string_view valueName, std::string* target = nullptr);

} // namespace ra
