#include "Benchmarks.h"
#include "ChildProcess.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <exception>
#include <string>

namespace ra::bench {

namespace {

double secondsBetween(ChildProcess::Clock::time_point a, ChildProcess::Clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

/// exec → the "first paint" line on stdout (or, if the program prints none, → exit).
void startup(benchmark::State& state, const std::string& program)
{
    for (auto _ : state) {
        try {
            ChildProcess child(program, {"--quit-after-first-paint"});
            const auto line = child.waitForLine(std::chrono::seconds(30));
            const auto exited = child.waitForExit(std::chrono::seconds(30));
            state.SetIterationTime(secondsBetween(child.started(), line ? *line : exited));
            state.counters["printed_line"] = line ? 1 : 0;
            state.counters["exit_s"] = secondsBetween(child.started(), exited);
        } catch (const std::exception& e) {
            state.SkipWithError(program + ": " + e.what());
            return;
        }
    }
}

/// The resident set once the program shows its window and has gone quiet.
void idleRss(benchmark::State& state, const std::string& program)
{
    for (auto _ : state) {
        try {
            ChildProcess child(program, {});
            if (!child.waitUntilIdle(std::chrono::milliseconds(500), std::chrono::seconds(30))) {
                state.SkipWithError(program + " did not become idle within 30 s");
                return;
            }
            state.counters["rss_mib"] = double(child.residentBytes()) / (1024.0 * 1024.0);
            state.SetIterationTime(secondsBetween(child.started(), ChildProcess::Clock::now()));
            child.terminate();
        } catch (const std::exception& e) {
            state.SkipWithError(program + ": " + e.what());
            return;
        }
    }
}

} // namespace

void registerStartupBenchmarks()
{
    const std::string console = RA_CONSOLE_EXE;
    const std::string empty = RA_EMPTY_WINDOW_EXE;
    benchmark::RegisterBenchmark("startup/console", startup, console)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("startup/empty-window", startup, empty)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("idle-rss/console", idleRss, console)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("idle-rss/empty-window", idleRss, empty)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);
}

} // namespace ra::bench
