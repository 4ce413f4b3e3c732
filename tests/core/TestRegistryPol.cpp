#include "core/Error.h"
#include "core/GroupPolicy.h"
#include "core/ChangeSet.h"
#include "core/formats/RegistryPol.h"

#include "FaultyFileSystem.h"
#include "PolDump.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ra;
using ra::test::FaultyFileSystem;

namespace {

const std::string kPolDir = std::string(RA_CORPUS_DIR) + "/pol/";

/// UTF-16LE bytes of an ASCII string (no terminator).
Bytes u16(std::string_view s)
{
    Bytes out;
    for (char c : s) {
        out.push_back(static_cast<std::uint8_t>(c));
        out.push_back(0);
    }
    return out;
}

Bytes header()
{
    return {0x50, 0x52, 0x65, 0x67, 0x01, 0x00, 0x00, 0x00};
}

Bytes cat(std::initializer_list<Bytes> parts)
{
    Bytes out;
    for (const auto& p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

Bytes le32(std::uint32_t v)
{
    return {std::uint8_t(v), std::uint8_t(v >> 8), std::uint8_t(v >> 16), std::uint8_t(v >> 24)};
}

/// A complete entry image, built by hand (independent of the writer).
Bytes entryImage(std::string_view key, std::string_view name, std::uint32_t type, const Bytes& data)
{
    return cat({u16("["), u16(key), {0, 0}, u16(";"), u16(name), {0, 0}, u16(";"), le32(type), u16(";"),
                le32(static_cast<std::uint32_t>(data.size())), u16(";"), data, u16("]")});
}

std::string parseError(const Bytes& image)
{
    try {
        RegistryPol::parse(image, "broken.pol");
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}

std::string firstDifference(const Bytes& a, const Bytes& b)
{
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i])
            return "bytes differ at offset " + std::to_string(i);
    if (a.size() != b.size())
        return "sizes differ: " + std::to_string(a.size()) + " vs " + std::to_string(b.size());
    return {};
}

} // namespace

class TestRegistryPol : public QObject
{
    Q_OBJECT
private slots:
    void corpusRoundTripIsByteExact_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("entries");
        QTest::newRow("win8-computer") << "dod-win8-computer_machine_registry" << 221;
        QTest::newRow("chrome") << "dod-chrome_machine_registry" << 48;
        QTest::newRow("win10-user") << "dod-win10-user_user_registry" << 4;
        QTest::newRow("empty") << "dod-win10-user_machine_registry_EMPTY" << 0;
    }
    void corpusRoundTripIsByteExact()
    {
        QFETCH(QString, name);
        QFETCH(int, entries);
        const std::string base = kPolDir + name.toStdString();
        const Bytes original = FileSystem::real().read(base + ".pol");
        const auto parsed = RegistryPol::read(base + ".pol");
        QCOMPARE(parsed.size(), std::size_t(entries));
        const Bytes written = RegistryPol::serialize(parsed);
        QVERIFY2(written == original, firstDifference(written, original).c_str());

        // every entry decodes to exactly the research parser's line
        const auto expected = test::dumpFileLines(base + ".dump.txt");
        QCOMPARE(expected.size(), parsed.size());
        for (std::size_t i = 0; i < parsed.size(); ++i)
            QCOMPARE(test::dumpLine(parsed[i]), expected[i]);
    }

    void emptyFileIsTheHeader()
    {
        QCOMPARE(RegistryPol::serialize({}), header());
        QVERIFY(RegistryPol::parse(header()).empty());
    }

    void entryLayoutMatchesTheSpecification()
    {
        const auto image = RegistryPol::serialize({RegistryEntry::dword("A\\B", "v", 0x01020304)});
        QCOMPARE(image, cat({header(), entryImage("A\\B", "v", 4, {4, 3, 2, 1})}));
    }

    void everyTypeAndControlCodeRoundTrips()
    {
        const std::string k = "Software\\Policies\\Test;with]odd[chars";
        std::vector<RegistryEntry> entries = {
            {k, "none", RegType::None, {}},
            RegistryEntry::string(k, "sz", "Grüße ☃ 𝄞"),
            RegistryEntry::string(k, "expand", "%WINDIR%\\x", RegType::ExpandSz),
            {k, "binary", RegType::Binary, {0x00, 0xFF, 0x7F}}, // odd size is fine for data
            RegistryEntry::dword(k, "dword", 0xDEADBEEF),
            {k, "bigendian", RegType::DwordBigEndian, {0x00, 0x00, 0x00, 0x01}},
            {k, "link", RegType::Link, u16("\\Registry\\Machine")},
            RegistryEntry::multiString(k, "multi", {"one", "two"}),
            RegistryEntry::qword(k, "qword", 0x0102030405060708ull),
            {k, "unknowntype", static_cast<RegType>(0x1234), {1, 2}},
            {k, "", RegType::Sz, {0, 0}}, // the key's default value
            RegistryEntry::control(k, "**del.value"),
            RegistryEntry::control(k, "**DelVals."),
            RegistryEntry::string(k, "**DeleteValues", "a;b"),
            RegistryEntry::string(k, "**DeleteKeys", "sub1;sub2"),
            RegistryEntry::dword(k, "**SecureKey", 1),
            RegistryEntry::dword(k, "**SOFT.value", 7),
            RegistryEntry::control(k, "**unknowncode"),
        };
        const Bytes image = RegistryPol::serialize(entries);
        const auto back = RegistryPol::parse(image);
        QVERIFY(back == entries);
        QCOMPARE(RegistryPol::serialize(back), image);
        QCOMPARE(controlCode(back[12].valueName), ControlCode::DeleteAllValues);
        QCOMPARE(controlCode(back[16].valueName), ControlCode::SoftValue);
    }

    void corruptFilesFailWithOffsetAndExpectation_data()
    {
        QTest::addColumn<QByteArray>("image");
        QTest::addColumn<QString>("message");
        auto qb = [](const Bytes& b) { return QByteArray(reinterpret_cast<const char*>(b.data()), qsizetype(b.size())); };
        const Bytes good = entryImage("K", "v", 4, {1, 0, 0, 0}); // 36 bytes
        QTest::newRow("empty") << qb({}) << "broken.pol: offset 0: file too short for the registry.pol header: expected 8 bytes (\"PReg\" and version 1), found 0";
        QTest::newRow("short header") << qb({0x50, 0x52, 0x65}) << "broken.pol: offset 0: file too short for the registry.pol header: expected 8 bytes (\"PReg\" and version 1), found 3";
        QTest::newRow("bad signature") << qb({0x50, 0x52, 0x45, 0x47, 1, 0, 0, 0}) << "broken.pol: offset 0: bad signature: expected \"PReg\" (50 52 65 67)";
        QTest::newRow("bad version") << qb({0x50, 0x52, 0x65, 0x67, 2, 0, 0, 0}) << "broken.pol: offset 4: unsupported version 2: expected 1";
        QTest::newRow("no bracket") << qb(cat({header(), u16("K")})) << "broken.pol: offset 8: expected '[' opening an entry, found 'K' (U+004B)";
        QTest::newRow("odd trailing byte") << qb(cat({header(), good, {0x5B}})) << "broken.pol: offset 40: odd byte count: the file ends inside a UTF-16 character where '[' opening an entry was expected";
        QTest::newRow("key without NUL") << qb(cat({header(), u16("[Key")})) << "broken.pol: offset 16: unexpected end of file in the key starting at offset 10: expected its terminating NUL";
        QTest::newRow("key odd bytes") << qb(cat({header(), u16("[K"), {0x41}})) << "broken.pol: offset 12: odd byte count: the file ends inside a UTF-16 character of the key starting at offset 10";
        QTest::newRow("no semicolon after key") << qb(cat({header(), u16("[K"), {0, 0}, u16(",")})) << "broken.pol: offset 14: expected ';' after the key, found ',' (U+002C)";
        QTest::newRow("truncated type") << qb(cat({header(), u16("[K"), {0, 0}, u16(";v"), {0, 0}, u16(";"), {4, 0}})) << "broken.pol: offset 22: unexpected end of file: expected the 4-byte type, 2 byte(s) left";
        QTest::newRow("no semicolon after size") << qb(cat({header(), u16("[K"), {0, 0}, u16(";v"), {0, 0}, u16(";"), le32(4), u16(";"), le32(4), u16("]")})) << "broken.pol: offset 32: expected ';' after the data size, found ']' (U+005D)";
        QTest::newRow("size past end") << qb(cat({header(), u16("[K"), {0, 0}, u16(";v"), {0, 0}, u16(";"), le32(4), u16(";"), le32(100), u16(";"), {1, 0, 0, 0}, u16("]")})) << "broken.pol: offset 28: data size 100 runs past the end of the file (6 byte(s) left)";
        QTest::newRow("missing close") << qb(cat({header(), u16("[K"), {0, 0}, u16(";v"), {0, 0}, u16(";"), le32(4), u16(";"), le32(4), u16(";"), {1, 0, 0, 0}})) << "broken.pol: offset 38: unexpected end of file: expected ']' closing the entry";
        QTest::newRow("wrong close") << qb(cat({header(), u16("[K"), {0, 0}, u16(";v"), {0, 0}, u16(";"), le32(4), u16(";"), le32(2), u16(";"), {1, 0, 0, 0}, u16("]")})) << "broken.pol: offset 36: expected ']' closing the entry, found U+0000";
        QTest::newRow("second entry broken") << qb(cat({header(), good, u16("[K"), {0, 0}, u16("]")})) << "broken.pol: offset 46: expected ';' after the key, found ']' (U+005D)";
        QTest::newRow("unpaired surrogate") << qb(cat({header(), u16("[K"), {0, 0}, u16(";"), {0x00, 0xD8}, {0, 0}, u16(";")})) << "broken.pol: offset 16: the value name is not valid UTF-16 (unpaired surrogate)";
    }
    void corruptFilesFailWithOffsetAndExpectation()
    {
        QFETCH(QByteArray, image);
        QFETCH(QString, message);
        const Bytes bytes(image.begin(), image.end());
        QCOMPARE(QString::fromStdString(parseError(bytes)), message);
    }

    void everyTruncationOfARealFileFailsCleanly()
    {
        const Bytes original = FileSystem::real().read(kPolDir + "dod-win10-user_user_registry.pol");
        for (std::size_t n = 0; n < original.size(); ++n) {
            const Bytes cut(original.begin(), original.begin() + static_cast<std::ptrdiff_t>(n));
            // a cut exactly at an entry boundary is a valid, shorter file
            try {
                const auto entries = RegistryPol::parse(cut);
                QCOMPARE(RegistryPol::serialize(entries), cut);
            } catch (const Error& e) {
                QVERIFY(!e.location().empty());
            }
        }
    }

    void mutatedFilesNeverCrashOrHalfParse()
    {
        // deterministic byte flips, insertions and deletions over a real file: every result is
        // either a file that round-trips exactly or an error with an offset inside the input
        const Bytes original = FileSystem::real().read(kPolDir + "dod-chrome_machine_registry.pol");
        std::uint64_t state = 0x9E3779B97F4A7C15ull;
        auto next = [&] {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            return state;
        };
        int accepted = 0, rejected = 0;
        for (int round = 0; round < 3000; ++round) {
            Bytes b = original;
            const std::size_t at = next() % b.size();
            switch (next() % 3) {
            case 0: b[at] = static_cast<std::uint8_t>(next()); break;
            case 1: b.insert(b.begin() + static_cast<std::ptrdiff_t>(at), static_cast<std::uint8_t>(next())); break;
            default: b.erase(b.begin() + static_cast<std::ptrdiff_t>(at)); break;
            }
            try {
                const auto entries = RegistryPol::parse(b);
                QCOMPARE(RegistryPol::serialize(entries), b);
                ++accepted;
            } catch (const Error& e) {
                const auto offset = std::stoull(e.location().substr(std::string("offset ").size()));
                QVERIFY(offset <= b.size());
                ++rejected;
            }
        }
        QVERIFY(accepted > 0 && rejected > 0);
    }

    void writerRejectsNamesWithNul()
    {
        RegistryEntry e = RegistryEntry::dword("Key", std::string("a\0b", 3), 1);
        try {
            RegistryPol::serialize({e});
            QFAIL("no error");
        } catch (const Error& err) {
            QCOMPARE(std::string(err.what()),
                     std::string("cannot store the entry Key\\a\\0b: its value name contains a NUL character"));
        }
    }

    void dodRemoteAssistanceSettingsGiveExactlyItsEntries()
    {
        // the configuration GPMC stored in the DoD baseline …
        const auto dod = RegistryPol::read(kPolDir + "dod-win8-computer_machine_registry.pol");
        const auto read = GroupPolicy::read(dod);
        QCOMPARE(read.configuration.state(PolicyId::CustomizeWarningMessages), PolicyState::Enabled);
        QCOMPARE(read.configuration.state(PolicyId::SolicitedRemoteAssistance), PolicyState::Disabled);
        // … written into an empty registry.pol …
        QTemporaryDir dir;
        const std::filesystem::path out = dir.filePath("registry.pol").toStdString();
        RegistryPol::write(out, ChangeSet(read.configuration).entries());
        std::vector<std::string> ours;
        for (const auto& e : RegistryPol::read(out))
            ours.push_back(test::dumpLine(e));
        // … gives exactly the Remote Assistance lines of the corpus dump (the 12 listed in
        // pol/README.md), in the catalog's order rather than GPMC's
        const std::vector<std::string> names = {
            "fAllowToGetHelp", "**del.fAllowFullControl", "**del.MaxTicketExpiry", "**del.MaxTicketExpiryUnits",
            "**del.fUseMailto", "fAllowUnsolicited", "**del.fAllowUnsolicitedFullControl", "LoggingEnabled",
            "UseCustomMessages", "ShareControlMessage", "ViewMessage", "**delvals."};
        std::vector<std::string> expected;
        for (const auto& line : test::dumpFileLines(kPolDir + "dod-win8-computer_machine_registry.dump.txt"))
            for (const auto& n : names)
                if (line.starts_with("[Software\\policies\\Microsoft\\Windows NT\\Terminal Services;" + n + ";")
                    || line.starts_with("[Software\\policies\\Microsoft\\Windows NT\\Terminal Services\\RAUnsolicit;" + n + ";"))
                    expected.push_back(line);
        QCOMPARE(expected.size(), std::size_t(12));
        std::sort(expected.begin(), expected.end());
        std::sort(ours.begin(), ours.end());
        QCOMPARE(ours, expected);
    }

    void writeFaultsLeaveTheFileAsItWas_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("reason");
        QTest::newRow("disk full") << int(FaultyFileSystem::Op::Write) << int(FaultyFileSystem::Fault::NoSpace) << "write failed: No space left on device";
        QTest::newRow("write error") << int(FaultyFileSystem::Op::Write) << int(FaultyFileSystem::Fault::IoError) << "write failed: Input/output error";
        QTest::newRow("rename fails") << int(FaultyFileSystem::Op::Rename) << int(FaultyFileSystem::Fault::Denied) << "cannot rename registry.pol.tmp-";
        QTest::newRow("read-only") << -1 << int(FaultyFileSystem::Fault::ReadOnly) << "write failed: Read-only file system";
    }
    void writeFaultsLeaveTheFileAsItWas()
    {
        QFETCH(int, op);
        QFETCH(int, fault);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const std::filesystem::path target = dir.filePath("registry.pol").toStdString();
        std::filesystem::copy_file(kPolDir + "dod-chrome_machine_registry.pol", target);
        const auto before = test::snapshotTree(dir.path().toStdString());

        FaultyFileSystem fs;
        if (op < 0)
            fs.setReadOnly(true);
        else
            fs.failOn(FaultyFileSystem::Op(op), 1, FaultyFileSystem::Fault(fault));
        try {
            RegistryPol::write(target, {RegistryEntry::dword("K", "v", 1)}, fs);
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(e.file(), displayPath(target));
            QVERIFY2(QString::fromStdString(e.reason()).startsWith(reason), e.what());
        }
        QCOMPARE(fs.failures(), 1);
        QVERIFY(test::snapshotTree(dir.path().toStdString()) == before); // no temporary file left
    }
};

QTEST_GUILESS_MAIN(TestRegistryPol)
#include "TestRegistryPol.moc"
