// SyncMlFileBackend and GraphJsonFileBackend: what they write, atomically, and read back.
#include "backends/GraphJsonFileBackend.h"
#include "backends/SyncMlFileBackend.h"
#include "core/Error.h"
#include "core/formats/GraphJson.h"
#include "core/formats/SyncMl.h"

#include <QtTest>

using namespace ra;

namespace {

std::string readAll(const std::filesystem::path& p)
{
    const Bytes b = FileSystem::real().read(p);
    return std::string(b.begin(), b.end());
}

/// The real file system, except that renaming fails like a full or read-only disk would.
class RenameFails : public FileSystem
{
public:
    void rename(const std::filesystem::path&, const std::filesystem::path& to) override
    {
        throw Error("cannot rename: No space left on device", displayPath(to));
    }
};

class RecordingProgress : public Progress
{
public:
    void step(const std::string& message, int done, int total) override
    {
        steps.push_back(message + " " + std::to_string(done) + "/" + std::to_string(total));
    }
    std::vector<std::string> steps;
};

Configuration sample()
{
    Configuration c;
    c.setState(PolicyId::CustomizeWarningMessages, PolicyState::Enabled);
    c.setOption(PolicyId::CustomizeWarningMessages, "RA_Options_Connect_Message", std::string("Hinweis: <IT> & Co"));
    c.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Disabled);
    c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
    c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit",
                std::vector<std::string>{"CONTOSO\\Helpdesk", "CONTOSO\\Ærø"});
    return c;
}

} // namespace

class TestMdmFileBackends : public QObject
{
    Q_OBJECT
private slots:
    void syncMlFile()
    {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath(QStringLiteral("ra.syncml.xml")).toStdString();
        SyncMlFileBackend backend(file);
        QCOMPARE(backend.name(), std::string("SyncML file"));
        QVERIFY(!backend.current());
        const ChangeSet changes(sample());
        const auto preview = backend.preview(changes);
        QCOMPARE(preview.size(), std::size_t(1));
        QCOMPARE(preview[0].title, std::string("ra.syncml.xml"));
        QCOMPARE(preview[0].content, SyncMl::render(sample()));
        QVERIFY(!std::filesystem::exists(file)); // preview writes nothing

        RecordingProgress progress;
        const ApplyReport report = backend.apply(changes, &progress);
        QVERIFY(report.ok);
        const std::string written = readAll(file);
        QCOMPARE(written, SyncMl::render(sample()));
        QCOMPARE(noteMessages(report.log), std::vector<std::string>{"wrote " + displayPath(file) + " ("
                                                      + std::to_string(written.size()) + " bytes, 3 Replace, 1 Delete)"});
        QCOMPARE(progress.steps.size(), std::size_t(2));
        QCOMPARE(progress.steps.back(), "Wrote " + displayPath(file) + " 1/1");

        const auto back = backend.current();
        QVERIFY(back);
        QVERIFY(back->configuration.sameEffect(sample()));
        QVERIFY(back->notes.empty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("ra.syncml.xml")});
    }

    void graphJsonFile()
    {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath(QStringLiteral("ra.json")).toStdString();
        GraphJsonFileBackend backend(file, "RA Kiosks", "Kiosk fleet");
        const ChangeSet changes(sample());
        QCOMPARE(backend.preview(changes).at(0).content, GraphJson::render(sample(), "RA Kiosks", "Kiosk fleet"));
        const ApplyReport report = backend.apply(changes);
        QVERIFY(report.ok);
        const std::string written = readAll(file);
        QCOMPARE(written, GraphJson::render(sample(), "RA Kiosks", "Kiosk fleet"));
        QCOMPARE(noteMessages(report.log), std::vector<std::string>{"wrote " + displayPath(file) + " ("
                                                      + std::to_string(written.size()) + " bytes, 3 OMA-URI settings)"});
        const auto back = backend.current();
        QVERIFY(back);
        QVERIFY(back->configuration.sameEffect(sample()));
    }

    void failedWriteKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath(QStringLiteral("ra.xml")).toStdString();
        SyncMlFileBackend(file).apply(ChangeSet(Configuration()));
        const std::string before = readAll(file);
        RenameFails faulty;
        SyncMlFileBackend backend(file, faulty);
        try {
            backend.apply(ChangeSet(sample()));
            QFAIL("the apply should have failed");
        } catch (const Error& e) {
            QCOMPARE(QString::fromUtf8(e.what()),
                     QString::fromStdString(displayPath(file) + ": cannot rename: No space left on device"));
        }
        QCOMPARE(readAll(file), before);
        // no temporary sibling is left behind
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("ra.xml")});

        GraphJsonFileBackend graph(file, "x", "", faulty);
        QVERIFY_THROWS_EXCEPTION(Error, graph.apply(ChangeSet(sample())));
        QCOMPARE(readAll(file), before);
    }

    void unreadableFileNamesItself()
    {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath(QStringLiteral("bad.xml")).toStdString();
        FileSystem::real().writeFile(file, Bytes{'<', 'S', 'y', 'n', 'c', 'M', 'L', '>'});
        try {
            SyncMlFileBackend(file).current();
            QFAIL("reading should have failed");
        } catch (const Error& e) {
            QCOMPARE(QString::fromUtf8(e.what()),
                     QString::fromStdString(displayPath(file)
                                            + ": line 1, column 9: unexpected end of the document: <SyncML> (line 1) "
                                              "is not closed"));
        }
    }
};

QTEST_GUILESS_MAIN(TestMdmFileBackends)
#include "TestMdmFileBackends.moc"
