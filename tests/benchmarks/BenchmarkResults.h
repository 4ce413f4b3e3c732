#pragma once
/**
 * @file BenchmarkResults.h
 * What a benchmark run measured, per benchmark and repetition, and the table made of it
 * (issue 9: every figure the median of the repetitions with min and max, ratios to a floor
 * measured in the same run).
 */
#include <benchmark/benchmark.h>

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ra::bench {

/// One repetition: seconds per iteration and the benchmark's counters.
struct Sample
{
    double seconds = 0;
    std::map<std::string, double> counters;
};

/// Median, minimum and maximum of a list of values.
struct Spread
{
    double median = 0;
    double min = 0;
    double max = 0;
    std::size_t count = 0;
    static Spread of(std::vector<double> values);
};

/**
 * A Google Benchmark reporter that keeps every repetition (keyed by the benchmark's name, e.g.
 * "startup/console") and any error, and prints the table at the end instead of the usual output.
 */
class BenchmarkResults : public benchmark::BenchmarkReporter
{
public:
    bool ReportContext(const Context& context) override;
    void ReportRuns(const std::vector<Run>& runs) override;

    /// The repetitions of @p name, empty when it did not run.
    const std::vector<Sample>& samples(const std::string& name) const;
    /// Seconds per iteration over the repetitions of @p name.
    std::optional<Spread> time(const std::string& name) const;
    /// Counter @p counter over the repetitions of @p name.
    std::optional<Spread> counter(const std::string& name, const std::string& counter) const;
    /// Errors (benchmark name → message) reported with SkipWithError.
    const std::map<std::string, std::string>& errors() const { return m_errors; }

    /// Prints the table of every figure that ran; returns the number of goals not met.
    int printTable(std::ostream& out) const;

private:
    std::map<std::string, std::vector<Sample>> m_samples;
    std::map<std::string, std::string> m_errors;
    std::string m_context;
};

} // namespace ra::bench
