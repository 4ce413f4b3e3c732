#pragma once
/**
 * @file Benchmarks.h
 * The benchmark groups of ra-benchmarks; each registers its Google Benchmark functions under
 * the names BenchmarkResults::printTable() knows ("startup/console", "admx/AdmxReader", …).
 */
namespace ra::bench {

/// Start-up to first paint and idle RSS of ra-console and of an empty QMainWindow.
void registerStartupBenchmarks();
/// Reading and writing a generated 100 000-entry registry.pol; the byte-identical round trip.
void registerRegistryPolBenchmarks();
/// All of PolicyDefinitions-win11 through models' AdmxReader and through a bare QXmlStreamReader.
void registerAdmxBenchmarks();
/// A configuration of the four policies applied to each file target.
void registerApplyBenchmarks();

} // namespace ra::bench
