// The diffs of the delivery preview: lines of two texts, values of two registry entry lists.
#include "core/PreviewDiff.h"

#include <QTest>

using namespace ra;

namespace {
const std::string TS = "Software\\policies\\Microsoft\\Windows NT\\Terminal Services";

DiffLine same(std::string t) { return {DiffLine::Op::Same, std::move(t)}; }
DiffLine added(std::string t) { return {DiffLine::Op::Added, std::move(t)}; }
DiffLine removed(std::string t) { return {DiffLine::Op::Removed, std::move(t)}; }
} // namespace

class TestPreviewDiff : public QObject
{
    Q_OBJECT
private slots:
    void splitsLinesOfEveryLineEnd()
    {
        QCOMPARE(PreviewDiff::splitLines(""), std::vector<std::string>{});
        QCOMPARE(PreviewDiff::splitLines("a\r\nb\nc"), (std::vector<std::string>{"a", "b", "c"}));
        QCOMPARE(PreviewDiff::splitLines("a\r\n\r\n"), (std::vector<std::string>{"a", ""}));
    }

    void identicalTextsHaveNoChanges()
    {
        const auto d = PreviewDiff::lines("one\r\ntwo\r\n", "one\ntwo\n");
        QCOMPARE(d, (std::vector<DiffLine>{same("one"), same("two")}));
        QVERIFY(!PreviewDiff::hasChanges(d));
    }

    void aNewFileIsAllAdded()
    {
        const auto d = PreviewDiff::lines("", "a\nb\n");
        QCOMPARE(d, (std::vector<DiffLine>{added("a"), added("b")}));
        QVERIFY(PreviewDiff::hasChanges(d));
        QCOMPARE(PreviewDiff::lines("a\n", ""), std::vector<DiffLine>{removed("a")});
    }

    void aChangedLineIsRemovedThenAdded()
    {
        const auto d = PreviewDiff::lines("[General]\r\nVersion=65537\r\ndisplayName=x\r\n",
                                          "[General]\r\nVersion=65538\r\ndisplayName=x\r\n");
        QCOMPARE(d, (std::vector<DiffLine>{same("[General]"), removed("Version=65537"), added("Version=65538"),
                                           same("displayName=x")}));
        QCOMPARE(PreviewDiff::unified(d), std::string("  [General]\n- Version=65537\n+ Version=65538\n  displayName=x\n"));
    }

    void insertionsAndDeletionsInTheMiddleKeepTheCommonLines()
    {
        const auto d = PreviewDiff::lines("a\nb\nc\nd\ne\nf\n", "a\nc\nd\nX\ne\nf\nY\n");
        QCOMPARE(d, (std::vector<DiffLine>{same("a"), removed("b"), same("c"), same("d"), added("X"), same("e"),
                                           same("f"), added("Y")}));
        // every line of both texts is there once
        std::size_t before = 0, after = 0;
        for (const DiffLine& l : d) {
            before += l.op != DiffLine::Op::Added;
            after += l.op != DiffLine::Op::Removed;
        }
        QCOMPARE(before, std::size_t(6));
        QCOMPARE(after, std::size_t(7));
    }

    void aCompleteRewriteIsEveryLineRemovedAndAdded()
    {
        std::string a, b;
        for (int i = 0; i < 3000; ++i) {
            a += "old " + std::to_string(i) + "\n";
            b += "new " + std::to_string(i) + "\n";
        }
        const auto d = PreviewDiff::lines(a, b);
        QCOMPARE(d.size(), std::size_t(6000));
        QCOMPARE(d.front(), removed("old 0"));
        QCOMPARE(d[2999], removed("old 2999"));
        QCOMPARE(d[3000], added("new 0"));
        QCOMPARE(d.back(), added("new 2999"));
    }

    void valuesAddedChangedAndRemoved()
    {
        const std::vector<RegistryEntry> before{
            RegistryEntry::dword(TS, "fAllowToGetHelp", 0),
            RegistryEntry::dword(TS, "fAllowFullControl", 1),
            RegistryEntry::dword("Software\\Policies\\Other", "x", 7),
            RegistryEntry::string(TS + "\\RAUnsolicit", "CORP\\Old", "CORP\\Old"),
        };
        const std::vector<RegistryEntry> after{
            RegistryEntry::dword(TS, "FALLOWTOGETHELP", 1), // names compare case-insensitively
            RegistryEntry::dword(TS, "fAllowFullControl", 1),
            RegistryEntry::dword("Software\\Policies\\Other", "x", 7),
            RegistryEntry::control(TS + "\\RAUnsolicit", "**delvals."),
            RegistryEntry::string(TS + "\\RAUnsolicit", "CORP\\New", "CORP\\New"),
        };
        const auto changes = PreviewDiff::values(before, after);
        QCOMPARE(changes.size(), std::size_t(4));
        QCOMPARE(changes[0].kind, ValueChange::Kind::Changed);
        QCOMPARE(changes[0].describe(), "~ Changed " + TS + "\\FALLOWTOGETHELP: DWORD:0 -> DWORD:1");
        QCOMPARE(changes[0].describe().substr(0, 2), std::string("~ "));
        QCOMPARE(changes[1].kind, ValueChange::Kind::Added);
        QCOMPARE(changes[1].valueName, std::string("**delvals."));
        QCOMPARE(changes[1].describe(), "+ Added " + TS + "\\RAUnsolicit\\**delvals. = (deletes every value of the key)");
        QCOMPARE(changes[2].describe(), "+ Added " + TS + "\\RAUnsolicit\\CORP\\New = SZ:CORP\\New");
        QCOMPARE(changes[3].kind, ValueChange::Kind::Removed);
        QCOMPARE(changes[3].describe(), "- Removed " + TS + "\\RAUnsolicit\\CORP\\Old (was SZ:CORP\\Old)");
        QVERIFY(!changes[3].after.has_value());
        QCOMPARE(*changes[3].before, before[3]);
    }

    void theLastOfDuplicateValuesIsCompared()
    {
        const std::vector<RegistryEntry> before{RegistryEntry::dword(TS, "fAllowToGetHelp", 1),
                                                RegistryEntry::dword(TS, "fAllowToGetHelp", 0)};
        const std::vector<RegistryEntry> after{RegistryEntry::dword(TS, "fAllowToGetHelp", 0)};
        QVERIFY(PreviewDiff::values(before, after).empty());
        const auto changes = PreviewDiff::values(after, {before[0]});
        QCOMPARE(changes.size(), std::size_t(1));
        QCOMPARE(changes[0].describe(), "~ Changed " + TS + "\\fAllowToGetHelp: DWORD:0 -> DWORD:1");
    }

    void typeChangesCount()
    {
        const auto changes = PreviewDiff::values({RegistryEntry::dword(TS, "v", 1)}, {RegistryEntry::string(TS, "v", "1")});
        QCOMPARE(changes.size(), std::size_t(1));
        QCOMPARE(changes[0].describe(), "~ Changed " + TS + "\\v: DWORD:1 -> SZ:1");
    }

    void controlEntriesSayWhatTheyDelete()
    {
        QCOMPARE(PreviewDiff::describeData(RegistryEntry::control(TS, "**del.fAllowFullControl")),
                 std::string("(deletes fAllowFullControl)"));
        QCOMPARE(PreviewDiff::describeData(RegistryEntry::control(TS, "**DelVals.")),
                 std::string("(deletes every value of the key)"));
        QCOMPARE(PreviewDiff::describeData(RegistryEntry::dword(TS, "fAllowFullControl", 1)), std::string("DWORD:1"));
        QCOMPARE(PreviewDiff::describeData(RegistryEntry::control(TS, "**SecureKey")),
                 RegistryEntry::control(TS, "**SecureKey").describeData());
    }

    void listingIsOneLinePerEntry()
    {
        QCOMPARE(PreviewDiff::listing({RegistryEntry::dword(TS, "fAllowToGetHelp", 1),
                                       RegistryEntry::string(TS, "fLog", "x")}),
                 TS + "\\fAllowToGetHelp = DWORD:1\n" + TS + "\\fLog = SZ:x\n");
        QCOMPARE(PreviewDiff::listing({}), std::string());
    }
};

QTEST_GUILESS_MAIN(TestPreviewDiff)
#include "TestPreviewDiff.moc"
