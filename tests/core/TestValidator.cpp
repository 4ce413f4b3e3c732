#include "core/Validator.h"

#include <QTest>

using namespace ra;

namespace {
constexpr PolicyId kOffer = PolicyId::UnsolicitedRemoteAssistance;
constexpr PolicyId kSolicit = PolicyId::SolicitedRemoteAssistance;
constexpr PolicyId kOptions = PolicyId::CustomizeWarningMessages;

std::vector<std::string> codes(const std::vector<Finding>& findings)
{
    std::vector<std::string> out;
    for (const auto& f : findings)
        out.push_back(f.code);
    return out;
}

Finding helper(Severity s, int row, const char* code, std::string message, std::vector<std::string> args)
{
    Finding f;
    f.severity = s;
    f.policy = kOffer;
    f.element = "RA_Unsolicit_DACL_Edit";
    f.row = row;
    f.code = code;
    f.message = message;
    f.args = std::move(args);
    return f;
}

char* toString(const std::vector<Finding>& findings)
{
    std::string s;
    for (const auto& f : findings)
        s += "[" + std::string(severityName(f.severity)) + " " + f.code + " row " + std::to_string(f.row)
            + " " + f.element + ": " + f.message + "]\n";
    return qstrdup(s.c_str());
}
} // namespace

namespace QTest {
template<>
char* toString(const std::vector<Finding>& findings)
{
    return ::toString(findings);
}
} // namespace QTest

class TestValidator : public QObject
{
    Q_OBJECT
private slots:
    void freshConfigurationIsClean()
    {
        Configuration c;
        QVERIFY(Validator::validate(c).empty());
        for (PolicyId id : kAllPolicies)
            c.setState(id, PolicyState::Enabled);
        QVERIFY(Validator::validate(c).empty());
        QVERIFY(!Validator::hasErrors({}));
    }

    void validHelperShapes()
    {
        for (const char* ok : {"CORP\\alice", "BUILTIN\\Administrators", "NT AUTHORITY\\INTERACTIVE",
                               "PC-042\\support", "CORP\\Help Desk Tier 1", "CORP\\o'brien", "CORP\\alice@home",
                               "ABCDEFGHIJKLMNO\\x", "CORP\\Ärzte"})
            QCOMPARE(Validator::validateHelper(ok, 0), std::vector<Finding>{});
    }

    void textTooLong()
    {
        Configuration c;
        c.setState(kOptions, PolicyState::Enabled);
        c.setOption(kOptions, "RA_Options_Connect_Message", std::string(1023, 'x'));
        QVERIFY(Validator::validate(c).empty());
        // 1023 UTF-16 units: "€" is one unit, so 1023 of them still fit
        std::string euro;
        for (int i = 0; i < 1023; ++i)
            euro += "€";
        c.setOption(kOptions, "RA_Options_Connect_Message", euro);
        QVERIFY(Validator::validate(c).empty());

        c.setOption(kOptions, "RA_Options_Share_Control_Message", "Before sharing: " + std::string(1010, 'y'));
        const auto findings = Validator::validate(c);
        QCOMPARE(findings.size(), std::size_t(1));
        const Finding& f = findings[0];
        QCOMPARE(f.severity, Severity::Error);
        QCOMPARE(f.policy, std::optional<PolicyId>(kOptions));
        QCOMPARE(f.element, std::string("RA_Options_Share_Control_Message"));
        QCOMPARE(f.row, -1);
        QCOMPARE(f.code, std::string("text.too-long"));
        QCOMPARE(f.message, std::string("\"Display warning message before sharing control\" of Customize warning "
                                        "messages (\"Before sharing: yyyyyyyyyyyyyyyyyyyyyyyy…\") has 1026 "
                                        "characters; at most 1023 are allowed."));
        QCOMPARE(f.args, (std::vector<std::string>{"Before sharing: yyyyyyyyyyyyyyyyyyyyyyyy…", "1026", "1023"}));
        QVERIFY(!f.inactiveState);
        QVERIFY(Validator::hasErrors(findings));
    }

    void textInvalidUtf8()
    {
        Configuration c;
        c.setState(kOptions, PolicyState::Enabled);
        c.setOption(kOptions, "RA_Options_Connect_Message", std::string("caf\xC3", 4));
        const auto findings = Validator::validate(c);
        QCOMPARE(codes(findings), std::vector<std::string>{"text.invalid-utf8"});
        QCOMPARE(findings[0].message, std::string("\"Display warning message before connecting\" of Customize "
                                                  "warning messages is not valid UTF-8 text; retype it."));
    }

    void textNul()
    {
        Configuration c;
        c.setState(kOptions, PolicyState::Enabled);
        c.setOption(kOptions, "RA_Options_Connect_Message", std::string("Call us\0 first", 14));
        const auto findings = Validator::validate(c);
        QCOMPARE(codes(findings), std::vector<std::string>{"text.nul"});
        QCOMPARE(findings[0].element, std::string("RA_Options_Connect_Message"));
        QCOMPARE(findings[0].message, std::string("\"Display warning message before connecting\" of Customize warning "
                                                  "messages (\"Call us\") contains a NUL character; Windows would cut "
                                                  "the text there. Remove it."));
    }

    void ticketTimeRange_data()
    {
        QTest::addColumn<uint>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("0") << 0u << false;
        QTest::newRow("1") << 1u << true;
        QTest::newRow("99") << 99u << true;
        QTest::newRow("100") << 100u << false;
        QTest::newRow("max") << 4294967295u << false;
    }
    void ticketTimeRange()
    {
        QFETCH(uint, value);
        QFETCH(bool, valid);
        Configuration c;
        c.setState(kSolicit, PolicyState::Enabled);
        c.setOption(kSolicit, "RA_Solicit_ExpireValue_Edt", std::uint32_t(value));
        const auto findings = Validator::validate(c);
        if (valid) {
            QCOMPARE(findings, std::vector<Finding>{});
            return;
        }
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings[0].code, std::string("decimal.range"));
        QCOMPARE(findings[0].element, std::string("RA_Solicit_ExpireValue_Edt"));
        QCOMPARE(findings[0].message, "\"Maximum ticket time (value)\" of Configure Solicited Remote Assistance is "
                                          + std::to_string(value) + "; it must be between 1 and 99.");
    }

    void enumValue()
    {
        Configuration c;
        c.setState(kSolicit, PolicyState::Enabled);
        c.setOption(kSolicit, "RA_Solicit_ExpireUnits_List", std::uint32_t(2));
        QVERIFY(Validator::validate(c).empty());
        c.setOption(kSolicit, "RA_Solicit_ExpireUnits_List", std::uint32_t(3));
        c.setOption(kOffer, "RA_Unsolicit_Control_List", std::uint32_t(2));
        c.setState(kOffer, PolicyState::Enabled);
        c.setOption(kOffer, "RA_Unsolicit_DACL_Edit", std::vector<std::string>{"CORP\\helpdesk"});
        const auto findings = Validator::validate(c);
        QCOMPARE(codes(findings), (std::vector<std::string>{"enum.value", "enum.value"}));
        QCOMPARE(findings[0].element, std::string("RA_Solicit_ExpireUnits_List"));
        QCOMPARE(findings[0].message, std::string("\"Maximum ticket time (units)\" of Configure Solicited Remote "
                                                  "Assistance is 3, which is not one of its choices (0 = Minutes, "
                                                  "1 = Hours, 2 = Days)."));
        QCOMPARE(findings[1].policy, std::optional<PolicyId>(kOffer));
        QCOMPARE(findings[1].message, std::string("\"Permit remote control of this computer\" of Configure Offer "
                                                  "Remote Assistance is 2, which is not one of its choices (1 = "
                                                  "Allow helpers to remotely control the computer, 0 = Allow "
                                                  "helpers to only view the computer)."));
    }

    void notEnabledPoliciesOnlyWarn()
    {
        Configuration c;
        c.setOption(kSolicit, "RA_Solicit_ExpireValue_Edt", std::uint32_t(0));
        c.setState(kOffer, PolicyState::Disabled);
        c.setOption(kOffer, "RA_Unsolicit_DACL_Edit", std::vector<std::string>{"alice"});
        const auto findings = Validator::validate(c);
        QCOMPARE(codes(findings), (std::vector<std::string>{"decimal.range", "helper.no-backslash"}));
        QCOMPARE(findings[0].severity, Severity::Warning);
        QCOMPARE(findings[0].message, std::string("\"Maximum ticket time (value)\" of Configure Solicited Remote "
                                                  "Assistance is 0; it must be between 1 and 99. (Not written "
                                                  "while the policy is Not configured.)"));
        QCOMPARE(findings[0].args, (std::vector<std::string>{"0", "1", "99"}));
        QCOMPARE(findings[0].inactiveState, std::optional<PolicyState>(PolicyState::NotConfigured));
        QCOMPARE(findings[1].severity, Severity::Warning);
        QCOMPARE(findings[1].inactiveState, std::optional<PolicyState>(PolicyState::Disabled));
        QCOMPARE(findings[1].message, std::string("Helper entry 1 (\"alice\") has no domain; write it as "
                                                  "DOMAIN\\alice (a local account as COMPUTER\\alice). (Not "
                                                  "written while the policy is Disabled.)"));
        QVERIFY(!Validator::hasErrors(findings));
    }

    void helperEmpty()
    {
        QCOMPARE(Validator::validateHelper("", 2),
                 std::vector<Finding>{helper(Severity::Error, 2, "helper.empty",
                                             "Helper entry 3 is empty; remove the row or enter DOMAIN\\Name.", {"3"})});
    }

    void helperBlank()
    {
        QCOMPARE(Validator::validateHelper(" \t ", 0),
                 std::vector<Finding>{helper(Severity::Error, 0, "helper.blank",
                                             "Helper entry 1 contains only spaces; remove the row or enter "
                                             "DOMAIN\\Name.", {"1"})});
    }

    void helperWhitespace()
    {
        QCOMPARE(Validator::validateHelper(" CORP\\alice", 0),
                 std::vector<Finding>{helper(Severity::Error, 0, "helper.whitespace",
                                             "Helper entry 1 (\" CORP\\alice\") starts with a space; remove it, "
                                             "no account name starts with one.", {"1", " CORP\\alice", "start", "space"})});
        QCOMPARE(Validator::validateHelper("CORP\\alice ", 1)[0].message,
                 std::string("Helper entry 2 (\"CORP\\alice \") ends with a space; remove it, no account name "
                             "ends with one."));
        QCOMPARE(Validator::validateHelper(" CORP\\alice\t", 1)[0].message,
                 std::string("Helper entry 2 (\" CORP\\alice\\x09\") starts and ends with a space; remove it, no "
                             "account name starts and ends with one."));
        QCOMPARE(Validator::validateHelper("CORP\\alice ", 1).size(), std::size_t(1));
        // a non-breaking space pasted from a mail, a byte order mark, a zero-width space
        QCOMPARE(Validator::validateHelper("CORP\\alice\u00A0", 0),
                 std::vector<Finding>{helper(Severity::Error, 0, "helper.whitespace",
                                             "Helper entry 1 (\"CORP\\alice\u00A0\") ends with an invisible "
                                             "(non-breaking or zero-width) space; remove it, no account name ends "
                                             "with one.",
                                             {"1", "CORP\\alice\u00A0", "end", "invisible"})});
        QCOMPARE(Validator::validateHelper(" CORP\\alice\t", 1)[0].args,
                 (std::vector<std::string>{"2", " CORP\\alice\\x09", "both", "space"}));
        QCOMPARE(codes(Validator::validateHelper("\uFEFFCORP\\alice", 0)), std::vector<std::string>{"helper.whitespace"});
        QCOMPARE(codes(Validator::validateHelper("CORP\\alice\u200B", 0)), std::vector<std::string>{"helper.whitespace"});
        QCOMPARE(codes(Validator::validateHelper("\u00A0\u3000", 0)), std::vector<std::string>{"helper.blank"});
        // a trailing "é" (C3 A9) is a letter, not a blank
        QVERIFY(Validator::validateHelper("CORP\\René", 0).empty());
        // duplicates are found through the invisible space
        QCOMPARE(codes(Validator::validateHelpers({"CORP\\a", "CORP\\a\u00A0"})),
                 (std::vector<std::string>{"helper.whitespace", "helper.duplicate"}));
    }

    void helperNoBackslash()
    {
        QCOMPARE(Validator::validateHelper("helpdesk", 0),
                 std::vector<Finding>{helper(Severity::Error, 0, "helper.no-backslash",
                                             "Helper entry 1 (\"helpdesk\") has no domain; write it as "
                                             "DOMAIN\\helpdesk (a local account as COMPUTER\\helpdesk).",
                                             {"1", "helpdesk", "helpdesk"})});
        // a forward slash is not the separator
        QCOMPARE(codes(Validator::validateHelper("CORP/alice", 0)),
                 (std::vector<std::string>{"helper.no-backslash", "helper.forbidden-char"}));
    }

    void helperDoubleBackslash()
    {
        QCOMPARE(Validator::validateHelper("CORP\\\\alice", 4),
                 std::vector<Finding>{helper(Severity::Error, 4, "helper.double-backslash",
                                             "Helper entry 5 (\"CORP\\\\alice\") has 2 backslashes in a row; use "
                                             "exactly one: CORP\\alice.", {"5", "CORP\\\\alice", "2", "CORP\\alice"})});
    }

    void helperEmptyParts()
    {
        QCOMPARE(Validator::validateHelper("\\alice", 0),
                 std::vector<Finding>{helper(Severity::Error, 0, "helper.domain-empty",
                                             "Helper entry 1 (\"\\alice\") has nothing before the backslash; put "
                                             "the domain or computer name there.", {"1", "\\alice"})});
        QCOMPARE(Validator::validateHelper("CORP\\", 0),
                 std::vector<Finding>{helper(Severity::Error, 0, "helper.name-empty",
                                             "Helper entry 1 (\"CORP\\\") has nothing after the backslash; put "
                                             "the user or group name there.", {"1", "CORP\\"})});
    }

    void helperUpn()
    {
        QCOMPARE(Validator::validateHelper("alice@corp.example.com", 0),
                 std::vector<Finding>{helper(Severity::Error, 0, "helper.upn",
                                             "Helper entry 1 (\"alice@corp.example.com\") is a user principal "
                                             "name (user@domain); write it as DOMAIN\\Name, for example "
                                             "CORP\\alice.",
                                             {"1", "alice@corp.example.com", "CORP\\alice"})});
    }

    void helperDnsDomain()
    {
        // a warning, and the 16-character DNS name is not also reported as too long for NetBIOS
        QCOMPARE(Validator::validateHelper("corp.example.com\\alice", 0),
                 std::vector<Finding>{helper(Severity::Warning, 0, "helper.dns-domain",
                                             "Helper entry 1 (\"corp.example.com\\alice\") uses the DNS domain "
                                             "name \"corp.example.com\"; the helper list expects the NetBIOS "
                                             "domain name, for example CORP\\alice.",
                                             {"1", "corp.example.com\\alice", "corp.example.com", "CORP\\alice"})});
        QCOMPARE(codes(Validator::validateHelper("domain.com\\user", 0)),
                 std::vector<std::string>{"helper.dns-domain"});
        QVERIFY(!Validator::hasErrors(Validator::validateHelper("domain.com\\user", 0)));
    }

    void helperSid()
    {
        QCOMPARE(Validator::validateHelper("S-1-5-32-544", 0),
                 std::vector<Finding>{helper(Severity::Warning, 0, "helper.sid",
                                             "Helper entry 1 (\"S-1-5-32-544\") is a security identifier (SID); "
                                             "the helper list expects DOMAIN\\Name, so Windows may not recognise "
                                             "it.", {"1", "S-1-5-32-544"})});
        QCOMPARE(codes(Validator::validateHelper("s-1-5-21-1004336348-1177238915-682003330-512", 0)),
                 std::vector<std::string>{"helper.sid"});
        // not SIDs: these are plain names without a domain
        QCOMPARE(codes(Validator::validateHelper("S-1-", 0)), std::vector<std::string>{"helper.no-backslash"});
        QCOMPARE(codes(Validator::validateHelper("S-1-5-x", 0)), std::vector<std::string>{"helper.no-backslash"});
    }

    void helperForbiddenChar_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("chars");
        QTest::addColumn<QString>("control");
        const QString all = QStringLiteral("\"/[]:;|=,+*?<>");
        for (QChar c : all)
            QTest::newRow(qPrintable(QString(c))) << (QStringLiteral("CORP\\al") + c + QStringLiteral("ice"))
                                                  << QString(c) << QString(c) << QString();
        QTest::newRow("backslash in name") << QStringLiteral("CORP\\team\\alice") << QStringLiteral("\\")
                                           << QStringLiteral("\\") << QString();
        QTest::newRow("control") << QStringLiteral("CORP\\al\u0001ice") << QStringLiteral("a control character")
                                 << QString() << QStringLiteral("control");
        QTest::newRow("NUL") << QString::fromUtf16(u"CORP\\al\u0000ice", 12) << QStringLiteral("a control character")
                             << QString() << QStringLiteral("control");
        QTest::newRow("several") << QStringLiteral("CORP\\a*b?c*") << QStringLiteral("* and ?") << QStringLiteral("*?")
                                 << QString();
        QTest::newRow("three") << QStringLiteral("CORP\\a<b>c|") << QStringLiteral("<, > and |")
                               << QStringLiteral("<>|") << QString();
        QTest::newRow("with control") << QStringLiteral("CORP\\a*b\u0002") << QStringLiteral("* and a control character")
                                      << QStringLiteral("*") << QStringLiteral("control");
    }
    void helperForbiddenChar()
    {
        QFETCH(QString, entry);
        QFETCH(QString, shown);
        QFETCH(QString, chars);
        QFETCH(QString, control);
        const std::string e = entry.toStdString();
        QString shownEntry = entry;
        shownEntry.replace(QChar(0), QStringLiteral("\\x00"))
            .replace(QChar(1), QStringLiteral("\\x01"))
            .replace(QChar(2), QStringLiteral("\\x02"));
        QCOMPARE(Validator::validateHelper(e, 0),
                 std::vector<Finding>{helper(Severity::Error, 0, "helper.forbidden-char",
                                             "Helper entry 1 (\"" + shownEntry.toStdString() + "\") contains "
                                                 + shown.toStdString()
                                                 + " in the name, which Windows does not allow in user or group names.",
                                             {"1", shownEntry.toStdString(), "name", chars.toStdString(),
                                              control.toStdString()})});
    }

    void helperForbiddenCharInDomain()
    {
        QCOMPARE(Validator::validateHelper("CO:RP\\alice", 0),
                 std::vector<Finding>{helper(Severity::Error, 0, "helper.forbidden-char",
                                             "Helper entry 1 (\"CO:RP\\alice\") contains : in the domain name, "
                                             "which Windows does not allow there.",
                                             {"1", "CO:RP\\alice", "domain", ":", ""})});
        // characters NetBIOS names may have ("," "=" "+" are account-name rules only)
        QVERIFY(Validator::validateHelper("CORP-01_{x}\\alice", 0).empty());
    }

    void helperTrailingPeriod()
    {
        QCOMPARE(Validator::validateHelper("CORP\\alice.", 0),
                 std::vector<Finding>{helper(Severity::Error, 0, "helper.trailing-period",
                                             "Helper entry 1 (\"CORP\\alice.\") ends with a period, which Windows "
                                             "does not allow at the end of a user or group name.",
                                             {"1", "CORP\\alice."})});
    }

    void helperNetbiosTooLong()
    {
        QVERIFY(Validator::validateHelper("ABCDEFGHIJKLMNO\\alice", 0).empty()); // 15
        QCOMPARE(Validator::validateHelper("ABCDEFGHIJKLMNOP\\alice", 0),
                 std::vector<Finding>{helper(Severity::Error, 0, "helper.netbios-too-long",
                                             "Helper entry 1 (\"ABCDEFGHIJKLMNOP\\alice\") has a domain name of 16 "
                                             "characters; NetBIOS domain and computer names have at most 15.",
                                             {"1", "ABCDEFGHIJKLMNOP\\alice", "16", "15"})});
        // characters, not bytes: 15 umlauts are 30 bytes of UTF-8
        std::string umlauts;
        for (int i = 0; i < 15; ++i)
            umlauts += "Ä";
        QVERIFY(Validator::validateHelper(umlauts + "\\x", 0).empty());
    }

    void helperInvalidUtf8()
    {
        QCOMPARE(codes(Validator::validateHelper(std::string("CORP\\\xFF", 6), 0)),
                 std::vector<std::string>{"helper.invalid-utf8"});
    }

    void helperDuplicate()
    {
        const auto findings = Validator::validateHelpers({"CORP\\Alice", "CORP\\bob", "corp\\ALICE", "CORP\\Alice"});
        QCOMPARE(findings,
                 (std::vector<Finding>{
                     helper(Severity::Error, 2, "helper.duplicate",
                            "Helper entry 3 (\"corp\\ALICE\") repeats entry 1 (\"CORP\\Alice\"); names are compared "
                            "without regard to case. Remove one of them.",
                            {"3", "corp\\ALICE", "1", "CORP\\Alice"}),
                     helper(Severity::Error, 3, "helper.duplicate",
                            "Helper entry 4 (\"CORP\\Alice\") repeats entry 1 (\"CORP\\Alice\"); names are compared "
                            "without regard to case. Remove one of them.",
                            {"4", "CORP\\Alice", "1", "CORP\\Alice"})}));
        // beyond ASCII: Windows folds the case of every letter
        QCOMPARE(codes(Validator::validateHelpers({"CORP\\Ärzte", "corp\\ärzte", "CORP\\Łódź", "CORP\\łÓdŹ",
                                                   "CORP\\Отдел", "corp\\отдел", "CORP\\Źz", "CORP\\Żz"})),
                 (std::vector<std::string>{"helper.duplicate", "helper.duplicate", "helper.duplicate"}));
        // empty rows are reported as empty, not as duplicates of each other
        QCOMPARE(codes(Validator::validateHelpers({"", ""})),
                 (std::vector<std::string>{"helper.empty", "helper.empty"}));
    }

    void everyProblemAtOnce()
    {
        Configuration c;
        c.setState(kOffer, PolicyState::Enabled);
        c.setOption(kOffer, "RA_Unsolicit_DACL_Edit",
                    std::vector<std::string>{"CORP\\helpdesk", "", "alice@corp.example.com", "corp\\HELPDESK ",
                                             "CORP\\\\bob", "VERYLONGDOMAINNAME\\x*y"});
        c.setState(kSolicit, PolicyState::Enabled);
        c.setOption(kSolicit, "RA_Solicit_ExpireValue_Edt", std::uint32_t(120));
        const auto findings = Validator::validate(c);
        QCOMPARE(codes(findings),
                 (std::vector<std::string>{"decimal.range", "helper.empty", "helper.upn", "helper.whitespace",
                                           "helper.duplicate", "helper.double-backslash", "helper.netbios-too-long",
                                           "helper.forbidden-char"}));
        std::vector<int> rows;
        for (const auto& f : findings)
            rows.push_back(f.row);
        QCOMPARE(rows, (std::vector<int>{-1, 1, 2, 3, 3, 4, 5, 5}));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "TestValidator.moc"
