#include "Benchmarks.h"

#include "core/formats/RegistryPol.h"

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

namespace ra::bench {

namespace {

constexpr std::size_t kEntries = 100'000;

/// 100 000 entries shaped like a real machine policy: keys shared by runs of values, the value
/// types in the mix GPMC writes (mostly DWORD and SZ, some MULTI_SZ, QWORD, BINARY, control codes).
const std::vector<RegistryEntry>& generatedEntries()
{
    static const std::vector<RegistryEntry> entries = [] {
        std::vector<RegistryEntry> list;
        list.reserve(kEntries);
        for (std::size_t i = 0; i < kEntries; ++i) {
            const std::string key = "Software\\Policies\\Vendor" + std::to_string(i / 500) + "\\Product"
                + std::to_string(i / 25) + "\\Settings";
            const std::string name = "Value" + std::to_string(i);
            switch (i % 10) {
            case 0: case 1: case 2: case 3:
                list.push_back(RegistryEntry::dword(key, name, std::uint32_t(i)));
                break;
            case 4: case 5:
                list.push_back(RegistryEntry::string(key, name, "C:\\Program Files\\Vendor\\file" + std::to_string(i) + ".exe"));
                break;
            case 6:
                list.push_back(RegistryEntry::multiString(key, name, {"CONTOSO\\Helpdesk", "CONTOSO\\Admin" + std::to_string(i)}));
                break;
            case 7:
                list.push_back(RegistryEntry::qword(key, name, std::uint64_t(i) << 33));
                break;
            case 8:
                list.push_back({key, name, RegType::Binary, std::vector<std::uint8_t>(16, std::uint8_t(i))});
                break;
            default:
                list.push_back(RegistryEntry::control(key, "**del." + name));
            }
        }
        return list;
    }();
    return entries;
}

const Bytes& generatedFile()
{
    static const Bytes file = RegistryPol::serialize(generatedEntries());
    return file;
}

void read(benchmark::State& state)
{
    const Bytes& file = generatedFile();
    std::size_t count = 0;
    for (auto _ : state) {
        auto entries = RegistryPol::parse(file, "generated.pol");
        count = entries.size();
        benchmark::DoNotOptimize(entries);
    }
    if (count != kEntries) {
        state.SkipWithError("parse() returned " + std::to_string(count) + " entries instead of " + std::to_string(kEntries));
        return;
    }
    // the round trip, checked once per repetition (outside the timed loop)
    const bool identical = RegistryPol::serialize(RegistryPol::parse(file)) == file;
    state.counters["identical"] = identical ? 1 : 0;
    state.counters["bytes"] = double(file.size());
    state.counters["entries"] = double(count);
    if (!identical)
        state.SkipWithError("serialize(parse(file)) is not byte-identical to the file");
}

void write(benchmark::State& state)
{
    const auto& entries = generatedEntries();
    std::size_t size = 0;
    for (auto _ : state) {
        Bytes bytes = RegistryPol::serialize(entries);
        size = bytes.size();
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["bytes"] = double(size);
    state.counters["entries"] = double(entries.size());
}

} // namespace

void registerRegistryPolBenchmarks()
{
    benchmark::RegisterBenchmark("registry-pol/read", read)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("registry-pol/write", write)->Unit(benchmark::kMillisecond);
}

} // namespace ra::bench
