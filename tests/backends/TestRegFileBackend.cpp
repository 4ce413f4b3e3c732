#include "backends/RegFileBackend.h"
#include "FaultyFileSystem.h"

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
