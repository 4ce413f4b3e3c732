#include "core/ChangeSet.h"
#include "core/GroupPolicy.h"
#include "core/formats/PolMerge.h"
#include "core/formats/RegistryPol.h"

#include <QTest>

using namespace ra;

namespace {
const std::string kPolDir = std::string(RA_CORPUS_DIR) + "/pol/";
const std::string kKey = "Software\\policies\\Microsoft\\Windows NT\\Terminal Services";

std::vector<RegistryEntry> foreignOf(const std::vector<RegistryEntry>& entries)
{
    std::vector<RegistryEntry> out;
    for (const auto& e : entries)
        if (!GroupPolicy::isOurs(e))
            out.push_back(e);
    return out;
}
} // namespace

class TestPolMerge : public QObject
{
    Q_OBJECT
private slots:
    void replacesOnlyOurEntriesAndKeepsForeignBytes()
    {
        const auto dod = RegistryPol::read(kPolDir + "dod-win8-computer_machine_registry.pol");
        Configuration c;
        c.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Enabled);
        c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
        c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit", std::vector<std::string>{"CORP\\Helpdesk"});
        const ChangeSet changes(c);
        const auto merged = PolMerge::merge(dod, changes);
        QCOMPARE(merged.foreignKept, std::size_t(221 - 12));
        QCOMPARE(merged.oursRemoved, std::size_t(12));
        QCOMPARE(merged.oursWritten, changes.entries().size());
        QCOMPARE(merged.duplicates, std::size_t(0));

        // foreign entries: the same bytes, the same order (compare the files they make)
        QCOMPARE(RegistryPol::serialize(foreignOf(merged.entries)), RegistryPol::serialize(foreignOf(dod)));
        // our entries sit where the first old one stood (after 177 foreign entries)
        QCOMPARE(merged.entries[177], changes.entries().front());
        // and read back as the configuration we wrote
        const auto read = GroupPolicy::read(merged.entries);
        QVERIFY(read.configuration.sameEffect(c));
    }

    void notConfiguredRemovesOurEntries()
    {
        const auto dod = RegistryPol::read(kPolDir + "dod-win8-computer_machine_registry.pol");
        const auto merged = PolMerge::merge(dod, ChangeSet(Configuration()));
        QCOMPARE(merged.entries.size(), std::size_t(221 - 12));
        QCOMPARE(RegistryPol::serialize(merged.entries), RegistryPol::serialize(foreignOf(dod)));
        // neighbours on our key that belong to other policies stay
        QVERIFY(std::any_of(merged.entries.begin(), merged.entries.end(),
                            [](const RegistryEntry& e) { return e.valueName == "fPromptForPassword"; }));
    }

    void keysCompareCaseInsensitivelyAndHelperKeyIsOurs()
    {
        const std::vector<RegistryEntry> existing = {
            RegistryEntry::dword("SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services", "FALLOWTOGETHELP", 1),
            RegistryEntry::string("software\\policies\\microsoft\\windows nt\\terminal services\\raunsolicit", "old", "old"),
            RegistryEntry::dword("Software\\Other", "x", 1),
        };
        Configuration c;
        c.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        const auto merged = PolMerge::merge(existing, ChangeSet(c));
        QCOMPARE(merged.entries.size(), std::size_t(2));
        QCOMPARE(merged.entries[0], RegistryEntry::dword(kKey, "LoggingEnabled", 1));
        QCOMPARE(merged.entries[1], existing[2]);
    }

    void appendsWhenTheFileHadNoneOfOurs()
    {
        const auto user = RegistryPol::read(kPolDir + "dod-chrome_machine_registry.pol");
        Configuration c;
        c.setState(PolicyId::SessionLogging, PolicyState::Disabled);
        const auto merged = PolMerge::merge(user, ChangeSet(c));
        QCOMPARE(merged.entries.size(), user.size() + 1);
        QVERIFY(std::equal(user.begin(), user.end(), merged.entries.begin()));
        QCOMPARE(merged.entries.back(), RegistryEntry::dword(kKey, "LoggingEnabled", 0));
    }

    void duplicatesAreToleratedAndReported()
    {
        const std::vector<RegistryEntry> existing = {
            RegistryEntry::dword("Software\\Other", "x", 1),
            RegistryEntry::dword("software\\other", "X", 2),
            RegistryEntry::dword(kKey, "LoggingEnabled", 1),
            RegistryEntry::dword(kKey, "loggingenabled", 0),
            RegistryEntry::control("Software\\Other", "**del.y"),
            RegistryEntry::control("Software\\Other", "**del.y"),
        };
        const auto merged = PolMerge::merge(existing, ChangeSet(Configuration()));
        QCOMPARE(merged.duplicates, std::size_t(2));
        QCOMPARE(noteMessages(merged.notes), (std::vector<std::string>{
                                   "duplicate value Software\\Other\\x (2 times; the last one applies)",
                                   "duplicate value " + kKey + "\\LoggingEnabled (2 times; the last one applies)"}));
        QCOMPARE(merged.entries.size(), std::size_t(4)); // foreign duplicates kept as they were
    }
};

QTEST_GUILESS_MAIN(TestPolMerge)
#include "TestPolMerge.moc"
