#pragma once
/**
 * @file LgpoText.h
 * The "LGPO text" format of Microsoft's LGPO.exe (`LGPO.exe /parse` writes it, `/t` applies it,
 * `/r … /w` turns it into registry.pol), both ways.
 */
#include "core/FileSystem.h"
#include "core/RegistryEntry.h"

#include <string>
#include <string_view>
#include <vector>

namespace ra {

/**
 * LGPO text: records of four consecutive lines — configuration (`Computer`, `User`,
 * `User:<name>`), registry key, value name, action — separated by blank lines or `;` comments.
 *
 * Actions and their registry.pol entries:
 * | action            | entry                                                      |
 * |-------------------|------------------------------------------------------------|
 * | `DWORD:n`/`QWORD:n` | REG_DWORD / REG_QWORD (n decimal or 0x hex)              |
 * | `SZ:t`/`EXSZ:t`   | REG_SZ / REG_EXPAND_SZ with NUL; `\\`, `\r`, `\n` escapes  |
 * | `MULTISZ:a\0b`    | REG_MULTI_SZ                                               |
 * | `BINARY:00,ff`    | REG_BINARY                                                 |
 * | `DELETE`          | `**del.<name>` (REG_SZ " ", as GPMC writes it)             |
 * | `DELETEALLVALUES` | `**delvals.` (value name line `*`)                         |
 * | `DELETEKEYS`      | `**DeleteKeys`, data = the value name line (`a;b`)          |
 * | `CREATEKEY`       | a key-only entry: empty value name, REG_NONE, no data      |
 * The value name `(Default)` is the key's unnamed value.
 *
 * Rendering is lossless where the format allows: an entry that would not come back byte for
 * byte (say REG_DWORD_BIG_ENDIAN, a REG_SZ without terminator, `**SecureKey` is fine — it is a
 * plain DWORD named `**SecureKey`) is written as a comment and reported instead.
 */
class LgpoText
{
public:
    /// One record read from LGPO text.
    struct Record
    {
        std::string configuration; ///< as written: "Computer", "User", "User:Administrators"
        RegistryEntry entry;
        std::size_t line = 0;      ///< line of the configuration line (1-based)
    };

    /**
     * Renders @p entries for @p configuration. Entries that LGPO text cannot carry exactly
     * become `; not representable …` comments and their descriptions go to @p skipped.
     * @p header, when given, is written first as comment lines.
     */
    static std::string render(const std::vector<RegistryEntry>& entries, std::string_view configuration = "Computer",
                              std::vector<std::string>* skipped = nullptr, std::string_view header = {});

    /// The bytes to store: plain ASCII when the text is ASCII, else UTF-16LE with a BOM (LGPO
    /// reads "ANSI" or BOM-marked Unicode; UTF-8 would be misread).
    static Bytes encode(std::string_view text);

    /**
     * Parses LGPO text (UTF-8/ASCII, or UTF-16LE with BOM). Errors name the file and line and
     * say what was expected.
     */
    static std::vector<Record> parse(std::string_view text, const std::string& file = {});
    static std::vector<Record> parse(const Bytes& data, const std::string& file = {});

    /// The entries of the records, in order (configuration dropped, as `LGPO /r … /w` does).
    static std::vector<RegistryEntry> entries(const std::vector<Record>& records);
};

} // namespace ra
