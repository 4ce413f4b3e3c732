#include "Targets.h"

#include "core/Error.h"
#include "core/TextCodec.h"

namespace ra::fuzz {

Outcome textCodec(std::span<const std::uint8_t> data)
{
    // the bytes as UTF-8
    const std::string_view utf8(reinterpret_cast<const char*>(data.data()), data.size());
    const bool valid = text::isValidUtf8(utf8);
    std::u16string utf16;
    bool converted = false;
    try {
        utf16 = text::toUtf16(utf8);
        converted = true;
    } catch (const ra::Error&) {
        require(!valid, "toUtf16 rejected text that isValidUtf8 accepts");
    }
    if (converted) {
        require(valid, "toUtf16 accepted text that isValidUtf8 rejects");
        require(text::toUtf8(utf16) == utf8, "UTF-8 -> UTF-16 -> UTF-8 changed the text");
    }

    // the same bytes as UTF-16LE code units (an odd last byte is ignored)
    std::u16string units(data.size() / 2, u'\0');
    for (std::size_t i = 0; i < units.size(); ++i)
        units[i] = static_cast<char16_t>(data[2 * i] | (data[2 * i + 1] << 8));
    const std::string back = text::toUtf8(units); // throws ra::Error on an unpaired surrogate
    require(text::isValidUtf8(back), "toUtf8 produced malformed UTF-8");
    require(text::toUtf16(back) == units, "UTF-16 -> UTF-8 -> UTF-16 changed the text");

    require(text::iequals(utf8, text::toLowerAscii(utf8)), "iequals(s, toLowerAscii(s)) is false");
    return "accepted: " + std::to_string(utf16.size()) + " UTF-16 units from UTF-8, "
        + std::to_string(units.size()) + " read as UTF-16LE";
}

} // namespace ra::fuzz
