#pragma once
/**
 * @file PolDump.h
 * Test helper: one registry.pol entry as a line in the form of the corpus' *.dump.txt files,
 * `[key;value;REG_TYPE;size;data]` (DWORD data as a decimal, string data as a Python-style
 * quoted string with its NUL shown as \x00).
 */
#include "core/FileSystem.h"
#include "core/RegistryEntry.h"

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace ra::test {

inline std::string quotedUnits(const std::vector<std::uint8_t>& data)
{
    std::u16string units;
    for (std::size_t i = 0; i + 1 < data.size(); i += 2)
        units.push_back(static_cast<char16_t>(data[i] | (data[i + 1] << 8)));
    std::string out = "'";
    for (char16_t u : units) {
        if (u == '\\') {
            out += "\\\\";
        } else if (u == '\'') {
            out += "\\'";
        } else if (u < 0x20 || u == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(u));
            out += buf;
        } else if (u < 0x80) {
            out += static_cast<char>(u);
        } else {
            out += "?"; // not needed by the corpus
        }
    }
    return out + "'";
}

inline std::string dumpLine(const RegistryEntry& e)
{
    std::string data;
    switch (e.type) {
    case RegType::Dword:
        data = e.asDword() ? std::to_string(*e.asDword()) : "?";
        break;
    case RegType::Sz:
    case RegType::ExpandSz:
    case RegType::MultiSz:
        data = quotedUnits(e.data);
        break;
    default:
        data = e.describeData();
    }
    return "[" + e.key + ";" + e.valueName + ";" + regTypeName(e.type) + ";" + std::to_string(e.data.size())
        + ";" + data + "]";
}

/// The entry lines of a corpus dump file (comment lines starting with '#' left out).
inline std::vector<std::string> dumpFileLines(const std::string& path)
{
    std::vector<std::string> out;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);)
        if (!line.empty() && line[0] != '#')
            out.push_back(line);
    return out;
}

} // namespace ra::test
