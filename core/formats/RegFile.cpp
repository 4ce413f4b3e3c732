#include "RegFile.h"

#include "core/Error.h"
#include "core/TextCodec.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace ra {

namespace {

constexpr std::size_t kWrapColumn = 80;

std::string escape(std::string_view s)
{
    std::string out;
    out.reserve(s.size() + 2);
    for (char c : s) {
        if (c == '\\' || c == '"')
            out += '\\';
        out += c;
    }
    return out;
}

std::string hexByte(std::uint8_t b)
{
    static const char* digits = "0123456789abcdef";
    return {digits[b >> 4], digits[b & 0xF]};
}

// REG_SZ data that regedit can show as "text": UTF-16 ending in exactly one NUL, no NUL, CR or LF
// inside (anything else is written as hex(1): so that it survives the round trip).
bool printableString(const RegFile::Value& v, std::string& out)
{
    if (v.type != RegType::Sz || v.data.size() < 2 || v.data.size() % 2 != 0)
        return false;
    const std::size_t n = v.data.size() / 2;
    std::u16string units;
    for (std::size_t i = 0; i < n; ++i)
        units.push_back(static_cast<char16_t>(v.data[2 * i] | (v.data[2 * i + 1] << 8)));
    if (units.back() != u'\0')
        return false;
    units.pop_back();
    if (units.find_first_of(u"\0\r\n", 0, 3) != std::u16string::npos)
        return false;
    try {
        out = text::toUtf8(units);
    } catch (const Error&) {
        return false;
    }
    return true;
}

// `prefix` followed by comma-separated bytes, wrapped as regedit wraps them: a line never goes past
// 80 columns including the trailing backslash; continuation lines are indented by two spaces.
std::string hexLine(const std::string& prefix, const Bytes& data)
{
    std::string out = prefix;
    std::size_t column = prefix.size();
    for (std::size_t i = 0; i < data.size(); ++i) {
        std::string token = hexByte(data[i]);
        if (i + 1 != data.size())
            token += ',';
        if (column + token.size() + 1 > kWrapColumn) {
            out += "\\\r\n  ";
            column = 2;
        }
        out += token;
        column += token.size();
    }
    return out;
}

std::string valueLine(const RegFile::Value& v)
{
    std::string line = v.name.empty() ? std::string("@=") : "\"" + escape(v.name) + "\"=";
    if (v.remove)
        return line + "-";
    std::string textValue;
    if (printableString(v, textValue))
        return line + "\"" + escape(textValue) + "\"";
    if (v.type == RegType::Dword && v.data.size() == 4) {
        char buf[16];
        const std::uint32_t d = std::uint32_t(v.data[0]) | std::uint32_t(v.data[1]) << 8
            | std::uint32_t(v.data[2]) << 16 | std::uint32_t(v.data[3]) << 24;
        std::snprintf(buf, sizeof buf, "dword:%08x", d);
        return line + buf;
    }
    if (v.type == RegType::Binary)
        return hexLine(line + "hex:", v.data);
    char buf[24];
    std::snprintf(buf, sizeof buf, "hex(%x):", static_cast<unsigned>(v.type));
    return hexLine(line + buf, v.data);
}

// ---- reading ----------------------------------------------------------------------------------

std::string decode(const Bytes& bytes, const std::string& fileName)
{
    if (bytes.size() >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) {
        if (bytes.size() % 2 != 0)
            throw Error("reg.odd-bytes", {}, "odd number of bytes in a UTF-16LE file", fileName,
                        ErrorLocation::offset(bytes.size() - 1));
        std::u16string units;
        units.reserve(bytes.size() / 2);
        for (std::size_t i = 2; i < bytes.size(); i += 2)
            units.push_back(static_cast<char16_t>(bytes[i] | (bytes[i + 1] << 8)));
        try {
            return text::toUtf8(units);
        } catch (const Error& e) {
            throw Error("reg.bad-utf16", {}, "not valid UTF-16LE text: " + e.reason(), fileName).causedBy(e);
        }
    }
    if (bytes.size() >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        throw Error("reg.big-endian", {},
                    "UTF-16 big-endian files are not supported; save the file as UTF-16LE (regedit's format)", fileName);
    std::string s(bytes.begin(), bytes.end());
    if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0)
        s.erase(0, 3);
    if (!text::isValidUtf8(s))
        throw Error("reg.encoding", {}, "not UTF-16LE with a byte order mark (as regedit writes) and not valid UTF-8 either",
                    fileName);
    return s;
}

struct Line
{
    std::string text;
    int number = 0;
};

[[noreturn]] void failAt(const std::string& fileName, int line, const char* code, std::vector<std::string> args,
                         const std::string& reason)
{
    throw Error(code, std::move(args), reason, fileName, ErrorLocation::line(static_cast<std::uint64_t>(line)));
}

// Splits the text into logical lines: CRLF or LF ends, a trailing backslash continues a hex value
// on the next line (its leading blanks are dropped).
std::vector<Line> logicalLines(const std::string& text)
{
    std::vector<Line> out;
    std::size_t pos = 0;
    int number = 0;
    bool continuing = false;
    while (pos <= text.size()) {
        auto nl = text.find('\n', pos);
        if (nl == std::string::npos)
            nl = text.size();
        std::string line = text.substr(pos, nl - pos);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        ++number;
        pos = nl + 1;
        if (continuing) {
            out.back().text += std::string(text::trim(line));
        } else {
            out.push_back({line, number});
        }
        std::string_view t = text::trim(out.back().text);
        continuing = !t.empty() && t.back() == '\\' && t.find('=') != std::string_view::npos
            && t.front() != '[';
        if (continuing) {
            std::string& s = out.back().text;
            s = std::string(text::trim(s));
            s.pop_back();
        }
        if (nl == text.size())
            break;
    }
    return out;
}

// Reads a quoted string starting at s[pos] == '"'; pos ends after the closing quote.
std::string quoted(std::string_view s, std::size_t& pos, const std::string& fileName, int line)
{
    std::string out;
    ++pos;
    while (pos < s.size()) {
        const char c = s[pos++];
        if (c == '"')
            return out;
        if (c == '\\') {
            if (pos >= s.size())
                failAt(fileName, line, "reg.escape-at-end", {}, "a backslash at the end of the line inside a quoted string");
            const char next = s[pos++];
            if (next != '\\' && next != '"')
                failAt(fileName, line, "reg.unknown-escape", {std::string(1, next)},
                       std::string("unknown escape \\") + next + " in a quoted string (only \\\\ and \\\" are allowed)");
            out += next;
            continue;
        }
        out += c;
    }
    failAt(fileName, line, "reg.unclosed-string", {}, "a quoted string is not closed (missing \")");
}

Bytes parseHexBytes(std::string_view s, const std::string& fileName, int line)
{
    Bytes out;
    std::size_t pos = 0;
    auto skipBlanks = [&] {
        while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t'))
            ++pos;
    };
    skipBlanks();
    if (pos == s.size())
        return out;
    for (;;) {
        skipBlanks();
        std::size_t start = pos;
        while (pos < s.size() && std::isxdigit(static_cast<unsigned char>(s[pos])))
            ++pos;
        if (pos - start != 2 && pos - start != 1)
            failAt(fileName, line, "reg.hex-byte", {std::to_string(start + 1), std::string(s.substr(start, 8))},
                   "expected a byte as two hex digits at column " + std::to_string(start + 1) + ", found \""
                       + std::string(s.substr(start, 8)) + "\"");
        out.push_back(static_cast<std::uint8_t>(std::stoul(std::string(s.substr(start, pos - start)), nullptr, 16)));
        skipBlanks();
        if (pos == s.size())
            return out;
        if (s[pos] != ',')
            failAt(fileName, line, "reg.hex-comma", {std::to_string(pos + 1)},
                   "expected ',' between hex bytes at column " + std::to_string(pos + 1));
        ++pos;
        skipBlanks();
        if (pos == s.size())
            return out; // a trailing comma is tolerated
    }
}

RegFile::Value parseValue(std::string_view s, const std::string& fileName, int line)
{
    RegFile::Value v;
    std::size_t pos = 0;
    if (s[0] == '@') {
        pos = 1;
    } else {
        v.name = quoted(s, pos, fileName, line);
        if (v.name.empty())
            failAt(fileName, line, "reg.empty-value-name", {}, "an empty value name; the default value is written @=");
    }
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t'))
        ++pos;
    if (pos >= s.size() || s[pos] != '=')
        failAt(fileName, line, "reg.expected-equals", {}, "expected '=' after the value name");
    ++pos;
    std::string_view rest = text::trim(s.substr(pos));
    if (rest == "-") {
        v.remove = true;
        v.type = RegType::None;
        return v;
    }
    if (!rest.empty() && rest[0] == '"') {
        std::size_t p = 0;
        const std::string str = quoted(rest, p, fileName, line);
        if (!text::trim(rest.substr(p)).empty())
            failAt(fileName, line, "reg.after-string", {}, "unexpected text after the closing quote");
        v.type = RegType::Sz;
        v.data = RegistryEntry::string({}, {}, str).data;
        return v;
    }
    if (text::istartsWith(rest, "dword:")) {
        const std::string_view digits = text::trim(rest.substr(6));
        if (digits.empty() || digits.size() > 8
            || !std::all_of(digits.begin(), digits.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }))
            failAt(fileName, line, "reg.dword", {std::string(digits)},
                   "dword: must be followed by 1 to 8 hex digits, found \"" + std::string(digits) + "\"");
        v.type = RegType::Dword;
        v.data = RegistryEntry::dword({}, {}, static_cast<std::uint32_t>(std::stoul(std::string(digits), nullptr, 16))).data;
        return v;
    }
    if (text::istartsWith(rest, "hex:")) {
        v.type = RegType::Binary;
        v.data = parseHexBytes(rest.substr(4), fileName, line);
        return v;
    }
    if (text::istartsWith(rest, "hex(")) {
        const auto close = rest.find("):");
        const std::string_view num = rest.substr(4, close == std::string_view::npos ? 0 : close - 4);
        if (close == std::string_view::npos || num.empty() || num.size() > 8
            || !std::all_of(num.begin(), num.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }))
            failAt(fileName, line, "reg.hex-type", {}, "expected hex(<type in hex>): such as hex(2): or hex(7):");
        v.type = static_cast<RegType>(std::stoul(std::string(num), nullptr, 16));
        v.data = parseHexBytes(rest.substr(close + 2), fileName, line);
        return v;
    }
    failAt(fileName, line, "reg.value-format", {std::string(rest.substr(0, 20))},
           "unknown value format \"" + std::string(rest.substr(0, 20))
               + "\"; expected \"text\", dword:, hex:, hex(N): or -");
}

bool isMachinePath(std::string_view path, std::string* rest)
{
    for (std::string_view hive : {std::string_view("HKEY_LOCAL_MACHINE\\"), std::string_view("HKLM\\")}) {
        if (text::istartsWith(path, hive)) {
            if (rest)
                *rest = std::string(path.substr(hive.size()));
            return true;
        }
    }
    return false;
}

} // namespace

RegFile RegFile::parse(const Bytes& bytes, const std::string& fileName)
{
    const std::string text = decode(bytes, fileName);
    const auto lines = logicalLines(text);
    RegFile file;
    bool headerSeen = false;
    for (const Line& l : lines) {
        const std::string_view t = text::trim(l.text);
        if (t.empty() || t[0] == ';')
            continue;
        if (!headerSeen) {
            if (t != header && t != "REGEDIT4")
                failAt(fileName, l.number, "reg.header", {std::string(header), std::string(t.substr(0, 60))},
                       "expected the header \"" + std::string(header) + "\", found \"" + std::string(t.substr(0, 60))
                           + "\"");
            headerSeen = true;
            continue;
        }
        if (t[0] == '[') {
            if (t.back() != ']')
                failAt(fileName, l.number, "reg.key-bracket", {}, "a key line must end with ']'");
            Key k;
            std::string_view path = t.substr(1, t.size() - 2);
            if (!path.empty() && path[0] == '-') {
                k.remove = true;
                path.remove_prefix(1);
            }
            path = text::trim(path);
            if (path.empty())
                failAt(fileName, l.number, "reg.empty-key", {}, "empty key name");
            if (path.find('\\') == std::string_view::npos && !text::istartsWith(path, "HKEY_"))
                failAt(fileName, l.number, "reg.no-hive", {std::string(path)},
                       "the key \"" + std::string(path) + "\" does not start with a hive such as HKEY_LOCAL_MACHINE");
            k.path = std::string(path);
            while (!k.path.empty() && k.path.back() == '\\')
                k.path.pop_back();
            file.keys.push_back(std::move(k));
            continue;
        }
        if (t[0] == '"' || t[0] == '@') {
            if (file.keys.empty())
                failAt(fileName, l.number, "reg.value-before-key", {}, "a value before the first [key] line");
            if (file.keys.back().remove)
                failAt(fileName, l.number, "reg.value-under-delete", {}, "a value under a [-key] line, which deletes the key");
            file.keys.back().values.push_back(parseValue(t, fileName, l.number));
            continue;
        }
        failAt(fileName, l.number, "reg.unexpected-line", {std::string(t.substr(0, 40))},
               "expected [key], \"name\"=value, @=value or a ; comment, found \"" + std::string(t.substr(0, 40))
                   + "\"");
    }
    if (!headerSeen)
        throw Error("reg.empty", {std::string(header)}, "empty file: the header \"" + std::string(header) + "\" is missing",
                    fileName, ErrorLocation::line(1));
    return file;
}

RegFile RegFile::load(const std::filesystem::path& path, FileSystem& fs)
{
    return parse(fs.read(path), displayPath(path));
}

std::string RegFile::toText() const
{
    std::string out(header);
    out += "\r\n";
    for (const Key& k : keys) {
        out += "\r\n[";
        if (k.remove)
            out += '-';
        out += k.path + "]\r\n";
        for (const Value& v : k.values)
            out += valueLine(v) + "\r\n";
    }
    out += "\r\n";
    return out;
}

Bytes RegFile::toBytes() const
{
    Bytes out{0xFF, 0xFE};
    for (char16_t u : text::toUtf16(toText())) {
        out.push_back(static_cast<std::uint8_t>(u & 0xFF));
        out.push_back(static_cast<std::uint8_t>(u >> 8));
    }
    return out;
}

void RegFile::save(const std::filesystem::path& path, FileSystem& fs) const
{
    fs.writeAtomic(path, toBytes());
}

RegFile RegFile::fromEntries(const std::vector<RegistryEntry>& entries)
{
    struct Group
    {
        std::string key;
        bool deleteFirst = false;
        std::vector<Value> values;
        std::vector<std::string> deletedSubkeys;
    };
    std::vector<Group> groups;
    auto group = [&](const std::string& key) -> Group& {
        for (auto& g : groups)
            if (text::iequals(g.key, key))
                return g;
        groups.push_back({key, false, {}, {}});
        return groups.back();
    };
    auto put = [](Group& g, Value v) {
        for (auto& old : g.values) {
            if (text::iequals(old.name, v.name)) {
                old = std::move(v);
                return;
            }
        }
        g.values.push_back(std::move(v));
    };
    auto split = [](const RegistryEntry& e) {
        std::vector<std::string> out;
        const std::string s = e.asString().value_or(std::string());
        std::size_t start = 0;
        while (start <= s.size()) {
            auto semi = s.find(';', start);
            if (semi == std::string::npos)
                semi = s.size();
            auto item = std::string(text::trim(std::string_view(s).substr(start, semi - start)));
            if (!item.empty())
                out.push_back(item);
            start = semi + 1;
        }
        return out;
    };

    for (const RegistryEntry& e : entries) {
        std::string target;
        Group& g = group(e.key);
        switch (controlCode(e.valueName, &target)) {
        case ControlCode::None:
            put(g, Value{e.valueName, false, e.type, e.data});
            break;
        case ControlCode::SoftValue:
            put(g, Value{target, false, e.type, e.data});
            break;
        case ControlCode::DeleteValue:
            put(g, Value{target, true, RegType::None, {}});
            break;
        case ControlCode::DeleteValues:
            for (const auto& name : split(e))
                put(g, Value{name, true, RegType::None, {}});
            break;
        case ControlCode::DeleteAllValues:
            g.deleteFirst = true;
            g.values.clear();
            break;
        case ControlCode::DeleteKeys:
            for (const auto& sub : split(e))
                g.deletedSubkeys.push_back(sub);
            break;
        case ControlCode::SecureKey:
        case ControlCode::Unknown:
            break;
        }
    }

    RegFile file;
    const std::string hive = std::string(machineHive) + "\\";
    for (auto& g : groups) {
        for (const auto& sub : g.deletedSubkeys)
            file.keys.push_back({hive + g.key + "\\" + sub, true, {}});
        if (g.deleteFirst)
            file.keys.push_back({hive + g.key, true, {}});
        if (g.deleteFirst || !g.values.empty())
            file.keys.push_back({hive + g.key, false, std::move(g.values)});
    }
    return file;
}

std::vector<RegistryEntry> RegFile::toEntries(std::vector<Note>* notes) const
{
    std::vector<RegistryEntry> out;
    for (const Key& k : keys) {
        std::string key;
        if (!isMachinePath(k.path, &key)) {
            if (notes) {
                const std::string line = "[" + std::string(k.remove ? "-" : "") + k.path + "]";
                notes->push_back({"reg-key-skipped", {line}, line + " is not under HKEY_LOCAL_MACHINE and was skipped"});
            }
            continue;
        }
        if (k.remove) {
            out.push_back(RegistryEntry::control(key, "**delvals."));
            continue;
        }
        for (const Value& v : k.values) {
            if (v.remove)
                out.push_back(RegistryEntry::control(key, "**del." + v.name));
            else
                out.push_back(RegistryEntry{key, v.name, v.type, v.data});
        }
    }
    return out;
}

} // namespace ra
