#include "Benchmarks.h"

#include "models/AdmxReader.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QXmlStreamReader>

#include <algorithm>

#include <vector>

namespace ra::bench {

namespace {

struct TemplateFile
{
    QString path;
    QByteArray content;
    bool isAdml = false;
};

/// Every .admx and .adml of PolicyDefinitions-win11, read into memory once, so that both
/// readers parse the same bytes and no disk I/O is timed.
const std::vector<TemplateFile>& templates()
{
    static const std::vector<TemplateFile> files = [] {
        std::vector<TemplateFile> list;
        QDirIterator it(QStringLiteral(RA_CORPUS_DIR "/PolicyDefinitions-win11"),
                        {QStringLiteral("*.admx"), QStringLiteral("*.adml")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                list.push_back({path, file.readAll(), path.endsWith(QLatin1String(".adml"), Qt::CaseInsensitive)});
        }
        std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
        return list;
    }();
    return files;
}

std::size_t totalBytes()
{
    std::size_t n = 0;
    for (const auto& f : templates())
        n += std::size_t(f.content.size());
    return n;
}

/// The models' reader: every file parsed into its definitions / string and presentation tables.
void admxReader(benchmark::State& state)
{
    const auto& files = templates();
    if (files.empty()) {
        state.SkipWithError("no templates found in " RA_CORPUS_DIR "/PolicyDefinitions-win11");
        return;
    }
    int failed = 0;
    for (auto _ : state) {
        failed = 0;
        for (const auto& f : files) {
            try {
                if (f.isAdml)
                    benchmark::DoNotOptimize(admx::AdmxReader::parseAdml(f.content, f.path));
                else
                    benchmark::DoNotOptimize(admx::AdmxReader::parseAdmx(f.content, f.path));
            } catch (const std::exception&) {
                ++failed;
            }
        }
    }
    state.counters["files"] = double(files.size());
    state.counters["failed"] = failed;
    state.counters["bytes"] = double(totalBytes());
}

/// The floor: a QXmlStreamReader pass over the same bytes that visits every token and
/// touches each element's name and attributes, building nothing.
void bareStreamReader(benchmark::State& state)
{
    const auto& files = templates();
    int failed = 0;
    for (auto _ : state) {
        failed = 0;
        qsizetype touched = 0;
        for (const auto& f : files) {
            QXmlStreamReader xml(f.content);
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement) {
                    touched += xml.name().size();
                    for (const auto& attribute : xml.attributes())
                        touched += attribute.value().size();
                } else if (xml.isCharacters()) {
                    touched += xml.text().size();
                }
            }
            failed += xml.hasError();
        }
        benchmark::DoNotOptimize(touched);
    }
    state.counters["files"] = double(files.size());
    state.counters["failed"] = failed;
    state.counters["bytes"] = double(totalBytes());
}

} // namespace

void registerAdmxBenchmarks()
{
    benchmark::RegisterBenchmark("admx/AdmxReader", admxReader)->Unit(benchmark::kMillisecond)->Iterations(1);
    benchmark::RegisterBenchmark("admx/QXmlStreamReader", bareStreamReader)->Unit(benchmark::kMillisecond)->Iterations(1);
}

} // namespace ra::bench
