#include "core/Profile.h"
#include "core/Sha256.h"

#include "FaultyFileSystem.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using ra::test::FaultyFileSystem;

namespace {
constexpr PolicyId kOptions = PolicyId::CustomizeWarningMessages;
constexpr PolicyId kLogging = PolicyId::SessionLogging;
constexpr PolicyId kSolicit = PolicyId::SolicitedRemoteAssistance;
constexpr PolicyId kOffer = PolicyId::UnsolicitedRemoteAssistance;

Profile sampleProfile()
{
    Profile p;
    Configuration& c = p.configuration;
    c.setState(kOptions, PolicyState::Enabled);
    c.setOption(kOptions, "RA_Options_Share_Control_Message", std::string("Übernahme durch den \"Helpdesk\" – ok?"));
    c.setOption(kOptions, "RA_Options_Connect_Message", std::string("Line 1\nLine 2\\tab"));
    c.setComment(kOptions, "Wording agreed with the works council");
    c.setState(kLogging, PolicyState::Disabled);
    c.setState(kSolicit, PolicyState::NotConfigured);
    c.setOption(kSolicit, "RA_Solicit_ExpireValue_Edt", std::uint32_t(42));
    c.setState(kOffer, PolicyState::Enabled);
    c.setOption(kOffer, "RA_Unsolicit_Control_List", std::uint32_t(0));
    c.setOption(kOffer, "RA_Unsolicit_DACL_Edit", std::vector<std::string>{"CORP\\Helpdesk", "CORP\\Tier 2"});
    c.setComment(kOffer, "Ticket CHG-1234");
    p.provenance = {"Jane Admin", "ADMIN-PC01", "0.1.0", "2026-11-22T10:00:00Z", "2026-11-22T10:05:00Z"};
    return p;
}

/// A hand-written profile (no sha256) around a "policies" member.
std::string doc(const std::string& policies)
{
    return "{\"schema\":\"ra-console-profile\",\"version\":1,\"policies\":" + policies + "}";
}

std::vector<ProfileProblem> problemsOf(const std::string& json)
{
    try {
        ProfileFormat::read(json, "p.json");
    } catch (const ProfileError& e) {
        return e.problems();
    } catch (const std::exception& e) {
        qWarning("unexpected error: %s", e.what());
        return {{"?", e.what()}};
    }
    return {};
}

char* toString(const std::vector<ProfileProblem>& problems)
{
    std::string s;
    for (const auto& p : problems)
        s += "[" + p.pointer + ": " + p.reason + "]\n";
    return qstrdup(s.c_str());
}

std::string errorOf(std::string_view json, const std::string& file = "p.json")
{
    try {
        ProfileFormat::read(json, file);
    } catch (const std::exception& e) {
        return e.what();
    }
    return "(no error)";
}
} // namespace

namespace QTest {
template<>
char* toString(const std::vector<ProfileProblem>& problems)
{
    return ::toString(problems);
}
} // namespace QTest

class TestProfile : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const Profile p = sampleProfile();
        const std::string text = ProfileFormat::write(p);
        const Profile back = ProfileFormat::read(text, "p.json");
        QVERIFY(back == p);
        QVERIFY(back.integrityVerified);
        QCOMPARE(back.configuration.comment(kOffer), std::string("Ticket CHG-1234"));
        QCOMPARE(ProfileFormat::write(back), text);
        QCOMPARE(ProfileFormat::digest(back), ProfileFormat::digest(p));
    }

    void exactDocumentAndDigest()
    {
        Profile p;
        p.included = {kLogging, kSolicit};
        p.configuration.setState(kLogging, PolicyState::Enabled);
        p.configuration.setComment(kLogging, "audit");
        p.provenance = {"a", "h", "0.1.0", "2026-11-22T10:00:00Z", "2026-11-22T10:00:00Z"};
        // the canonical content, written out by hand: sorted keys, no whitespace
        const std::string canonical =
            "{\"policies\":{\"SessionLogging\":{\"comment\":\"audit\",\"state\":\"Enabled\"},\"SolicitedRemoteAssistance\":"
            "{\"comment\":\"\",\"options\":{\"RA_Solicit_Control_List\":1,\"RA_Solicit_ExpireUnits_List\":1,"
            "\"RA_Solicit_ExpireValue_Edt\":1,\"RA_Solicit_Mailto_List\":1},\"state\":\"NotConfigured\"}},"
            "\"provenance\":{\"author\":\"a\",\"created\":\"2026-11-22T10:00:00Z\",\"host\":\"h\",\"modified\":\"2026-11-22T10:00:00Z\","
            "\"productVersion\":\"0.1.0\"},\"schema\":\"ra-console-profile\",\"version\":1}";
        const std::string sha = Sha256::hex(canonical);
        QCOMPARE(ProfileFormat::digest(p), sha);
        QCOMPARE(ProfileFormat::write(p),
                 "{\n"
                 "  \"schema\": \"ra-console-profile\",\n"
                 "  \"version\": 1,\n"
                 "  \"provenance\": {\n"
                 "    \"author\": \"a\",\n"
                 "    \"host\": \"h\",\n"
                 "    \"productVersion\": \"0.1.0\",\n"
                 "    \"created\": \"2026-11-22T10:00:00Z\",\n"
                 "    \"modified\": \"2026-11-22T10:00:00Z\"\n"
                 "  },\n"
                 "  \"policies\": {\n"
                 "    \"SessionLogging\": {\n"
                 "      \"state\": \"Enabled\",\n"
                 "      \"comment\": \"audit\"\n"
                 "    },\n"
                 "    \"SolicitedRemoteAssistance\": {\n"
                 "      \"state\": \"NotConfigured\",\n"
                 "      \"options\": {\n"
                 "        \"RA_Solicit_Control_List\": 1,\n"
                 "        \"RA_Solicit_ExpireValue_Edt\": 1,\n"
                 "        \"RA_Solicit_ExpireUnits_List\": 1,\n"
                 "        \"RA_Solicit_Mailto_List\": 1\n"
                 "      },\n"
                 "      \"comment\": \"\"\n"
                 "    }\n"
                 "  },\n"
                 "  \"sha256\": \"" + sha + "\"\n"
                 "}\n");
    }

    void targetRoundTripAndExactDocument()
    {
        Profile p = sampleProfile();
        DeploymentTarget t;
        // given out of order: written (and read back) in catalog order
        t.families = {WindowsFamily::Server2003Sp1, WindowsFamily::VistaAndLater};
        t.editions = {Edition::Enterprise, Edition::Pro, Edition::MobileEnterprise};
        t.minimumBuild = 14393;
        t.firewallDeployed = {WindowsFamily::VistaAndLater};
        t.featurePresent = true;
        p.target = t;
        const std::string text = ProfileFormat::write(p);
        QVERIFY(text.find("  \"version\": 2,\n") != std::string::npos);
        const std::string expected = "  \"target\": {\n"
                                     "    \"families\": [\n"
                                     "      \"vista\",\n"
                                     "      \"server2003-sp1\"\n"
                                     "    ],\n"
                                     "    \"editions\": [\n"
                                     "      \"Pro\",\n"
                                     "      \"Enterprise\",\n"
                                     "      \"Mobile Enterprise\"\n"
                                     "    ],\n"
                                     "    \"minimumBuild\": 14393,\n"
                                     "    \"firewallDeployed\": [\n"
                                     "      \"vista\"\n"
                                     "    ],\n"
                                     "    \"featurePresent\": true\n"
                                     "  },\n"
                                     "  \"sha256\": \"";
        QVERIFY2(text.find(expected) != std::string::npos, text.c_str());
        const Profile back = ProfileFormat::read(text, "p.json");
        QVERIFY(back.integrityVerified);
        QVERIFY(back.target.has_value());
        QCOMPARE(back.target->families, (std::vector<WindowsFamily>{WindowsFamily::VistaAndLater, WindowsFamily::Server2003Sp1}));
        QCOMPARE(back.target->editions, (std::vector<Edition>{Edition::Pro, Edition::Enterprise, Edition::MobileEnterprise}));
        QCOMPARE(back.target->minimumBuild, 14393u);
        QCOMPARE(back.target->firewallDeployed, std::vector<WindowsFamily>{WindowsFamily::VistaAndLater});
        QCOMPARE(back.target->featurePresent, true);
        QCOMPARE(ProfileFormat::write(back), text);

        // the digest covers the target: another value is an altered profile
        for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
                 {"\"featurePresent\": true", "\"featurePresent\": false"},
                 {"\"minimumBuild\": 14393", "\"minimumBuild\": 10240"},
                 {"\"firewallDeployed\": [\n      \"vista\"\n    ]", "\"firewallDeployed\": []"}}) {
            std::string tampered = text;
            tampered.replace(tampered.find(from), from.size(), to);
            QCOMPARE(errorOf(tampered), std::string("p.json: /sha256: the profile was changed after it was written "
                                                    "(its SHA-256 does not match)"));
        }
        Profile without = back;
        without.target.reset();
        QVERIFY(!(without == back));
        QVERIFY(ProfileFormat::digest(without) != ProfileFormat::digest(back));
    }

    void profileWithoutTargetStaysVersion1()
    {
        // written without a target: format 1, which older consoles open; read: no target
        const Profile p = sampleProfile();
        const std::string text = ProfileFormat::write(p);
        QVERIFY(text.find("  \"version\": 1,\n") != std::string::npos);
        QVERIFY(text.find("\"target\"") == std::string::npos);
        QVERIFY(!ProfileFormat::read(text, "p.json").target.has_value());
    }

    void targetMembersTakeDefaults()
    {
        // a hand-written version 2 profile whose target says nothing: DeploymentTarget's defaults
        auto targetOf = [](const std::string& target) -> std::optional<DeploymentTarget> {
            const std::string json =
                "{\"schema\":\"ra-console-profile\",\"version\":2,\"policies\":{},\"target\":" + target + "}";
            try {
                ProfileFormat::read(json, "p.json");
            } catch (const ProfileIntegrityError& e) {
                return e.profile().target;
            }
            return std::nullopt;
        };
        const auto empty = targetOf("{}");
        QVERIFY(empty.has_value());
        QCOMPARE(empty->families, std::vector<WindowsFamily>{WindowsFamily::VistaAndLater});
        QVERIFY(empty->editions.empty());
        QCOMPARE(empty->minimumBuild, 0u);
        QVERIFY(empty->firewallDeployed.empty());
        QCOMPARE(empty->featurePresent, false);
        QVERIFY(*empty == DeploymentTarget{});
        // an explicit empty list is kept; names are read case-insensitively and put in order
        const auto some = targetOf("{\"families\":[],\"editions\":[\"education\",\"HOME\"]}");
        QVERIFY(some.has_value());
        QVERIFY(some->families.empty());
        QCOMPARE(some->editions, (std::vector<Edition>{Edition::Home, Edition::Education}));
        // a version 2 profile without a target has none
        try {
            ProfileFormat::read("{\"schema\":\"ra-console-profile\",\"version\":2,\"policies\":{}}", "p.json");
            QFAIL("a profile without sha256 was accepted");
        } catch (const ProfileIntegrityError& e) {
            QVERIFY(!e.profile().target.has_value());
        }
    }

    void onlyIncludedPolicies()
    {
        Profile p = sampleProfile();
        p.included = {kOffer};
        const std::string text = ProfileFormat::write(p);
        QVERIFY(text.find("CustomizeWarningMessages") == std::string::npos);
        QVERIFY(text.find("SessionLogging") == std::string::npos);
        const Profile back = ProfileFormat::read(text);
        QCOMPARE(back.included, std::set<PolicyId>{kOffer});
        QCOMPARE(back.configuration.setting(kOffer), p.configuration.setting(kOffer));
        // what was left out is the fresh default
        QCOMPARE(back.configuration.setting(kOptions), Configuration().setting(kOptions));
        // an included Not configured policy stays included ("remove it" when applied)
        p.included = {kSolicit};
        QCOMPARE(ProfileFormat::read(ProfileFormat::write(p)).included, std::set<PolicyId>{kSolicit});
    }

    void omittedMembersTakeDefaults()
    {
        Profile p;
        p.included = {kSolicit};
        p.configuration.setState(kSolicit, PolicyState::Enabled);
        p.configuration.setOption(kSolicit, "RA_Solicit_ExpireValue_Edt", std::uint32_t(3));
        const std::string json = doc("{\"SolicitedRemoteAssistance\":{\"state\":\"Enabled\",\"options\":{\"RA_Solicit_ExpireValue_Edt\":3}}}");
        try {
            ProfileFormat::read(json, "p.json");
            QFAIL("a profile without sha256 was accepted");
        } catch (const ProfileIntegrityError& e) {
            QCOMPARE(std::string(e.what()),
                     std::string("p.json: /sha256: the profile was changed after it was written (it has no SHA-256)"));
            QVERIFY(e.profile() == p);
            QVERIFY(!e.profile().integrityVerified);
        }
    }

    void tamperedProfileDetected()
    {
        const Profile p = sampleProfile();
        std::string text = ProfileFormat::write(p);
        const auto at = text.find("\"RA_Solicit_ExpireValue_Edt\": 42");
        QVERIFY(at != std::string::npos);
        text.replace(at, 32, "\"RA_Solicit_ExpireValue_Edt\": 43");
        try {
            ProfileFormat::read(text, "shared/profile.json");
            QFAIL("a tampered profile was accepted");
        } catch (const ProfileIntegrityError& e) {
            QCOMPARE(std::string(e.what()), std::string("shared/profile.json: /sha256: the profile was changed after "
                                                        "it was written (its SHA-256 does not match)"));
            QCOMPARE(e.file(), std::string("shared/profile.json"));
            QCOMPARE(e.profile().configuration.number(kSolicit, "RA_Solicit_ExpireValue_Edt"), 43u);
            QVERIFY(!e.profile().integrityVerified);
        }
        // a changed comment or provenance counts too
        std::string comment = ProfileFormat::write(p);
        comment.replace(comment.find("CHG-1234"), 8, "CHG-9999");
        QVERIFY_THROWS_EXCEPTION(ProfileIntegrityError, ProfileFormat::read(comment));
        std::string author = ProfileFormat::write(p);
        author.replace(author.find("Jane Admin"), 10, "Evil Admin");
        QVERIFY_THROWS_EXCEPTION(ProfileIntegrityError, ProfileFormat::read(author));
    }

    void reformattingKeepsIntegrity()
    {
        // layout and member order are not content
        const Profile p = sampleProfile();
        const std::string text = ProfileFormat::write(p);
        std::string compact;
        bool inString = false;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"' && (i == 0 || text[i - 1] != '\\'))
                inString = !inString;
            if (!inString && (c == ' ' || c == '\n'))
                continue;
            compact += c;
        }
        QVERIFY(compact.size() < text.size());
        QVERIFY(ProfileFormat::read(compact) == p);
    }

    void syntaxErrorWithOffset()
    {
        QCOMPARE(errorOf("{\"schema\": \"ra-console-profile\",, }"),
                 std::string("p.json: offset 32: not valid JSON: parse error at line 1, column 33: syntax error while "
                             "parsing object key - unexpected ','; expected string literal"));
        QCOMPARE(errorOf(""), std::string("p.json: the file is empty; expected a profile (JSON)"));
        QCOMPARE(errorOf(" \r\n"), std::string("p.json: the file is empty; expected a profile (JSON)"));
        QCOMPARE(errorOf("{\"schema\": \"ra-console-profile\", \"version\": 1"),
                 std::string("p.json: offset 45: not valid JSON: parse error at line 1, column 46: syntax error while "
                             "parsing object - unexpected end of input; expected '}'"));
    }

    void numberOverflowIsAnError()
    {
        // nlohmann reports this as out_of_range, not parse_error: it must still be an ra::Error
        QCOMPARE(errorOf("{\"schema\":\"ra-console-profile\",\"version\":1e500}"),
                 std::string("p.json: not valid JSON: number overflow parsing '1e500'"));
        // deep nesting is rejected by structure, without recursion trouble
        const std::string deep = doc("{\"SessionLogging\":{\"state\":" + std::string(100000, '[') + std::string(100000, ']') + "}}");
        QCOMPARE(problemsOf(deep), (std::vector<ProfileProblem>{{"/policies/SessionLogging/state",
                                                               "expected \"NotConfigured\", \"Enabled\" or \"Disabled\", found an array"}}));
    }

    void duplicateMembersRefused()
    {
        // the reader of the file would see one value, the program would apply the other
        QCOMPARE(problemsOf(doc("{\"SessionLogging\":{\"state\":\"Disabled\",\"state\":\"Enabled\"}}")),
                 (std::vector<ProfileProblem>{{"/policies/SessionLogging/state",
                                               "the member \"state\" appears more than once in its object"}}));
        QCOMPARE(problemsOf(doc("{\"SessionLogging\":{\"state\":\"Enabled\"},\"SessionLogging\":{\"state\":\"Disabled\"}}")),
                 (std::vector<ProfileProblem>{{"/policies/SessionLogging",
                                               "the member \"SessionLogging\" appears more than once in its object"}}));
        // the same name in different objects is fine
        const Profile p = sampleProfile();
        QVERIFY(ProfileFormat::read(ProfileFormat::write(p)) == p);
    }

    void notAnObject()
    {
        QCOMPARE(problemsOf("[1,2]"),
                 (std::vector<ProfileProblem>{{"", "expected a JSON object (a Remote Assistance console profile), found an array"}}));
    }

    void wrongSchema()
    {
        QCOMPARE(errorOf("{\"schema\":\"something-else\",\"version\":1}"),
                 std::string("p.json: /schema: this is not a Remote Assistance console profile (expected \"schema\": "
                             "\"ra-console-profile\")"));
        QCOMPARE(errorOf("{\"version\":1}"),
                 std::string("p.json: /schema: this is not a Remote Assistance console profile (expected \"schema\": "
                             "\"ra-console-profile\")"));
    }

    void newerVersionRefused()
    {
        // refused before anything else is looked at (version 3 may be shaped differently)
        QCOMPARE(errorOf("{\"schema\":\"ra-console-profile\",\"version\":3,\"policies\":[],\"whatever\":true}"),
                 std::string("p.json: /version: this profile has format version 3, written by a newer version of the "
                             "console; this version reads formats 1 to 2 only. Update the console to open it."));
        QCOMPARE(errorOf("{\"schema\":\"ra-console-profile\",\"version\":0}"),
                 std::string("p.json: /version: invalid profile version 0; expected 1 to 2"));
        QCOMPARE(errorOf("{\"schema\":\"ra-console-profile\",\"version\":\"1\"}"),
                 std::string("p.json: /version: missing or invalid profile version; expected a whole number"));
    }

    void structureErrors_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("reason");
        auto row = [](const char* name, const std::string& json, const char* pointer, const char* reason) {
            QTest::newRow(name) << QString::fromStdString(json) << pointer << QString::fromUtf8(reason);
        };
        row("unknown member", "{\"schema\":\"ra-console-profile\",\"version\":1,\"policies\":{},\"extra\":1}", "/extra",
            "unknown member \"extra\"");
        row("policies missing", "{\"schema\":\"ra-console-profile\",\"version\":1}", "/policies",
            "missing; expected an object with one member per policy");
        row("policies not object", doc("[]"), "/policies", "expected an object, found an array");
        row("provenance not object",
            "{\"schema\":\"ra-console-profile\",\"version\":1,\"provenance\":\"me\",\"policies\":{}}", "/provenance",
            "expected an object, found the string \"me\"");
        row("provenance member type",
            "{\"schema\":\"ra-console-profile\",\"version\":1,\"provenance\":{\"author\":7},\"policies\":{}}",
            "/provenance/author", "expected a string, found the number 7");
        row("provenance unknown",
            "{\"schema\":\"ra-console-profile\",\"version\":1,\"provenance\":{\"email\":\"x\"},\"policies\":{}}",
            "/provenance/email", "unknown provenance member \"email\"");
        row("provenance time",
            "{\"schema\":\"ra-console-profile\",\"version\":1,\"provenance\":{\"created\":\"22.11.2026\"},\"policies\":{}}",
            "/provenance/created", "expected a UTC time like \"2026-11-22T10:00:00Z\", found \"22.11.2026\"");
        row("unknown policy", doc("{\"RemoteDesktop\":{\"state\":\"Enabled\"}}"), "/policies/RemoteDesktop",
            "unknown policy \"RemoteDesktop\"; expected CustomizeWarningMessages, SessionLogging, "
            "SolicitedRemoteAssistance or UnsolicitedRemoteAssistance");
        row("GP name instead of CSP name", doc("{\"RA_Logging\":{\"state\":\"Enabled\"}}"), "/policies/RA_Logging",
            "unknown policy \"RA_Logging\"; use its CSP name \"SessionLogging\"");
        row("pointer escaping", doc("{\"a/b~c\":{}}"), "/policies/a~1b~0c",
            "unknown policy \"a/b~c\"; expected CustomizeWarningMessages, SessionLogging, SolicitedRemoteAssistance "
            "or UnsolicitedRemoteAssistance");
        row("policy not object", doc("{\"SessionLogging\":\"Enabled\"}"), "/policies/SessionLogging",
            "expected an object, found the string \"Enabled\"");
        row("policy unknown member", doc("{\"SessionLogging\":{\"state\":\"Enabled\",\"note\":\"\"}}"),
            "/policies/SessionLogging/note", "unknown member \"note\"");
        row("state missing", doc("{\"SessionLogging\":{}}"), "/policies/SessionLogging/state",
            "missing; expected \"NotConfigured\", \"Enabled\" or \"Disabled\"");
        row("state wrong", doc("{\"SessionLogging\":{\"state\":\"On\"}}"), "/policies/SessionLogging/state",
            "expected \"NotConfigured\", \"Enabled\" or \"Disabled\", found \"On\"");
        row("state type", doc("{\"SessionLogging\":{\"state\":true}}"), "/policies/SessionLogging/state",
            "expected \"NotConfigured\", \"Enabled\" or \"Disabled\", found true");
        row("options not object", doc("{\"SolicitedRemoteAssistance\":{\"state\":\"Enabled\",\"options\":[]}}"),
            "/policies/SolicitedRemoteAssistance/options", "expected an object, found an array");
        row("unknown option", doc("{\"SolicitedRemoteAssistance\":{\"state\":\"Enabled\",\"options\":{\"Expiry\":5}}}"),
            "/policies/SolicitedRemoteAssistance/options/Expiry",
            "unknown option \"Expiry\" of SolicitedRemoteAssistance; its options are RA_Solicit_Control_List, "
            "RA_Solicit_ExpireValue_Edt, RA_Solicit_ExpireUnits_List, RA_Solicit_Mailto_List");
        row("option of a policy without options", doc("{\"SessionLogging\":{\"state\":\"Enabled\",\"options\":{\"x\":1}}}"),
            "/policies/SessionLogging/options/x", "unknown option \"x\" of SessionLogging; it has no options");
        row("text type",
            doc("{\"CustomizeWarningMessages\":{\"state\":\"Enabled\",\"options\":{\"RA_Options_Connect_Message\":5}}}"),
            "/policies/CustomizeWarningMessages/options/RA_Options_Connect_Message", "expected a string, found the number 5");
        row("text too long",
            doc("{\"CustomizeWarningMessages\":{\"state\":\"Enabled\",\"options\":{\"RA_Options_Connect_Message\":\""
                + std::string(1024, 'x') + "\"}}}"),
            "/policies/CustomizeWarningMessages/options/RA_Options_Connect_Message",
            "the text has 1024 characters; at most 1023 are allowed");
        row("decimal range",
            doc("{\"SolicitedRemoteAssistance\":{\"state\":\"Enabled\",\"options\":{\"RA_Solicit_ExpireValue_Edt\":100}}}"),
            "/policies/SolicitedRemoteAssistance/options/RA_Solicit_ExpireValue_Edt",
            "expected a number from 1 to 99, found 100");
        row("decimal negative",
            doc("{\"SolicitedRemoteAssistance\":{\"state\":\"Enabled\",\"options\":{\"RA_Solicit_ExpireValue_Edt\":-5}}}"),
            "/policies/SolicitedRemoteAssistance/options/RA_Solicit_ExpireValue_Edt",
            "expected a number from 1 to 99, found -5");
        row("decimal fraction",
            doc("{\"SolicitedRemoteAssistance\":{\"state\":\"Enabled\",\"options\":{\"RA_Solicit_ExpireValue_Edt\":1.5}}}"),
            "/policies/SolicitedRemoteAssistance/options/RA_Solicit_ExpireValue_Edt",
            "expected a whole number, found the number 1.5");
        row("decimal huge",
            doc("{\"SolicitedRemoteAssistance\":{\"state\":\"Enabled\",\"options\":{\"RA_Solicit_ExpireValue_Edt\":4294967297}}}"),
            "/policies/SolicitedRemoteAssistance/options/RA_Solicit_ExpireValue_Edt",
            "expected a number from 1 to 99, found 4294967297");
        row("enum value",
            doc("{\"SolicitedRemoteAssistance\":{\"state\":\"Enabled\",\"options\":{\"RA_Solicit_ExpireUnits_List\":3}}}"),
            "/policies/SolicitedRemoteAssistance/options/RA_Solicit_ExpireUnits_List",
            "expected one of 0 (Minutes), 1 (Hours), 2 (Days), found 3");
        row("enum as text",
            doc("{\"UnsolicitedRemoteAssistance\":{\"state\":\"Enabled\",\"options\":{\"RA_Unsolicit_Control_List\":\"view\"}}}"),
            "/policies/UnsolicitedRemoteAssistance/options/RA_Unsolicit_Control_List",
            "expected a whole number, found the string \"view\"");
        row("list type",
            doc("{\"UnsolicitedRemoteAssistance\":{\"state\":\"Enabled\",\"options\":{\"RA_Unsolicit_DACL_Edit\":\"CORP\\\\a\"}}}"),
            "/policies/UnsolicitedRemoteAssistance/options/RA_Unsolicit_DACL_Edit",
            "expected an array of strings, found the string \"CORP\\\\a\"");
        row("list item type",
            doc("{\"UnsolicitedRemoteAssistance\":{\"state\":\"Enabled\",\"options\":{\"RA_Unsolicit_DACL_Edit\":[\"CORP\\\\a\",null]}}}"),
            "/policies/UnsolicitedRemoteAssistance/options/RA_Unsolicit_DACL_Edit/1", "expected a string, found null");
        row("comment type", doc("{\"SessionLogging\":{\"state\":\"Enabled\",\"comment\":{}}}"),
            "/policies/SessionLogging/comment", "expected a string, found an object");
        row("sha256 type", "{\"schema\":\"ra-console-profile\",\"version\":1,\"policies\":{},\"sha256\":1}", "/sha256",
            "expected a string of 64 hex digits, found the number 1");
        // the deployment target (format version 2)
        auto withTarget = [](const std::string& target, int version = 2) {
            return "{\"schema\":\"ra-console-profile\",\"version\":" + std::to_string(version)
                + ",\"policies\":{},\"target\":" + target + "}";
        };
        row("target in version 1", withTarget("{}", 1), "/target",
            "a deployment target needs profile format version 2; this profile says 1");
        row("target type", withTarget("[]"), "/target", "expected an object, found an array");
        row("target member", withTarget("{\"os\":[]}"), "/target/os", "unknown target member \"os\"");
        row("families type", withTarget("{\"families\":\"vista\"}"), "/target/families",
            "expected an array of strings, found the string \"vista\"");
        row("family type", withTarget("{\"families\":[\"vista\",7]}"), "/target/families/1",
            "expected a string, found the number 7");
        row("unknown family", withTarget("{\"families\":[\"win7\"]}"), "/target/families/0",
            "unknown \"win7\"; expected \"vista\", \"xp-sp2\" or \"server2003-sp1\"");
        row("family twice", withTarget("{\"families\":[\"xp-sp2\",\"vista\",\"xp-sp2\"]}"), "/target/families/2",
            "\"xp-sp2\" is listed more than once");
        row("unknown edition", withTarget("{\"editions\":[\"Pro\",\"Ultimate\"]}"), "/target/editions/1",
            "unknown \"Ultimate\"; expected Home, Pro, Business, Enterprise, Education, Mobile or Mobile Enterprise");
        row("edition twice", withTarget("{\"editions\":[\"Pro\",\"pro\"]}"), "/target/editions/1",
            "\"pro\" is listed more than once");
        row("deployed family", withTarget("{\"firewallDeployed\":[\"xp\"]}"), "/target/firewallDeployed/0",
            "unknown \"xp\"; expected \"vista\", \"xp-sp2\" or \"server2003-sp1\"");
        row("negative build", withTarget("{\"minimumBuild\":-1}"), "/target/minimumBuild",
            "expected a Windows build number from 0 to 4294967295, found the number -1");
        row("build too large", withTarget("{\"minimumBuild\":4294967296}"), "/target/minimumBuild",
            "expected a Windows build number from 0 to 4294967295, found the number 4294967296");
        row("build as text", withTarget("{\"minimumBuild\":\"14393\"}"), "/target/minimumBuild",
            "expected a Windows build number from 0 to 4294967295, found the string \"14393\"");
        row("feature type", withTarget("{\"featurePresent\":1}"), "/target/featurePresent",
            "expected true or false, found the number 1");
    }
    void structureErrors()
    {
        QFETCH(QString, json);
        QFETCH(QString, pointer);
        QFETCH(QString, reason);
        QCOMPARE(problemsOf(json.toStdString()),
                 (std::vector<ProfileProblem>{{pointer.toStdString(), reason.toStdString()}}));
        QCOMPARE(errorOf(json.toStdString()),
                 "p.json: " + (pointer.isEmpty() ? std::string() : pointer.toStdString() + ": ") + reason.toStdString());
    }

    void everyProblemReported()
    {
        const std::string json =
            doc("{\"SessionLogging\":{\"state\":\"on\"},\"RA_Options\":{},"
                "\"SolicitedRemoteAssistance\":{\"state\":\"Enabled\",\"options\":{\"RA_Solicit_ExpireValue_Edt\":0,\"RA_Solicit_Mailto_List\":9}}}");
        const auto problems = problemsOf(json);
        QCOMPARE(problems.size(), std::size_t(4));
        QCOMPARE(problems[0].pointer, std::string("/policies/RA_Options"));
        QCOMPARE(problems[1].pointer, std::string("/policies/SessionLogging/state"));
        QCOMPARE(problems[2].pointer, std::string("/policies/SolicitedRemoteAssistance/options/RA_Solicit_ExpireValue_Edt"));
        QCOMPARE(problems[3].pointer, std::string("/policies/SolicitedRemoteAssistance/options/RA_Solicit_Mailto_List"));
        QCOMPARE(errorOf(json), std::string("p.json: /policies/RA_Options: unknown policy \"RA_Options\"; use its CSP name "
                                            "\"CustomizeWarningMessages\" (and 3 more problems)"));
    }

    void nothingPartialOnError()
    {
        const Profile original = sampleProfile();
        Profile target = original;
        // the first policies are fine, the last one is broken: nothing of it may arrive
        const std::string bad = doc("{\"SessionLogging\":{\"state\":\"Enabled\"},\"UnsolicitedRemoteAssistance\":{\"state\":\"Maybe\"}}");
        try {
            target = ProfileFormat::read(bad);
            QFAIL("accepted");
        } catch (const ProfileError&) {
        }
        QVERIFY(target == original);
        QCOMPARE(target.configuration.state(kLogging), PolicyState::Disabled);
    }

    void saveAndLoad()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path path = dir.filePath("team.raprofile.json").toStdString();
        const Profile p = sampleProfile();
        ProfileFormat::save(path, p);
        const Bytes bytes = FileSystem::real().read(path);
        QCOMPARE(std::string(bytes.begin(), bytes.end()), ProfileFormat::write(p));
        const Profile back = ProfileFormat::load(path);
        QVERIFY(back == p);
        QVERIFY(back.integrityVerified);
    }

    void loadErrorsNameTheFile()
    {
        QTemporaryDir dir;
        const std::filesystem::path missing = dir.filePath("missing.json").toStdString();
        try {
            ProfileFormat::load(missing);
            QFAIL("loaded a missing file");
        } catch (const Error& e) {
            QCOMPARE(e.file(), displayPath(missing));
            QCOMPARE(std::string(e.what()), displayPath(missing) + ": cannot open for reading: No such file or directory");
        }
        const std::filesystem::path broken = dir.filePath("broken.json").toStdString();
        FileSystem::real().writeFile(broken, Bytes{'{', '\n', '}', 'x'});
        try {
            ProfileFormat::load(broken);
            QFAIL("loaded a broken file");
        } catch (const Error& e) {
            QCOMPARE(e.file(), displayPath(broken));
            QCOMPARE(e.location(), std::string("offset 3"));
        }
        const std::filesystem::path newer = dir.filePath("newer.json").toStdString();
        const std::string newerText = "{\"schema\":\"ra-console-profile\",\"version\":3}";
        FileSystem::real().writeFile(newer, Bytes(newerText.begin(), newerText.end()));
        QCOMPARE(QString::fromStdString([&] {
                     try {
                         ProfileFormat::load(newer);
                     } catch (const Error& e) {
                         return std::string(e.what());
                     }
                     return std::string();
                 }()),
                 QString::fromStdString(displayPath(newer) + ": /version: this profile has format version 3, written by "
                                        "a newer version of the console; this version reads formats 1 to 2 only. Update the "
                                        "console to open it."));
    }

    void failedSaveKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const std::filesystem::path path = dir.filePath("p.json").toStdString();
        Profile old = sampleProfile();
        old.included = {kLogging};
        ProfileFormat::save(path, old);
        const auto before = ra::test::snapshotTree(dir.path().toStdString());

        FaultyFileSystem fs;
        fs.failOn(FaultyFileSystem::Op::Write, 1, FaultyFileSystem::Fault::NoSpace);
        try {
            ProfileFormat::save(path, sampleProfile(), fs);
            QFAIL("save did not fail");
        } catch (const Error& e) {
            QCOMPARE(std::string(e.what()), displayPath(path) + ": write failed: No space left on device");
        }
        QCOMPARE(ra::test::snapshotTree(dir.path().toStdString()), before); // no temporary left
        fs.reset();
        fs.failOn(FaultyFileSystem::Op::Rename, 1);
        QVERIFY_THROWS_EXCEPTION(Error, ProfileFormat::save(path, sampleProfile(), fs));
        QCOMPARE(ra::test::snapshotTree(dir.path().toStdString()), before);
        QCOMPARE(ProfileFormat::write(ProfileFormat::load(path)), ProfileFormat::write(old));
    }

    void invalidTextIsNotWritten()
    {
        Profile p;
        p.configuration.setComment(kLogging, std::string("bad \xFF byte"));
        try {
            ProfileFormat::write(p);
            QFAIL("wrote invalid UTF-8");
        } catch (const Error& e) {
            QCOMPARE(std::string(e.what()), std::string("the comment of SessionLogging is not valid UTF-8 text"));
        }
    }

    void currentUtcTimeShape()
    {
        const std::string now = ProfileFormat::currentUtcTime();
        QCOMPARE(now.size(), std::size_t(20));
        QCOMPARE(now[10], 'T');
        QCOMPARE(now.back(), 'Z');
        // accepted by the reader
        Profile p;
        p.provenance.created = now;
        QVERIFY(ProfileFormat::read(ProfileFormat::write(p)) == p);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "TestProfile.moc"
