#include "Targets.h"

#include "core/formats/RegFile.h"

namespace ra::fuzz {

Outcome regFile(std::span<const std::uint8_t> data)
{
    const RegFile file = RegFile::parse(Bytes(data.begin(), data.end()), "fuzz.reg");
    // what we read, we write as regedit does, and read back unchanged
    const Bytes written = mustSucceed("toBytes()", [&] { return file.toBytes(); });
    const RegFile again = mustSucceed("parse(toBytes())", [&] { return RegFile::parse(written, "written.reg"); });
    require(again == file, "parse(toBytes(parse(file))) differs from parse(file)");
    require(mustSucceed("toText()", [&] { return file.toText(); }).size() <= written.size(),
            "toText() is longer than the UTF-16 file");
    // the Group Policy view of it converts without error
    std::vector<std::string> notes;
    const auto entries = mustSucceed("toEntries()", [&] { return file.toEntries(&notes); });
    mustSucceed("fromEntries(toEntries())", [&] { return RegFile::fromEntries(entries).toBytes(); });
    std::size_t values = 0;
    for (const auto& key : file.keys)
        values += key.values.size();
    return "accepted: " + std::to_string(file.keys.size()) + " keys, " + std::to_string(values) + " values, "
        + std::to_string(entries.size()) + " entries";
}

} // namespace ra::fuzz
