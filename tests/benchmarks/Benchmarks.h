#pragma once
/**
 * @file Benchmarks.h
 * The benchmark groups of ra-benchmarks; each registers its Google Benchmark functions under
 * the names BenchmarkResults::printTable() knows ("startup/console", "admx/AdmxReader", …).
 */
namespace ra::bench {

/// Start-up to first paint and idle RSS of ra-console and of an empty QMainWindow.
void registerStartupBenchmarks();

} // namespace ra::bench
