// ra-benchmarks: runs every benchmark of issue 9 side by side — repetitions of all of them
// interleaved in random order, so that the load of a shared machine hits the product and its
// floor alike — and prints one table: median, min and max of each figure, ratios to the floors
// and the goals. tools/bench runs it (Release build, under Xvfb).
//
//   ra-benchmarks [--repetitions N] [--smoke] [--benchmark_filter=REGEX] [other Google Benchmark flags]
//
// --smoke: one repetition, for the test suite; it fails only when a benchmark reports an error
// (e.g. a round trip that is not byte-identical), never because of a time.
#include "BenchmarkResults.h"
#include "Benchmarks.h"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

int main(int argc, char** argv)
{
    int repetitions = 11;
    bool smoke = false;
    std::vector<std::string> args{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--smoke")
            smoke = true;
        else if (a == "--repetitions" && i + 1 < argc)
            repetitions = std::atoi(argv[++i]);
        else
            args.push_back(a);
    }
    if (smoke)
        repetitions = 1;
    if (repetitions < 1) {
        std::cerr << "ra-benchmarks: --repetitions needs a number ≥ 1\n";
        return 2;
    }
    args.insert(args.begin() + 1, {"--benchmark_repetitions=" + std::to_string(repetitions),
                                   "--benchmark_enable_random_interleaving=true",
                                   "--benchmark_min_time=0.2s"});

    // the programs under test get a private, empty configuration (same for both)
    char tmpl[] = "/tmp/ra-benchmarks-XXXXXX";
    const char* home = mkdtemp(tmpl);
    if (!home) {
        std::cerr << "ra-benchmarks: cannot create a temporary folder\n";
        return 1;
    }
    for (const char* var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        setenv(var, (std::string(home) + "/" + var).c_str(), 1);
    if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY") && !std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);

    std::vector<char*> cargs;
    for (auto& a : args)
        cargs.push_back(a.data());
    int cargc = int(cargs.size());
    cargs.push_back(nullptr);
    benchmark::Initialize(&cargc, cargs.data());
    if (benchmark::ReportUnrecognizedArguments(cargc, cargs.data()))
        return 2;

    ra::bench::registerStartupBenchmarks();
    ra::bench::registerAdmxBenchmarks();
    ra::bench::registerRegistryPolBenchmarks();
    ra::bench::registerApplyBenchmarks();

    ra::bench::BenchmarkResults results;
    benchmark::RunSpecifiedBenchmarks(&results);
    benchmark::Shutdown();
    std::error_code ignored;
    std::filesystem::remove_all(home, ignored);

    const int unmet = results.printTable(std::cout);
    std::cout << "\n" << repetitions << " repetition(s) of each benchmark, interleaved at random; "
              << (unmet ? std::to_string(unmet) + " goal(s) not met" : std::string("every goal met")) << "\n";
    // times never fail a run; errors (a failed start, a broken round trip) do
    return results.errors().empty() ? 0 : 1;
}
