#include "GptIni.h"

#include "core/Error.h"
#include "core/TextCodec.h"

#include <algorithm>
#include <charconv>

namespace ra {

GptIni::GptIni()
{
    m_lines = {{"[General]", "general", ""},
               {"gPCFunctionalityVersion=2", "general", "gpcfunctionalityversion"},
               {"Version=0", "general", "version"}};
}

GptIni GptIni::parse(const Bytes& data, const std::string& file)
{
    GptIni ini;
    ini.m_lines.clear();
    ini.m_file = file;
    std::string textData;
    if (data.size() >= 2 && data[0] == 0xFF && data[1] == 0xFE) {
        ini.m_utf16 = true;
        std::u16string u;
        for (std::size_t i = 2; i + 1 < data.size(); i += 2)
            u.push_back(static_cast<char16_t>(data[i] | (data[i + 1] << 8)));
        try {
            textData = text::toUtf8(u);
        } catch (const Error&) {
            throw Error("gptini.bad-utf16", {}, "not valid UTF-16 text", file);
        }
    } else {
        textData.assign(data.begin(), data.end());
        if (textData.find('\0') != std::string::npos)
            throw Error("gptini.nul", {}, "contains NUL bytes: expected text (ANSI, UTF-8 or UTF-16 with a byte order mark)",
                        file);
    }
    ini.m_newline = textData.find("\r\n") != std::string::npos || textData.empty() ? "\r\n" : "\n";
    ini.m_finalNewline = textData.empty() || textData.back() == '\n';

    std::string section;
    std::size_t lineNo = 0;
    std::size_t start = 0;
    while (start < textData.size()) {
        std::size_t end = textData.find('\n', start);
        if (end == std::string::npos)
            end = textData.size();
        std::string line = textData.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        start = end + 1;
        ++lineNo;
        const std::string_view t = text::trim(line);
        Line l{line, section, ""};
        if (t.empty() || t[0] == ';' || t[0] == '#') {
            // blank or comment
        } else if (t.front() == '[') {
            if (t.back() != ']')
                throw Error("gptini.section", {}, "expected ']' ending the section name", file, ErrorLocation::line(lineNo));
            section = text::toLowerAscii(text::trim(t.substr(1, t.size() - 2)));
            l.section = section;
        } else if (auto eq = t.find('='); eq != std::string_view::npos && eq > 0) {
            l.key = text::toLowerAscii(text::trim(t.substr(0, eq)));
        } else {
            throw Error("gptini.line", {}, "expected [section], key=value, a comment or a blank line", file,
                        ErrorLocation::line(lineNo));
        }
        ini.m_lines.push_back(std::move(l));
    }
    return ini;
}

Bytes GptIni::serialize() const
{
    std::string out;
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        out += m_lines[i].text;
        if (i + 1 < m_lines.size() || m_finalNewline)
            out += m_newline;
    }
    if (!m_utf16)
        return Bytes(out.begin(), out.end());
    Bytes b = {0xFF, 0xFE};
    for (char16_t u : text::toUtf16(out)) {
        b.push_back(static_cast<std::uint8_t>(u & 0xFF));
        b.push_back(static_cast<std::uint8_t>(u >> 8));
    }
    return b;
}

std::optional<std::string> GptIni::value(std::string_view section, std::string_view key) const
{
    const std::string s = text::toLowerAscii(section), k = text::toLowerAscii(key);
    for (const Line& l : m_lines) {
        if (l.section == s && l.key == k) {
            const auto eq = l.text.find('=');
            return std::string(text::trim(std::string_view(l.text).substr(eq + 1)));
        }
    }
    return std::nullopt;
}

void GptIni::setValue(std::string_view section, std::string_view key, std::string_view v)
{
    const std::string s = text::toLowerAscii(section), k = text::toLowerAscii(key);
    for (Line& l : m_lines) {
        if (l.section == s && l.key == k) {
            // keep the key's spelling
            const auto eq = l.text.find('=');
            l.text = std::string(text::trim(std::string_view(l.text).substr(0, eq))) + "=" + std::string(v);
            return;
        }
    }
    // append after the last non-blank line of the section
    std::optional<std::size_t> last;
    for (std::size_t i = 0; i < m_lines.size(); ++i)
        if (m_lines[i].section == s && !text::trim(m_lines[i].text).empty())
            last = i;
    Line line{std::string(key) + "=" + std::string(v), s, k};
    if (!last) {
        m_lines.push_back({"[" + std::string(section) + "]", s, ""});
        m_lines.push_back(std::move(line));
    } else {
        m_lines.insert(m_lines.begin() + static_cast<std::ptrdiff_t>(*last + 1), std::move(line));
    }
}

std::uint32_t GptIni::version() const
{
    const auto v = value("General", "Version");
    if (!v || v->empty())
        return 0;
    std::uint32_t n = 0;
    const auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
    if (ec != std::errc() || ptr != v->data() + v->size())
        throw Error("gptini.version", {*v}, "[General] Version is \"" + *v + "\": expected a number", m_file);
    return n;
}

void GptIni::incrementMachineVersion()
{
    const std::uint32_t v = version();
    std::uint32_t machine = (v & 0xFFFF) + 1;
    if (machine > 0xFFFF)
        machine = 1;
    setValue("General", "Version", std::to_string((v & 0xFFFF0000u) | machine));
}

void GptIni::addMachineExtension(std::string_view cse, std::string_view tool)
{
    const auto current = value("General", "gPCMachineExtensionNames").value_or("");
    try {
        setValue("General", "gPCMachineExtensionNames", withExtension(current, cse, tool));
    } catch (const Error& e) {
        throw e.withFile(m_file);
    }
}

namespace {
std::string upper(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return out;
}
bool lessGuid(const std::string& a, const std::string& b)
{
    return upper(a) < upper(b);
}
} // namespace

std::string GptIni::withExtension(std::string_view list, std::string_view cse, std::string_view tool)
{
    // groups of GUIDs: [{a}{b}{c}] …
    std::vector<std::vector<std::string>> groups;
    const std::string_view all = text::trim(list);
    std::size_t i = 0;
    auto bad = [&](const char* code, std::vector<std::string> args, const std::string& why) {
        args.insert(args.begin(), std::string(all));
        return Error(code, std::move(args),
                     "gPCMachineExtensionNames \"" + std::string(all) + "\" " + why
                         + ": expected groups like [{GUID}{GUID}]");
    };
    auto unexpected = [&](std::size_t at) {
        return bad("gptini.extensions-char", {std::string(1, all[at]), std::to_string(at)},
                   "has '" + std::string(1, all[at]) + "' at position " + std::to_string(at));
    };
    while (i < all.size()) {
        if (all[i] != '[')
            throw unexpected(i);
        const auto close = all.find(']', i);
        if (close == std::string_view::npos)
            throw bad("gptini.extensions-bracket", {}, "has an unclosed '['");
        std::vector<std::string> group;
        std::size_t j = i + 1;
        while (j < close) {
            if (all[j] != '{')
                throw unexpected(j);
            const auto end = all.find('}', j);
            if (end == std::string_view::npos || end > close)
                throw bad("gptini.extensions-brace", {}, "has an unclosed '{'");
            group.emplace_back(all.substr(j, end - j + 1));
            j = end + 1;
        }
        if (group.empty())
            throw bad("gptini.extensions-empty", {}, "has an empty group");
        groups.push_back(std::move(group));
        i = close + 1;
    }
    auto g = std::find_if(groups.begin(), groups.end(),
                          [&](const auto& grp) { return text::iequals(grp.front(), cse); });
    if (g == groups.end()) {
        groups.push_back({std::string(cse), std::string(tool)});
    } else if (std::none_of(g->begin() + 1, g->end(), [&](const std::string& t) { return text::iequals(t, tool); })) {
        g->push_back(std::string(tool));
    }
    for (auto& grp : groups)
        std::sort(grp.begin() + 1, grp.end(), lessGuid);
    std::sort(groups.begin(), groups.end(),
              [](const auto& a, const auto& b) { return lessGuid(a.front(), b.front()); });
    std::string out;
    for (const auto& grp : groups) {
        out += '[';
        for (const auto& guid : grp)
            out += guid;
        out += ']';
    }
    return out;
}

} // namespace ra
