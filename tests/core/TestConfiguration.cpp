#include "core/Configuration.h"
#include "core/Error.h"

#include <QTest>

using namespace ra;

namespace {
constexpr PolicyId kOptions = PolicyId::CustomizeWarningMessages;
constexpr PolicyId kLogging = PolicyId::SessionLogging;
constexpr PolicyId kSolicit = PolicyId::SolicitedRemoteAssistance;
constexpr PolicyId kOffer = PolicyId::UnsolicitedRemoteAssistance;

template<class F>
std::string errorOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}
} // namespace

class TestConfiguration : public QObject
{
    Q_OBJECT
private slots:
    void freshIsNotConfiguredWithEditorDefaults()
    {
        const Configuration c;
        for (PolicyId id : kAllPolicies) {
            QCOMPARE(c.state(id), PolicyState::NotConfigured);
            QCOMPARE(c.comment(id), std::string());
            QCOMPARE(c.setting(id).options.size(), Catalog::instance().policy(id).elements.size());
        }
        QCOMPARE(c.text(kOptions, "RA_Options_Share_Control_Message"), std::string());
        QCOMPARE(c.text(kOptions, "RA_Options_Connect_Message"), std::string());
        // ADML defaultItem 0 of a noSort list → the first item, "remote control" (1)
        QCOMPARE(c.number(kSolicit, "RA_Solicit_Control_List"), 1u);
        // decimalTextBox without defaultValue → 1
        QCOMPARE(c.number(kSolicit, "RA_Solicit_ExpireValue_Edt"), 1u);
        // defaultItem 1 → Hours (1)
        QCOMPARE(c.number(kSolicit, "RA_Solicit_ExpireUnits_List"), 1u);
        // defaultItem 1 in ADMX order → Mailto (1)
        QCOMPARE(c.number(kSolicit, "RA_Solicit_Mailto_List"), 1u);
        QCOMPARE(c.number(kOffer, "RA_Unsolicit_Control_List"), 1u);
        QCOMPARE(c.list(kOffer, "RA_Unsolicit_DACL_Edit"), std::vector<std::string>{});
        QVERIFY(c.setting(kLogging).options.empty());
    }

    void valuesKeptAcrossStates()
    {
        Configuration c;
        c.setOption(kSolicit, "RA_Solicit_ExpireValue_Edt", std::uint32_t(12));
        c.setState(kSolicit, PolicyState::Disabled);
        c.setState(kSolicit, PolicyState::Enabled);
        QCOMPARE(c.number(kSolicit, "RA_Solicit_ExpireValue_Edt"), 12u);
    }

    void typeAndNameErrors()
    {
        Configuration c;
        QCOMPARE(errorOf([&] { c.setOption(kSolicit, "RA_Solicit_ExpireValue_Edt", std::string("12")); }),
                 std::string("option RA_Solicit_ExpireValue_Edt of SolicitedRemoteAssistance takes a number"));
        QCOMPARE(errorOf([&] { c.setOption(kOffer, "RA_Unsolicit_DACL_Edit", std::string("CORP\\a")); }),
                 std::string("option RA_Unsolicit_DACL_Edit of UnsolicitedRemoteAssistance takes a list of strings"));
        QCOMPARE(errorOf([&] { c.setOption(kOptions, "RA_Options_Connect_Message", std::uint32_t(1)); }),
                 std::string("option RA_Options_Connect_Message of CustomizeWarningMessages takes a text"));
        QCOMPARE(errorOf([&] { c.setOption(kOffer, "RA_Unsolicit_Control_List", std::string("view")); }),
                 std::string("option RA_Unsolicit_Control_List of UnsolicitedRemoteAssistance takes a choice (number)"));
        QCOMPARE(errorOf([&] { c.setOption(kLogging, "Anything", std::uint32_t(1)); }),
                 std::string("policy SessionLogging has no option \"Anything\""));
        QCOMPARE(errorOf([&] { (void)c.option(kSolicit, "RA_Unsolicit_Control_List"); }),
                 std::string("policy SolicitedRemoteAssistance has no option \"RA_Unsolicit_Control_List\""));
        // the failed calls changed nothing
        QVERIFY(c == Configuration{});
    }

    void setSettingFillsAndChecks()
    {
        Configuration c;
        PolicySetting s;
        s.state = PolicyState::Enabled;
        s.options["RA_Solicit_ExpireValue_Edt"] = std::uint32_t(5);
        s.comment = "why";
        c.setSetting(kSolicit, s);
        QCOMPARE(c.state(kSolicit), PolicyState::Enabled);
        QCOMPARE(c.number(kSolicit, "RA_Solicit_ExpireValue_Edt"), 5u);
        QCOMPARE(c.number(kSolicit, "RA_Solicit_ExpireUnits_List"), 1u); // filled with the default
        QCOMPARE(c.setting(kSolicit).options.size(), std::size_t(4));
        QCOMPARE(c.comment(kSolicit), std::string("why"));

        const Configuration before = c;
        PolicySetting bad;
        bad.options["Nope"] = std::uint32_t(1);
        QCOMPARE(errorOf([&] { c.setSetting(kSolicit, bad); }),
                 std::string("policy SolicitedRemoteAssistance has no option \"Nope\""));
        PolicySetting wrongType;
        wrongType.options["RA_Solicit_Mailto_List"] = std::vector<std::string>{};
        QCOMPARE(errorOf([&] { c.setSetting(kSolicit, wrongType); }),
                 std::string("option RA_Solicit_Mailto_List of SolicitedRemoteAssistance takes a choice (number)"));
        QVERIFY(c == before);
    }

    void sameEffectIgnoresWhatIsNotWritten()
    {
        Configuration a;
        Configuration b;
        a.setState(kSolicit, PolicyState::Disabled);
        b.setState(kSolicit, PolicyState::Disabled);
        b.setOption(kSolicit, "RA_Solicit_ExpireValue_Edt", std::uint32_t(50));
        b.setComment(kSolicit, "note");
        QVERIFY(a.sameEffect(b));
        QVERIFY(!(a == b));
        a.setState(kSolicit, PolicyState::Enabled);
        b.setState(kSolicit, PolicyState::Enabled);
        QVERIFY(!a.sameEffect(b));
        b.setOption(kSolicit, "RA_Solicit_ExpireValue_Edt", std::uint32_t(1));
        QVERIFY(a.sameEffect(b));
        b.setState(kLogging, PolicyState::Enabled);
        QVERIFY(!a.sameEffect(b));
    }

    void stateNames()
    {
        QCOMPARE(policyStateName(PolicyState::NotConfigured), std::string_view("NotConfigured"));
        QCOMPARE(policyStateName(PolicyState::Enabled), std::string_view("Enabled"));
        QCOMPARE(policyStateName(PolicyState::Disabled), std::string_view("Disabled"));
        QCOMPARE(policyStateFromName("enabled"), std::optional<PolicyState>(PolicyState::Enabled));
        QCOMPARE(policyStateFromName("DISABLED"), std::optional<PolicyState>(PolicyState::Disabled));
        QCOMPARE(policyStateFromName("Not configured"), std::optional<PolicyState>(PolicyState::NotConfigured));
        QCOMPARE(policyStateFromName("not-configured"), std::optional<PolicyState>(PolicyState::NotConfigured));
        QCOMPARE(policyStateFromName("on"), std::optional<PolicyState>());
    }
};

QTEST_GUILESS_MAIN(TestConfiguration)
#include "TestConfiguration.moc"
