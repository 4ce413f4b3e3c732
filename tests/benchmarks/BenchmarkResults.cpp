#include "BenchmarkResults.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

namespace ra::bench {

Spread Spread::of(std::vector<double> values)
{
    Spread s;
    s.count = values.size();
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    s.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    s.min = values.front();
    s.max = values.back();
    return s;
}

bool BenchmarkResults::ReportContext(const Context& context)
{
    m_context = std::to_string(context.cpu_info.num_cpus) + " CPU(s)";
    if (!context.cpu_info.caches.empty() && context.cpu_info.cycles_per_second > 0)
        m_context += " at " + std::to_string(int(context.cpu_info.cycles_per_second / 1e6)) + " MHz";
    return true;
}

void BenchmarkResults::ReportRuns(const std::vector<Run>& runs)
{
    for (const Run& run : runs) {
        if (run.run_type != Run::RT_Iteration)
            continue;
        const std::string name = run.run_name.function_name;
        if (run.skipped) {
            m_errors[name] = run.skip_message;
            continue;
        }
        Sample sample;
        sample.seconds = run.iterations ? run.real_accumulated_time / double(run.iterations) : 0;
        for (const auto& [key, counter] : run.counters)
            sample.counters[key] = counter.value;
        m_samples[name].push_back(std::move(sample));
    }
}

const std::vector<Sample>& BenchmarkResults::samples(const std::string& name) const
{
    static const std::vector<Sample> none;
    const auto it = m_samples.find(name);
    return it == m_samples.end() ? none : it->second;
}

std::optional<Spread> BenchmarkResults::time(const std::string& name) const
{
    const auto& list = samples(name);
    if (list.empty())
        return std::nullopt;
    std::vector<double> values;
    for (const auto& s : list)
        values.push_back(s.seconds);
    return Spread::of(values);
}

std::optional<Spread> BenchmarkResults::counter(const std::string& name, const std::string& counter) const
{
    std::vector<double> values;
    for (const auto& s : samples(name))
        if (const auto it = s.counters.find(counter); it != s.counters.end())
            values.push_back(it->second);
    if (values.empty())
        return std::nullopt;
    return Spread::of(values);
}

namespace {

std::string format(const char* fmt, double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, fmt, value);
    return buffer;
}

/// A duration with a unit that keeps 3 significant digits.
std::string duration(double seconds)
{
    if (seconds >= 1)
        return format("%.3g s", seconds);
    if (seconds >= 1e-3)
        return format("%.3g ms", seconds * 1e3);
    return format("%.3g µs", seconds * 1e6);
}

struct Row
{
    std::string figure;
    std::string median, min, max, runs, goal, verdict;
};

class Table
{
public:
    void heading(std::string text) { m_rows.push_back({std::move(text), {}, {}, {}, {}, {}, {}}); }
    void spread(std::string figure, const Spread& s, const std::function<std::string(double)>& show,
                std::string goal = {}, std::optional<bool> met = std::nullopt)
    {
        m_rows.push_back({std::move(figure), show(s.median), show(s.min), show(s.max), std::to_string(s.count),
                          std::move(goal), verdict(met)});
    }
    void single(std::string figure, std::string value, std::string goal = {}, std::optional<bool> met = std::nullopt)
    {
        m_rows.push_back({std::move(figure), std::move(value), {}, {}, {}, std::move(goal), verdict(met)});
    }
    int unmet() const { return m_unmet; }
    void print(std::ostream& out) const
    {
        const Row header{"figure", "median", "min", "max", "runs", "goal", ""};
        std::size_t w[6] = {};
        auto widen = [&](const Row& r) {
            const std::string* cells[] = {&r.figure, &r.median, &r.min, &r.max, &r.runs, &r.goal};
            for (int i = 0; i < 6; ++i)
                w[i] = std::max(w[i], width(*cells[i]));
        };
        widen(header);
        for (const auto& r : m_rows)
            if (!r.median.empty())
                widen(r);
        auto line = [&](const Row& r) {
            if (r.median.empty() && r.goal.empty()) { // a heading
                out << "\n" << r.figure << "\n";
                return;
            }
            out << "  " << pad(r.figure, w[0], false) << "  " << pad(r.median, w[1], true) << "  "
                << pad(r.min, w[2], true) << "  " << pad(r.max, w[3], true) << "  " << pad(r.runs, w[4], true)
                << "  " << pad(r.goal, w[5], false) << "  " << r.verdict << "\n";
        };
        line(header);
        for (const auto& r : m_rows)
            line(r);
    }

private:
    std::string verdict(std::optional<bool> met)
    {
        if (!met)
            return {};
        if (!*met)
            ++m_unmet;
        return *met ? "met" : "NOT MET";
    }
    static std::size_t width(const std::string& s)
    {
        std::size_t n = 0;
        for (unsigned char c : s)
            n += (c & 0xC0) != 0x80; // count UTF-8 code points
        return n;
    }
    static std::string pad(const std::string& s, std::size_t w, bool right)
    {
        const std::string fill(w > width(s) ? w - width(s) : 0, ' ');
        return right ? fill + s : s + fill;
    }
    std::vector<Row> m_rows;
    int m_unmet = 0;
};

std::string ms(double seconds) { return format("%.1f ms", seconds * 1e3); }
std::string mib(double v) { return format("%.1f MiB", v); }
std::string ratio(double v) { return format("%.2f×", v); }
std::string count(double v) { return format("%.0f", v); }

} // namespace

int BenchmarkResults::printTable(std::ostream& out) const
{
    Table t;

    const auto consoleStart = time("startup/console");
    const auto emptyStart = time("startup/empty-window");
    if (consoleStart || emptyStart) {
        t.heading("Start-up: exec → first painted main window (--quit-after-first-paint), Xvfb");
        if (consoleStart)
            t.spread("ra-console", *consoleStart, ms);
        if (emptyStart)
            t.spread("empty QMainWindow 1280×860 (floor)", *emptyStart, ms);
        if (consoleStart && emptyStart)
            t.single("ratio of the medians", ratio(consoleStart->median / emptyStart->median), "≤ 1.25×",
                     consoleStart->median / emptyStart->median <= 1.25);
    }
    const auto consoleRss = counter("idle-rss/console", "rss_mib");
    const auto emptyRss = counter("idle-rss/empty-window", "rss_mib");
    if (consoleRss || emptyRss) {
        t.heading("Idle resident memory (VmRSS once the shown window has used no CPU for 0.5 s)");
        if (consoleRss)
            t.spread("ra-console", *consoleRss, mib);
        if (emptyRss)
            t.spread("empty QMainWindow 1280×860 (floor)", *emptyRss, mib);
        if (consoleRss && emptyRss)
            t.single("difference of the medians", mib(consoleRss->median - emptyRss->median), "≤ 15 MiB more",
                     consoleRss->median - emptyRss->median <= 15);
    }

    const auto admx = time("admx/AdmxReader");
    const auto bare = time("admx/QXmlStreamReader");
    if (admx || bare) {
        const auto files = counter(admx ? "admx/AdmxReader" : "admx/QXmlStreamReader", "files");
        t.heading("ADMX/ADML: all of PolicyDefinitions-win11" + (files ? " (" + count(files->median) + " files)" : std::string()));
        if (admx)
            t.spread("models' AdmxReader", *admx, ms);
        if (bare)
            t.spread("bare QXmlStreamReader pass (floor)", *bare, ms);
        if (admx && bare)
            t.single("ratio of the medians", ratio(admx->median / bare->median), "≤ 1.5×", admx->median / bare->median <= 1.5);
        if (const auto failed = counter("admx/AdmxReader", "failed"))
            t.single("files AdmxReader failed to read", count(failed->max), "0", failed->max == 0);
    }

    const auto polRead = time("registry-pol/read");
    const auto polWrite = time("registry-pol/write");
    if (polRead || polWrite) {
        const auto bytes = counter(polRead ? "registry-pol/read" : "registry-pol/write", "bytes");
        const auto entries = counter(polRead ? "registry-pol/read" : "registry-pol/write", "entries");
        t.heading("registry.pol: generated file of " + (entries ? count(entries->median) : std::string("?")) + " entries ("
                  + (bytes ? format("%.2f MB", bytes->median / 1e6) : std::string("?")) + ")");
        auto throughput = [&](const char* name, const char* figure) {
            const auto b = counter(name, "bytes");
            std::vector<double> rates;
            for (const auto& s : samples(name))
                rates.push_back(s.counters.at("bytes") / s.seconds / 1e6);
            if (b)
                t.spread(figure, Spread::of(rates), [](double v) { return format("%.1f MB/s", v); });
        };
        if (polRead)
            throughput("registry-pol/read", "read (parse)");
        if (polWrite)
            throughput("registry-pol/write", "write (serialise)");
        if (const auto same = counter("registry-pol/read", "identical"))
            t.single("write(read(file)) byte-identical", same->min == 1 ? "yes" : "NO", "yes", same->min == 1);
    }

    const char* applies[][2] = {{"apply/gpo-backup", "→ GPO backup on disk (written, then removed)"},
                                {"apply/syncml", "→ SyncML file on disk"},
                                {"apply/reg", "→ .reg file on disk"}};
    bool applyHeading = false;
    for (const auto& [name, figure] : applies) {
        const auto s = time(name);
        if (!s)
            continue;
        if (!applyHeading) {
            t.heading("Apply: the four policies configured → target (time per apply)");
            applyHeading = true;
        }
        t.spread(figure, *s, duration, "< 16 ms", s->median < 0.016);
    }

    out << "Remote Assistance Policy Console — benchmarks (" << m_context << ")\n";
    t.print(out);
    for (const auto& [name, message] : m_errors)
        out << "\nERROR in " << name << ": " << message << "\n";
    return t.unmet();
}

} // namespace ra::bench
