#include "Targets.h"

#include "core/TextCodec.h"
#include "core/formats/RegFile.h"

namespace ra::fuzz {

Outcome regFile(std::span<const std::uint8_t> data)
{
    const RegFile file = RegFile::parse(Bytes(data.begin(), data.end()), "fuzz.reg");
    // what we read, we write as regedit does, and read back unchanged
    const Bytes written = mustSucceed("toBytes()", [&] { return file.toBytes(); });
    const RegFile again = mustSucceed("parse(toBytes())", [&] { return RegFile::parse(written, "written.reg"); });
    require(again == file, "parse(toBytes(parse(file))) differs from parse(file)");
    // toText() is the same text as UTF-8: the UTF-16LE after the byte order mark, converted
    require(written.size() >= 2 && written[0] == 0xFF && written[1] == 0xFE, "toBytes() does not start with the UTF-16LE BOM");
    std::u16string units((written.size() - 2) / 2, u'\0');
    for (std::size_t i = 0; i < units.size(); ++i)
        units[i] = char16_t(written[2 + 2 * i] | (written[3 + 2 * i] << 8));
    require(mustSucceed("toText()", [&] { return file.toText(); }) == text::toUtf8(units),
            "toText() is not the UTF-8 form of toBytes()");
    // the Group Policy view of it converts without error
    std::vector<Note> notes;
    const auto entries = mustSucceed("toEntries()", [&] { return file.toEntries(&notes); });
    mustSucceed("fromEntries(toEntries())", [&] { return RegFile::fromEntries(entries).toBytes(); });
    std::size_t values = 0;
    for (const auto& key : file.keys)
        values += key.values.size();
    return "accepted: " + std::to_string(file.keys.size()) + " keys, " + std::to_string(values) + " values, "
        + std::to_string(entries.size()) + " entries";
}

} // namespace ra::fuzz
