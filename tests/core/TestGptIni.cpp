#include "core/Error.h"
#include "core/formats/GptIni.h"

#include <QTest>

using namespace ra;

namespace {
Bytes bytes(std::string_view s) { return Bytes(s.begin(), s.end()); }
std::string str(const Bytes& b) { return std::string(b.begin(), b.end()); }
const std::string kReg = "[{35378EAC-683F-11D2-A89A-00C04FBBCFA2}{D02B1F72-3407-48AE-BA88-E8213C6761F1}]";
} // namespace

class TestGptIni : public QObject
{
    Q_OBJECT
private slots:
    void newFileForTheRegistryExtension()
    {
        GptIni ini;
        ini.addMachineExtension(GptIni::registryExtension, GptIni::registryTool);
        ini.incrementMachineVersion();
        QCOMPARE(str(ini.serialize()), "[General]\r\ngPCFunctionalityVersion=2\r\nVersion=1\r\ngPCMachineExtensionNames=" + kReg + "\r\n");
    }

    void machineVersionIsTheLowWord()
    {
        // user version 3, machine version 7: 3 << 16 | 7
        GptIni ini = GptIni::parse(bytes("[General]\nVersion=196615\n"));
        QCOMPARE(ini.machineVersion(), std::uint16_t(7));
        QCOMPARE(ini.userVersion(), std::uint16_t(3));
        ini.incrementMachineVersion();
        QCOMPARE(ini.version(), std::uint32_t(196616));
        QCOMPARE(str(ini.serialize()), std::string("[General]\nVersion=196616\n")); // LF kept
        GptIni wrap = GptIni::parse(bytes("[General]\r\nVersion=131071\r\n")); // 1 << 16 | 65535
        wrap.incrementMachineVersion();
        QCOMPARE(wrap.version(), std::uint32_t(65537));
    }

    void otherExtensionsKeptAndSortedAsGpmcDoes()
    {
        // as in the corpus Backup.xml minus the Registry pair, in a scrambled order
        const std::string others = "[{F3CCC681-B74C-4060-9F26-CD84525DCA2A}{0F3F3735-573D-9804-99E4-AB2A69BA5FD4}]"
                                   "[{827D319E-6EAC-11D2-A4EA-00C04F79F83A}{803E14A0-B4FB-11D0-A0D0-00A0C90F574B}]";
        QCOMPARE(GptIni::withExtension(others, GptIni::registryExtension, GptIni::registryTool),
                 kReg + "[{827D319E-6EAC-11D2-A4EA-00C04F79F83A}{803E14A0-B4FB-11D0-A0D0-00A0C90F574B}]"
                        "[{F3CCC681-B74C-4060-9F26-CD84525DCA2A}{0F3F3735-573D-9804-99E4-AB2A69BA5FD4}]");
        // present already (any case): unchanged; a second tool is added in order
        QCOMPARE(GptIni::withExtension(kReg, GptIni::registryExtension, GptIni::registryTool), kReg);
        QCOMPARE(GptIni::withExtension("[{35378eac-683f-11d2-a89a-00c04fbbcfa2}{0F3F3735-573D-9804-99E4-AB2A69BA5FD4}]",
                                       GptIni::registryExtension, GptIni::registryTool),
                 std::string("[{35378eac-683f-11d2-a89a-00c04fbbcfa2}{0F3F3735-573D-9804-99E4-AB2A69BA5FD4}{D02B1F72-3407-48AE-BA88-E8213C6761F1}]"));
    }

    void everyOtherLineKept()
    {
        const std::string original = "; local policy\r\n[General]\r\ngPCFunctionalityVersion=2\r\ngPCUserExtensionNames=[{A}{B}]\r\nVersion=65536\r\n\r\n[Extra]\r\nx = y\r\n";
        GptIni ini = GptIni::parse(bytes(original));
        ini.addMachineExtension(GptIni::registryExtension, GptIni::registryTool);
        ini.incrementMachineVersion();
        QCOMPARE(str(ini.serialize()), "; local policy\r\n[General]\r\ngPCFunctionalityVersion=2\r\ngPCUserExtensionNames=[{A}{B}]\r\nVersion=65537\r\ngPCMachineExtensionNames=" + kReg + "\r\n\r\n[Extra]\r\nx = y\r\n");
        QCOMPARE(*ini.value("extra", "X"), std::string("y"));
    }

    void utf16FilesStayUtf16()
    {
        const Bytes in = {0xFF, 0xFE, '[', 0, 'G', 0, 'e', 0, 'n', 0, 'e', 0, 'r', 0, 'a', 0, 'l', 0, ']', 0, '\r', 0, '\n', 0,
                          'V', 0, 'e', 0, 'r', 0, 's', 0, 'i', 0, 'o', 0, 'n', 0, '=', 0, '1', 0, '\r', 0, '\n', 0};
        GptIni ini = GptIni::parse(in);
        QCOMPARE(ini.serialize(), in);
        ini.incrementMachineVersion();
        QCOMPARE(ini.serialize()[ini.serialize().size() - 6], std::uint8_t('2'));
    }

    void malformedInputIsReported()
    {
        auto error = [](std::string_view s) {
            try {
                GptIni ini = GptIni::parse(bytes(s), "gpt.ini");
                ini.incrementMachineVersion();
                ini.addMachineExtension(GptIni::registryExtension, GptIni::registryTool);
            } catch (const Error& e) {
                return std::string(e.what());
            }
            return std::string("(no error)");
        };
        QCOMPARE(error("[General\r\n"), std::string("gpt.ini: line 1: expected ']' ending the section name"));
        QCOMPARE(error("[General]\r\nnonsense\r\n"), std::string("gpt.ini: line 2: expected [section], key=value, a comment or a blank line"));
        QCOMPARE(error("[General]\r\nVersion=abc\r\n"), std::string("gpt.ini: [General] Version is \"abc\": expected a number"));
        QCOMPARE(error("[General]\r\ngPCMachineExtensionNames=[{A}x]\r\n"),
                 std::string("gpt.ini: gPCMachineExtensionNames \"[{A}x]\" has 'x' at position 4: expected groups like [{GUID}{GUID}]"));
    }
};

QTEST_GUILESS_MAIN(TestGptIni)
#include "TestGptIni.moc"
