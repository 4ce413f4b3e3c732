#pragma once
/**
 * @file RegFile.h
 * Registry Editor export files (.reg, "Windows Registry Editor Version 5.00"): reading, writing and
 * conversion to and from Group Policy registry entries.
 */
#include "core/FileSystem.h"
#include "core/Note.h"
#include "core/RegistryEntry.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ra {

/**
 * The content of a .reg file: key blocks in file order, each with its values.
 *
 * Written as regedit writes it: UTF-16LE with a byte order mark, CRLF line ends, the header line,
 * a blank line before every key; `"name"="text"` for REG_SZ, `dword:0000000a` for REG_DWORD,
 * `hex(2):` (REG_EXPAND_SZ), `hex(7):` (REG_MULTI_SZ), `hex(b):` (REG_QWORD), `hex:` (REG_BINARY)
 * and `hex(N):` for any other type, as comma-separated bytes wrapped with `\` after about 80
 * columns; `"name"=-` deletes a value and `[-key]` deletes a key. `\` and `"` in names and text are
 * escaped with a backslash.
 *
 * Read: the same, plus UTF-8 files (with or without BOM), LF line ends, `;` comments and the older
 * "REGEDIT4" header. Every error names the file and the line.
 */
class RegFile
{
public:
    /// One value line. An empty name is the key's default value (`@`).
    struct Value
    {
        std::string name;
        bool remove = false; ///< `"name"=-`
        RegType type = RegType::Sz;
        Bytes data;          ///< raw registry data (REG_SZ: UTF-16LE with its terminator)
        bool operator==(const Value&) const = default;
    };
    /// One `[key]` block; @c path includes the hive ("HKEY_LOCAL_MACHINE\Software\…").
    struct Key
    {
        std::string path;
        bool remove = false; ///< `[-key]`: delete the key with its subkeys
        std::vector<Value> values;
        bool operator==(const Key&) const = default;
    };

    static constexpr std::string_view header = "Windows Registry Editor Version 5.00";
    static constexpr std::string_view machineHive = "HKEY_LOCAL_MACHINE";

    std::vector<Key> keys;

    /// Parses a .reg file; throws ra::Error naming @p fileName and "line N".
    static RegFile parse(const Bytes& bytes, const std::string& fileName = {});
    static RegFile load(const std::filesystem::path& path, FileSystem& fs = FileSystem::real());

    /// The file as regedit writes it (UTF-16LE, BOM, CRLF).
    Bytes toBytes() const;
    /// The same text as UTF-8 (CRLF line ends), for previews.
    std::string toText() const;
    /// Writes the file atomically through @p fs.
    void save(const std::filesystem::path& path, FileSystem& fs = FileSystem::real()) const;

    /**
     * A .reg file that has the effect of registry.pol-style @p entries on HKEY_LOCAL_MACHINE:
     * values become value lines, `**del.X` becomes `"X"=-`, `**DeleteValues` one `=-` line per
     * name, `**delvals.` becomes `[-key]` followed by `[key]` (regedit cannot delete only the values
     * of a key; this also deletes its subkeys, which the helper-list key does not have),
     * `**DeleteKeys` becomes `[-key\sub]`, `**soft.X` is written as an ordinary value and
     * `**SecureKey` is left out. Blocks follow the order in which keys first appear.
     */
    static RegFile fromEntries(const std::vector<RegistryEntry>& entries);

    /**
     * The registry.pol-style entries of the HKEY_LOCAL_MACHINE blocks (keys without the hive):
     * a value line is an entry, `"X"=-` becomes `**del.X`, `[-key]` becomes `**delvals.` on that
     * key. Blocks of other hives are skipped; @p notes (if given) receives one note for each:
     * code "reg-key-skipped", args: the key line as written ("[HKEY_CURRENT_USER\\Software\\X]"),
     * message "[…] is not under HKEY_LOCAL_MACHINE and was skipped".
     */
    std::vector<RegistryEntry> toEntries(std::vector<Note>* notes = nullptr) const;

    bool operator==(const RegFile&) const = default;
};

} // namespace ra
