#include "RegistryEntry.h"

#include "TextCodec.h"

namespace ra {

std::string regTypeName(RegType type)
{
    switch (type) {
    case RegType::None: return "REG_NONE";
    case RegType::Sz: return "REG_SZ";
    case RegType::ExpandSz: return "REG_EXPAND_SZ";
    case RegType::Binary: return "REG_BINARY";
    case RegType::Dword: return "REG_DWORD";
    case RegType::DwordBigEndian: return "REG_DWORD_BIG_ENDIAN";
    case RegType::Link: return "REG_LINK";
    case RegType::MultiSz: return "REG_MULTI_SZ";
    case RegType::Qword: return "REG_QWORD";
    }
    return "REG_" + std::to_string(static_cast<std::uint32_t>(type));
}

namespace {
void appendUtf16(std::vector<std::uint8_t>& out, std::string_view utf8)
{
    for (char16_t u : text::toUtf16(utf8)) {
        out.push_back(static_cast<std::uint8_t>(u & 0xFF));
        out.push_back(static_cast<std::uint8_t>(u >> 8));
    }
}
std::optional<std::u16string> utf16Units(const std::vector<std::uint8_t>& data)
{
    if (data.size() % 2 != 0)
        return std::nullopt;
    std::u16string s;
    s.reserve(data.size() / 2);
    for (std::size_t i = 0; i < data.size(); i += 2)
        s.push_back(static_cast<char16_t>(data[i] | (data[i + 1] << 8)));
    return s;
}
} // namespace

RegistryEntry RegistryEntry::dword(std::string key, std::string name, std::uint32_t value)
{
    RegistryEntry e{std::move(key), std::move(name), RegType::Dword, {}};
    for (int i = 0; i < 4; ++i)
        e.data.push_back(static_cast<std::uint8_t>((value >> (8 * i)) & 0xFF));
    return e;
}

RegistryEntry RegistryEntry::qword(std::string key, std::string name, std::uint64_t value)
{
    RegistryEntry e{std::move(key), std::move(name), RegType::Qword, {}};
    for (int i = 0; i < 8; ++i)
        e.data.push_back(static_cast<std::uint8_t>((value >> (8 * i)) & 0xFF));
    return e;
}

RegistryEntry RegistryEntry::string(std::string key, std::string name, std::string_view value,
                                    RegType type)
{
    RegistryEntry e{std::move(key), std::move(name), type, {}};
    appendUtf16(e.data, value);
    e.data.push_back(0);
    e.data.push_back(0);
    return e;
}

RegistryEntry RegistryEntry::multiString(std::string key, std::string name,
                                         const std::vector<std::string>& values)
{
    RegistryEntry e{std::move(key), std::move(name), RegType::MultiSz, {}};
    for (const auto& v : values) {
        appendUtf16(e.data, v);
        e.data.push_back(0);
        e.data.push_back(0);
    }
    e.data.push_back(0);
    e.data.push_back(0);
    return e;
}

RegistryEntry RegistryEntry::control(std::string key, std::string name)
{
    return RegistryEntry{std::move(key), std::move(name), RegType::Sz, {0x20, 0x00, 0x00, 0x00}};
}

std::optional<std::uint32_t> RegistryEntry::asDword() const
{
    if (data.size() != 4)
        return std::nullopt;
    if (type == RegType::Dword)
        return std::uint32_t(data[0]) | std::uint32_t(data[1]) << 8 | std::uint32_t(data[2]) << 16
            | std::uint32_t(data[3]) << 24;
    if (type == RegType::DwordBigEndian)
        return std::uint32_t(data[3]) | std::uint32_t(data[2]) << 8 | std::uint32_t(data[1]) << 16
            | std::uint32_t(data[0]) << 24;
    return std::nullopt;
}

std::optional<std::uint64_t> RegistryEntry::asQword() const
{
    if (type != RegType::Qword || data.size() != 8)
        return std::nullopt;
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | data[static_cast<std::size_t>(i)];
    return v;
}

std::optional<std::string> RegistryEntry::asString() const
{
    if (type != RegType::Sz && type != RegType::ExpandSz)
        return std::nullopt;
    auto units = utf16Units(data);
    if (!units)
        return std::nullopt;
    // stop at the first NUL (the terminator; anything after it is ignored, as Windows does)
    if (auto nul = units->find(u'\0'); nul != std::u16string::npos)
        units->resize(nul);
    try {
        return text::toUtf8(*units);
    } catch (...) {
        return std::nullopt;
    }
}

std::optional<std::vector<std::string>> RegistryEntry::asMultiString() const
{
    if (type != RegType::MultiSz)
        return std::nullopt;
    auto units = utf16Units(data);
    if (!units)
        return std::nullopt;
    std::vector<std::string> out;
    std::size_t start = 0;
    try {
        while (start < units->size()) {
            auto nul = units->find(u'\0', start);
            if (nul == std::u16string::npos)
                nul = units->size();
            if (nul == start)
                break; // the empty string that ends the list
            out.push_back(text::toUtf8(std::u16string_view(*units).substr(start, nul - start)));
            start = nul + 1;
        }
    } catch (...) {
        return std::nullopt;
    }
    return out;
}

bool RegistryEntry::isControl() const
{
    return valueName.size() >= 2 && valueName[0] == '*' && valueName[1] == '*';
}

std::string RegistryEntry::describeData() const
{
    switch (type) {
    case RegType::Dword:
    case RegType::DwordBigEndian:
        if (auto v = asDword())
            return "DWORD:" + std::to_string(*v);
        break;
    case RegType::Qword:
        if (auto v = asQword())
            return "QWORD:" + std::to_string(*v);
        break;
    case RegType::Sz:
        if (auto s = asString())
            return "SZ:" + *s;
        break;
    case RegType::ExpandSz:
        if (auto s = asString())
            return "EXSZ:" + *s;
        break;
    case RegType::MultiSz:
        if (auto v = asMultiString()) {
            std::string out = "MULTISZ:";
            for (std::size_t i = 0; i < v->size(); ++i)
                out += (i ? "\\0" : "") + (*v)[i];
            return out;
        }
        break;
    default:
        break;
    }
    static const char* hex = "0123456789abcdef";
    std::string out = "BINARY:";
    for (std::size_t i = 0; i < data.size(); ++i) {
        if (i)
            out += ',';
        out += hex[data[i] >> 4];
        out += hex[data[i] & 0xF];
    }
    return out;
}

ControlCode controlCode(std::string_view valueName, std::string* target)
{
    auto rest = [&](std::size_t n) {
        if (target)
            *target = std::string(valueName.substr(n));
    };
    if (!(valueName.size() >= 2 && valueName[0] == '*' && valueName[1] == '*'))
        return ControlCode::None;
    // order matters: "**delvals." also starts with "**del"
    if (text::istartsWith(valueName, "**delvals.")) {
        rest(10);
        return ControlCode::DeleteAllValues;
    }
    if (text::istartsWith(valueName, "**del.")) {
        rest(6);
        return ControlCode::DeleteValue;
    }
    if (text::iequals(valueName, "**DeleteValues")) {
        rest(valueName.size());
        return ControlCode::DeleteValues;
    }
    if (text::iequals(valueName, "**DeleteKeys")) {
        rest(valueName.size());
        return ControlCode::DeleteKeys;
    }
    if (text::iequals(valueName, "**SecureKey")) {
        rest(valueName.size());
        return ControlCode::SecureKey;
    }
    if (text::istartsWith(valueName, "**soft.")) {
        rest(7);
        return ControlCode::SoftValue;
    }
    rest(2);
    return ControlCode::Unknown;
}

} // namespace ra
