// Fault injection across the file writers (issue 9 §4): every writer, for a target that does
// not exist yet and for one that does, facing a read-only file system and a failure of each of
// its file operations in turn — every write (I/O error, disk full after half the data,
// permission denied), every rename, every folder creation, every read — must leave the folder
// exactly as it was (every file's bytes and the folder tree compared) and report an ra::Error
// (or a failed ApplyReport) that names the target file.
//
// The GPO backup writer and the local GPO folder have the same matrix in TestGpoBackup and
// TestLocalGpoFolder (the gpo area); this test covers the other writers uniformly.
#include "backends/GraphJsonFileBackend.h"
#include "backends/LgpoTextBackend.h"
#include "backends/RegFileBackend.h"
#include "backends/RegistryPolBackend.h"
#include "core/Error.h"
#include "core/GroupPolicy.h"
#include "core/Profile.h"
#include "core/formats/RegistryPol.h"

#include "FaultyFileSystem.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <functional>

using namespace ra;
using test::FaultyFileSystem;
namespace fs = std::filesystem;

namespace {

using Op = FaultyFileSystem::Op;
using Fault = FaultyFileSystem::Fault;

/// The four policies as the DoD Windows 8 baseline sets them (real GPMC data).
Configuration dodConfiguration()
{
    return GroupPolicy::read(RegistryPol::read(RA_CORPUS_DIR "/pol/dod-win8-computer_machine_registry.pol")).configuration;
}

/// One writer under test: how to write the target through a FileSystem, and what an existing
/// target holds before (written with the real file system).
struct Writer
{
    std::string name;
    std::string fileName;
    std::function<void(const fs::path& target)> makeExisting;
    std::function<void(const fs::path& target, FileSystem& fs)> write;
};

/// Turns a failed ApplyReport into the ra::Error a direct writer would throw.
void applyOrThrow(Backend& backend, const Configuration& config)
{
    const ApplyReport report = backend.apply(ChangeSet(config));
    if (!report.ok)
        throw Error(report.error);
}

std::vector<Writer> writers()
{
    const Configuration dod = dodConfiguration();
    return {
        {"registry.pol (RegistryPolBackend merge)", "Registry.pol",
         [](const fs::path& t) { fs::copy_file(RA_CORPUS_DIR "/pol/dod-chrome_machine_registry.pol", t); },
         [dod](const fs::path& t, FileSystem& f) {
             RegistryPolBackend backend(t, f);
             applyOrThrow(backend, dod);
         }},
        {".reg (RegFileBackend)", "remote-assistance.reg",
         [](const fs::path& t) {
             RegFileBackend backend(t);
             applyOrThrow(backend, Configuration());
         },
         [dod](const fs::path& t, FileSystem& f) {
             RegFileBackend backend(t, f);
             applyOrThrow(backend, dod);
         }},
        {"profile (ProfileFormat::save)", "colleague.json",
         [](const fs::path& t) { ProfileFormat::save(t, Profile()); },
         [dod](const fs::path& t, FileSystem& f) {
             Profile p;
             p.configuration = dod;
             p.provenance = {"CONTOSO\\admin", "WS01", "0.1.0", "2026-11-22T10:00:00Z", "2026-11-22T10:05:00Z"};
             ProfileFormat::save(t, p, f);
         }},
        {"LGPO text (LgpoTextBackend)", "lgpo.txt",
         [](const fs::path& t) {
             LgpoTextBackend backend(t);
             applyOrThrow(backend, Configuration());
         },
         [dod](const fs::path& t, FileSystem& f) {
             LgpoTextBackend backend(t, f);
             applyOrThrow(backend, dod);
         }},
        {"Graph JSON (GraphJsonFileBackend)", "intune.json",
         [](const fs::path& t) {
             GraphJsonFileBackend backend(t);
             applyOrThrow(backend, Configuration());
         },
         [dod](const fs::path& t, FileSystem& f) {
             GraphJsonFileBackend backend(t, GraphJson::defaultDisplayName, {}, f);
             applyOrThrow(backend, dod);
         }},
    };
}

const char* opName(Op op)
{
    switch (op) {
    case Op::Read: return "read";
    case Op::Write: return "write";
    case Op::Rename: return "rename";
    case Op::CreateDirectory: return "mkdir";
    case Op::Count_: break;
    }
    return "?";
}

} // namespace

class TestWriterFaultMatrix : public QObject
{
    Q_OBJECT

private:
    /// A scratch folder holding only the target (and, when @p existing, its old content).
    struct Scene
    {
        QTemporaryDir dir;
        fs::path parent;
        fs::path target;
        Scene(const Writer& w, bool existing)
        {
            parent = fs::path(dir.path().toStdString()) / "target-folder";
            fs::create_directories(parent);
            target = parent / w.fileName;
            if (existing)
                w.makeExisting(target);
        }
    };

    /// Runs the writer with @p faulty; checks the failure and that nothing changed.
    static void expectUnchanged(const Writer& w, bool existing, FaultyFileSystem& faulty, const std::string& what)
    {
        Scene scene(w, existing);
        const auto before = test::snapshotTree(scene.parent);
        QVERIFY(!before.empty() || !existing);
        std::string error;
        try {
            w.write(scene.target, faulty);
        } catch (const Error& e) {
            error = e.what();
        }
        QVERIFY2(!error.empty(), (what + ": the writer reported success").c_str());
        QVERIFY2(faulty.failures() >= 1, (what + ": no injected failure was reached").c_str());
        QVERIFY2(error.find(displayPath(scene.target)) != std::string::npos,
                 (what + ": the error does not name " + displayPath(scene.target) + ": " + error).c_str());
        QVERIFY2(test::snapshotTree(scene.parent) == before, (what + ": the folder changed; error was: " + error).c_str());
    }

private slots:
    void everyFailurePointLeavesTheTargetAsItWas_data()
    {
        QTest::addColumn<int>("writer");
        QTest::addColumn<bool>("existing");
        const auto list = writers();
        for (std::size_t i = 0; i < list.size(); ++i) {
            QTest::addRow("%s, new target", list[i].name.c_str()) << int(i) << false;
            QTest::addRow("%s, existing target", list[i].name.c_str()) << int(i) << true;
        }
    }

    void everyFailurePointLeavesTheTargetAsItWas()
    {
        QFETCH(int, writer);
        QFETCH(bool, existing);
        const Writer w = writers()[std::size_t(writer)];

        // a successful run first: it must work, and it tells how many operations there are
        int total[int(Op::Count_)] = {};
        {
            Scene scene(w, existing);
            FaultyFileSystem probe;
            w.write(scene.target, probe);
            QVERIFY(fs::exists(scene.target));
            for (Op op : {Op::Read, Op::Write, Op::Rename, Op::CreateDirectory})
                total[int(op)] = probe.count(op);
        }
        QVERIFY2(total[int(Op::Write)] >= 1, "the writer wrote nothing through the FileSystem");
        QVERIFY2(total[int(Op::Rename)] >= 1, "the writer does not write through a temporary file and a rename");

        int cases = 0;
        for (Op op : {Op::Read, Op::Write, Op::Rename, Op::CreateDirectory}) {
            for (int n = 1; n <= total[int(op)]; ++n) {
                for (Fault fault : {Fault::IoError, Fault::NoSpace, Fault::Denied}) {
                    if (fault == Fault::NoSpace && op != Op::Write)
                        continue;
                    FaultyFileSystem faulty;
                    faulty.failOn(op, n, fault);
                    expectUnchanged(w, existing, faulty,
                                    std::string(opName(op)) + " #" + std::to_string(n) + " fails with \""
                                        + FaultyFileSystem::message(fault) + "\"");
                    if (QTest::currentTestFailed())
                        return;
                    ++cases;
                }
            }
        }
        QVERIFY(cases >= 4);

        FaultyFileSystem readOnly;
        readOnly.setReadOnly(true);
        expectUnchanged(w, existing, readOnly, "read-only file system");
    }
};

QTEST_GUILESS_MAIN(TestWriterFaultMatrix)
#include "TestWriterFaultMatrix.moc"
