#include "core/Error.h"
#include "core/formats/XmlReader.h"
#include "core/formats/XmlWriter.h"

#include <QTest>

using namespace ra;

class TestXmlWriter : public QObject
{
    Q_OBJECT
private slots:
    void escapesTextAndAttributes()
    {
        XmlWriter w;
        w.startElement("a");
        w.attribute("v", "x<y & \"z\"\t\n");
        w.text("1 < 2 && 3 > 2 \"quoted\"");
        w.endElement();
        QCOMPARE(w.toString(), std::string("<a v=\"x&lt;y &amp; &quot;z&quot;&#9;&#10;\">1 &lt; 2 &amp;&amp; 3 &gt; 2 \"quoted\"</a>"));
        // and reads back to the same values
        const XmlElement e = XmlReader::parse(w.toString());
        QCOMPARE(*e.attribute("v"), std::string("x<y & \"z\"\t\n"));
        QCOMPARE(e.text, std::string("1 < 2 && 3 > 2 \"quoted\""));
    }

    void cdataSplitsTheTerminator()
    {
        XmlWriter w;
        w.cdataElement("c", "a]]>b");
        QCOMPARE(w.toString(), std::string("<c><![CDATA[a]]]]><![CDATA[>b]]></c>"));
        QCOMPARE(XmlReader::parse(w.toString()).text, std::string("a]]>b"));
        XmlWriter empty;
        empty.cdataElement("Comment", "");
        QCOMPARE(empty.toString(), std::string("<Comment><![CDATA[]]></Comment>"));
    }

    void namespacesDeclarationAndEmptyElements()
    {
        XmlWriter::Options o;
        o.declaration = true;
        XmlWriter w(o);
        w.comment(" note ");
        w.startElement("bkp:Scheme");
        w.namespaceDeclaration("bkp", "urn:b");
        w.namespaceDeclaration("", "urn:d");
        w.attribute("bkp:version", "2.0");
        w.emptyElement("Sid");
        w.endElement();
        QCOMPARE(w.toString(), std::string("<?xml version=\"1.0\" encoding=\"utf-8\"?><!-- note --><bkp:Scheme xmlns:bkp=\"urn:b\" xmlns=\"urn:d\" bkp:version=\"2.0\"><Sid/></bkp:Scheme>"));
        const XmlElement e = XmlReader::parse(w.toString());
        QCOMPARE(e.namespaceUri, std::string("urn:b"));
        QCOMPARE(e.children[0].namespaceUri, std::string("urn:d"));
        QCOMPARE(*e.attribute("version", "urn:b"), std::string("2.0"));
    }

    void indentationLikeDotNet()
    {
        XmlWriter::Options o;
        o.declaration = true;
        o.declarationEncoding = "utf-16";
        o.indent = "  ";
        o.newline = "\r\n";
        o.spaceBeforeEmptyClose = true;
        XmlWriter w(o);
        w.startElement("GPO");
        w.textElement("Name", "x");
        w.startElement("User");
        w.emptyElement("Value");
        w.endElement();
        w.endElement();
        QCOMPARE(w.toString(), std::string("<?xml version=\"1.0\" encoding=\"utf-16\"?>\r\n<GPO>\r\n  <Name>x</Name>\r\n  <User>\r\n    <Value />\r\n  </User>\r\n</GPO>"));
    }

    void singleQuotedDeclaration()
    {
        XmlWriter::Options o;
        o.declaration = true;
        o.declarationQuote = '\'';
        XmlWriter w(o);
        w.emptyElement("a");
        QCOMPARE(w.toString(), std::string("<?xml version='1.0' encoding='utf-8'?><a/>"));
    }

    void encodings()
    {
        QCOMPARE(XmlWriter::encode("<a>é</a>", XmlWriter::Encoding::Utf8WithBom),
                 (Bytes{0xEF, 0xBB, 0xBF, '<', 'a', '>', 0xC3, 0xA9, '<', '/', 'a', '>'}));
        QCOMPARE(XmlWriter::encode("<a/>", XmlWriter::Encoding::Utf16LeWithBom),
                 (Bytes{0xFF, 0xFE, '<', 0, 'a', 0, '/', 0, '>', 0}));
    }

    void refusesWhatWouldNotBeXml()
    {
        auto message = [](auto f) {
            try {
                f();
            } catch (const Error& e) {
                return std::string(e.what());
            }
            return std::string("(no error)");
        };
        QCOMPARE(message([] { XmlWriter w; w.startElement("1a"); }), std::string("\"1a\" is not a valid XML name"));
        QCOMPARE(message([] { XmlWriter w; w.startElement("a"); w.text(std::string("x\x01", 2)); }),
                 std::string("character U+0001 cannot appear in an XML document"));
        QCOMPARE(message([] { XmlWriter w; w.startElement("a"); w.text("\xFF"); }), std::string("text for XML is not valid UTF-8"));
        QCOMPARE(message([] { XmlWriter w; w.startElement("a"); (void)w.toString(); }), std::string("XML document incomplete: <a> is still open"));
        QCOMPARE(message([] { XmlWriter w; w.emptyElement("a"); w.emptyElement("b"); }),
                 std::string("an XML document has exactly one root element; <b> would be a second"));
        QCOMPARE(message([] { XmlWriter w; w.comment("a--b"); }), std::string("an XML comment cannot contain \"--\" or end with '-'"));
    }
};

QTEST_GUILESS_MAIN(TestXmlWriter)
#include "TestXmlWriter.moc"
