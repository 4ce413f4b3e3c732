#include "core/Error.h"
#include "core/formats/XmlReader.h"

#include <QTest>

using namespace ra;

namespace {
const std::string kBackup = std::string(RA_CORPUS_DIR)
    + "/gpo-backup/DoD - Windows 8 - Computer/{2199EA28-42D1-4F0C-8043-EDD3A546BD9A}/";

std::string errorOf(std::string_view xml)
{
    try {
        XmlReader::parse(xml, "t.xml");
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}
} // namespace

class TestXmlReader : public QObject
{
    Q_OBJECT
private slots:
    void readsTheCorpusManifest()
    {
        const XmlElement m = XmlReader::read(kBackup + "../manifest.xml");
        QCOMPARE(m.localName, std::string("Backups"));
        QCOMPARE(m.namespaceUri, std::string("http://www.microsoft.com/GroupPolicy/GPOOperations/Manifest"));
        QCOMPARE(*m.attribute("version", "http://www.microsoft.com/GroupPolicy/GPOOperations/Manifest"), std::string("1.0"));
        const XmlElement* inst = m.child("BackupInst");
        QVERIFY(inst);
        QCOMPARE(inst->namespaceUri, m.namespaceUri); // inherited default namespace
        QCOMPARE(*inst->childText("ID"), std::string("{2199EA28-42D1-4F0C-8043-EDD3A546BD9A}"));
        QCOMPARE(*inst->childText("Comment"), std::string());
        QCOMPARE(*inst->childText("GPODisplayName"), std::string("DoD - Windows 8 - Computer"));
    }

    void readsBackupXmlWithPrefixedAttributes()
    {
        const XmlElement b = XmlReader::read(kBackup + "Backup.xml");
        QCOMPARE(b.localName, std::string("GroupPolicyBackupScheme"));
        const XmlElement* gpo = b.child("GroupPolicyObject");
        QVERIFY(gpo);
        const auto exts = gpo->childrenNamed("GroupPolicyExtension");
        QCOMPARE(exts.size(), std::size_t(3));
        QCOMPARE(*exts[0]->attribute("ID", "http://www.microsoft.com/GroupPolicy/GPOOperations"),
                 std::string("{35378EAC-683F-11D2-A89A-00C04FBBCFA2}"));
        QCOMPARE(*exts[0]->child("FSObjectFile")->attribute("Location"), std::string("DomainSysvol\\GPO\\Machine\\registry.pol"));
        QCOMPARE(*gpo->child("GroupPolicyCoreSettings")->childText("MachineVersionNumber"), std::string("131074"));
    }

    void readsUtf16Gpreport()
    {
        const XmlElement r = XmlReader::read(kBackup + "gpreport.xml");
        QCOMPARE(r.localName, std::string("GPO"));
        QCOMPARE(*r.childText("Name"), std::string("DoD - Windows 8 - Computer"));
        const XmlElement* computer = r.child("Computer");
        QVERIFY(computer);
        const auto data = computer->childrenNamed("ExtensionData");
        QCOMPARE(data.size(), std::size_t(3));
        const XmlElement* reg = data[2]->child("Extension");
        QCOMPARE(reg->namespaceUri, std::string("http://www.microsoft.com/GroupPolicy/Settings"));
        QCOMPARE(reg->childrenNamed("Policy").size(), std::size_t(139));
        QCOMPARE(reg->childrenNamed("Policy")[0]->namespaceUri, std::string("http://www.microsoft.com/GroupPolicy/Settings/Registry"));
    }

    void entitiesAndCharacterReferences()
    {
        const XmlElement e = XmlReader::parse(std::string_view("<a x='&lt;&#65;&#x42;'>&amp;&quot;&apos;&#x1D11E;\r\nz</a>"));
        QCOMPARE(*e.attribute("x"), std::string("<AB"));
        QCOMPARE(e.text, std::string("&\"'\xF0\x9D\x84\x9E\nz"));
    }

    void errorsCarryLineAndColumn_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "" << "t.xml: line 1, column 1: expected the root element, found the end of the document";
        QTest::newRow("mismatch") << "<a>\n  <b></c></a>" << "t.xml: line 2, column 8: expected </b> closing the element of line 2, found </c>";
        QTest::newRow("unclosed") << "<a><b/>" << "t.xml: line 1, column 8: unexpected end of the document: <a> (line 1) is not closed";
        QTest::newRow("prefix") << "<p:a/>" << "t.xml: line 1, column 1: namespace prefix \"p\" is not declared";
        QTest::newRow("entity") << "<a>&nbsp;</a>" << "t.xml: line 1, column 4: unknown entity &nbsp; (only the five XML entities are supported)";
        QTest::newRow("doctype") << "<!DOCTYPE a [<!ENTITY x \"y\">]><a/>" << "t.xml: line 1, column 1: DOCTYPE declarations are not supported";
        QTest::newRow("two roots") << "<a/><b/>" << "t.xml: line 1, column 5: unexpected content after the root element";
        QTest::newRow("duplicate attribute") << "<a x='1' x='2'/>" << "t.xml: line 1, column 10: attribute x appears twice";
        QTest::newRow("bare ampersand") << "<a>R&D</a>" << "t.xml: line 1, column 5: '&' must start a reference such as &amp; (use &amp; for a literal '&')";
        QTest::newRow("control character") << QString::fromUtf8("<a>x\x01y</a>") << "t.xml: line 1, column 5: the control character U+0001 is not allowed in XML";
        QTest::newRow("control character in CDATA") << QString::fromUtf8("<a>\n<![CDATA[\x1f]]></a>") << "t.xml: line 2, column 10: the control character U+001F is not allowed in XML";
        QTest::newRow("U+FFFF") << QString::fromUtf8("<a>\xEF\xBF\xBF</a>") << "t.xml: line 1, column 4: the non-character U+FFFE or U+FFFF is not allowed in XML";
        QTest::newRow("lt in attribute") << "<a x='<'/>" << "t.xml: line 1, column 7: '<' is not allowed in an attribute value";
    }
    void errorsCarryLineAndColumn()
    {
        QFETCH(QString, xml);
        QFETCH(QString, message);
        QCOMPARE(QString::fromStdString(errorOf(xml.toStdString())), message);
    }

    void mutatedDocumentsNeverCrash()
    {
        // deterministic single-byte corruptions of a real Backup.xml: parsed or rejected with
        // a line and column, never a crash or another exception type
        const Bytes original = FileSystem::real().read(kBackup + "Backup.xml");
        std::uint64_t state = 0x243F6A8885A308D3ull;
        auto next = [&] {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            return state;
        };
        int rejected = 0;
        for (int round = 0; round < 600; ++round) {
            Bytes b = original;
            const std::size_t at = next() % b.size();
            if (next() % 2)
                b[at] = static_cast<std::uint8_t>("<>&;\"'/=![]?-x\xC3\x00"[next() % 17]);
            else
                b.erase(b.begin() + static_cast<std::ptrdiff_t>(at));
            try {
                XmlReader::parse(b, "m.xml");
            } catch (const Error& e) {
                QVERIFY2(e.location().starts_with("line ") || e.location().empty(), e.what());
                ++rejected;
            }
        }
        QVERIFY(rejected > 30);
        // nesting is bounded instead of exhausting the stack
        std::string deep;
        for (int i = 0; i < 300; ++i)
            deep += "<a>";
        QVERIFY(errorOf(deep).find("elements nested more than 256 deep") != std::string::npos);
    }

    void rejectsBadEncodings()
    {
        try {
            XmlReader::parse(Bytes{0xFF, 0xFE, '<', 0, 'a'}, "odd.xml");
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(std::string(e.what()), std::string("odd.xml: UTF-16 document with an odd number of bytes"));
        }
        QCOMPARE(errorOf("<a>\xC3</a>"), std::string("t.xml: line 1, column 1: the document is not valid UTF-8"));
    }
};

QTEST_GUILESS_MAIN(TestXmlReader)
#include "TestXmlReader.moc"
