#include "Benchmarks.h"

#include "backends/GpoBackupBackend.h"
#include "backends/RegFileBackend.h"
#include "backends/SyncMlFileBackend.h"
#include "core/GroupPolicy.h"
#include "core/formats/RegistryPol.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <unistd.h>

namespace ra::bench {

namespace {

namespace fs = std::filesystem;

/// The four Remote Assistance policies as the DoD Windows 8 baseline sets them (real GPMC data).
const Configuration& configuration()
{
    static const Configuration config =
        GroupPolicy::read(RegistryPol::read(RA_CORPUS_DIR "/pol/dod-win8-computer_machine_registry.pol")).configuration;
    return config;
}

/// A fresh folder under the system's temporary folder, removed with the object.
struct ScratchFolder
{
    fs::path path;
    ScratchFolder()
    {
        path = fs::temp_directory_path() / ("ra-bench-apply-" + std::to_string(::getpid()));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~ScratchFolder()
    {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
};

/// Times backend.apply() alone: each iteration makes a new backend for a path that does not
/// exist yet (created and removed outside the timed part), as a first apply would find it.
void applyTo(benchmark::State& state, const std::function<std::unique_ptr<Backend>(const fs::path&)>& make)
{
    const ChangeSet changes(configuration());
    ScratchFolder scratch;
    std::size_t n = 0;
    for (auto _ : state) {
        const fs::path target = scratch.path / ("target-" + std::to_string(n++));
        auto backend = make(target);
        const auto start = std::chrono::steady_clock::now();
        const ApplyReport report = backend->apply(changes);
        const auto end = std::chrono::steady_clock::now();
        if (!report.ok) {
            state.SkipWithError(backend->name() + ": " + report.error);
            return;
        }
        state.SetIterationTime(std::chrono::duration<double>(end - start).count());
        std::error_code ignored;
        fs::remove_all(target, ignored);
    }
}

} // namespace

void registerApplyBenchmarks()
{
    auto gpoBackup = [](const fs::path& root) -> std::unique_ptr<Backend> {
        GpoBackupSpec spec;
        spec.displayName = "Remote Assistance — benchmark";
        spec.domain = "corp.example.com";
        spec.comment = "written by ra-benchmarks";
        return std::make_unique<GpoBackupBackend>(root, spec);
    };
    auto syncMl = [](const fs::path& file) -> std::unique_ptr<Backend> { return std::make_unique<SyncMlFileBackend>(file); };
    auto reg = [](const fs::path& file) -> std::unique_ptr<Backend> { return std::make_unique<RegFileBackend>(file); };
    benchmark::RegisterBenchmark("apply/gpo-backup", applyTo, gpoBackup)->UseManualTime()->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("apply/syncml", applyTo, syncMl)->UseManualTime()->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("apply/reg", applyTo, reg)->UseManualTime()->Unit(benchmark::kMicrosecond);
}

} // namespace ra::bench
