// SyncML rendering and reading of the four ADMX-backed Remote Assistance policies
// (rules: shared/corpus/FINDINGS.md §3).
#include "core/Error.h"
#include "core/formats/SyncMl.h"

#include <QtTest>

using namespace ra;

namespace {

/// Every option set, with XML special characters, a non-ASCII helper and a value that contains
/// the CDATA terminator.
Configuration everything()
{
    Configuration c;
    c.setState(PolicyId::CustomizeWarningMessages, PolicyState::Enabled);
    c.setOption(PolicyId::CustomizeWarningMessages, "RA_Options_Share_Control_Message",
                std::string("Tom & Jerry's <helpdesk> says \"hands off\" ]]> now"));
    c.setOption(PolicyId::CustomizeWarningMessages, "RA_Options_Connect_Message",
                std::string("Zwei Zeilen:\nÜberwachung läuft\tjetzt"));
    c.setState(PolicyId::SessionLogging, PolicyState::Enabled);
    c.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Enabled);
    c.setOption(PolicyId::SolicitedRemoteAssistance, "RA_Solicit_Control_List", std::uint32_t(0));
    c.setOption(PolicyId::SolicitedRemoteAssistance, "RA_Solicit_ExpireValue_Edt", std::uint32_t(42));
    c.setOption(PolicyId::SolicitedRemoteAssistance, "RA_Solicit_ExpireUnits_List", std::uint32_t(2));
    c.setOption(PolicyId::SolicitedRemoteAssistance, "RA_Solicit_Mailto_List", std::uint32_t(0));
    c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
    c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_Control_List", std::uint32_t(0));
    c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit",
                std::vector<std::string>{"CONTOSO\\Helpdesk", "CONTOSO\\Zoë Ørsted", "CONTOSO\\R&D <Tier2>"});
    return c;
}

/// The expected document for everything(), kept as a file so it reads like the real thing.
std::string expectedEverything()
{
    QFile f(QStringLiteral(RA_TEST_DATA_DIR "/syncml/every-option.xml"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll().toStdString();
}
const std::string kEverything = expectedEverything();
QString error(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return QString::fromUtf8(e.what());
    }
    return QStringLiteral("(no error)");
}

std::string replaceAll(std::string s, std::string_view from, std::string_view to)
{
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

} // namespace

class TestSyncMl : public QObject
{
    Q_OBJECT
private slots:
    void wholeDocumentWithEveryOption()
    {
        QCOMPARE(QString::fromStdString(SyncMl::render(everything())), QString::fromStdString(kEverything));
        // the ChangeSet overload renders the same
        QCOMPARE(SyncMl::render(ChangeSet(everything())), kEverything);
    }

    void noLineBreakOrStrayWhiteSpaceInPayloadsAndUris()
    {
        const std::string doc = SyncMl::render(everything());
        std::size_t from = 0;
        int payloads = 0;
        while ((from = doc.find("<Data>", from)) != std::string::npos) {
            const auto end = doc.find("</Data>", from);
            const std::string data = doc.substr(from + 6, end - from - 6);
            QVERIFY(data.find_first_of("\r\n") == std::string::npos);
            QVERIFY(data.starts_with("<![CDATA[<"));
            QVERIFY(data.ends_with("/>]]>"));
            QVERIFY(data.find("> <") == std::string::npos);
            ++payloads;
            from = end;
        }
        QCOMPARE(payloads, 4);
        from = 0;
        int uris = 0;
        while ((from = doc.find("<LocURI>", from)) != std::string::npos) {
            const auto end = doc.find("</LocURI>", from);
            const std::string uri = doc.substr(from + 8, end - from - 8);
            QVERIFY(uri.find_first_of(" \t\r\n") == std::string::npos);
            QVERIFY(uri.starts_with("./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/"));
            ++uris;
            from = end;
        }
        QCOMPARE(uris, 4);
        QVERIFY(doc.find('\r') == std::string::npos);
    }

    void disabledDocument()
    {
        Configuration c = everything(); // option values are kept in the configuration …
        for (PolicyId id : kAllPolicies)
            c.setState(id, PolicyState::Disabled);
        std::string expected = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                               "<SyncML xmlns=\"SYNCML:SYNCML1.2\">\n"
                               "  <SyncBody>\n";
        int cmd = 0;
        for (const char* node : {"CustomizeWarningMessages", "SessionLogging", "SolicitedRemoteAssistance",
                                 "UnsolicitedRemoteAssistance"})
            expected += "    <Replace>\n"
                        "      <CmdID>" + std::to_string(++cmd) + "</CmdID>\n"
                        "      <Item>\n"
                        "        <Meta>\n"
                        "          <Format>chr</Format>\n"
                        "          <Type>text/plain</Type>\n"
                        "        </Meta>\n"
                        "        <Target>\n"
                        "          <LocURI>./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/"
                        + std::string(node) + "</LocURI>\n"
                        "        </Target>\n"
                        "        <Data><![CDATA[<disabled/>]]></Data>\n" // … but never written
                        "      </Item>\n"
                        "    </Replace>\n";
        expected += "    <Final/>\n  </SyncBody>\n</SyncML>\n";
        QCOMPARE(SyncMl::render(c), expected);
    }

    void notConfiguredDocument()
    {
        const Configuration c;
        std::string expected = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                               "<SyncML xmlns=\"SYNCML:SYNCML1.2\">\n"
                               "  <SyncBody>\n";
        int cmd = 0;
        for (const char* node : {"CustomizeWarningMessages", "SessionLogging", "SolicitedRemoteAssistance",
                                 "UnsolicitedRemoteAssistance"})
            expected += "    <Delete>\n"
                        "      <CmdID>" + std::to_string(++cmd) + "</CmdID>\n"
                        "      <Item>\n"
                        "        <Target>\n"
                        "          <LocURI>./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/"
                        + std::string(node) + "</LocURI>\n"
                        "        </Target>\n"
                        "      </Item>\n"
                        "    </Delete>\n";
        expected += "    <Final/>\n  </SyncBody>\n</SyncML>\n";
        QCOMPARE(SyncMl::render(c), expected);
    }

    void payloadPerState()
    {
        Configuration c;
        QCOMPARE(SyncMl::payload(c, PolicyId::SolicitedRemoteAssistance), std::string());
        c.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Enabled);
        // the Group Policy editor's defaults, every element present
        QCOMPARE(SyncMl::payload(c, PolicyId::SolicitedRemoteAssistance),
                 std::string("<enabled/><data id=\"RA_Solicit_Control_List\" value=\"1\"/>"
                             "<data id=\"RA_Solicit_ExpireValue_Edt\" value=\"1\"/>"
                             "<data id=\"RA_Solicit_ExpireUnits_List\" value=\"1\"/>"
                             "<data id=\"RA_Solicit_Mailto_List\" value=\"1\"/>"));
        c.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Disabled);
        QCOMPARE(SyncMl::payload(c, PolicyId::SolicitedRemoteAssistance), std::string("<disabled/>"));
        // an Enabled empty helper list and empty messages still carry every data id
        c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
        QCOMPARE(SyncMl::payload(c, PolicyId::UnsolicitedRemoteAssistance),
                 std::string("<enabled/><data id=\"RA_Unsolicit_Control_List\" value=\"1\"/>"
                             "<data id=\"RA_Unsolicit_DACL_Edit\" value=\"\"/>"));
        c.setState(PolicyId::CustomizeWarningMessages, PolicyState::Enabled);
        QCOMPARE(SyncMl::payload(c, PolicyId::CustomizeWarningMessages),
                 std::string("<enabled/><data id=\"RA_Options_Share_Control_Message\" value=\"\"/>"
                             "<data id=\"RA_Options_Connect_Message\" value=\"\"/>"));
    }

    void findingsDerivedPayloads()
    {
        // the payloads FINDINGS §3.2 derives for these policies, byte for byte
        Configuration c;
        c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
        c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit",
                    std::vector<std::string>{"CONTOSO\\Helpdesk", "CONTOSO\\Tier2"});
        QCOMPARE(SyncMl::payload(c, PolicyId::UnsolicitedRemoteAssistance),
                 std::string("<enabled/><data id=\"RA_Unsolicit_Control_List\" value=\"1\"/><data "
                             "id=\"RA_Unsolicit_DACL_Edit\" value=\"CONTOSO\\Helpdesk&#xF000;CONTOSO\\Helpdesk&#xF000;"
                             "CONTOSO\\Tier2&#xF000;CONTOSO\\Tier2\"/>"));
        c.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        QCOMPARE(SyncMl::payload(c, PolicyId::SessionLogging), std::string("<enabled/>"));
        c.setState(PolicyId::SessionLogging, PolicyState::Disabled);
        QCOMPARE(SyncMl::payload(c, PolicyId::SessionLogging), std::string("<disabled/>"));
    }

    void mixedStatesHaveIncreasingCmdIds()
    {
        Configuration c;
        c.setState(PolicyId::SessionLogging, PolicyState::Disabled);
        c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
        const std::string doc = SyncMl::render(c);
        QCOMPARE(doc.find("<Delete>\n      <CmdID>1</CmdID>") != std::string::npos, true);
        QCOMPARE(doc.find("<Replace>\n      <CmdID>2</CmdID>") != std::string::npos, true);
        QCOMPARE(doc.find("<Delete>\n      <CmdID>3</CmdID>") != std::string::npos, true);
        QCOMPARE(doc.find("<Replace>\n      <CmdID>4</CmdID>") != std::string::npos, true);
        QVERIFY(doc.ends_with("    <Final/>\n  </SyncBody>\n</SyncML>\n"));
    }

    void roundTripEveryState()
    {
        const PolicyState states[] = {PolicyState::NotConfigured, PolicyState::Enabled, PolicyState::Disabled};
        for (PolicyState a : states)
            for (PolicyState b : states) {
                Configuration c = everything();
                c.setState(PolicyId::CustomizeWarningMessages, a);
                c.setState(PolicyId::SessionLogging, b);
                c.setState(PolicyId::SolicitedRemoteAssistance, a);
                c.setState(PolicyId::UnsolicitedRemoteAssistance, b);
                const SyncMlReadResult r = SyncMl::read(SyncMl::render(c), "x.xml");
                QVERIFY(r.notes.empty());
                QVERIFY(r.configuration.sameEffect(c));
                for (PolicyId id : kAllPolicies) {
                    QCOMPARE(r.configuration.state(id), c.state(id));
                    if (c.state(id) == PolicyState::Enabled)
                        QVERIFY(r.configuration.setting(id).options == c.setting(id).options);
                    else // Disabled and Not configured carry no option values: the reader gives defaults
                        QVERIFY(r.configuration.setting(id).options == Configuration().setting(id).options);
                }
            }
        // the exact values survive, including the non-ASCII helper and the CDATA terminator
        const SyncMlReadResult r = SyncMl::read(kEverything);
        QCOMPARE(r.configuration.list(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit"),
                 (std::vector<std::string>{"CONTOSO\\Helpdesk", "CONTOSO\\Zoë Ørsted", "CONTOSO\\R&D <Tier2>"}));
        QCOMPARE(r.configuration.text(PolicyId::CustomizeWarningMessages, "RA_Options_Share_Control_Message"),
                 std::string("Tom & Jerry's <helpdesk> says \"hands off\" ]]> now"));
        QCOMPARE(r.configuration.text(PolicyId::CustomizeWarningMessages, "RA_Options_Connect_Message"),
                 std::string("Zwei Zeilen:\nÜberwachung läuft\tjetzt"));
    }

    void readsMicrosoftStyleVariants()
    {
        // escaped instead of CDATA, upper-case <Enabled/>/<Data>, data ids in another order,
        // a SyncHdr, CRLF line ends, a foreign node and a Get
        const std::string doc =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<SyncML xmlns=\"SYNCML:SYNCML1.2\"><SyncHdr/><SyncBody>\r\n"
            "<Replace><CmdID>7</CmdID><Item><Meta><Format>chr</Format></Meta>"
            "<Target><LocURI>./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/UnsolicitedRemoteAssistance</LocURI></Target>"
            "<Data>&lt;Enabled/&gt;&lt;Data id=\"RA_Unsolicit_DACL_Edit\" value=\"A\\b&amp;#xF000;A\\b\"/&gt;"
            "&lt;Data id=\"RA_Unsolicit_Control_List\" value=\"0\"/&gt;</Data></Item></Replace>\r\n"
            "<Replace><CmdID>8</CmdID><Item><Meta><Format>chr</Format></Meta>"
            "<Target><LocURI>./Device/Vendor/MSFT/Policy/Config/Browser/HomePages</LocURI></Target>"
            "<Data>x</Data></Item></Replace>"
            "<Get><CmdID>9</CmdID><Item><Target><LocURI>./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/SessionLogging</LocURI></Target></Item></Get>"
            "<Final/></SyncBody></SyncML>\r\n";
        const SyncMlReadResult r = SyncMl::read(doc, "ms.xml");
        QCOMPARE(r.configuration.state(PolicyId::UnsolicitedRemoteAssistance), PolicyState::Enabled);
        QCOMPARE(r.configuration.number(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_Control_List"), 0u);
        QCOMPARE(r.configuration.list(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit"),
                 std::vector<std::string>{"A\\b"});
        QCOMPARE(r.notes.size(), std::size_t(5));
        QCOMPARE(r.notes[0], std::string("ignored <Replace> of ./Device/Vendor/MSFT/Policy/Config/Browser/HomePages "
                                         "at CmdID 8 (line 4): not a Remote Assistance policy"));
        QCOMPARE(r.notes[1], std::string("ignored <Get> of ./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/"
                                         "SessionLogging at CmdID 9 (line 4): only Replace, Add and Delete change a policy"));
        QCOMPARE(r.notes[2], std::string("CustomizeWarningMessages is not in the document; read as Not configured"));
    }

    void readErrors_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        const QString sol = QStringLiteral("<data id=\"RA_Solicit_ExpireValue_Edt\" value=\"42\"/>");
        QTest::newRow("missing data id")
            << sol << QString()
            << "e.xml: CmdID 3 (line 30): SolicitedRemoteAssistance payload: data id RA_Solicit_ExpireValue_Edt is "
               "missing (an Enabled ADMX-backed policy needs every option of the policy)";
        QTest::newRow("duplicate data id")
            << sol << sol + sol
            << "e.xml: CmdID 3 (line 30): SolicitedRemoteAssistance payload: data id RA_Solicit_ExpireValue_Edt "
               "appears twice";
        QTest::newRow("unknown data id")
            << QStringLiteral("RA_Solicit_ExpireValue_Edt") << QStringLiteral("RA_Solicit_Expire")
            << "e.xml: CmdID 3 (line 30): SolicitedRemoteAssistance payload: unknown data id \"RA_Solicit_Expire\" "
               "(this policy has RA_Solicit_Control_List, RA_Solicit_ExpireValue_Edt, RA_Solicit_ExpireUnits_List, "
               "RA_Solicit_Mailto_List)";
        QTest::newRow("not a number")
            << QStringLiteral("ExpireValue_Edt\" value=\"42\"") << QStringLiteral("ExpireValue_Edt\" value=\"42h\"")
            << "e.xml: CmdID 3 (line 30): SolicitedRemoteAssistance payload, data id RA_Solicit_ExpireValue_Edt: "
               "expected a decimal number from 0 to 4294967295, found \"42h\"";
        QTest::newRow("odd list")
            << QStringLiteral("CONTOSO\\Helpdesk&#xF000;CONTOSO\\Helpdesk&#xF000;")
            << QStringLiteral("CONTOSO\\Helpdesk&#xF000;")
            << "e.xml: CmdID 4 (line 43): UnsolicitedRemoteAssistance payload, data id RA_Unsolicit_DACL_Edit: the "
               "list has 5 parts separated by U+F000; expected name/value pairs (an even number)";
        QTest::newRow("pair differs")
            << QStringLiteral("CONTOSO\\Helpdesk&#xF000;CONTOSO\\Helpdesk&#xF000;")
            << QStringLiteral("CONTOSO\\Helpdesk&#xF000;CONTOSO\\Other&#xF000;")
            << "e.xml: CmdID 4 (line 43): UnsolicitedRemoteAssistance payload, data id RA_Unsolicit_DACL_Edit: pair 1 "
               "has the name \"CONTOSO\\Helpdesk\" but the value \"CONTOSO\\Other\"; this list stores each entry as "
               "both name and value";
        QTest::newRow("space in LocURI")
            << QStringLiteral("RemoteAssistance/SessionLogging<") << QStringLiteral("RemoteAssistance/SessionLogging <")
            << "e.xml: CmdID 2 (line 17): the <LocURI> \"./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/"
               "SessionLogging \" contains white space or a line break (Windows answers 404 for such a node)";
        QTest::newRow("letter case in LocURI")
            << QStringLiteral("RemoteAssistance/SessionLogging<") << QStringLiteral("RemoteAssistance/sessionlogging<")
            << "e.xml: CmdID 2 (line 17): the <LocURI> \"./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/"
               "sessionlogging\" differs from ./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/SessionLogging in "
               "letter case (OMA-DM node names are case-sensitive)";
        QTest::newRow("duplicate CmdID")
            << QStringLiteral("<CmdID>2</CmdID>") << QStringLiteral("<CmdID>1</CmdID>")
            << "e.xml: line 17: CmdID 1 is used twice (also at line 4)";
        QTest::newRow("no chr format")
            << QStringLiteral("<Format>chr</Format>\n          <Type>text/plain</Type>\n        </Meta>\n        <Target>\n"
                              "          <LocURI>./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/SessionLogging")
            << QStringLiteral("<Format>int</Format>\n          <Type>text/plain</Type>\n        </Meta>\n        <Target>\n"
                              "          <LocURI>./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/SessionLogging")
            << "e.xml: CmdID 2 (line 17): <Replace> of SessionLogging needs <Meta><Format>chr</Format></Meta> (ADMX-backed "
               "policies take their payload as a string)";
        QTest::newRow("enabled with text")
            << QStringLiteral("[CDATA[<enabled/>]]") << QStringLiteral("[CDATA[<enabled/>yes]]")
            << "e.xml: CmdID 2 (line 17): SessionLogging payload: text outside the <enabled/>, <disabled/> and <data/> "
               "elements";
        QTest::newRow("broken payload")
            << QStringLiteral("[CDATA[<enabled/>]]") << QStringLiteral("[CDATA[<enabled>]]")
            << "e.xml: CmdID 2 (line 17): SessionLogging payload: expected </enabled> closing the element of line 1, found "
               "the end of the payload (line 1, column 12 of the payload)";
        QTest::newRow("set twice")
            << QStringLiteral("RemoteAssistance/SessionLogging<") << QStringLiteral("RemoteAssistance/CustomizeWarningMessages<")
            << "e.xml: CmdID 2 (line 17): CustomizeWarningMessages is set twice (also by CmdID 1 (line 4))";
        QTest::newRow("mismatched tag")
            << QStringLiteral("</Target>\n        <Data><![CDATA[<enabled/>]]>")
            << QStringLiteral("</Targte>\n        <Data><![CDATA[<enabled/>]]>")
            << "e.xml: line 26, column 11: expected </Target> closing the element of line 24, found </Targte>";
        QTest::newRow("bare ampersand")
            << QStringLiteral("<SyncBody>") << QStringLiteral("<SyncBody>R&D")
            << "e.xml: line 3, column 14: '&' must start a reference such as &amp; (use &amp; for a literal '&')";
        QTest::newRow("doctype")
            << QStringLiteral("<SyncML ") << QStringLiteral("<!DOCTYPE x [<!ENTITY a \"b\">]><SyncML ")
            << "e.xml: line 2, column 1: DOCTYPE declarations are not supported";
    }

    void readErrors()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        const std::string doc = replaceAll(kEverything, from.toStdString(), to.toStdString());
        QVERIFY(doc != kEverything);
        QCOMPARE(error([&] { SyncMl::read(doc, "e.xml"); }), message);
    }

    void renderRejectsWhatXmlCannotCarry()
    {
        Configuration c = everything();
        c.setOption(PolicyId::CustomizeWarningMessages, "RA_Options_Connect_Message", std::string("bell\x07"));
        QCOMPARE(error([&] { SyncMl::render(c); }),
                 QStringLiteral("CustomizeWarningMessages, data id RA_Options_Connect_Message: the text contains the "
                                "control character U+0007, which XML cannot carry"));
        c = everything();
        c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit",
                    std::vector<std::string>{"A", "B\xEF\x80\x80" "C"});
        QCOMPARE(error([&] { SyncMl::render(c); }),
                 QStringLiteral("UnsolicitedRemoteAssistance, data id RA_Unsolicit_DACL_Edit: entry 2 contains U+F000, "
                                "the character that separates list entries"));
        c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit", std::vector<std::string>{""});
        QCOMPARE(error([&] { SyncMl::render(c); }),
                 QStringLiteral("UnsolicitedRemoteAssistance, data id RA_Unsolicit_DACL_Edit: entry 1 is empty"));
        c = everything();
        c.setOption(PolicyId::CustomizeWarningMessages, "RA_Options_Connect_Message", std::string("bad \xC3("));
        QCOMPARE(error([&] { SyncMl::render(c); }),
                 QStringLiteral("CustomizeWarningMessages, data id RA_Options_Connect_Message: the text is not valid "
                                "UTF-8"));
    }
};

QTEST_GUILESS_MAIN(TestSyncMl)
#include "TestSyncMl.moc"
