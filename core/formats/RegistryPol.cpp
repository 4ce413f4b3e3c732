#include "RegistryPol.h"

#include "core/Error.h"
#include "core/TextCodec.h"

#include <algorithm>
#include <cstdio>
#include <limits>

namespace ra {

namespace {

std::string hex4(unsigned value)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04X", value & 0xFFFFu);
    return buf;
}

/// What a UTF-16 unit looks like in a message: the character when printable ASCII.
std::string describeUnit(char16_t unit)
{
    if (unit >= 0x20 && unit < 0x7F)
        return "'" + std::string(1, static_cast<char>(unit)) + "' (U+" + hex4(unit) + ")";
    return "U+" + hex4(unit);
}

/// A cursor over the file image that turns every shortfall into an error at its offset.
class Cursor
{
public:
    Cursor(const Bytes& data, const std::string& file)
        : m_data(data)
        , m_file(file)
    {
    }

    std::size_t pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    std::size_t remaining() const { return m_data.size() - m_pos; }

    [[noreturn]] void fail(const char* code, std::vector<std::string> args, const std::string& reason,
                           std::size_t offset) const
    {
        throw Error(code, std::move(args), reason, m_file, ErrorLocation::offset(offset));
    }

    /// One UTF-16LE unit; @p expected names what should be there for the error message.
    char16_t unit(const char* expected)
    {
        if (remaining() == 0)
            fail("pol.end", {expected}, std::string("unexpected end of file: expected ") + expected, m_pos);
        if (remaining() == 1)
            fail("pol.odd-end", {expected},
                 std::string("odd byte count: the file ends inside a UTF-16 character where ") + expected
                     + " was expected",
                 m_pos);
        const auto u = static_cast<char16_t>(m_data[m_pos] | (m_data[m_pos + 1] << 8));
        m_pos += 2;
        return u;
    }

    void expect(char16_t wanted, const char* expected)
    {
        const std::size_t at = m_pos;
        const char16_t u = unit(expected);
        if (u != wanted)
            fail("pol.unexpected", {expected, describeUnit(u)},
                 std::string("expected ") + expected + ", found " + describeUnit(u), at);
    }

    /// A UTF-16 name up to (and consuming) its NUL terminator, returned as UTF-8.
    std::string name(const char* what)
    {
        const std::size_t start = m_pos;
        std::u16string units;
        for (;;) {
            if (remaining() == 0)
                fail("pol.name-end", {what, std::to_string(start)},
                     std::string("unexpected end of file in the ") + what + " starting at offset "
                         + std::to_string(start) + ": expected its terminating NUL",
                     m_pos);
            if (remaining() == 1)
                fail("pol.name-odd-end", {what, std::to_string(start)},
                     std::string("odd byte count: the file ends inside a UTF-16 character of the ") + what
                         + " starting at offset " + std::to_string(start),
                     m_pos);
            const auto u = static_cast<char16_t>(m_data[m_pos] | (m_data[m_pos + 1] << 8));
            m_pos += 2;
            if (u == 0)
                break;
            units.push_back(u);
        }
        // nearly every name is ASCII: take it as it is, else convert
        if (std::all_of(units.begin(), units.end(), [](char16_t u) { return u < 0x80; }))
            return std::string(units.begin(), units.end());
        try {
            return text::toUtf8(units);
        } catch (const Error&) {
            fail("pol.name-utf16", {what}, std::string("the ") + what + " is not valid UTF-16 (unpaired surrogate)",
                 start);
        }
    }

    std::uint32_t uint32(const char* what)
    {
        if (remaining() < 4)
            fail("pol.number-end", {what, std::to_string(remaining())},
                 std::string("unexpected end of file: expected the 4-byte ") + what + ", "
                     + std::to_string(remaining()) + " byte(s) left",
                 m_pos);
        const std::uint32_t v = std::uint32_t(m_data[m_pos]) | std::uint32_t(m_data[m_pos + 1]) << 8
            | std::uint32_t(m_data[m_pos + 2]) << 16 | std::uint32_t(m_data[m_pos + 3]) << 24;
        m_pos += 4;
        return v;
    }

    std::vector<std::uint8_t> bytes(std::size_t n)
    {
        std::vector<std::uint8_t> out(m_data.begin() + static_cast<std::ptrdiff_t>(m_pos),
                                      m_data.begin() + static_cast<std::ptrdiff_t>(m_pos + n));
        m_pos += n;
        return out;
    }

private:
    const Bytes& m_data;
    const std::string& m_file;
    std::size_t m_pos = 0;
};

void putUnit(Bytes& out, char16_t u)
{
    out.push_back(static_cast<std::uint8_t>(u & 0xFF));
    out.push_back(static_cast<std::uint8_t>(u >> 8));
}

void putUint32(Bytes& out, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<std::uint8_t>((v >> (8 * i)) & 0xFF));
}

/// A name for a message, with NUL characters shown as \0 (they would end the C string).
std::string printable(const std::string& s)
{
    std::string out;
    for (char c : s)
        out += c == '\0' ? std::string("\\0") : std::string(1, c);
    return out;
}

void putName(Bytes& out, const std::string& utf8, const char* what, const RegistryEntry& e)
{
    if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return c > 0 && static_cast<unsigned char>(c) < 0x80; })) {
        for (char c : utf8) { // ASCII without NUL: one UTF-16 unit per byte
            out.push_back(static_cast<std::uint8_t>(c));
            out.push_back(0);
        }
        putUnit(out, 0);
        return;
    }
    const std::u16string units = text::toUtf16(utf8);
    for (char16_t u : units) {
        if (u == 0)
            throw Error("pol.name-nul", {printable(e.key), printable(e.valueName), what},
                        "cannot store the entry " + printable(e.key) + "\\" + printable(e.valueName) + ": its "
                            + what + " contains a NUL character");
        putUnit(out, u);
    }
    putUnit(out, 0);
}

} // namespace

std::vector<RegistryEntry> RegistryPol::parse(const Bytes& data, const std::string& fileName)
{
    Cursor c(data, fileName);
    if (data.size() < headerSize)
        c.fail("pol.short", {std::to_string(data.size())},
               "file too short for the registry.pol header: expected 8 bytes (\"PReg\" and version 1), found "
                   + std::to_string(data.size()),
               0);
    if (c.uint32("signature") != signature)
        c.fail("pol.signature", {}, "bad signature: expected \"PReg\" (50 52 65 67)", 0);
    if (const std::uint32_t v = c.uint32("version"); v != version)
        c.fail("pol.version", {std::to_string(v)}, "unsupported version " + std::to_string(v) + ": expected 1", 4);

    std::vector<RegistryEntry> entries;
    while (!c.atEnd()) {
        RegistryEntry e;
        c.expect(u'[', "'[' opening an entry");
        e.key = c.name("key");
        c.expect(u';', "';' after the key");
        e.valueName = c.name("value name");
        c.expect(u';', "';' after the value name");
        e.type = static_cast<RegType>(c.uint32("type"));
        c.expect(u';', "';' after the type");
        const std::size_t sizeAt = c.pos();
        const std::uint32_t size = c.uint32("data size");
        c.expect(u';', "';' after the data size");
        if (size > c.remaining())
            c.fail("pol.data-size", {std::to_string(size), std::to_string(c.remaining())},
                   "data size " + std::to_string(size) + " runs past the end of the file ("
                       + std::to_string(c.remaining()) + " byte(s) left)",
                   sizeAt);
        e.data = c.bytes(size);
        c.expect(u']', "']' closing the entry");
        entries.push_back(std::move(e));
    }
    return entries;
}

Bytes RegistryPol::serialize(const std::vector<RegistryEntry>& entries)
{
    Bytes out;
    std::size_t size = headerSize;
    for (const RegistryEntry& e : entries)
        size += 2 * (e.key.size() + e.valueName.size()) + e.data.size() + 26;
    out.reserve(size);
    putUint32(out, signature);
    putUint32(out, version);
    for (const RegistryEntry& e : entries) {
        if (e.data.size() > std::numeric_limits<std::uint32_t>::max())
            throw Error("pol.data-too-large", {e.key, e.valueName},
                        "cannot store the entry " + e.key + "\\" + e.valueName + ": its data is larger than 4 GiB");
        putUnit(out, u'[');
        putName(out, e.key, "key", e);
        putUnit(out, u';');
        putName(out, e.valueName, "value name", e);
        putUnit(out, u';');
        putUint32(out, static_cast<std::uint32_t>(e.type));
        putUnit(out, u';');
        putUint32(out, static_cast<std::uint32_t>(e.data.size()));
        putUnit(out, u';');
        out.insert(out.end(), e.data.begin(), e.data.end());
        putUnit(out, u']');
    }
    return out;
}

std::vector<RegistryEntry> RegistryPol::read(const std::filesystem::path& path, const FileSystem& fs)
{
    return parse(fs.read(path), displayPath(path));
}

void RegistryPol::write(const std::filesystem::path& path, const std::vector<RegistryEntry>& entries,
                        FileSystem& fs)
{
    Bytes image;
    try {
        image = serialize(entries);
    } catch (const Error& e) {
        throw e.withFile(displayPath(path));
    }
    fs.writeAtomic(path, image);
}

} // namespace ra
