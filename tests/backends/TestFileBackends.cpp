#include "backends/LgpoTextBackend.h"
#include "backends/RegistryPolBackend.h"
#include "core/Error.h"
#include "core/formats/LgpoText.h"
#include "core/formats/RegistryPol.h"

#include "FaultyFileSystem.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using ra::test::FaultyFileSystem;
namespace fs = std::filesystem;

namespace {
const fs::path kChrome = fs::path(RA_CORPUS_DIR) / "pol" / "dod-chrome_machine_registry.pol";

Configuration sample()
{
    Configuration c;
    c.setState(PolicyId::CustomizeWarningMessages, PolicyState::Enabled);
    c.setOption(PolicyId::CustomizeWarningMessages, "RA_Options_Connect_Message", std::string("Zugriff durch den Helpdesk – bitte bestätigen"));
    c.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Disabled);
    return c;
}
} // namespace

class TestFileBackends : public QObject
{
    Q_OBJECT
private slots:
    void registryPolMergesIntoAnExistingFile()
    {
        QTemporaryDir tmp;
        const fs::path file = fs::path(tmp.path().toStdString()) / "registry.pol";
        fs::copy_file(kChrome, file);
        RegistryPolBackend backend(file);
        QCOMPARE(backend.current()->configuration, Configuration());
        QCOMPARE(backend.current()->foreign.size(), std::size_t(48));
        const auto preview = backend.preview(ChangeSet(sample()));
        QCOMPARE(preview.size(), std::size_t(1));
        QCOMPARE(preview[0].caption.code, std::string("pol-as-lgpo-kept"));
        QCOMPARE(preview[0].caption.args, (std::vector<std::string>{"registry.pol", "48"}));
        QCOMPARE(preview[0].caption.message, std::string("registry.pol shown as LGPO text; 48 entries of other policies kept"));
        QVERIFY(preview[0].text().starts_with("; registry.pol shown as LGPO text; 48 entries of other policies kept\r\n\r\n"));
        QCOMPARE(preview[0].text(), "; " + preview[0].caption.message + "\r\n\r\n" + preview[0].content);
        // the file there now, shown the same way, and both entry lists for the value diff
        QCOMPARE(*preview[0].current, LgpoText::render(RegistryPol::read(kChrome)));
        QCOMPARE(preview[0].currentEntries->size(), std::size_t(48));
        QCOMPARE(preview[0].entries->size(), std::size_t(48) + ChangeSet(sample()).entries().size());
        const auto report = backend.apply(ChangeSet(sample()));
        QVERIFY(report.ok);
        QCOMPARE(report.log.front().message, "Wrote " + std::to_string(ChangeSet(sample()).entries().size()) + " Remote Assistance entries to "
                                         + displayPath(file) + " (replaced 0, kept 48 entries of other policies)");
        const auto after = RegistryPol::read(file);
        const auto chrome = RegistryPol::read(kChrome);
        QVERIFY(std::equal(chrome.begin(), chrome.end(), after.begin()));
        QVERIFY(backend.current()->configuration.sameEffect(sample()));
        // back to Not configured: the original file again, byte for byte
        backend.apply(ChangeSet(Configuration()));
        QCOMPARE(FileSystem::real().read(file), FileSystem::real().read(kChrome));
    }

    void registryPolCreatedWhenMissingAndFaultsLeaveItAlone()
    {
        QTemporaryDir tmp;
        const fs::path file = fs::path(tmp.path().toStdString()) / "new.pol";
        QVERIFY(!RegistryPolBackend(file).current());
        RegistryPolBackend(file).apply(ChangeSet(sample()));
        QVERIFY(RegistryPol::read(file) == ChangeSet(sample()).entries());
        const auto before = test::snapshotTree(tmp.path().toStdString());
        for (auto op : {FaultyFileSystem::Op::Read, FaultyFileSystem::Op::Write, FaultyFileSystem::Op::Rename}) {
            FaultyFileSystem faulty;
            faulty.failOn(op, 1, FaultyFileSystem::Fault::NoSpace);
            try {
                RegistryPolBackend(file, faulty).apply(ChangeSet(Configuration()));
                QFAIL("no error");
            } catch (const Error& e) {
                QCOMPARE(e.file(), displayPath(file));
            }
            QVERIFY(test::snapshotTree(tmp.path().toStdString()) == before);
        }
        // a corrupt file is not overwritten
        FileSystem::real().writeFile(file, {'P', 'R', 'e', 'g', 2, 0, 0, 0});
        try {
            RegistryPolBackend(file).apply(ChangeSet(sample()));
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(std::string(e.what()), displayPath(file) + ": offset 4: unsupported version 2: expected 1");
        }
        QCOMPARE(FileSystem::real().read(file), (Bytes{'P', 'R', 'e', 'g', 2, 0, 0, 0}));
    }

    void lgpoTextFileRoundTrips()
    {
        QTemporaryDir tmp;
        const fs::path file = fs::path(tmp.path().toStdString()) / "ra.txt";
        LgpoTextBackend backend(file);
        QVERIFY(!backend.current());
        QVERIFY(backend.apply(ChangeSet(sample())).ok);
        const Bytes bytes = FileSystem::real().read(file);
        QCOMPARE(bytes[0], std::uint8_t(0xFF)); // non-ASCII text: UTF-16LE with BOM for LGPO
        const std::string text = LgpoTextBackend::text(ChangeSet(sample()));
        QVERIFY(text.starts_with("; Remote Assistance policies (System > Remote Assistance) as LGPO text.\r\n"));
        QVERIFY(text.find("; Not configured (no entries): RA_Logging RA_Unsolicit\r\n") != std::string::npos);
        QVERIFY(LgpoText::entries(LgpoText::parse(bytes)) == ChangeSet(sample()).entries());
        QVERIFY(backend.current()->configuration.sameEffect(sample()));
        // ASCII stays ASCII
        Configuration ascii;
        ascii.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        backend.apply(ChangeSet(ascii));
        QCOMPARE(FileSystem::real().read(file)[0], std::uint8_t(';'));
        // faults
        const auto before = test::snapshotTree(tmp.path().toStdString());
        FaultyFileSystem faulty;
        faulty.setReadOnly(true);
        try {
            LgpoTextBackend(file, faulty).apply(ChangeSet(sample()));
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(std::string(e.what()), displayPath(file) + ": write failed: Read-only file system");
        }
        QVERIFY(test::snapshotTree(tmp.path().toStdString()) == before);
    }
};

QTEST_GUILESS_MAIN(TestFileBackends)
#include "TestFileBackends.moc"
