#include "core/ChangeSet.h"
#include "core/Error.h"
#include "core/GroupPolicy.h"
#include "core/formats/LgpoText.h"
#include "core/formats/RegistryPol.h"

#include <QTest>

using namespace ra;

namespace {
const std::string kPolDir = std::string(RA_CORPUS_DIR) + "/pol/";
const std::string kKey = "Software\\policies\\Microsoft\\Windows NT\\Terminal Services";

std::string errorOf(std::string_view text)
{
    try {
        LgpoText::parse(text, "lgpo.txt");
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}
} // namespace

class TestLgpoText : public QObject
{
    Q_OBJECT
private slots:
    void rendersTheDisabledOfferPolicyAsLgpoParseDoes()
    {
        // Salt's integration test checks LGPO /parse output for RA_Unsolicit Disabled:
        // fAllowUnsolicited DWORD:0, fAllowUnsolicitedFullControl DELETE, RAUnsolicit * DELETEALLVALUES
        Configuration c;
        c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Disabled);
        const std::string text = LgpoText::render(ChangeSet(c).entries());
        QCOMPARE(text, "Computer\r\n" + kKey + "\r\nfAllowUnsolicited\r\nDWORD:0\r\n\r\n"
                       "Computer\r\n" + kKey + "\r\nfAllowUnsolicitedFullControl\r\nDELETE\r\n\r\n"
                       "Computer\r\n" + kKey + "\\RAUnsolicit\r\n*\r\nDELETEALLVALUES\r\n\r\n");
    }

    void corpusFilesRoundTripThroughLgpoText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("win8-computer") << "dod-win8-computer_machine_registry";
        QTest::newRow("chrome") << "dod-chrome_machine_registry";
        QTest::newRow("win10-user") << "dod-win10-user_user_registry";
    }
    void corpusFilesRoundTripThroughLgpoText()
    {
        QFETCH(QString, name);
        const std::string path = kPolDir + name.toStdString() + ".pol";
        const Bytes original = FileSystem::real().read(path);
        std::vector<std::string> skipped;
        const std::string text = LgpoText::render(RegistryPol::parse(original), "Computer", &skipped);
        QVERIFY(skipped.empty());
        const auto back = LgpoText::entries(LgpoText::parse(LgpoText::encode(text), "x.txt"));
        QVERIFY(RegistryPol::serialize(back) == original);
    }

    void everyActionBothWays()
    {
        const std::string k = "Software\\Policies\\Test";
        const std::vector<RegistryEntry> entries = {
            RegistryEntry::dword(k, "d", 4294967295u),
            RegistryEntry::qword(k, "q", 18446744073709551615ull),
            RegistryEntry::string(k, "s", "C:\\new\\path\r\nline 2 ☃"),
            RegistryEntry::string(k, "", "default value"),
            RegistryEntry::string(k, "e", "%USERPROFILE%\\Desktop", RegType::ExpandSz),
            RegistryEntry::multiString(k, "m", {"One", "Two\\0", "Three"}),
            RegistryEntry::multiString(k, "m0", {}),
            {k, "b", RegType::Binary, {0x00, 0xff, 0x01, 0xfe}},
            {k, "b0", RegType::Binary, {}},
            RegistryEntry::control(k, "**del.gone"),
            RegistryEntry::control(k, "**delvals."),
            RegistryEntry::string(k, "**DeleteKeys", "QoS Rule 1;QoS Rule 2"),
            {k + "\\Logging", "", RegType::None, {}},
            RegistryEntry::dword(k, "**SecureKey", 1),
            RegistryEntry::dword(k, "**soft.x", 5),
            RegistryEntry::control(k, "**DelVals."), // not the canonical spelling: literal
        };
        std::vector<std::string> skipped;
        const std::string text = LgpoText::render(entries, "User", &skipped, "made by a test\nsecond line");
        QVERIFY(skipped.empty());
        QVERIFY(text.starts_with("; made by a test\r\n; second line\r\n\r\nUser\r\n"));
        QVERIFY(text.find("\r\ns\r\nSZ:C:\\\\new\\\\path\\r\\nline 2 ☃\r\n") != std::string::npos);
        QVERIFY(text.find("\r\n(Default)\r\nSZ:default value\r\n") != std::string::npos);
        QVERIFY(text.find("\r\nm\r\nMULTISZ:One\\0Two\\\\0\\0Three\r\n") != std::string::npos);
        QVERIFY(text.find("\r\nb\r\nBINARY:00,ff,01,fe\r\n") != std::string::npos);
        QVERIFY(text.find("\r\nQoS Rule 1;QoS Rule 2\r\nDELETEKEYS\r\n") != std::string::npos);
        QVERIFY(text.find("\\Logging\r\n*\r\nCREATEKEY\r\n") != std::string::npos);
        QVERIFY(text.find("\r\n**DelVals.\r\nSZ: \r\n") != std::string::npos);
        const auto records = LgpoText::parse(LgpoText::encode(text));
        QCOMPARE(records.front().configuration, std::string("User"));
        QCOMPARE(records.front().line, std::size_t(4));
        QVERIFY(LgpoText::entries(records) == entries);
        QCOMPARE(LgpoText::encode(text).front(), std::uint8_t(0xFF)); // non-ASCII: UTF-16LE with BOM
    }

    void unrepresentableEntriesAreReported()
    {
        std::vector<std::string> skipped;
        const std::string text = LgpoText::render(
            {{"K", "be", RegType::DwordBigEndian, {0, 0, 0, 1}}, {"K", "noterm", RegType::Sz, {'a', 0}}}, "Computer", &skipped);
        QCOMPARE(skipped, (std::vector<std::string>{"[K;be;REG_DWORD_BIG_ENDIAN;4]", "[K;noterm;REG_SZ;2]"}));
        QCOMPARE(text, std::string("; not representable in LGPO text, left out: [K;be;REG_DWORD_BIG_ENDIAN;4]\r\n\r\n"
                                   "; not representable in LGPO text, left out: [K;noterm;REG_SZ;2]\r\n\r\n"));
    }

    void readsLgposOwnSample()
    {
        const std::string sample = "; Revert the Intranet zone's setting\n"
                                   "Computer\n"
                                   "Software\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\Zones\\1\n"
                                   "1C00\n"
                                   "DELETE\n"
                                   "\n"
                                   "User:Non-Administrators\n"
                                   "Software\\Policies\\Microsoft\\Internet Explorer\\Main\n"
                                   "Use FormSuggest\n"
                                   "SZ:no\n"
                                   "; Removes all allowed remote assistance helpers\n"
                                   "Computer\n"
                                   "Software\\Policies\\Microsoft\\Windows NT\\Terminal Services\\RAUnsolicit\n"
                                   "*\n"
                                   "DELETEALLVALUES\n"
                                   "computer\n"
                                   "K\n"
                                   "v\n"
                                   "DWORD:0x10000\n";
        const auto r = LgpoText::parse(sample);
        QCOMPARE(r.size(), std::size_t(4));
        QCOMPARE(r[0].entry, RegistryEntry::control("Software\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\Zones\\1", "**del.1C00"));
        QCOMPARE(r[1].configuration, std::string("User:Non-Administrators"));
        QCOMPARE(r[1].entry, RegistryEntry::string("Software\\Policies\\Microsoft\\Internet Explorer\\Main", "Use FormSuggest", "no"));
        QCOMPARE(r[2].entry.valueName, std::string("**delvals."));
        QCOMPARE(r[2].line, std::size_t(12));
        QCOMPARE(*r[3].entry.asDword(), std::uint32_t(0x10000));
        // the helpers of the Offer policy are read as the engine expects
        QCOMPARE(GroupPolicy::ownerOf(r[2].entry), std::optional<PolicyId>(PolicyId::UnsolicitedRemoteAssistance));
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad configuration") << "Machine\nK\nv\nDELETE\n" << "lgpo.txt: line 1: expected a configuration line (Computer, User or User:<name>), found \"Machine\"";
        QTest::newRow("trailing space") << "Computer \nK\nv\nDELETE\n" << "lgpo.txt: line 1: the configuration line \"Computer \" has leading or trailing white space";
        QTest::newRow("incomplete") << "\n\nComputer\nK\nv\n" << "lgpo.txt: line 6: the entry that starts on line 3 is incomplete: expected its action line";
        QTest::newRow("unknown action") << "Computer\nK\nv\nSTRING:x\n" << "lgpo.txt: line 4: unknown action \"STRING:x\": expected DELETE, DELETEALLVALUES, DELETEKEYS, CREATEKEY, DWORD:, QWORD:, SZ:, EXSZ:, MULTISZ: or BINARY:";
        QTest::newRow("dword range") << "Computer\nK\nv\nDWORD:4294967296\n" << "lgpo.txt: line 4: \"DWORD:4294967296\": expected DWORD:n with n a decimal or 0x-hex number up to 4294967295";
        QTest::newRow("binary") << "Computer\nK\nv\nBINARY:0,ff\n" << "lgpo.txt: line 4: \"0\" in BINARY: expected two hex digits per byte, separated by commas";
        QTest::newRow("clear") << "Computer\nK\n*\nCLEAR\n" << "lgpo.txt: line 4: CLEAR only works with LGPO /t and has no registry.pol form";
        QTest::newRow("comment inside") << "Computer\nK\n; note\nDELETE\n" << "lgpo.txt: line 3: the entry that starts on line 1 is incomplete: expected its value name line";
    }
    void errorsNameTheLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QCOMPARE(QString::fromStdString(errorOf(text.toStdString())), message);
    }
};

QTEST_GUILESS_MAIN(TestLgpoText)
#include "TestLgpoText.moc"
