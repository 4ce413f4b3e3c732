#pragma once
/**
 * @file GptIni.h
 * gpt.ini of a Group Policy object folder (the local GPO in %WINDIR%\System32\GroupPolicy, or
 * a GPO in SYSVOL): read, change the version and client-side extension list, write back with
 * every other line untouched.
 */
#include "core/FileSystem.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ra {

class GptIni
{
public:
    /// The Registry (Administrative Templates) client-side extension and its snap-in tool GUID.
    static constexpr std::string_view registryExtension = "{35378EAC-683F-11D2-A89A-00C04FBBCFA2}";
    static constexpr std::string_view registryTool = "{D02B1F72-3407-48AE-BA88-E8213C6761F1}";

    /// A new gpt.ini: [General] with gPCFunctionalityVersion=2 and Version=0.
    GptIni();

    /// Parses gpt.ini text (ANSI/UTF-8, or UTF-16LE with BOM, LF or CRLF). Errors name the
    /// file and line: a line that is neither a [section], key=value, a comment nor blank.
    static GptIni parse(const Bytes& data, const std::string& file = {});
    /// The file image, in the encoding and line ending it was read with (new: ASCII, CRLF).
    Bytes serialize() const;

    /// A value by section and key (both case-insensitive).
    std::optional<std::string> value(std::string_view section, std::string_view key) const;
    /// Sets a value in place, or appends it to its section (created at the end if missing).
    void setValue(std::string_view section, std::string_view key, std::string_view value);

    /// [General] Version (0 when absent). MS-GPOL §2.2.4: the low 16 bits are the computer
    /// (machine) version, the high 16 bits the user version.
    std::uint32_t version() const;
    std::uint16_t machineVersion() const { return static_cast<std::uint16_t>(version() & 0xFFFF); }
    std::uint16_t userVersion() const { return static_cast<std::uint16_t>(version() >> 16); }
    /// A computer-side change: machine version + 1 (65535 wraps to 1, never to 0 = "empty"),
    /// user version kept. Throws ra::Error when Version is not a number.
    void incrementMachineVersion();

    /// Ensures gPCMachineExtensionNames holds [@p cse … @p tool …]: other groups and tools are
    /// kept, groups and the tools inside a group are sorted by GUID as GPMC writes them.
    void addMachineExtension(std::string_view cse, std::string_view tool);

    /**
     * The extension list @p list ("[{cse}{tool}][{cse}{tool}{tool}]", may be empty) with the
     * pair added and everything sorted. Throws ra::Error when @p list is not in that form.
     */
    static std::string withExtension(std::string_view list, std::string_view cse, std::string_view tool);

private:
    struct Line
    {
        std::string text;    ///< the line without its line break
        std::string section; ///< the section it is in (lower case), "" before the first
        std::string key;     ///< lower-case key for key=value lines, else empty
    };
    std::vector<Line> m_lines;
    std::string m_newline = "\r\n";
    bool m_utf16 = false;
    bool m_finalNewline = true;
    std::string m_file;
};

} // namespace ra
