#include "LgpoText.h"

#include "core/Error.h"
#include "core/TextCodec.h"

#include <charconv>
#include <cstdio>
#include <optional>

namespace ra {

namespace {

const Bytes kControlData = {0x20, 0x00, 0x00, 0x00};

/// UTF-16 units of @p data when it is exactly: text + one NUL (no embedded NUL).
std::optional<std::string> cleanString(const RegistryEntry& e)
{
    if (e.data.size() < 2 || e.data.size() % 2 != 0)
        return std::nullopt;
    std::u16string u;
    for (std::size_t i = 0; i < e.data.size(); i += 2)
        u.push_back(static_cast<char16_t>(e.data[i] | (e.data[i + 1] << 8)));
    if (u.back() != 0)
        return std::nullopt;
    u.pop_back();
    if (u.find(char16_t(0)) != std::u16string::npos)
        return std::nullopt;
    try {
        return text::toUtf8(u);
    } catch (const Error&) {
        return std::nullopt;
    }
}

std::string escape(std::string_view s)
{
    std::string out;
    for (char c : s) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

bool lineSafe(std::string_view s)
{
    return s.find_first_of("\r\n") == std::string_view::npos;
}

std::uint64_t littleEndian(const std::vector<std::uint8_t>& d)
{
    std::uint64_t v = 0;
    for (std::size_t i = d.size(); i-- > 0;)
        v = (v << 8) | d[i];
    return v;
}

/// The value-name and action lines for @p e, or nullopt when LGPO text cannot carry it exactly.
std::optional<std::pair<std::string, std::string>> lines(const RegistryEntry& e)
{
    std::string target;
    const ControlCode code = controlCode(e.valueName, &target);
    // the canonical control entries, spelled as GPMC and LGPO write them
    if (code == ControlCode::DeleteValue && e.valueName.starts_with("**del.") && e.type == RegType::Sz
        && e.data == kControlData && !target.empty())
        return std::make_pair(target, std::string("DELETE"));
    if (code == ControlCode::DeleteAllValues && e.valueName == "**delvals." && e.type == RegType::Sz
        && e.data == kControlData)
        return std::make_pair(std::string("*"), std::string("DELETEALLVALUES"));
    if (code == ControlCode::DeleteKeys && e.valueName == "**DeleteKeys" && e.type == RegType::Sz) {
        if (auto list = cleanString(e); list && !list->empty() && lineSafe(*list))
            return std::make_pair(*list, std::string("DELETEKEYS"));
    }
    if (e.valueName.empty() && e.type == RegType::None && e.data.empty())
        return std::make_pair(std::string("*"), std::string("CREATEKEY"));

    std::string name = e.valueName.empty() ? std::string("(Default)") : e.valueName;
    if (text::iequals(name, "(Default)") != e.valueName.empty())
        return std::nullopt; // would read back as something else
    switch (e.type) {
    case RegType::Dword:
        if (e.data.size() == 4)
            return std::make_pair(name, "DWORD:" + std::to_string(littleEndian(e.data)));
        break;
    case RegType::Qword:
        if (e.data.size() == 8)
            return std::make_pair(name, "QWORD:" + std::to_string(littleEndian(e.data)));
        break;
    case RegType::Sz:
    case RegType::ExpandSz:
        if (auto s = cleanString(e))
            return std::make_pair(name, (e.type == RegType::Sz ? "SZ:" : "EXSZ:") + escape(*s));
        break;
    case RegType::MultiSz: {
        const auto list = e.asMultiString();
        if (!list)
            break;
        std::string joined;
        for (std::size_t i = 0; i < list->size(); ++i) {
            if ((*list)[i].empty())
                return std::nullopt;
            joined += (i ? "\\0" : "") + escape((*list)[i]);
        }
        if (RegistryEntry::multiString(e.key, e.valueName, *list).data != e.data)
            break;
        return std::make_pair(name, "MULTISZ:" + joined);
    }
    case RegType::Binary: {
        static const char* hex = "0123456789abcdef";
        std::string out = "BINARY:";
        for (std::size_t i = 0; i < e.data.size(); ++i) {
            if (i)
                out += ',';
            out += hex[e.data[i] >> 4];
            out += hex[e.data[i] & 0xF];
        }
        return std::make_pair(name, out);
    }
    default:
        break;
    }
    return std::nullopt;
}

} // namespace

std::string LgpoText::render(const std::vector<RegistryEntry>& entries, std::string_view configuration,
                             std::vector<std::string>* skipped, std::string_view header)
{
    const std::string nl = "\r\n";
    std::string out;
    std::size_t start = 0;
    while (start < header.size()) {
        std::size_t end = header.find('\n', start);
        if (end == std::string_view::npos)
            end = header.size();
        out += "; " + std::string(text::trim(header.substr(start, end - start))) + nl;
        start = end + 1;
    }
    if (!header.empty())
        out += nl;
    for (const RegistryEntry& e : entries) {
        const auto l = lines(e);
        if (!l || !lineSafe(e.key) || !lineSafe(l->first) || e.key.empty()) {
            const std::string what = "[" + e.key + ";" + e.valueName + ";" + regTypeName(e.type) + ";"
                + std::to_string(e.data.size()) + "]";
            std::string printable;
            for (char c : what)
                printable += (c == '\r' || c == '\n') ? ' ' : c;
            out += "; not representable in LGPO text, left out: " + printable + nl + nl;
            if (skipped)
                skipped->push_back(printable);
            continue;
        }
        out += std::string(configuration) + nl + e.key + nl + l->first + nl + l->second + nl + nl;
    }
    return out;
}

Bytes LgpoText::encode(std::string_view textData)
{
    bool ascii = true;
    for (char c : textData)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii)
        return Bytes(textData.begin(), textData.end());
    Bytes out = {0xFF, 0xFE};
    for (char16_t u : text::toUtf16(textData)) {
        out.push_back(static_cast<std::uint8_t>(u & 0xFF));
        out.push_back(static_cast<std::uint8_t>(u >> 8));
    }
    return out;
}

namespace {

std::string unescape(std::string_view s, bool multi, std::vector<std::string>* parts)
{
    std::string cur;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            const char n = s[i + 1];
            if (n == '\\') { cur += '\\'; ++i; continue; }
            if (n == 'r') { cur += '\r'; ++i; continue; }
            if (n == 'n') { cur += '\n'; ++i; continue; }
            if (multi && n == '0') {
                parts->push_back(cur);
                cur.clear();
                ++i;
                continue;
            }
        }
        cur += s[i]; // any other backslash is literal (EXSZ:%USERPROFILE%\Desktop)
    }
    if (multi)
        parts->push_back(cur);
    return cur;
}

template <typename T>
bool number(std::string_view s, T& out)
{
    int base = 10;
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s.remove_prefix(2);
    }
    if (s.empty())
        return false;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out, base);
    return ec == std::errc() && ptr == s.data() + s.size();
}

} // namespace

std::vector<LgpoText::Record> LgpoText::parse(std::string_view input, const std::string& file)
{
    std::vector<std::string> all;
    {
        std::size_t start = 0;
        if (input.substr(0, 3) == "\xEF\xBB\xBF")
            start = 3;
        while (start <= input.size()) {
            std::size_t end = input.find('\n', start);
            if (end == std::string_view::npos)
                end = input.size();
            std::string l(input.substr(start, end - start));
            if (!l.empty() && l.back() == '\r')
                l.pop_back();
            all.push_back(std::move(l));
            start = end + 1;
        }
    }
    auto fail = [&](std::size_t line, const char* code, std::vector<std::string> args, const std::string& why) {
        return Error(code, std::move(args), why, file, ErrorLocation::line(line));
    };
    std::vector<Record> records;
    std::size_t i = 0;
    while (i < all.size()) {
        const std::string& first = all[i];
        if (text::trim(first).empty() || first[0] == ';') {
            ++i;
            continue;
        }
        Record r;
        r.line = i + 1;
        // configuration
        if (first != text::trim(first))
            throw fail(i + 1, "lgpo.config-space", {first},
                       "the configuration line \"" + first + "\" has leading or trailing white space");
        if (!(text::iequals(first, "Computer") || text::iequals(first, "User") || text::istartsWith(first, "User:")))
            throw fail(i + 1, "lgpo.config-line", {first},
                       "expected a configuration line (Computer, User or User:<name>), found \"" + first + "\"");
        if (text::istartsWith(first, "User:") && first.size() == 5)
            throw fail(i + 1, "lgpo.user-name", {}, "the configuration \"User:\" needs an account name");
        r.configuration = first;
        const char* names[] = {"registry key", "value name", "action"};
        for (int k = 0; k < 3; ++k) {
            const std::size_t at = i + 1 + static_cast<std::size_t>(k);
            if (at >= all.size() || all[at].empty() || all[at][0] == ';')
                throw fail(at + 1, "lgpo.incomplete", {std::to_string(r.line), names[k]},
                           std::string("the entry that starts on line ") + std::to_string(r.line)
                               + " is incomplete: expected its " + names[k] + " line");
        }
        const std::string& key = all[i + 1];
        const std::string& name = all[i + 2];
        const std::string& action = all[i + 3];
        const std::size_t actionLine = i + 4;
        RegistryEntry& e = r.entry;
        e.key = key;
        e.valueName = text::iequals(name, "(Default)") ? std::string() : name;
        auto starts = [&](std::string_view p) { return text::istartsWith(action, p); };
        auto rest = [&](std::string_view p) { return std::string_view(action).substr(p.size()); };
        if (text::iequals(action, "DELETE")) {
            e = RegistryEntry::control(key, "**del." + name);
        } else if (text::iequals(action, "DELETEALLVALUES")) {
            e = RegistryEntry::control(key, "**delvals.");
        } else if (text::iequals(action, "DELETEKEYS")) {
            e = RegistryEntry::string(key, "**DeleteKeys", name);
        } else if (text::iequals(action, "CREATEKEY")) {
            e = RegistryEntry{key, "", RegType::None, {}};
        } else if (text::iequals(action, "CLEAR")) {
            throw fail(actionLine, "lgpo.clear", {}, "CLEAR only works with LGPO /t and has no registry.pol form");
        } else if (starts("DWORD:")) {
            std::uint32_t v = 0;
            if (!number(rest("DWORD:"), v))
                throw fail(actionLine, "lgpo.dword", {action},
                           "\"" + action + "\": expected DWORD:n with n a decimal or 0x-hex number up to 4294967295");
            e = RegistryEntry::dword(key, e.valueName, v);
        } else if (starts("QWORD:")) {
            std::uint64_t v = 0;
            if (!number(rest("QWORD:"), v))
                throw fail(actionLine, "lgpo.qword", {action},
                           "\"" + action + "\": expected QWORD:n with n a decimal or 0x-hex number");
            e = RegistryEntry::qword(key, e.valueName, v);
        } else if (starts("SZ:")) {
            e = RegistryEntry::string(key, e.valueName, unescape(rest("SZ:"), false, nullptr));
        } else if (starts("EXSZ:")) {
            e = RegistryEntry::string(key, e.valueName, unescape(rest("EXSZ:"), false, nullptr), RegType::ExpandSz);
        } else if (starts("MULTISZ:")) {
            std::vector<std::string> parts;
            const auto body = rest("MULTISZ:");
            if (!body.empty())
                unescape(body, true, &parts);
            e = RegistryEntry::multiString(key, e.valueName, parts);
        } else if (starts("BINARY:")) {
            const auto body = rest("BINARY:");
            RegistryEntry b{key, e.valueName, RegType::Binary, {}};
            std::size_t p = 0;
            while (p < body.size()) {
                std::uint32_t byte = 0;
                const auto comma = body.find(',', p);
                const auto item = body.substr(p, comma == std::string_view::npos ? std::string_view::npos : comma - p);
                const auto [ptr, ec] = std::from_chars(item.data(), item.data() + item.size(), byte, 16);
                if (item.size() != 2 || ec != std::errc() || ptr != item.data() + item.size())
                    throw fail(actionLine, "lgpo.binary-byte", {std::string(item)},
                               "\"" + std::string(item)
                                   + "\" in BINARY: expected two hex digits per byte, separated by commas");
                b.data.push_back(static_cast<std::uint8_t>(byte));
                if (comma == std::string_view::npos)
                    break;
                p = comma + 1;
                if (p == body.size())
                    throw fail(actionLine, "lgpo.binary-comma", {}, "BINARY: ends with a comma");
            }
            e = std::move(b);
        } else {
            throw fail(actionLine, "lgpo.unknown-action", {action},
                       "unknown action \"" + action
                           + "\": expected DELETE, DELETEALLVALUES, DELETEKEYS, CREATEKEY, DWORD:, QWORD:, SZ:, EXSZ:, "
                             "MULTISZ: or BINARY:");
        }
        if (key.empty())
            throw fail(i + 2, "lgpo.empty-key", {}, "the registry key line is empty");
        records.push_back(std::move(r));
        i += 4;
    }
    return records;
}

std::vector<LgpoText::Record> LgpoText::parse(const Bytes& data, const std::string& file)
{
    if (data.size() >= 2 && data[0] == 0xFF && data[1] == 0xFE) {
        if (data.size() % 2 != 0)
            throw Error("lgpo.odd-bytes", {}, "UTF-16 text with an odd number of bytes", file);
        std::u16string u;
        for (std::size_t i = 2; i + 1 < data.size(); i += 2)
            u.push_back(static_cast<char16_t>(data[i] | (data[i + 1] << 8)));
        std::string s;
        try {
            s = text::toUtf8(u);
        } catch (const Error& e) {
            throw Error("lgpo.bad-utf16", {}, "not valid UTF-16 text (" + e.reason() + ")", file).causedBy(e);
        }
        return parse(std::string_view(s), file);
    }
    const std::string s(data.begin(), data.end());
    if (!text::isValidUtf8(s))
        throw Error("lgpo.bad-utf8", {}, "not valid UTF-8 text; save the file as Unicode (UTF-16 with BOM) or UTF-8", file);
    return parse(std::string_view(s), file);
}

std::vector<RegistryEntry> LgpoText::entries(const std::vector<Record>& records)
{
    std::vector<RegistryEntry> out;
    out.reserve(records.size());
    for (const auto& r : records)
        out.push_back(r.entry);
    return out;
}

} // namespace ra
