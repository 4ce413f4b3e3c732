// The Microsoft Graph windows10CustomConfiguration body for the Remote Assistance policies.
#include "core/Error.h"
#include "core/formats/GraphJson.h"
#include "core/formats/SyncMl.h"

#include <QtTest>

using namespace ra;
using json = nlohmann::json;

namespace {

QString error(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return QString::fromUtf8(e.what());
    }
    return QStringLiteral("(no error)");
}

Configuration sample()
{
    Configuration c;
    c.setState(PolicyId::SessionLogging, PolicyState::Disabled);
    c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
    c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit",
                std::vector<std::string>{"CONTOSO\\Zoë", "CONTOSO\\R&D \"Tier 2\""});
    c.setComment(PolicyId::UnsolicitedRemoteAssistance, "Ticket 4711: helpdesk may offer help");
    return c;
}

} // namespace

class TestGraphJson : public QObject
{
    Q_OBJECT
private slots:
    void wholeBody()
    {
        QFile f(QStringLiteral(RA_TEST_DATA_DIR "/graph/sample-profile.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const std::string expected = f.readAll().toStdString();        QCOMPARE(QString::fromStdString(GraphJson::render(sample(), "RA – Kiosk fleet", "Pushed by the console")),
                 QString::fromStdString(expected));
    }

    void notConfiguredHasNoSetting()
    {
        const json body = GraphJson::profile(Configuration(), "x", "");
        QCOMPARE(body["omaSettings"], json::array());
        QCOMPARE(error([] { GraphJson::omaSetting(Configuration(), PolicyId::SessionLogging); }),
                 QStringLiteral("SessionLogging is Not configured and has no OMA-URI setting"));
        QCOMPARE(error([] { GraphJson::profile(Configuration(), " ", ""); }),
                 QStringLiteral("the profile needs a display name"));
    }

    void valueIsTheSyncMlPayload()
    {
        const Configuration c = sample();
        for (PolicyId id : {PolicyId::SessionLogging, PolicyId::UnsolicitedRemoteAssistance})
            QCOMPARE(GraphJson::omaSetting(c, id)["value"].get<std::string>(), SyncMl::payload(c, id));
    }

    void mergeKeepsForeignSettingsAndReplacesOursInPlace()
    {
        const json foreign1 = {{"@odata.type", "#microsoft.graph.omaSettingInteger"},
                               {"displayName", "Camera"},
                               {"omaUri", "./Device/Vendor/MSFT/Policy/Config/Camera/AllowCamera"},
                               {"value", 0}};
        const json foreign2 = {{"@odata.type", "#microsoft.graph.omaSettingString"},
                               {"displayName", "Other"},
                               {"omaUri", "./Vendor/MSFT/Something"},
                               {"value", "x"}};
        const json oldLogging = {{"@odata.type", "#microsoft.graph.omaSettingString"},
                                 {"displayName", "old"},
                                 {"omaUri", " ./device/vendor/msft/policy/config/remoteassistance/sessionlogging"},
                                 {"value", "<enabled/>"}};
        const json oldSolicit = {{"@odata.type", "#microsoft.graph.omaSettingString"},
                                 {"omaUri", "./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/SolicitedRemoteAssistance"},
                                 {"value", "<enabled/>"}};
        const json existing = json::array({foreign1, oldLogging, oldSolicit, oldLogging, foreign2});
        const Configuration c = sample(); // Solicit is Not configured → its setting goes
        const json merged = GraphJson::mergeSettings(existing, c);
        const json expected = json::array({foreign1, GraphJson::omaSetting(c, PolicyId::SessionLogging), foreign2,
                                           GraphJson::omaSetting(c, PolicyId::UnsolicitedRemoteAssistance)});
        QCOMPARE(merged, expected);
        QVERIFY(!GraphJson::isOurs(foreign1));
        QVERIFY(GraphJson::isOurs(oldLogging));
        QVERIFY(!GraphJson::isOurs(json("text")));
    }

    void roundTrip()
    {
        const Configuration c = sample();
        const GraphReadResult r = GraphJson::readText(GraphJson::render(c, "P", "D"), "p.json");
        QCOMPARE(r.displayName, std::string("P"));
        QCOMPARE(r.description, std::string("D"));
        QVERIFY(r.configuration.sameEffect(c));
        QCOMPARE(r.configuration.comment(PolicyId::UnsolicitedRemoteAssistance),
                 std::string("Ticket 4711: helpdesk may offer help"));
        QCOMPARE(r.configuration.comment(PolicyId::SessionLogging), std::string()); // the default description
        QCOMPARE(r.foreignSettings, json::array());
        QVERIFY(GraphJson::compare(GraphJson::profile(c, "P", "D"), c).empty());
    }

    void compareNamesEveryDifference()
    {
        Configuration c = sample();
        json actual = GraphJson::profile(c, "P", "");
        actual["omaSettings"][1]["value"] = "<enabled/>";
        c.setState(PolicyId::CustomizeWarningMessages, PolicyState::Disabled);
        const auto d = GraphJson::compare(actual, c);
        QCOMPARE(d.size(), std::size_t(2));
        QCOMPARE(d[0], std::string("CustomizeWarningMessages is missing from the profile"));
        QVERIFY(d[1].starts_with("UnsolicitedRemoteAssistance: value is \"<enabled/>\", expected \"<enabled/><data"));
    }

    void readErrors()
    {
        QCOMPARE(error([] { GraphJson::readText("{\"omaSettings\": [1,", "p.json"); }),
                 QStringLiteral("p.json: offset 19: not valid JSON ([json.exception.parse_error.101] parse error at "
                                "line 1, column 20: syntax error while parsing value - unexpected end of input; "
                                "expected '[', '{', or a literal)"));
        QCOMPARE(error([] { GraphJson::readText("{\"@odata.type\": \"#microsoft.graph.windows10GeneralConfiguration\"}", "p.json"); }),
                 QStringLiteral("p.json: /@odata.type: expected \"#microsoft.graph.windows10CustomConfiguration\", found "
                                "\"#microsoft.graph.windows10GeneralConfiguration\""));
        QCOMPARE(error([] {
                     GraphJson::readText("{\"omaSettings\": [{\"omaUri\": \"./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/SessionLogging\", \"value\": 1}]}",
                                         "p.json");
                 }),
                 QStringLiteral("p.json: /omaSettings/0/value: expected a string"));
        QCOMPARE(error([] {
                     GraphJson::readText("{\"omaSettings\": [{\"omaUri\": \"./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/SessionLogging\", \"value\": \"<enabled/><data id=\\\"x\\\" value=\\\"1\\\"/>\"}]}",
                                         "p.json");
                 }),
                 QStringLiteral("p.json: /omaSettings/0/value: SessionLogging payload: unknown data id \"x\" (this "
                                "policy has no options)"));
        QCOMPARE(error([] {
                     GraphJson::readText("{\"omaSettings\": [{\"@odata.type\": \"#microsoft.graph.omaSetting\", \"omaUri\": \"./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/SessionLogging\", \"value\": \"<enabled/>\"}]}",
                                         "p.json");
                 }),
                 QStringLiteral("p.json: /omaSettings/0/@odata.type: expected \"#microsoft.graph.omaSettingString\" for "
                                "SessionLogging, found \"#microsoft.graph.omaSetting\""));
    }
};

QTEST_GUILESS_MAIN(TestGraphJson)
#include "TestGraphJson.moc"
