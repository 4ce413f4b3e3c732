#include "core/Linter.h"

#include <QTest>

using namespace ra;

namespace {
constexpr PolicyId kOptions = PolicyId::CustomizeWarningMessages;
constexpr PolicyId kSolicit = PolicyId::SolicitedRemoteAssistance;
constexpr PolicyId kOffer = PolicyId::UnsolicitedRemoteAssistance;

std::vector<std::string> codes(const std::vector<Finding>& findings)
{
    std::vector<std::string> out;
    for (const auto& f : findings)
        out.push_back(f.code);
    return out;
}

const Finding* byCode(const std::vector<Finding>& findings, const std::string& code)
{
    for (const auto& f : findings)
        if (f.code == code)
            return &f;
    return nullptr;
}

/// Offer RA Enabled with one helper, Solicited RA Not configured.
Configuration offerWithHelper()
{
    Configuration c;
    c.setState(kOffer, PolicyState::Enabled);
    c.setOption(kOffer, "RA_Unsolicit_DACL_Edit", std::vector<std::string>{"CORP\\Helpdesk"});
    return c;
}
} // namespace

class TestLinter : public QObject
{
    Q_OBJECT
private slots:
    void nothingConfiguredNothingFound()
    {
        Linter::Target t;
        t.editions = {Edition::Business};
        t.mdm = true;
        t.minimumBuild = 10240;
        QVERIFY(Linter::lint(Configuration{}, t).empty());
        Configuration c;
        c.setState(kSolicit, PolicyState::Disabled);
        c.setState(kOffer, PolicyState::Disabled);
        QVERIFY(Linter::lint(c).empty());
    }

    void offerNoHelpers()
    {
        Configuration c;
        c.setState(kOffer, PolicyState::Enabled);
        auto findings = Linter::lint(c);
        const Finding* f = byCode(findings, "offer.no-helpers");
        QVERIFY(f);
        QCOMPARE(f->severity, Severity::Warning);
        QCOMPARE(f->policy, std::optional<PolicyId>(kOffer));
        QCOMPARE(f->element, std::string("RA_Unsolicit_DACL_Edit"));
        QCOMPARE(f->message, std::string("Offer Remote Assistance is enabled, but no helper is listed, so nobody is "
                                         "allowed to offer help."));
        QCOMPARE(f->hint, std::string("Add the helpdesk group as DOMAIN\\Group (for example CORP\\Helpdesk), or "
                                      "disable the policy."));
        // blank rows are no helpers
        c.setOption(kOffer, "RA_Unsolicit_DACL_Edit", std::vector<std::string>{"", "  "});
        QVERIFY(byCode(Linter::lint(c), "offer.no-helpers"));
        QVERIFY(!byCode(Linter::lint(offerWithHelper()), "offer.no-helpers"));
    }

    void offerFirewall()
    {
        const auto findings = Linter::lint(offerWithHelper());
        QCOMPARE(codes(findings), (std::vector<std::string>{"offer.firewall", "baseline.cis-offer"}));
        const Finding& f = findings[0];
        QCOMPARE(f.severity, Severity::Warning);
        QCOMPARE(f.message, std::string("Offer Remote Assistance only works when Windows Firewall allows it in the "
                                        "domain profile of every helped computer. Windows Vista and later: TCP 135, "
                                        "%WINDIR%\\System32\\msra.exe, %WINDIR%\\System32\\raserver.exe."));
        QCOMPARE(f.hint, std::string("Open these exceptions with a firewall policy or the generated netsh or "
                                     "PowerShell commands, then mark them as deployed for these Windows versions."));
        QCOMPARE(f.args, std::vector<std::string>{"vista"});

        Linter::Target t;
        t.families = {WindowsFamily::VistaAndLater, WindowsFamily::Server2003Sp1};
        QCOMPARE(Linter::lint(offerWithHelper(), t)[0].message,
                 std::string("Offer Remote Assistance only works when Windows Firewall allows it in the domain "
                             "profile of every helped computer. Windows Vista and later: TCP 135, "
                             "%WINDIR%\\System32\\msra.exe, %WINDIR%\\System32\\raserver.exe; Windows Server 2003 "
                             "SP1: TCP 135, %WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpsvc.exe, "
                             "%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpctr.exe, the Remote Desktop exception."));

        // Families the admin confirmed as deployed drop out; with all of them the warning is gone.
        t.firewallDeployed = {WindowsFamily::VistaAndLater};
        const auto partly = Linter::lint(offerWithHelper(), t);
        const Finding* left = byCode(partly, "offer.firewall");
        QVERIFY(left);
        QCOMPARE(left->args, std::vector<std::string>{"server2003-sp1"});
        QCOMPARE(left->message, std::string("Offer Remote Assistance only works when Windows Firewall allows it in the "
                                            "domain profile of every helped computer. Windows Server 2003 SP1: TCP 135, "
                                            "%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpsvc.exe, "
                                            "%WINDIR%\\PCHealth\\HelpCtr\\Binaries\\Helpctr.exe, the Remote Desktop "
                                            "exception."));
        t.firewallDeployed = {WindowsFamily::Server2003Sp1, WindowsFamily::XpSp2, WindowsFamily::VistaAndLater};
        QCOMPARE(codes(Linter::lint(offerWithHelper(), t)), std::vector<std::string>{"baseline.cis-offer"});
        // no family said: Vista and later is assumed, and its confirmation counts
        Linter::Target none;
        none.firewallDeployed = {WindowsFamily::VistaAndLater};
        QCOMPARE(codes(Linter::lint(offerWithHelper(), none)), std::vector<std::string>{"baseline.cis-offer"});
        none.firewallDeployed = {WindowsFamily::XpSp2};
        const auto otherConfirmed = Linter::lint(offerWithHelper(), none);
        QVERIFY(byCode(otherConfirmed, "offer.firewall"));
    }

    void offerSolicitDisabled()
    {
        Configuration c = offerWithHelper();
        QVERIFY(!byCode(Linter::lint(c), "offer.solicit-disabled"));
        c.setState(kSolicit, PolicyState::Disabled);
        const auto findings = Linter::lint(c);
        QCOMPARE(codes(findings),
                 (std::vector<std::string>{"offer.firewall", "offer.solicit-disabled", "baseline.cis-offer"}));
        QCOMPARE(findings[1].severity, Severity::Warning);
        QCOMPARE(findings[1].message, std::string("Offer Remote Assistance is enabled while Solicited Remote "
                                                  "Assistance is disabled; older Windows clients then refuse offered "
                                                  "help as well."));
        QCOMPARE(findings[1].hint, std::string("Enable Solicited Remote Assistance, or leave it Not configured, on "
                                               "computers that must accept offers."));
    }

    void skuNotAvailable()
    {
        Configuration c;
        c.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        Linter::Target t;
        t.editions = {Edition::Pro, Edition::Enterprise};
        QVERIFY(Linter::lint(c, t).empty());
        t.editions = {Edition::Pro, Edition::Business};
        auto findings = Linter::lint(c, t);
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings[0].code, std::string("sku.not-available"));
        QCOMPARE(findings[0].severity, Severity::Warning);
        QCOMPARE(findings[0].policy, std::optional<PolicyId>(PolicyId::SessionLogging));
        QCOMPARE(findings[0].message, std::string("The Policy CSP documentation does not list Business as supported "
                                                  "for Turn on session logging; computers with this edition may "
                                                  "ignore it."));
        QCOMPARE(findings[0].hint, std::string("Check the policy on a Business computer before relying on it, or "
                                               "remove Business from the target editions."));
        c.setState(kSolicit, PolicyState::Disabled);
        findings = Linter::lint(c, t);
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings[0].policy, std::optional<PolicyId>());
        QCOMPARE(findings[0].message, std::string("The Policy CSP documentation does not list Business as supported "
                                                  "for Turn on session logging, Configure Solicited Remote "
                                                  "Assistance; computers with this edition may ignore them."));
    }

    void mdmMinimumBuild()
    {
        Configuration c;
        c.setState(PolicyId::SessionLogging, PolicyState::Enabled);
        Linter::Target t;
        t.mdm = true;
        t.minimumBuild = 14393; // 1607: footnote 1 is met
        QVERIFY(Linter::lint(c, t).empty());
        t.minimumBuild = 10586; // 1511
        auto findings = Linter::lint(c, t);
        QCOMPARE(codes(findings), std::vector<std::string>{"mdm.min-build"});
        QCOMPARE(findings[0].message, std::string("Delivered through MDM, these policies need Windows 10, version "
                                                  "1607 (build 14393) or later; the oldest target is build 10586, "
                                                  "which ignores them."));
        QCOMPARE(findings[0].hint, std::string("Update those computers to version 1607 or later, or deliver through "
                                               "Group Policy instead."));
        // not through MDM: Group Policy has no such limit
        t.mdm = false;
        QVERIFY(Linter::lint(c, t).empty());
        // only a Business target: no available cell, so no footnote applies (sku.not-available instead)
        t.mdm = true;
        t.editions = {Edition::Business};
        QCOMPARE(codes(Linter::lint(c, t)), std::vector<std::string>{"sku.not-available"});
    }

    void mailMethodIgnored()
    {
        Configuration c;
        c.setState(kSolicit, PolicyState::Enabled);
        c.setOption(kSolicit, "RA_Solicit_Mailto_List", std::uint32_t(0)); // Simple MAPI
        QCOMPARE(codes(Linter::lint(c)), std::vector<std::string>{"baseline.stig-solicit"});
        c.setOption(kSolicit, "RA_Solicit_Mailto_List", std::uint32_t(1)); // Mailto
        const auto findings = Linter::lint(c);
        QCOMPARE(codes(findings), (std::vector<std::string>{"solicit.mail-method-ignored", "baseline.stig-solicit"}));
        QCOMPARE(findings[0].severity, Severity::Info);
        QCOMPARE(findings[0].element, std::string("RA_Solicit_Mailto_List"));
        QCOMPARE(findings[0].message, std::string("The e-mail method \"Mailto\" only applies to Windows XP and Windows "
                                                  "Server 2003; Windows Vista and later always send invitations "
                                                  "through Simple MAPI."));
    }

    void messagesEmpty()
    {
        Configuration c;
        c.setState(kOptions, PolicyState::Enabled);
        c.setOption(kOptions, "RA_Options_Share_Control_Message", std::string("Call the helpdesk first."));
        c.setOption(kOptions, "RA_Options_Connect_Message", std::string("   "));
        auto findings = Linter::lint(c);
        QCOMPARE(codes(findings), std::vector<std::string>{"messages.empty"});
        QCOMPARE(findings[0].severity, Severity::Warning);
        QCOMPARE(findings[0].element, std::string("RA_Options_Connect_Message"));
        QCOMPARE(findings[0].message, std::string("Customize warning messages is enabled, but \"Display warning "
                                                  "message before connecting\" is empty, so the user sees no "
                                                  "explanation at that step."));
        QCOMPARE(findings[0].hint, std::string("Write the message, or disable the policy to keep Windows' own "
                                               "warnings."));
        c.setOption(kOptions, "RA_Options_Share_Control_Message", std::string());
        QCOMPARE(Linter::lint(c).size(), std::size_t(2));
        c.setState(kOptions, PolicyState::Disabled);
        QVERIFY(Linter::lint(c).empty());
    }

    void baselines()
    {
        Configuration c;
        c.setState(kSolicit, PolicyState::Enabled);
        c.setOption(kSolicit, "RA_Solicit_Mailto_List", std::uint32_t(0));
        auto findings = Linter::lint(c);
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings[0].code, std::string("baseline.stig-solicit"));
        QCOMPARE(findings[0].severity, Severity::Info);
        QCOMPARE(findings[0].message, std::string("Solicited Remote Assistance is enabled; the DISA STIG "
                                                  "(WN10-CC-000155) and the CIS benchmark require it to be "
                                                  "disabled."));
        const auto offerFindings = Linter::lint(offerWithHelper());
        const Finding* offer = byCode(offerFindings, "baseline.cis-offer");
        QVERIFY(offer);
        QCOMPARE(offer->severity, Severity::Info);
        QCOMPARE(offer->message, std::string("Offer Remote Assistance is enabled; the CIS benchmark recommends "
                                             "disabling it."));
        // the DoD sample (Solicited and Offer Disabled) meets the baselines
        c.setState(kSolicit, PolicyState::Disabled);
        QVERIFY(Linter::lint(c).empty());
    }

    void everyFindingHasAHint()
    {
        Configuration c;
        for (PolicyId id : kAllPolicies)
            c.setState(id, PolicyState::Enabled);
        Linter::Target t;
        t.editions = {Edition::Business};
        t.mdm = true;
        t.minimumBuild = 10240;
        t.editions = {Edition::Business, Edition::Pro};
        const auto findings = Linter::lint(c, t);
        QCOMPARE(codes(findings),
                 (std::vector<std::string>{"offer.no-helpers", "offer.firewall", "sku.not-available", "mdm.min-build",
                                           "solicit.mail-method-ignored", "messages.empty", "messages.empty",
                                           "baseline.stig-solicit", "baseline.cis-offer"}));
        for (const auto& f : findings)
            QVERIFY2(!f.hint.empty(), f.code.c_str());
    }
};

QTEST_GUILESS_MAIN(TestLinter)
#include "TestLinter.moc"
