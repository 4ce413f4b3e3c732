#include "core/GroupPolicy.h"
#include "core/TextCodec.h"

#include "PolDump.h"

#include <QTest>

#include <algorithm>

using namespace ra;

namespace {
constexpr PolicyId kOptions = PolicyId::CustomizeWarningMessages;
constexpr PolicyId kLogging = PolicyId::SessionLogging;
constexpr PolicyId kSolicit = PolicyId::SolicitedRemoteAssistance;
constexpr PolicyId kOffer = PolicyId::UnsolicitedRemoteAssistance;

const std::string kKey = "Software\\policies\\Microsoft\\Windows NT\\Terminal Services";
const std::string kHelpers = kKey + "\\RAUnsolicit";
const std::string kDump = RA_CORPUS_DIR "/pol/dod-win8-computer_machine_registry.dump.txt";

const std::string kShareMessage = "You are about to allow other personnel to remotely control your system. You must "
                                  "monitor the activity until the session is closed.";
const std::string kViewMessage = "You are about to allow other personnel to remotely connect to your system. "
                                 "Sensitive data should not be displayed during this session.";

/// Decodes the Python-style quoted string of a dump line into UTF-16 code units.
std::u16string unquote(const std::string& s)
{
    if (s.size() < 2 || (s.front() != '\'' && s.front() != '"') || s.back() != s.front())
        throw std::runtime_error("not a quoted string: " + s);
    std::u16string out;
    const std::string body = s.substr(1, s.size() - 2);
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] != '\\') {
            // raw UTF-8: decode one code point
            std::size_t len = 1;
            const auto b = static_cast<unsigned char>(body[i]);
            if (b >= 0xF0)
                len = 4;
            else if (b >= 0xE0)
                len = 3;
            else if (b >= 0xC0)
                len = 2;
            out += text::toUtf16(body.substr(i, len));
            i += len - 1;
            continue;
        }
        const char c = body.at(++i);
        switch (c) {
        case '\\': out += u'\\'; break;
        case '\'': out += u'\''; break;
        case '"': out += u'"'; break;
        case 'n': out += u'\n'; break;
        case 'r': out += u'\r'; break;
        case 't': out += u'\t'; break;
        case 'x': out += static_cast<char16_t>(std::stoul(body.substr(i + 1, 2), nullptr, 16)); i += 2; break;
        case 'u': out += static_cast<char16_t>(std::stoul(body.substr(i + 1, 4), nullptr, 16)); i += 4; break;
        default: throw std::runtime_error("unknown escape in " + s);
        }
    }
    return out;
}

/// One line of a corpus dump, "[key;value;TYPE;size;data]", as a registry.pol entry.
RegistryEntry parseDumpLine(const std::string& line)
{
    if (line.size() < 2 || line.front() != '[' || line.back() != ']')
        throw std::runtime_error("not a dump line: " + line);
    const std::string inner = line.substr(1, line.size() - 2);
    std::size_t at = 0;
    auto field = [&] {
        const auto semi = inner.find(';', at);
        if (semi == std::string::npos)
            throw std::runtime_error("too few fields: " + line);
        std::string f = inner.substr(at, semi - at);
        at = semi + 1;
        return f;
    };
    RegistryEntry e;
    e.key = field();
    e.valueName = field();
    const std::string type = field();
    const std::size_t size = std::stoul(field());
    const std::string data = inner.substr(at);
    if (type == "REG_DWORD") {
        e = RegistryEntry::dword(e.key, e.valueName, static_cast<std::uint32_t>(std::stoul(data)));
    } else if (type == "REG_SZ" || type == "REG_EXPAND_SZ") {
        e.type = type == "REG_SZ" ? RegType::Sz : RegType::ExpandSz;
        for (char16_t u : unquote(data)) {
            e.data.push_back(static_cast<std::uint8_t>(u & 0xFF));
            e.data.push_back(static_cast<std::uint8_t>(u >> 8));
        }
    } else {
        throw std::runtime_error("type not handled by this test: " + line);
    }
    if (e.data.size() != size)
        throw std::runtime_error("size does not match the data: " + line);
    return e;
}

std::vector<RegistryEntry> dodEntries()
{
    std::vector<RegistryEntry> out;
    for (const std::string& line : test::dumpFileLines(kDump))
        out.push_back(parseDumpLine(line));
    return out;
}

/// The Remote Assistance lines of the DoD dump, chosen by value name (not by the code under test).
bool isRemoteAssistanceLine(const RegistryEntry& e)
{
    if (text::iequals(e.key, kHelpers))
        return true;
    if (!text::iequals(e.key, kKey))
        return false;
    std::string name = e.valueName;
    if (text::istartsWith(name, "**del."))
        name = name.substr(6);
    for (const char* ours : {"UseCustomMessages", "ShareControlMessage", "ViewMessage", "LoggingEnabled",
                             "fAllowToGetHelp", "fAllowFullControl", "MaxTicketExpiry", "MaxTicketExpiryUnits",
                             "fUseMailto", "fAllowUnsolicited", "fAllowUnsolicitedFullControl"})
        if (text::iequals(name, ours))
            return true;
    return false;
}

Configuration dodConfiguration()
{
    Configuration c;
    c.setState(kOptions, PolicyState::Enabled);
    c.setOption(kOptions, "RA_Options_Share_Control_Message", kShareMessage);
    c.setOption(kOptions, "RA_Options_Connect_Message", kViewMessage);
    c.setState(kLogging, PolicyState::Enabled);
    c.setState(kSolicit, PolicyState::Disabled);
    c.setState(kOffer, PolicyState::Disabled);
    return c;
}

std::vector<std::string> lines(const std::vector<RegistryEntry>& entries)
{
    std::vector<std::string> out;
    for (const auto& e : entries)
        out.push_back(test::dumpLine(e));
    return out;
}

/// Group Policy's ordering rules: `**delvals.` precedes the key's values, `**del.X` precedes X.
void checkOrder(const std::vector<RegistryEntry>& entries)
{
    for (std::size_t i = 0; i < entries.size(); ++i) {
        std::string target;
        const ControlCode code = controlCode(entries[i].valueName, &target);
        for (std::size_t k = 0; k < i; ++k) {
            if (!text::iequals(entries[k].key, entries[i].key) || entries[k].isControl())
                continue;
            QVERIFY2(code != ControlCode::DeleteAllValues, test::dumpLine(entries[i]).c_str());
            QVERIFY2(!(code == ControlCode::DeleteValue && text::iequals(entries[k].valueName, target)),
                     test::dumpLine(entries[i]).c_str());
        }
    }
}
} // namespace

class TestGroupPolicy : public QObject
{
    Q_OBJECT
private slots:
    void dodSampleEntryForEntry()
    {
        const auto all = dodEntries();
        QCOMPARE(all.size(), std::size_t(221));
        std::vector<RegistryEntry> expected;
        std::copy_if(all.begin(), all.end(), std::back_inserter(expected), isRemoteAssistanceLine);
        QCOMPARE(expected.size(), std::size_t(12));

        const auto ours = GroupPolicy::entries(dodConfiguration());
        // our exact sequence (catalog order, each policy as the editor writes it)
        QCOMPARE(lines(ours),
                 (std::vector<std::string>{
                     "[" + kKey + ";UseCustomMessages;REG_DWORD;4;1]",
                     "[" + kKey + ";ShareControlMessage;REG_SZ;262;'" + kShareMessage + "\\x00']",
                     "[" + kKey + ";ViewMessage;REG_SZ;270;'" + kViewMessage + "\\x00']",
                     "[" + kKey + ";LoggingEnabled;REG_DWORD;4;1]",
                     "[" + kKey + ";fAllowToGetHelp;REG_DWORD;4;0]",
                     "[" + kKey + ";**del.fAllowFullControl;REG_SZ;4;' \\x00']",
                     "[" + kKey + ";**del.MaxTicketExpiry;REG_SZ;4;' \\x00']",
                     "[" + kKey + ";**del.MaxTicketExpiryUnits;REG_SZ;4;' \\x00']",
                     "[" + kKey + ";**del.fUseMailto;REG_SZ;4;' \\x00']",
                     "[" + kKey + ";fAllowUnsolicited;REG_DWORD;4;0]",
                     "[" + kKey + ";**del.fAllowUnsolicitedFullControl;REG_SZ;4;' \\x00']",
                     "[" + kHelpers + ";**delvals.;REG_SZ;4;' \\x00']",
                 }));
        // the same entries as GPMC wrote, byte for byte; order differs only between independent values
        auto sortedOurs = ours;
        auto sortedExpected = expected;
        auto byLine = [](const RegistryEntry& a, const RegistryEntry& b) { return test::dumpLine(a) < test::dumpLine(b); };
        std::sort(sortedOurs.begin(), sortedOurs.end(), byLine);
        std::sort(sortedExpected.begin(), sortedExpected.end(), byLine);
        QCOMPARE(lines(sortedOurs), lines(sortedExpected));
        QVERIFY(sortedOurs == sortedExpected);
        checkOrder(ours);
        checkOrder(expected);
    }

    void dodSampleReadBack()
    {
        const auto all = dodEntries();
        const GroupPolicyReadResult r = GroupPolicy::read(all);
        QVERIFY(r.configuration == dodConfiguration());
        QCOMPARE(r.foreign.size(), std::size_t(221 - 12));
        QCOMPARE(r.duplicates, std::size_t(0));
        QCOMPARE(noteMessages(r.notes), std::vector<std::string>{});
        // foreign entries are kept in input order
        std::vector<RegistryEntry> expectedForeign;
        std::copy_if(all.begin(), all.end(), std::back_inserter(expectedForeign),
                     [](const RegistryEntry& e) { return !isRemoteAssistanceLine(e); });
        QVERIFY(r.foreign == expectedForeign);
        // and our own entries read back to the same configuration
        const auto again = GroupPolicy::read(GroupPolicy::entries(dodConfiguration()));
        QVERIFY(again.configuration == dodConfiguration());
        QVERIFY(again.foreign.empty());
        QVERIFY(again.notes.empty());
    }

    void offerEnabledWithHelpers()
    {
        Configuration c;
        c.setState(kOffer, PolicyState::Enabled);
        c.setOption(kOffer, "RA_Unsolicit_Control_List", std::uint32_t(0));
        c.setOption(kOffer, "RA_Unsolicit_DACL_Edit", std::vector<std::string>{"CORP\\Helpdesk", "CORP\\Tier 2"});
        const auto entries = GroupPolicy::entries(c, kOffer);
        QCOMPARE(entries, (std::vector<RegistryEntry>{
                              RegistryEntry::dword(kKey, "fAllowUnsolicited", 1),
                              RegistryEntry::dword(kKey, "fAllowUnsolicitedFullControl", 0),
                              RegistryEntry::control(kHelpers, "**delvals."),
                              RegistryEntry::string(kHelpers, "CORP\\Helpdesk", "CORP\\Helpdesk"),
                              RegistryEntry::string(kHelpers, "CORP\\Tier 2", "CORP\\Tier 2"),
                          }));
        QCOMPARE(test::dumpLine(entries[3]),
                 "[" + kHelpers + ";CORP\\Helpdesk;REG_SZ;28;'CORP\\\\Helpdesk\\x00']");
        QCOMPARE(GroupPolicy::entries(c), entries); // the other three are Not configured: nothing
        const auto r = GroupPolicy::read(entries);
        QVERIFY(r.configuration == c);
        QVERIFY(r.notes.empty());
    }

    void solicitEnabledWritesEveryOption()
    {
        Configuration c;
        c.setState(kSolicit, PolicyState::Enabled);
        c.setOption(kSolicit, "RA_Solicit_ExpireValue_Edt", std::uint32_t(30));
        c.setOption(kSolicit, "RA_Solicit_ExpireUnits_List", std::uint32_t(0));
        QCOMPARE(GroupPolicy::entries(c), (std::vector<RegistryEntry>{
                                              RegistryEntry::dword(kKey, "fAllowToGetHelp", 1),
                                              RegistryEntry::dword(kKey, "fAllowFullControl", 1),
                                              RegistryEntry::dword(kKey, "MaxTicketExpiry", 30),
                                              RegistryEntry::dword(kKey, "MaxTicketExpiryUnits", 0),
                                              RegistryEntry::dword(kKey, "fUseMailto", 1),
                                          }));
        QVERIFY(GroupPolicy::read(GroupPolicy::entries(c)).configuration == c);
    }

    void optionsDisabledDeletesMessages()
    {
        Configuration c;
        c.setState(kOptions, PolicyState::Disabled);
        c.setOption(kOptions, "RA_Options_Connect_Message", std::string("kept, not written"));
        QCOMPARE(GroupPolicy::entries(c), (std::vector<RegistryEntry>{
                                              RegistryEntry::dword(kKey, "UseCustomMessages", 0),
                                              RegistryEntry::control(kKey, "**del.ShareControlMessage"),
                                              RegistryEntry::control(kKey, "**del.ViewMessage"),
                                          }));
    }

    void notConfiguredWritesNothing()
    {
        QVERIFY(GroupPolicy::entries(Configuration{}).empty());
        QVERIFY(GroupPolicy::read({}).configuration == Configuration{});
    }

    void foreignEntriesKept()
    {
        const std::vector<RegistryEntry> input = {
            RegistryEntry::dword(kKey, "fDenyTSConnections", 1),
            RegistryEntry::dword(kKey, "LoggingEnabled", 1),
            RegistryEntry::string("Software\\Policies\\Google\\Chrome", "HomepageLocation", "https://intranet"),
            RegistryEntry::control(kKey, "**del.fPromptForPassword"),
        };
        const auto r = GroupPolicy::read(input);
        QCOMPARE(r.foreign, (std::vector<RegistryEntry>{input[0], input[2], input[3]}));
        QCOMPARE(r.configuration.state(kLogging), PolicyState::Enabled);
        QVERIFY(!GroupPolicy::isOurs(input[0]));
        QVERIFY(GroupPolicy::isOurs(input[1]));
        QVERIFY(!GroupPolicy::isOurs(input[3]));
        QCOMPARE(GroupPolicy::ownerOf(RegistryEntry::control(kKey, "**del.MaxTicketExpiry")), std::optional<PolicyId>(kSolicit));
        QCOMPARE(GroupPolicy::ownerOf(RegistryEntry::string(kHelpers, "anything", "x")), std::optional<PolicyId>(kOffer));
    }

    void duplicatesReported()
    {
        const auto r = GroupPolicy::read({
            RegistryEntry::dword(kKey, "fAllowUnsolicited", 1),
            RegistryEntry::dword(kKey, "FALLOWUNSOLICITED", 0),
        });
        QCOMPARE(r.duplicates, std::size_t(1));
        QCOMPARE(noteMessages(r.notes), std::vector<std::string>{"duplicate entry " + kKey + "\\FALLOWUNSOLICITED (the last one is used)"});
        QCOMPARE(r.configuration.state(kOffer), PolicyState::Disabled); // the last one wins
    }

    void keysCompareCaseInsensitively()
    {
        const std::string upper = "SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services";
        const auto r = GroupPolicy::read({
            RegistryEntry::dword(upper, "FALLOWUNSOLICITED", 1),
            RegistryEntry::dword(upper, "fallowunsolicitedfullcontrol", 0),
            RegistryEntry::control(upper + "\\raunsolicit", "**DelVals."),
            RegistryEntry::string(upper + "\\RAUNSOLICIT", "CORP\\a", "CORP\\a"),
            RegistryEntry::dword(upper, "loggingenabled", 0),
        });
        QVERIFY(r.foreign.empty());
        QVERIFY(r.notes.empty());
        QCOMPARE(r.configuration.state(kOffer), PolicyState::Enabled);
        QCOMPARE(r.configuration.number(kOffer, "RA_Unsolicit_Control_List"), 0u);
        QCOMPARE(r.configuration.list(kOffer, "RA_Unsolicit_DACL_Edit"), std::vector<std::string>{"CORP\\a"});
        QCOMPARE(r.configuration.state(kLogging), PolicyState::Disabled);
    }

    void controlCodesApplyInOrder()
    {
        // helpers written, then the list cleared and rewritten (a later GPO wins)
        const auto r = GroupPolicy::read({
            RegistryEntry::dword(kKey, "fAllowUnsolicited", 1),
            RegistryEntry::dword(kKey, "fAllowUnsolicitedFullControl", 1),
            RegistryEntry::control(kHelpers, "**delvals."),
            RegistryEntry::string(kHelpers, "CORP\\old", "CORP\\old"),
            RegistryEntry::control(kHelpers, "**delvals."),
            RegistryEntry::string(kHelpers, "CORP\\new", "CORP\\new"),
            RegistryEntry::dword(kKey, "LoggingEnabled", 1),
            RegistryEntry::control(kKey, "**del.LoggingEnabled"),
        });
        QCOMPARE(r.configuration.list(kOffer, "RA_Unsolicit_DACL_Edit"), std::vector<std::string>{"CORP\\new"});
        QCOMPARE(r.configuration.state(kLogging), PolicyState::NotConfigured);
        QCOMPARE(r.duplicates, std::size_t(0));
    }

    void sharedKeyControlCodes()
    {
        // **delvals. on the shared Terminal Services key belongs to no policy of ours, but wipes
        // the values set before it
        auto r = GroupPolicy::read({
            RegistryEntry::dword(kKey, "LoggingEnabled", 1),
            RegistryEntry::control(kKey, "**delvals."),
            RegistryEntry::dword(kKey, "fAllowToGetHelp", 0),
        });
        QCOMPARE(r.configuration.state(kLogging), PolicyState::NotConfigured);
        QCOMPARE(r.configuration.state(kSolicit), PolicyState::Disabled);
        QCOMPARE(r.foreign, std::vector<RegistryEntry>{RegistryEntry::control(kKey, "**delvals.")});
        QCOMPARE(noteMessages(r.notes), std::vector<std::string>{"control entry " + kKey
                                                   + "\\**delvals. removed 1 Remote Assistance value(s) set before it"});

        // **DeleteValues lists names; **DeleteKeys removes the helper list's key
        r = GroupPolicy::read({
            RegistryEntry::dword(kKey, "LoggingEnabled", 1),
            RegistryEntry::dword(kKey, "UseCustomMessages", 0),
            RegistryEntry::dword(kKey, "fAllowUnsolicited", 1),
            RegistryEntry::string(kHelpers, "CORP\\a", "CORP\\a"),
            RegistryEntry::string(kKey, "**DeleteValues", "LoggingEnabled; Unrelated"),
            RegistryEntry::string(kKey, "**DeleteKeys", "RAUnsolicit"),
        });
        QCOMPARE(r.configuration.state(kLogging), PolicyState::NotConfigured);
        QCOMPARE(r.configuration.state(kOptions), PolicyState::Disabled);
        QCOMPARE(r.configuration.state(kOffer), PolicyState::Enabled);
        QCOMPARE(r.configuration.list(kOffer, "RA_Unsolicit_DACL_Edit"), std::vector<std::string>{});
        QCOMPARE(r.foreign.size(), std::size_t(2));
    }

    void softValueOnlyWhenAbsent()
    {
        const auto r = GroupPolicy::read({
            RegistryEntry::dword(kKey, "LoggingEnabled", 0),
            RegistryEntry::dword(kKey, "**soft.LoggingEnabled", 1),
            RegistryEntry::dword(kKey, "**soft.fAllowToGetHelp", 0),
        });
        QCOMPARE(r.configuration.state(kLogging), PolicyState::Disabled);
        QCOMPARE(r.configuration.state(kSolicit), PolicyState::Disabled);
        QVERIFY(r.foreign.empty());
    }

    void optionValuesWithoutEnabledPolicyAreReported()
    {
        const auto r = GroupPolicy::read({
            RegistryEntry::dword(kKey, "fAllowToGetHelp", 0),
            RegistryEntry::dword(kKey, "MaxTicketExpiry", 5),
            RegistryEntry::string(kHelpers, "CORP\\a", "CORP\\a"),
            RegistryEntry::string(kHelpers, "CORP\\b", "CORP\\b"),
        });
        QCOMPARE(noteMessages(r.notes), (std::vector<std::string>{"MaxTicketExpiry ignored: SolicitedRemoteAssistance is Disabled",
                                                    "2 value(s) on " + kHelpers
                                                        + " ignored: UnsolicitedRemoteAssistance is Not configured"}));
        QCOMPARE(r.configuration.state(kSolicit), PolicyState::Disabled);
        QCOMPARE(r.configuration.number(kSolicit, "RA_Solicit_ExpireValue_Edt"), 1u); // not taken over
    }

    void notUnderstoodIsReported()
    {
        const auto r = GroupPolicy::read({
            RegistryEntry::string(kKey, "LoggingEnabled", "1"),
            RegistryEntry::dword(kKey, "fAllowToGetHelp", 7),
            RegistryEntry::dword(kKey, "UseCustomMessages", 1),
            RegistryEntry::dword(kKey, "ShareControlMessage", 5),
            RegistryEntry::dword(kKey, "fAllowUnsolicited", 1),
            RegistryEntry::dword(kKey, "fAllowUnsolicitedFullControl", 3),
            RegistryEntry::string(kHelpers, "CORP\\a", "CORP\\b"),
            RegistryEntry::dword(kHelpers, "CORP\\c", 1),
            RegistryEntry::control(kHelpers, "**frobnicate"),
            RegistryEntry::control(kKey, "**frobnicate.fAllowToGetHelp"), // another policy's business
        });
        QCOMPARE(noteMessages(r.notes),
                 (std::vector<std::string>{
                     "control entry " + kHelpers + "\\**frobnicate was not interpreted",
                     "ShareControlMessage of CustomizeWarningMessages is REG_DWORD, expected REG_SZ",
                     "ViewMessage of CustomizeWarningMessages is missing; the editor's default is shown",
                     "LoggingEnabled of SessionLogging is REG_SZ, expected REG_DWORD; policy read as Not configured",
                     "fAllowToGetHelp of SolicitedRemoteAssistance is 7, neither the enabled nor the disabled value; "
                     "policy read as Not configured",
                     "fAllowUnsolicitedFullControl of UnsolicitedRemoteAssistance is 3, which is not one of its choices",
                     "helper entry \"CORP\\a\" has data \"CORP\\b\"; Windows reads the data, the name should be the same",
                     "helper entry \"CORP\\c\" is REG_DWORD, expected REG_SZ; skipped",
                 }));
        std::vector<std::string> codes;
        for (const Note& n : r.notes)
            codes.push_back(n.code);
        QCOMPARE(codes, (std::vector<std::string>{"control-unknown", "option-type", "option-missing", "policy-type",
                                                  "policy-value", "option-choice", "helper-data", "helper-type"}));
        QCOMPARE(r.notes[1].args,
                 (std::vector<std::string>{"ShareControlMessage", "CustomizeWarningMessages", "REG_DWORD", "REG_SZ"}));
        QCOMPARE(r.notes[6].args, (std::vector<std::string>{"CORP\\a", "CORP\\b"}));
        QCOMPARE(r.foreign, std::vector<RegistryEntry>{RegistryEntry::control(kKey, "**frobnicate.fAllowToGetHelp")});
        QCOMPARE(r.configuration.state(kOptions), PolicyState::Enabled);
        QCOMPARE(r.configuration.state(kLogging), PolicyState::NotConfigured);
        QCOMPARE(r.configuration.state(kSolicit), PolicyState::NotConfigured);
        QCOMPARE(r.configuration.list(kOffer, "RA_Unsolicit_DACL_Edit"), std::vector<std::string>{"CORP\\b"});
    }
};

QTEST_GUILESS_MAIN(TestGroupPolicy)
#include "TestGroupPolicy.moc"
