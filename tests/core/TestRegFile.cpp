#include "core/ChangeSet.h"
#include "core/Error.h"
#include "core/GroupPolicy.h"
#include "core/TextCodec.h"
#include "core/formats/RegFile.h"
#include "core/registry/RegistryPlan.h"

#include <QTest>

using namespace ra;

namespace {
const std::string TS = "Software\\policies\\Microsoft\\Windows NT\\Terminal Services";
const std::string HELP = TS + "\\RAUnsolicit";

Bytes utf8(std::string_view s)
{
    return Bytes(s.begin(), s.end());
}

std::string errorOf(const Bytes& bytes)
{
    try {
        RegFile::parse(bytes, "in.reg");
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}

Configuration sample()
{
    Configuration c;
    c.setState(PolicyId::SessionLogging, PolicyState::Disabled);
    c.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Enabled);
    c.setOption(PolicyId::SolicitedRemoteAssistance, "RA_Solicit_ExpireValue_Edt", std::uint32_t(3));
    c.setOption(PolicyId::SolicitedRemoteAssistance, "RA_Solicit_ExpireUnits_List", std::uint32_t(2));
    c.setOption(PolicyId::SolicitedRemoteAssistance, "RA_Solicit_Mailto_List", std::uint32_t(0));
    c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
    c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_Control_List", std::uint32_t(0));
    c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit",
                std::vector<std::string>{"CONTOSO\\Helpdesk", "CONTOSO\\J\xc3\xbcrgen \"\xe2\x82\xac\""});
    return c;
}
} // namespace

class TestRegFile : public QObject
{
    Q_OBJECT
private slots:
    void writesConfigurationAsRegedit()
    {
        const ChangeSet changes(sample());
        auto entries = changes.entries();
        for (auto& e : RegistryPlan::removalEntries(PolicyId::CustomizeWarningMessages))
            entries.push_back(e);
        const RegFile file = RegFile::fromEntries(entries);
        const std::string expected =
            "Windows Registry Editor Version 5.00\r\n"
            "\r\n"
            "[HKEY_LOCAL_MACHINE\\Software\\policies\\Microsoft\\Windows NT\\Terminal Services]\r\n"
            "\"LoggingEnabled\"=dword:00000000\r\n"
            "\"fAllowToGetHelp\"=dword:00000001\r\n"
            "\"fAllowFullControl\"=dword:00000001\r\n"
            "\"MaxTicketExpiry\"=dword:00000003\r\n"
            "\"MaxTicketExpiryUnits\"=dword:00000002\r\n"
            "\"fUseMailto\"=dword:00000000\r\n"
            "\"fAllowUnsolicited\"=dword:00000001\r\n"
            "\"fAllowUnsolicitedFullControl\"=dword:00000000\r\n"
            "\"UseCustomMessages\"=-\r\n"
            "\"ShareControlMessage\"=-\r\n"
            "\"ViewMessage\"=-\r\n"
            "\r\n"
            "[-HKEY_LOCAL_MACHINE\\Software\\policies\\Microsoft\\Windows NT\\Terminal Services\\RAUnsolicit]\r\n"
            "\r\n"
            "[HKEY_LOCAL_MACHINE\\Software\\policies\\Microsoft\\Windows NT\\Terminal Services\\RAUnsolicit]\r\n"
            "\"CONTOSO\\\\Helpdesk\"=\"CONTOSO\\\\Helpdesk\"\r\n"
            "\"CONTOSO\\\\J\xc3\xbcrgen \\\"\xe2\x82\xac\\\"\"=\"CONTOSO\\\\J\xc3\xbcrgen \\\"\xe2\x82\xac\\\"\"\r\n"
            "\r\n";
        QCOMPARE(file.toText(), expected);

        // on disk: UTF-16LE with a byte order mark, the same text
        const Bytes bytes = file.toBytes();
        QCOMPARE(bytes.size(), 2 + 2 * text::toUtf16(expected).size());
        QCOMPARE(int(bytes[0]), 0xFF);
        QCOMPARE(int(bytes[1]), 0xFE);
        QCOMPARE(int(bytes[2]), int('W'));
        QCOMPARE(int(bytes[3]), 0);
        // "ü" (U+00FC) is one UTF-16 unit, "€" (U+20AC) too
        const std::u16string units = text::toUtf16(expected);
        QVERIFY(units.find(u"J\u00fcrgen \\\"\u20ac") != std::u16string::npos);
    }

    void everyTypeRoundTrips()
    {
        RegFile file;
        RegFile::Key k{"HKEY_LOCAL_MACHINE\\Software\\Test \"quoted\" \\ key", false, {}};
        k.values.push_back({"", false, RegType::Sz, RegistryEntry::string({}, {}, "default").data});
        k.values.push_back({"sz", false, RegType::Sz, RegistryEntry::string({}, {}, "a\\b\"c").data});
        k.values.push_back({"empty", false, RegType::Sz, RegistryEntry::string({}, {}, "").data});
        k.values.push_back({"expand", false, RegType::ExpandSz,
                            RegistryEntry::string({}, {}, "%SystemRoot%\\System32\\msra.exe", RegType::ExpandSz).data});
        k.values.push_back({"multi", false, RegType::MultiSz, RegistryEntry::multiString({}, {}, {"one", "tw\xc3\xb6"}).data});
        k.values.push_back({"dw", false, RegType::Dword, RegistryEntry::dword({}, {}, 0xdeadbeef).data});
        k.values.push_back({"qw", false, RegType::Qword, RegistryEntry::qword({}, {}, 0x0102030405060708ULL).data});
        k.values.push_back({"bin", false, RegType::Binary, {0x00, 0xff, 0x10}});
        k.values.push_back({"nobin", false, RegType::Binary, {}});
        k.values.push_back({"none", false, RegType::None, {0x01}});
        k.values.push_back({"big", false, RegType::DwordBigEndian, {0, 0, 0, 1}});
        k.values.push_back({"sz-with-newline", false, RegType::Sz, RegistryEntry::string({}, {}, "a\r\nb").data});
        k.values.push_back({"gone", true, RegType::None, {}});
        file.keys.push_back(k);
        file.keys.push_back({"HKEY_LOCAL_MACHINE\\Software\\Removed", true, {}});

        const std::string text = file.toText();
        QVERIFY(text.find("[HKEY_LOCAL_MACHINE\\Software\\Test \"quoted\" \\ key]\r\n@=\"default\"\r\n") != std::string::npos);
        QVERIFY(text.find("\"sz\"=\"a\\\\b\\\"c\"\r\n") != std::string::npos);
        QVERIFY(text.find("\"empty\"=\"\"\r\n") != std::string::npos);
        QVERIFY(text.find("\"multi\"=hex(7):6f,00,6e,00,65,00,00,00,74,00,77,00,f6,00,00,00,00,00\r\n") != std::string::npos);
        QVERIFY(text.find("\"dw\"=dword:deadbeef\r\n") != std::string::npos);
        QVERIFY(text.find("\"qw\"=hex(b):08,07,06,05,04,03,02,01\r\n") != std::string::npos);
        QVERIFY(text.find("\"bin\"=hex:00,ff,10\r\n") != std::string::npos);
        QVERIFY(text.find("\"nobin\"=hex:\r\n") != std::string::npos);
        QVERIFY(text.find("\"none\"=hex(0):01\r\n") != std::string::npos);
        QVERIFY(text.find("\"big\"=hex(5):00,00,00,01\r\n") != std::string::npos);
        QVERIFY(text.find("\"sz-with-newline\"=hex(1):61,00,0d,00,0a,00,62,00,00,00\r\n") != std::string::npos);
        QVERIFY(text.find("\"gone\"=-\r\n") != std::string::npos);
        QVERIFY(text.find("\r\n[-HKEY_LOCAL_MACHINE\\Software\\Removed]\r\n") != std::string::npos);
        // a long hex value wraps like regedit: at most 80 columns with the backslash, then two spaces
        QVERIFY(text.find("\"expand\"=hex(2):25,00,53,00,79,00,73,00,74,00,65,00,6d,00,52,00,6f,00,6f,00,74,\\\r\n"
                          "  00,25,00,5c,00,53,00,79,00,73,00,74,00,65,00,6d,00,33,00,32,00,5c,00,6d,00,\\\r\n"
                          "  73,00,72,00,61,00,2e,00,65,00,78,00,65,00,00,00\r\n")
                != std::string::npos);

        const RegFile back = RegFile::parse(file.toBytes(), "t.reg");
        QCOMPARE(back.keys.size(), file.keys.size());
        for (std::size_t i = 0; i < file.keys[0].values.size(); ++i) {
            QCOMPARE(back.keys[0].values[i].name, file.keys[0].values[i].name);
            QCOMPARE(back.keys[0].values[i].type, file.keys[0].values[i].type);
            QVERIFY(back.keys[0].values[i].data == file.keys[0].values[i].data);
            QCOMPARE(back.keys[0].values[i].remove, file.keys[0].values[i].remove);
        }
        QVERIFY(back == file);
    }

    void readsUtf8AndRegedit4WithComments()
    {
        const std::string text = "REGEDIT4\n"
                                 "; exported by hand\n"
                                 "\n"
                                 "[HKEY_LOCAL_MACHINE\\Software\\policies\\Microsoft\\Windows NT\\Terminal Services]\n"
                                 "\"fAllowToGetHelp\"=dword:1\n"
                                 "\"Bin\"=hex:01,02,\\\n"
                                 "    03 , 04\n"
                                 "  \"Sz\" = \"x\"  \n";
        const RegFile f = RegFile::parse(utf8(text), "hand.reg");
        QCOMPARE(f.keys.size(), std::size_t(1));
        QCOMPARE(f.keys[0].values.size(), std::size_t(3));
        QCOMPARE(f.keys[0].values[0].data, (Bytes{1, 0, 0, 0}));
        QCOMPARE(f.keys[0].values[1].data, (Bytes{1, 2, 3, 4}));
        QCOMPARE(f.keys[0].values[2].data, RegistryEntry::string({}, {}, "x").data);
    }

    void errorsNameFileAndLine()
    {
        QCOMPARE(errorOf({}), std::string("in.reg: line 1: empty file: the header \"Windows Registry Editor Version 5.00\" is missing"));
        QCOMPARE(errorOf(utf8("Windows Registry Editor Version 4.00\r\n")),
                 std::string("in.reg: line 1: expected the header \"Windows Registry Editor Version 5.00\", found \"Windows Registry Editor Version 4.00\""));
        const std::string head = "Windows Registry Editor Version 5.00\r\n\r\n";
        QCOMPARE(errorOf(utf8(head + "\"a\"=dword:1\r\n")), std::string("in.reg: line 3: a value before the first [key] line"));
        QCOMPARE(errorOf(utf8(head + "[HKEY_LOCAL_MACHINE\\S]\r\n\"a\"=dword:123456789\r\n")),
                 std::string("in.reg: line 4: dword: must be followed by 1 to 8 hex digits, found \"123456789\""));
        QCOMPARE(errorOf(utf8(head + "[HKEY_LOCAL_MACHINE\\S]\r\n\"a\"=\"x\\n\"\r\n")),
                 std::string("in.reg: line 4: unknown escape \\n in a quoted string (only \\\\ and \\\" are allowed)"));
        QCOMPARE(errorOf(utf8(head + "[HKEY_LOCAL_MACHINE\\S]\r\n\"a\"=\"x\r\n")),
                 std::string("in.reg: line 4: a quoted string is not closed (missing \")"));
        QCOMPARE(errorOf(utf8(head + "[HKEY_LOCAL_MACHINE\\S]\r\n\"a\"=hex:01,zz\r\n")),
                 std::string("in.reg: line 4: expected a byte as two hex digits at column 4, found \"zz\""));
        QCOMPARE(errorOf(utf8(head + "[HKEY_LOCAL_MACHINE\\S]\r\n\"a\"=hex(2:01\r\n")),
                 std::string("in.reg: line 4: expected hex(<type in hex>): such as hex(2): or hex(7):"));
        QCOMPARE(errorOf(utf8(head + "[HKEY_LOCAL_MACHINE\\S]\r\n\"a\"=word:1\r\n")),
                 std::string("in.reg: line 4: unknown value format \"word:1\"; expected \"text\", dword:, hex:, hex(N): or -"));
        QCOMPARE(errorOf(utf8(head + "[HKEY_LOCAL_MACHINE\\S\r\n")), std::string("in.reg: line 3: a key line must end with ']'"));
        QCOMPARE(errorOf(utf8(head + "[-HKEY_LOCAL_MACHINE\\S]\r\n\"a\"=-\r\n")),
                 std::string("in.reg: line 4: a value under a [-key] line, which deletes the key"));
        QCOMPARE(errorOf(utf8(head + "garbage\r\n")),
                 std::string("in.reg: line 3: expected [key], \"name\"=value, @=value or a ; comment, found \"garbage\""));
        // the line number counts physical lines, continuation lines included
        QCOMPARE(errorOf(utf8(head + "[HKEY_LOCAL_MACHINE\\S]\r\n\"a\"=hex:01,\\\r\n  02\r\n\"b\"=x\r\n")),
                 std::string("in.reg: line 6: unknown value format \"x\"; expected \"text\", dword:, hex:, hex(N): or -"));
        QCOMPARE(errorOf(Bytes{0xFF, 0xFE, 0x41}), std::string("in.reg: offset 2: odd number of bytes in a UTF-16LE file"));
        QCOMPARE(errorOf(Bytes{0xC3, 0x28}),
                 std::string("in.reg: not UTF-16LE with a byte order mark (as regedit writes) and not valid UTF-8 either"));
    }

    void readsBackIntoTheSameConfiguration()
    {
        const Configuration config = sample();
        const ChangeSet changes(config);
        const RegFile file = RegFile::fromEntries(changes.entries());
        const RegFile back = RegFile::parse(file.toBytes(), "x.reg");
        std::vector<Note> notes;
        const auto entries = back.toEntries(&notes);
        QVERIFY(notes.empty());
        const auto read = GroupPolicy::read(entries);
        QVERIFY(read.configuration.sameEffect(config));
        QVERIFY(read.foreign.empty());
    }

    void toEntriesMapsDeletesAndSkipsOtherHives()
    {
        const std::string text = "Windows Registry Editor Version 5.00\r\n\r\n"
                                 "[HKEY_CURRENT_USER\\Software\\X]\r\n\"a\"=dword:1\r\n\r\n"
                                 "[-HKLM\\" + HELP + "]\r\n\r\n"
                                 "[HKEY_LOCAL_MACHINE\\" + TS + "]\r\n\"fAllowToGetHelp\"=-\r\n";
        std::vector<Note> notes;
        const auto entries = RegFile::parse(utf8(text)).toEntries(&notes);
        QCOMPARE(entries.size(), std::size_t(2));
        QVERIFY(entries[0] == RegistryEntry::control(HELP, "**delvals."));
        QVERIFY(entries[1] == RegistryEntry::control(TS, "**del.fAllowToGetHelp"));
        QCOMPARE(notes, std::vector<Note>{Note("reg-key-skipped", {"[HKEY_CURRENT_USER\\Software\\X]"},
                                               "[HKEY_CURRENT_USER\\Software\\X] is not under HKEY_LOCAL_MACHINE and "
                                               "was skipped")});
    }
};

QTEST_APPLESS_MAIN(TestRegFile)
#include "TestRegFile.moc"
