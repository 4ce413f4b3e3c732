#include "core/Error.h"
#include "core/formats/CommentCmtx.h"
#include "core/formats/XmlReader.h"

#include "XmlStructure.h"

#include <QTest>

using namespace ra;

namespace {
const std::string kCorpusCmtx = std::string(RA_CORPUS_DIR)
    + "/gpo-backup/DoD - Windows 8 - Computer/{2199EA28-42D1-4F0C-8043-EDD3A546BD9A}/DomainSysvol/GPO/Machine/comment.cmtx";
Bytes bytes(std::string_view s) { return Bytes(s.begin(), s.end()); }
} // namespace

class TestCommentCmtx : public QObject
{
    Q_OBJECT
private slots:
    void commentsRoundTrip()
    {
        Configuration c;
        c.setComment(PolicyId::SessionLogging, "Required by audit <2024> & \"ISO\"");
        c.setComment(PolicyId::UnsolicitedRemoteAssistance, "Helpdesk only\nsee ticket 42");
        QVERIFY(CommentCmtx::hasComments(c));
        QVERIFY(!CommentCmtx::hasComments(Configuration()));
        const Bytes doc = CommentCmtx::render(c);
        QCOMPARE(std::string(doc.begin(), doc.begin() + 43), std::string("\xEF\xBB\xBF<?xml version='1.0' encoding='utf-8'?>\r\n"));
        const auto back = CommentCmtx::read(doc);
        QCOMPARE(back.size(), std::size_t(2));
        QCOMPARE(back.at(PolicyId::SessionLogging), c.comment(PolicyId::SessionLogging));
        QCOMPARE(back.at(PolicyId::UnsolicitedRemoteAssistance), c.comment(PolicyId::UnsolicitedRemoteAssistance));
        const std::string text(doc.begin(), doc.end());
        QVERIFY(text.find("<comment policyRef=\"ns0:RA_Logging\" commentText=\"$(resource.ns0_RA_Logging)\"/>") != std::string::npos);
        QVERIFY(text.find("<using prefix=\"ns0\" namespace=\"Microsoft.Policies.RemoteAssistance\"/>") != std::string::npos);
    }

    void structureContainsTheEditorsFile()
    {
        Configuration c;
        c.setComment(PolicyId::SessionLogging, "x");
        const auto ours = test::structure(XmlReader::parse(CommentCmtx::render(c)));
        const auto editor = test::structure(XmlReader::read(kCorpusCmtx));
        QCOMPARE(test::minus(editor, ours), std::set<std::string>{});
        const std::string ns = "{http://www.microsoft.com/GroupPolicy/CommentDefinitions}";
        QCOMPARE(test::minus(ours, editor), (std::set<std::string>{
                                                "/" + ns + "policyComments/" + ns + "comments/" + ns + "admTemplate/" + ns + "comment[@{}commentText @{}policyRef]",
                                                "/" + ns + "policyComments/" + ns + "resources/" + ns + "stringTable/" + ns + "string[@{}id]"}));
        // the editor's file (comments on another ADMX namespace, none here) reads as no comments
        std::size_t others = 7;
        QVERIFY(CommentCmtx::read(FileSystem::real().read(kCorpusCmtx), kCorpusCmtx, &others).empty());
        QCOMPARE(others, std::size_t(0));
    }

    void otherPoliciesCommentsAreCountedNotRead()
    {
        const std::string doc = "<policyComments xmlns=\"http://www.microsoft.com/GroupPolicy/CommentDefinitions\">"
                                "<policyNamespaces><using prefix=\"ns0\" namespace=\"Microsoft.Policies.TerminalServer\"/>"
                                "<using prefix=\"ns1\" namespace=\"Microsoft.Policies.RemoteAssistance\"/></policyNamespaces>"
                                "<comments><admTemplate><comment policyRef=\"ns0:TS_X\" commentText=\"$(resource.a)\"/>"
                                "<comment policyRef=\"ns1:RA_Solicit\" commentText=\"$(resource.b)\"/></admTemplate></comments>"
                                "<resources><stringTable><string id=\"a\">A</string><string id=\"b\">B</string></stringTable></resources>"
                                "</policyComments>";
        std::size_t others = 0;
        const auto read = CommentCmtx::read(bytes(doc), "c.cmtx", &others);
        QCOMPARE(others, std::size_t(1));
        QCOMPARE(read.at(PolicyId::SolicitedRemoteAssistance), std::string("B"));
        std::string broken = doc;
        broken.replace(broken.find("<string id=\"b\">B</string>"), 25, "");
        try {
            CommentCmtx::read(bytes(broken), "c.cmtx");
            QFAIL("no error");
        } catch (const Error& e) {
            QCOMPARE(std::string(e.what()), std::string("c.cmtx: comment of ns1:RA_Solicit refers to string b, which the stringTable lacks"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCommentCmtx)
#include "TestCommentCmtx.moc"
