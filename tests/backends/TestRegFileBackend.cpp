#include "backends/RegFileBackend.h"
#include "FaultyFileSystem.h"
#include "core/PreviewDiff.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

namespace {
Configuration offer(std::vector<std::string> helpers)
{
    Configuration c;
    c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
    c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit", helpers);
    return c;
}
} // namespace

class TestRegFileBackend : public QObject
{
    Q_OBJECT
private slots:
    void writesFileThatReadsBack()
    {
        QTemporaryDir dir;
        const std::filesystem::path path = dir.filePath("ra.reg").toStdString();
        RegFileBackend backend(path);
        QVERIFY(!backend.current());
        const ApplyReport r = backend.apply(ChangeSet(offer({"CONTOSO\\Helpdesk"})));
        QVERIFY(r.ok);
        QCOMPARE(r.log.size(), std::size_t(1));
        const Bytes bytes = FileSystem::real().read(path);
        QCOMPARE(bytes, backend.render(ChangeSet(offer({"CONTOSO\\Helpdesk"}))).toBytes());
        const auto current = backend.current();
        QVERIFY(current);
        QVERIFY(current->configuration.sameEffect(offer({"CONTOSO\\Helpdesk"})));
        const auto preview = backend.preview(ChangeSet(offer({"CONTOSO\\Helpdesk"})));
        QCOMPARE(preview[0].title, std::string("ra.reg"));
        QCOMPARE(preview[0].content, backend.render(ChangeSet(offer({"CONTOSO\\Helpdesk"}))).toText());
    }

    void previewShowsTheFileThereNowAndItsValueChanges()
    {
        QTemporaryDir dir;
        const std::filesystem::path path = dir.filePath("ra.reg").toStdString();
        RegFileBackend backend(path);
        auto items = backend.preview(ChangeSet(offer({"CONTOSO\\A"})));
        QCOMPARE(items.size(), std::size_t(1));
        QCOMPARE(items[0].label.code, std::string("file"));
        QCOMPARE(items[0].label.args, std::vector<std::string>{"ra.reg"});
        QVERIFY(!items[0].current); // nothing there yet
        QVERIFY(!items[0].currentEntries);
        QVERIFY(items[0].entries);
        QVERIFY(items[0].currentNote.code.empty());

        backend.apply(ChangeSet(offer({"CONTOSO\\A"})));
        items = backend.preview(ChangeSet(offer({"CONTOSO\\B"})));
        QCOMPARE(*items[0].current, backend.render(ChangeSet(offer({"CONTOSO\\A"}))).toText());
        const auto changes = PreviewDiff::values(*items[0].currentEntries, *items[0].entries);
        std::vector<std::string> lines;
        for (const ValueChange& c : changes)
            lines.push_back(c.describe());
        const std::string help = "Software\\policies\\Microsoft\\Windows NT\\Terminal Services\\RAUnsolicit";
        QCOMPARE(lines, (std::vector<std::string>{"+ Added " + help + "\\CONTOSO\\B = SZ:CONTOSO\\B",
                                                  "- Removed " + help + "\\CONTOSO\\A (was SZ:CONTOSO\\A)"}));

        // a file there that is not a .reg file: the preview says so instead of failing
        FileSystem::real().writeFile(path, Bytes{'n', 'o', 'p', 'e'});
        items = backend.preview(ChangeSet(offer({"CONTOSO\\B"})));
        QVERIFY(!items[0].current);
        QCOMPARE(items[0].currentNote.code, std::string("current-unreadable"));
        QVERIFY(items[0].currentNote.message.starts_with("The file there cannot be read: "));
    }

    void failedWriteLeavesOldFile_data()
    {
        QTest::addColumn<int>("op");
        QTest::newRow("write") << int(test::FaultyFileSystem::Op::Write);
        QTest::newRow("rename") << int(test::FaultyFileSystem::Op::Rename);
    }
    void failedWriteLeavesOldFile()
    {
        QFETCH(int, op);
        QTemporaryDir dir;
        const std::filesystem::path path = dir.filePath("ra.reg").toStdString();
        RegFileBackend(path).apply(ChangeSet(offer({"OLD\\One"})));
        const Bytes before = FileSystem::real().read(path);
        test::FaultyFileSystem fs;
        fs.failOn(static_cast<test::FaultyFileSystem::Op>(op), 1, test::FaultyFileSystem::Fault::NoSpace);
        RegFileBackend backend(path, fs);
        try {
            backend.apply(ChangeSet(offer({"NEW\\Two"})));
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("ra.reg") != std::string::npos, e.what());
        }
        QCOMPARE(FileSystem::real().read(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"ra.reg"}); // no temporary left
    }
};

QTEST_GUILESS_MAIN(TestRegFileBackend)
#include "TestRegFileBackend.moc"
