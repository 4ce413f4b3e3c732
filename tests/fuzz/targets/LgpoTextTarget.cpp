#include "Targets.h"

#include "core/formats/LgpoText.h"

namespace ra::fuzz {

Outcome lgpoText(std::span<const std::uint8_t> data)
{
    const auto records = LgpoText::parse(Bytes(data.begin(), data.end()), "fuzz.txt");
    const auto entries = LgpoText::entries(records);
    std::vector<std::string> skipped;
    const std::string text = mustSucceed("render(entries)", [&] { return LgpoText::render(entries, "Computer", &skipped); });
    const auto again = mustSucceed("parse(render(entries))", [&] { return LgpoText::parse(text, "rendered.txt"); });
    if (skipped.empty())
        require(LgpoText::entries(again) == entries, "parse(render(entries)) gives other entries");
    // the bytes LGPO.exe would read come back as the same text
    const Bytes encoded = mustSucceed("encode(render(entries))", [&] { return LgpoText::encode(text); });
    const auto decoded = mustSucceed("parse(encode(text))", [&] { return LgpoText::parse(encoded, "encoded.txt"); });
    require(LgpoText::entries(decoded) == LgpoText::entries(again), "parse(encode(text)) differs from parse(text)");
    return "accepted: " + std::to_string(records.size()) + " records, " + std::to_string(skipped.size())
        + " not representable";
}

} // namespace ra::fuzz
