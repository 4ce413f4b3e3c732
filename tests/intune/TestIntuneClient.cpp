// The Intune Graph client against FakeGraph, a local server implementing the token endpoint and
// the deviceConfigurations collection, strict about every request.
#include "FakeGraph.h"
#include "backends/intune/IntuneClient.h"
#include "core/formats/GraphJson.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

using namespace ra;
using namespace ra::intune;
using json = nlohmann::json;

namespace {

const QString kSecret = QStringLiteral("Zq8~Q+x/3=Ab&c%20ü-7.Kp");
const QString kProfileName = QStringLiteral("RA 'Kiosk' + fleet #1 & co");
const char* const kUnsolicitUri = "./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/UnsolicitedRemoteAssistance";
const char* const kSolicitUri = "./Device/Vendor/MSFT/Policy/Config/RemoteAssistance/SolicitedRemoteAssistance";

Configuration sample()
{
    Configuration c;
    c.setState(PolicyId::SessionLogging, PolicyState::Enabled);
    c.setState(PolicyId::CustomizeWarningMessages, PolicyState::Disabled);
    c.setState(PolicyId::UnsolicitedRemoteAssistance, PolicyState::Enabled);
    c.setOption(PolicyId::UnsolicitedRemoteAssistance, "RA_Unsolicit_DACL_Edit",
                std::vector<std::string>{"CONTOSO\\Helpdesk", "CONTOSO\\Zoë & <Tier2>"});
    return c;
}

json foreignCamera()
{
    return {{"@odata.type", "#microsoft.graph.omaSettingInteger"},
            {"displayName", "Camera"},
            {"description", "not ours"},
            {"omaUri", "./Device/Vendor/MSFT/Policy/Config/Camera/AllowCamera"},
            {"value", 0}};
}

json foreignString()
{
    return {{"@odata.type", "#microsoft.graph.omaSettingString"},
            {"displayName", "Edge"},
            {"description", ""},
            {"omaUri", "./Device/Vendor/MSFT/Policy/Config/Browser/HomePages"},
            {"value", "<https://intranet>"}};
}

struct Fixture
{
    explicit Fixture(bool tls = false)
        : server(tls)
    {
        server.clientSecret = kSecret;
        settings.tenantId = server.tenant;
        settings.clientId = server.clientId;
        settings.profileDisplayName = kProfileName;
        settings.cloud = NationalCloud::Custom;
        settings.graphBaseUrl = server.baseUrl();
        settings.loginBaseUrl = server.baseUrl();
        settings.requestTimeoutMs = 5000;
        settings.maxAttempts = 3;
        settings.initialBackoffMs = 10;
        settings.maxBackoffMs = 2000;
    }
    FakeGraph server;
    IntuneSettings settings;
};

struct Failure
{
    IntuneError::Kind kind = IntuneError::Kind::Settings;
    int status = -1;
    QString message = QStringLiteral("(no error)");
};

Failure failure(const std::function<void()>& f)
{
    Failure out;
    try {
        f();
    } catch (const IntuneError& e) {
        out.kind = e.kind();
        out.status = e.httpStatus();
        out.message = QString::fromUtf8(e.what());
    }
    return out;
}

QString routes(const FakeGraph& server)
{
    QStringList out;
    for (const auto& s : server.requests)
        out << s.route;
    return out.join(QLatin1Char(','));
}

json body(const FakeGraph::Seen& seen)
{
    return json::parse(seen.body.begin(), seen.body.end());
}

const FakeGraph::Seen& last(const FakeGraph& server, const QString& route)
{
    for (auto it = server.requests.crbegin(); it != server.requests.crend(); ++it)
        if (it->route == route)
            return *it;
    qFatal("no %s request", qPrintable(route));
}

const char* const kPermissionHint =
    "The app registration 3f1c2a9e-4b7d-4e8a-9c21-7d5e0b6a1f42 needs the Microsoft Graph application permission "
    "DeviceManagementConfiguration.ReadWrite.All (not a delegated one), and an administrator must grant admin "
    "consent for it in tenant contoso.onmicrosoft.com.";

} // namespace

#define CHECK_STRICT(server) QVERIFY2((server).violations.isEmpty(), qPrintable((server).violations.join(QLatin1Char('\n'))))

class TestIntuneClient : public QObject
{
    Q_OBJECT
private slots:
    void createsTheProfile()
    {
        Fixture f;
        IntuneClient client(f.settings, kSecret);
        QSignalSpy progress(&client, &IntuneClient::progress);
        const PushResult r = client.push(sample());
        CHECK_STRICT(f.server);
        QCOMPARE(routes(f.server), QStringLiteral("token,list,post,get"));
        QVERIFY(r.created);
        QCOMPARE(r.settingsOfOurs, 3);
        QCOMPARE(f.server.profiles.size(), std::size_t(1));
        const auto& [id, stored] = *f.server.profiles.begin();
        QCOMPARE(r.profileId, id);
        // the POST body is exactly the documented windows10CustomConfiguration
        QCOMPARE(body(last(f.server, QStringLiteral("post"))),
                 GraphJson::profile(sample(), kProfileName.toStdString(), ""));
        // the name went through $filter with the quote doubled and '+', '#', '&' encoded
        QCOMPARE(last(f.server, QStringLiteral("list")).query,
                 QStringLiteral("$filter=displayName eq 'RA ''Kiosk'' + fleet #1 & co'"));
        for (const auto& s : f.server.requests)
            if (s.route != QLatin1String("token"))
                QCOMPARE(s.authorization, QByteArray("Bearer eyJ0eXAi.fake-token-1"));
        QCOMPARE(r.log, (QStringList{QStringLiteral("created the profile \"%1\" (id %2) with 3 Remote Assistance settings")
                                         .arg(kProfileName, id),
                                     QStringLiteral("read the profile back: it matches")}));
        QCOMPARE(progress.count(), 4);
        QCOMPARE(progress.at(0).at(0).toString(),
                 QStringLiteral("Signing in to tenant contoso.onmicrosoft.com as application "
                                "3f1c2a9e-4b7d-4e8a-9c21-7d5e0b6a1f42"));
        QVERIFY(client.wroteSomething());
    }

    void progressInGerman()
    {
        // the console's German translation (compiled by the build next to ra_ui)
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(RA_BINARY_DIR "/ui/ra-console_de.qm")));
        QCoreApplication::installTranslator(&german);
        Fixture f;
        IntuneClient client(f.settings, kSecret);
        QSignalSpy progress(&client, &IntuneClient::progress);
        const PushResult r = client.push(sample());
        const QString connection = client.testConnection();
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(r.log, (QStringList{QStringLiteral("Profil „%1“ (ID %2) mit 3 Einstellungen der Remoteunterstützung "
                                                    "erstellt")
                                         .arg(kProfileName, r.profileId),
                                     QStringLiteral("Profil erneut gelesen: es stimmt überein")}));
        QCOMPARE(connection, QStringLiteral("Verbunden mit dem Mandanten contoso.onmicrosoft.com; das Profil „%1“ "
                                           "existiert (ID %2).")
                                 .arg(kProfileName, r.profileId));
        QStringList texts;
        for (const QList<QVariant>& args : progress)
            texts << args.at(0).toString();
        QCOMPARE(texts, (QStringList{
                            QStringLiteral("Anmeldung beim Mandanten contoso.onmicrosoft.com als Anwendung "
                                           "3f1c2a9e-4b7d-4e8a-9c21-7d5e0b6a1f42"),
                            QStringLiteral("Profil „%1“ wird gesucht").arg(kProfileName),
                            QStringLiteral("Profil „%1“ wird erstellt").arg(kProfileName),
                            QStringLiteral("Das Profil wird zur Prüfung erneut gelesen"),
                            QStringLiteral("Gerätekonfigurationen werden aufgelistet"),
                            QStringLiteral("Profil „%1“ wird gesucht").arg(kProfileName),
                        }));
    }

    void tokenIsReusedUntilItExpires()
    {
        Fixture f;
        IntuneClient client(f.settings, kSecret);
        client.push(sample());
        client.push(sample());
        CHECK_STRICT(f.server);
        QCOMPARE(f.server.tokensIssued, 1);
        QCOMPARE(f.server.profiles.size(), std::size_t(1));
        QCOMPARE(routes(f.server), QStringLiteral("token,list,post,get,list,get,patch,get"));

        // a token that expires within the safety margin is never reused
        Fixture g;
        g.server.tokenLifetimeSeconds = 30;
        IntuneClient shortLived(g.settings, kSecret);
        shortLived.push(sample());
        CHECK_STRICT(g.server);
        QCOMPARE(g.server.tokensIssued, 4); // one per Graph request
    }

    void updatesInPlaceKeepingOtherSettings()
    {
        Fixture f;
        json oldSolicit = GraphJson::omaSetting(
            [] {
                Configuration c;
                c.setState(PolicyId::SolicitedRemoteAssistance, PolicyState::Enabled);
                return c;
            }(),
            PolicyId::SolicitedRemoteAssistance);
        json oldUnsolicit = {{"@odata.type", "#microsoft.graph.omaSettingString"},
                             {"displayName", "old"},
                             {"description", "old"},
                             {"omaUri", kUnsolicitUri},
                             {"value", "<disabled/>"}};
        const QString id = f.server.addProfile({{"displayName", kProfileName.toStdString()},
                                                {"description", "kept"},
                                                {"omaSettings", {foreignCamera(), oldUnsolicit, oldSolicit, foreignString()}}});
        f.server.addProfile({{"displayName", "Another profile"}});
        IntuneClient client(f.settings, kSecret);
        const PushResult r = client.push(sample());
        CHECK_STRICT(f.server);
        QCOMPARE(routes(f.server), QStringLiteral("token,list,get,patch,get"));
        QVERIFY(!r.created);
        QCOMPARE(r.profileId, id);
        QCOMPARE(r.foreignSettingsKept, 2);
        const Configuration c = sample();
        const json expectedSettings = {foreignCamera(), GraphJson::omaSetting(c, PolicyId::UnsolicitedRemoteAssistance),
                                       foreignString(), GraphJson::omaSetting(c, PolicyId::CustomizeWarningMessages),
                                       GraphJson::omaSetting(c, PolicyId::SessionLogging)};
        QCOMPARE(body(last(f.server, QStringLiteral("patch"))),
                 (json{{"@odata.type", "#microsoft.graph.windows10CustomConfiguration"}, {"omaSettings", expectedSettings}}));
        QCOMPARE(f.server.profiles.at(id)["omaSettings"], expectedSettings);
        QCOMPARE(f.server.profiles.at(id)["description"], json("kept"));
        QCOMPARE(f.server.profiles.size(), std::size_t(2));
        QCOMPARE(r.log.at(0), QStringLiteral("updated the profile \"%1\" (id %2): 3 Remote Assistance settings, 2 other "
                                             "settings kept")
                                  .arg(kProfileName, id));
    }

    void notConfiguredRemovesOurSettings()
    {
        Fixture f;
        const QString id = f.server.addProfile(
            {{"displayName", kProfileName.toStdString()},
             {"omaSettings", {foreignCamera(), GraphJson::omaSetting(sample(), PolicyId::SessionLogging), foreignString()}}});
        IntuneClient client(f.settings, kSecret);
        client.push(Configuration());
        CHECK_STRICT(f.server);
        QCOMPARE(f.server.profiles.at(id)["omaSettings"], (json{foreignCamera(), foreignString()}));

        // nothing configured and no profile: nothing is created
        Fixture g;
        IntuneClient empty(g.settings, kSecret);
        const PushResult r = empty.push(Configuration());
        QCOMPARE(routes(g.server), QStringLiteral("token,list"));
        QVERIFY(g.server.profiles.empty());
        QCOMPARE(r.log, QStringList{QStringLiteral("every policy is Not configured and there is no profile \"%1\": "
                                                   "nothing to do")
                                        .arg(kProfileName)});
    }

    void followsNextLinkPages()
    {
        Fixture f;
        f.server.pageSize = 1;
        // Graph's eq is case-insensitive: the exact name is only on the third page
        f.server.addProfile({{"displayName", kProfileName.toUpper().toStdString()}});
        f.server.addProfile({{"displayName", kProfileName.toLower().toStdString()}});
        const QString id = f.server.addProfile({{"displayName", kProfileName.toStdString()}});
        IntuneClient client(f.settings, kSecret);
        QCOMPARE(client.findProfileId(), std::optional<QString>(id));
        CHECK_STRICT(f.server);
        QCOMPARE(f.server.count(QStringLiteral("list")), 3);
        QCOMPARE(last(f.server, QStringLiteral("list")).query,
                 QStringLiteral("$filter=displayName eq 'RA ''Kiosk'' + fleet #1 & co'&$skiptoken=2"));
    }

    void nextLinkToAnotherHostIsNotFollowed()
    {
        Fixture f;
        f.server.pageSize = 1;
        f.server.nextLinkBase = QStringLiteral("https://attacker.example");
        f.server.addProfile({{"displayName", "ra 'kiosk' + fleet #1 & co"}});
        f.server.addProfile({{"displayName", kProfileName.toStdString()}});
        IntuneClient client(f.settings, kSecret);
        const Failure e = failure([&] { client.findProfileId(); });
        QCOMPARE(e.kind, IntuneError::Kind::Protocol);
        QCOMPARE(e.message, QStringLiteral("Microsoft Graph: GET /v1.0/deviceManagement/deviceConfigurations: "
                                           "@odata.nextLink points to attacker.example, not to the Graph host "
                                           "127.0.0.1; it is not followed (the access token goes to Graph only)"));
        QCOMPARE(f.server.count(QStringLiteral("list")), 1);
    }

    void ambiguousOrForeignProfileNames()
    {
        Fixture f;
        const QString a = f.server.addProfile({{"displayName", kProfileName.toStdString()}});
        const QString b = f.server.addProfile({{"displayName", kProfileName.toStdString()}});
        IntuneClient client(f.settings, kSecret);
        Failure e = failure([&] { client.push(sample()); });
        QCOMPARE(e.kind, IntuneError::Kind::Conflict);
        QCOMPARE(e.message, QStringLiteral("Microsoft Graph: GET /v1.0/deviceManagement/deviceConfigurations: 2 custom "
                                           "profiles are named \"%1\" (ids %2, %3); rename or delete all but one in "
                                           "Intune, or choose another profile name")
                                .arg(kProfileName, a, b));
        QCOMPARE(f.server.count(QStringLiteral("post")) + f.server.count(QStringLiteral("patch")), 0);

        Fixture g;
        g.server.addProfile({{"@odata.type", "#microsoft.graph.windows10GeneralConfiguration"},
                             {"displayName", kProfileName.toStdString()}});
        IntuneClient other(g.settings, kSecret);
        e = failure([&] { other.push(sample()); });
        QCOMPARE(e.message, QStringLiteral("Microsoft Graph: GET /v1.0/deviceManagement/deviceConfigurations: a profile "
                                           "named \"%1\" exists but is a #microsoft.graph.windows10GeneralConfiguration, "
                                           "not a custom (OMA-URI) profile; choose another profile name")
                                .arg(kProfileName));
        QVERIFY(g.server.profiles.size() == 1);
    }

    void badRequestShowsGraphsCodeAndMessage()
    {
        Fixture f;
        f.server.script << FakeGraph::Scripted{
            QStringLiteral("post"), 400,
            "{\"error\":{\"code\":\"BadRequest\",\"message\":\"OMA-URI value is invalid.\",\"innerError\":{\"request-id\":\"9e2f-400\"}}}"};
        IntuneClient client(f.settings, kSecret);
        const Failure e = failure([&] { client.push(sample()); });
        QCOMPARE(e.kind, IntuneError::Kind::BadRequest);
        QCOMPARE(e.status, 400);
        QCOMPARE(e.message, QStringLiteral("Microsoft Graph: POST /v1.0/deviceManagement/deviceConfigurations: Graph "
                                           "rejected the request (400 Bad Request): BadRequest: OMA-URI value is "
                                           "invalid. (request id 9e2f-400)"));
        QVERIFY(!client.wroteSomething());
    }

    void unauthorizedAndForbiddenExplainThePermission()
    {
        for (int status : {401, 403}) {
            Fixture f;
            // a 401 makes the client sign in once more before it gives up
            f.server.script << FakeGraph::Scripted{QStringLiteral("list"), status} << FakeGraph::Scripted{QStringLiteral("list"), status};
            IntuneClient client(f.settings, kSecret);
            const Failure e = failure([&] { client.push(sample()); });
            CHECK_STRICT(f.server);
            QCOMPARE(e.kind, IntuneError::Kind::Permission);
            QCOMPARE(e.status, status);
            const QString text = status == 401 ? QStringLiteral("401 Unauthorized") : QStringLiteral("403 Forbidden");
            QCOMPARE(e.message, QStringLiteral("Microsoft Graph: GET /v1.0/deviceManagement/deviceConfigurations: Graph "
                                               "refused access (%1): ScriptedError: scripted answer. %2 (request id "
                                               "b1d7c9e4-0000-4000-8000-000000000001)")
                                    .arg(text, QString::fromLatin1(kPermissionHint)));
            QCOMPARE(f.server.tokensIssued, status == 401 ? 2 : 1);
            QCOMPARE(f.server.count(QStringLiteral("list")), status == 401 ? 2 : 1);
        }
    }

    void wrongSecretFailsSignInWithoutShowingIt()
    {
        Fixture f;
        IntuneClient client(f.settings, QStringLiteral("wrong-") + kSecret);
        const Failure e = failure([&] { client.push(sample()); });
        QCOMPARE(e.kind, IntuneError::Kind::SignIn);
        QCOMPARE(e.message, QStringLiteral(
                                "Microsoft Entra ID sign-in: POST /contoso.onmicrosoft.com/oauth2/v2.0/token: sign-in to "
                                "tenant contoso.onmicrosoft.com as application 3f1c2a9e-4b7d-4e8a-9c21-7d5e0b6a1f42 failed "
                                "(401 Unauthorized): invalid_client: AADSTS7000215: Invalid client secret provided. Ensure "
                                "the secret being sent in the request is the client secret value, not the client secret "
                                "ID. Check the tenant ID, the application (client) ID and the client secret; secrets "
                                "expire, a new one is made under Certificates & secrets of the app registration. (request id "
                                "7f3d0c2e-req)"));
        QVERIFY(!e.message.contains(kSecret));
        QCOMPARE(routes(f.server), QStringLiteral("token"));
    }

    void throttlingHonoursRetryAfter()
    {
        Fixture f;
        f.server.script << FakeGraph::Scripted{QStringLiteral("list"), 429, {}, "1"};
        IntuneClient client(f.settings, kSecret);
        QSignalSpy retrying(&client, &IntuneClient::retrying);
        client.push(sample());
        CHECK_STRICT(f.server);
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.at(0), (QList<QVariant>{1, 3, 1000, QStringLiteral("429 Too Many Requests")}));
        QCOMPARE(routes(f.server), QStringLiteral("token,list,list,post,get"));
        QCOMPARE(f.server.profiles.size(), std::size_t(1));
    }

    void busyServerBacksOffExponentially()
    {
        Fixture f;
        f.server.addProfile({{"displayName", kProfileName.toStdString()}});
        f.server.script << FakeGraph::Scripted{QStringLiteral("patch"), 503} << FakeGraph::Scripted{QStringLiteral("patch"), 504};
        IntuneClient client(f.settings, kSecret);
        QSignalSpy retrying(&client, &IntuneClient::retrying);
        client.push(sample());
        CHECK_STRICT(f.server);
        QCOMPARE(retrying.count(), 2);
        QCOMPARE(retrying.at(0), (QList<QVariant>{1, 3, 10, QStringLiteral("503 Service Unavailable")}));
        QCOMPARE(retrying.at(1), (QList<QVariant>{2, 3, 20, QStringLiteral("504 Gateway Timeout")}));
        QCOMPARE(f.server.count(QStringLiteral("patch")), 3);
    }

    void retryAfterAsAnHttpDate()
    {
        Fixture f;
        // a date in the past: retry at once
        f.server.script << FakeGraph::Scripted{QStringLiteral("list"), 503, {}, "Wed, 21 Oct 2015 07:28:00 GMT"};
        IntuneClient client(f.settings, kSecret);
        QSignalSpy retrying(&client, &IntuneClient::retrying);
        client.push(sample());
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.at(0), (QList<QVariant>{1, 3, 0, QStringLiteral("503 Service Unavailable")}));
        CHECK_STRICT(f.server);
    }

    void retriesAreBounded()
    {
        Fixture f;
        for (int i = 0; i < 5; ++i)
            f.server.script << FakeGraph::Scripted{QStringLiteral("list"), 504};
        IntuneClient client(f.settings, kSecret);
        const Failure e = failure([&] { client.push(sample()); });
        QCOMPARE(e.kind, IntuneError::Kind::Throttled);
        QCOMPARE(e.message, QStringLiteral("Microsoft Graph: GET /v1.0/deviceManagement/deviceConfigurations: Graph still "
                                           "answered 504 Gateway Timeout after 3 tries: ScriptedError: scripted answer; try "
                                           "again later. (request id b1d7c9e4-0000-4000-8000-000000000001)"));
        QCOMPARE(f.server.count(QStringLiteral("list")), 3);
    }

    void retryAfterBeyondTheLongestWaitStops()
    {
        Fixture f;
        f.server.script << FakeGraph::Scripted{QStringLiteral("list"), 429, {}, "120"};
        IntuneClient client(f.settings, kSecret);
        const Failure e = failure([&] { client.push(sample()); });
        QCOMPARE(e.kind, IntuneError::Kind::Throttled);
        QCOMPARE(e.message, QStringLiteral("Microsoft Graph: GET /v1.0/deviceManagement/deviceConfigurations: Graph "
                                           "answered 429 Too Many Requests and asks to wait 120 s (Retry-After), longer "
                                           "than the longest wait allowed (2 s). Nothing more was sent; try again later."));
        QCOMPARE(f.server.count(QStringLiteral("list")), 1);
    }

    void aRetriedPostNeverCreatesASecondProfile()
    {
        // the POST creates the profile but answers 503: the client looks again and updates it
        Fixture f;
        FakeGraph::Scripted busy{QStringLiteral("post"), 503};
        busy.doTheWork = true;
        f.server.script << busy;
        IntuneClient client(f.settings, kSecret);
        const PushResult r = client.push(sample());
        CHECK_STRICT(f.server);
        QCOMPARE(routes(f.server), QStringLiteral("token,list,post,list,get,patch,get"));
        QCOMPARE(f.server.profiles.size(), std::size_t(1));
        QVERIFY(!r.created);

        // the same when the answer to the POST never arrives in time
        Fixture g;
        g.settings.requestTimeoutMs = 300;
        FakeGraph::Scripted slow{QStringLiteral("post"), 201};
        slow.delayMs = 3000;
        slow.doTheWork = true;
        g.server.script << slow;
        IntuneClient slowClient(g.settings, kSecret);
        slowClient.push(sample());
        CHECK_STRICT(g.server);
        QCOMPARE(routes(g.server), QStringLiteral("token,list,post,list,get,patch,get"));
        QCOMPARE(g.server.profiles.size(), std::size_t(1));

        // and a POST that was refused (429) is sent again after looking
        Fixture h;
        h.server.script << FakeGraph::Scripted{QStringLiteral("post"), 429, {}, "0"};
        IntuneClient again(h.settings, kSecret);
        QVERIFY(again.push(sample()).created);
        QCOMPARE(routes(h.server), QStringLiteral("token,list,post,list,post,get"));
        QCOMPARE(h.server.profiles.size(), std::size_t(1));
    }

    void serverErrorIsShown()
    {
        Fixture f;
        f.server.script << FakeGraph::Scripted{
            QStringLiteral("get"), 500, "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"boom\"}}"};
        f.server.addProfile({{"displayName", kProfileName.toStdString()}});
        IntuneClient client(f.settings, kSecret);
        const Failure e = failure([&] { client.push(sample()); });
        QCOMPARE(e.kind, IntuneError::Kind::Server);
        QCOMPARE(e.message.section(QLatin1Char(':'), 2),
                 QStringLiteral(" Graph answered 500 Internal Server Error: InternalServerError: boom. (request id "
                                "7f3d0c2e-req)"));
        QCOMPARE(f.server.count(QStringLiteral("get")), 1); // a 500 is not retried
    }

    void malformedJsonIsAProtocolError()
    {
        Fixture f;
        f.server.script << FakeGraph::Scripted{QStringLiteral("list"), 200, "{\"value\": [ {\"id\": }"};
        IntuneClient client(f.settings, kSecret);
        const Failure e = failure([&] { client.push(sample()); });
        QCOMPARE(e.kind, IntuneError::Kind::Protocol);
        QCOMPARE(e.message, QStringLiteral("Microsoft Graph: GET /v1.0/deviceManagement/deviceConfigurations: the answer "
                                           "(200) is not valid JSON at byte 19: [json.exception.parse_error.101] parse "
                                           "error at line 1, column 20: syntax error while parsing value - unexpected '}'; "
                                           "expected '[', '{', or a literal"));

        Fixture g;
        g.server.script << FakeGraph::Scripted{QStringLiteral("token"), 200, "{\"token_type\":\"Bearer\"}"};
        IntuneClient noToken(g.settings, kSecret);
        QCOMPARE(failure([&] { noToken.push(sample()); }).message,
                 QStringLiteral("Microsoft Entra ID sign-in: POST /contoso.onmicrosoft.com/oauth2/v2.0/token: the sign-in "
                                "answer has no access_token"));
    }

    void slowAnswersTimeOut()
    {
        Fixture f;
        f.settings.requestTimeoutMs = 300;
        f.settings.maxAttempts = 2;
        for (int i = 0; i < 2; ++i) {
            FakeGraph::Scripted slow{QStringLiteral("list"), 200, "{\"value\": []}"};
            slow.delayMs = 3000;
            f.server.script << slow;
        }
        IntuneClient client(f.settings, kSecret);
        QSignalSpy retrying(&client, &IntuneClient::retrying);
        const Failure e = failure([&] { client.push(sample()); });
        QCOMPARE(e.kind, IntuneError::Kind::Timeout);
        QCOMPARE(e.message, QStringLiteral("Microsoft Graph: GET /v1.0/deviceManagement/deviceConfigurations: no answer "
                                           "within 0.3 s on 2 tries; check the network or raise the timeout"));
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.at(0).at(3).toString(), QStringLiteral("no answer within 0.3 s"));
        QVERIFY(f.server.profiles.empty());
    }

    void cancelStopsWaiting()
    {
        Fixture f;
        f.server.script << FakeGraph::Scripted{QStringLiteral("list"), 429, {}, "2"};
        IntuneClient client(f.settings, kSecret);
        connect(&client, &IntuneClient::retrying, &client, [&client] { client.cancel(); });
        const Failure e = failure([&] { client.push(sample()); });
        QCOMPARE(e.kind, IntuneError::Kind::Cancelled);
        QCOMPARE(e.message, QStringLiteral("Microsoft Graph: cancelled; nothing more was sent"));
        QCOMPARE(routes(f.server), QStringLiteral("token,list"));

        // a cancel check (a GUI worker's Progress) aborts a request in flight
        Fixture g;
        FakeGraph::Scripted slow{QStringLiteral("list"), 200, "{\"value\": []}"};
        slow.delayMs = 3000;
        g.server.script << slow;
        IntuneClient inFlight(g.settings, kSecret);
        bool stop = false;
        inFlight.setCancelCheck([&stop] { return stop; });
        connect(&inFlight, &IntuneClient::progress, &inFlight, [&stop](const QString& m) {
            if (m.startsWith(QLatin1String("Looking for")))
                QTimer::singleShot(100, [&stop] { stop = true; });
        });
        QCOMPARE(failure([&] { inFlight.push(sample()); }).kind, IntuneError::Kind::Cancelled);
        QVERIFY(g.server.profiles.empty());
    }

    void tlsErrorsAreNeverIgnored()
    {
        Fixture f(true);
        IntuneClient client(f.settings, kSecret);
        const Failure e = failure([&] { client.push(sample()); });
        QCOMPARE(e.kind, IntuneError::Kind::Tls);
        QVERIFY2(e.message.startsWith(QStringLiteral("Microsoft Entra ID sign-in: POST /contoso.onmicrosoft.com/oauth2/"
                                                     "v2.0/token: the secure connection to 127.0.0.1 failed: ")),
                 qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("self-signed")), qPrintable(e.message));
        QVERIFY(!e.message.contains(kSecret));
        QVERIFY(f.server.connections >= 1); // the client did connect …
        QVERIFY(f.server.requests.isEmpty()); // … but sent nothing over the untrusted connection
    }

    void verificationFailureIsReported()
    {
        Fixture f;
        f.server.corruptValues = QStringLiteral(" ");
        IntuneClient client(f.settings, kSecret);
        const Failure e = failure([&] { client.push(sample()); });
        QCOMPARE(e.kind, IntuneError::Kind::Verification);
        QVERIFY2(e.message.startsWith(QStringLiteral("Microsoft Graph: POST /v1.0/deviceManagement/deviceConfigurations: "
                                                     "the profile was created, but reading it back shows: "
                                                     "CustomizeWarningMessages: value is \"<disabled/> \", expected "
                                                     "\"<disabled/>\"; ")),
                 qPrintable(e.message));
        QVERIFY(client.wroteSomething());
    }

    void testConnection()
    {
        Fixture f;
        IntuneClient client(f.settings, kSecret);
        QCOMPARE(client.testConnection(),
                 QStringLiteral("Connected to tenant contoso.onmicrosoft.com; the profile \"%1\" does not exist yet and "
                                "will be created on the first push.")
                     .arg(kProfileName));
        const QString id = f.server.addProfile({{"displayName", kProfileName.toStdString()}});
        QCOMPARE(client.testConnection(), QStringLiteral("Connected to tenant contoso.onmicrosoft.com; the profile \"%1\" "
                                                         "exists (id %2).")
                                              .arg(kProfileName, id));
        CHECK_STRICT(f.server);
        QCOMPARE(last(f.server, QStringLiteral("list")).query, QStringLiteral("$filter=displayName eq 'RA ''Kiosk'' + fleet #1 & co'"));
        QCOMPARE(f.server.requests.at(1).query, QStringLiteral("$top=1&$select=id"));
        QVERIFY(f.server.profiles.size() == 1);
    }

    void settingsAndClouds()
    {
        IntuneSettings s;
        QCOMPARE(s.graphBaseUrl, QUrl(QStringLiteral("https://graph.microsoft.com")));
        QCOMPARE(s.scope(), QStringLiteral("https://graph.microsoft.com/.default"));
        s.tenantId = QStringLiteral("contoso.onmicrosoft.com");
        QCOMPARE(s.tokenUrl(), QUrl(QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token")));
        QCOMPARE(s.deviceConfigurationsUrl(),
                 QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/deviceManagement/deviceConfigurations")));
        s.setCloud(NationalCloud::UsGovL4);
        QCOMPARE(s.graphBaseUrl, QUrl(QStringLiteral("https://graph.microsoft.us")));
        QCOMPARE(s.loginBaseUrl, QUrl(QStringLiteral("https://login.microsoftonline.us")));
        s.setCloud(NationalCloud::UsGovL5DoD);
        QCOMPARE(s.graphBaseUrl, QUrl(QStringLiteral("https://dod-graph.microsoft.us")));
        QCOMPARE(s.scope(), QStringLiteral("https://dod-graph.microsoft.us/.default"));
        QCOMPARE(s.loginBaseUrl, QUrl(QStringLiteral("https://login.microsoftonline.us")));
        s.setCloud(NationalCloud::China);
        QCOMPARE(s.graphBaseUrl, QUrl(QStringLiteral("https://microsoftgraph.chinacloudapi.cn")));
        QCOMPARE(s.loginBaseUrl, QUrl(QStringLiteral("https://login.chinacloudapi.cn")));

        s.clientId = QStringLiteral("not-a-guid");
        s.profileDisplayName = QStringLiteral("RA ");
        s.setCloud(NationalCloud::Custom);
        s.graphBaseUrl = QUrl(QStringLiteral("http://graph.example.com"));
        QCOMPARE(s.problems(),
                 (QStringList{QStringLiteral("The application (client) ID \"not-a-guid\" is not a GUID."),
                              QStringLiteral("The profile name \"RA \" starts or ends with white space."),
                              QStringLiteral("The Graph URL must start with https:// (plain http is only accepted for a "
                                             "local test server), found \"http://graph.example.com\".")}));
        Fixture f;
        f.settings.graphBaseUrl = QUrl(QStringLiteral("http://graph.example.com"));
        IntuneClient client(f.settings, kSecret);
        const Failure e = failure([&] { client.push(sample()); });
        QCOMPARE(e.kind, IntuneError::Kind::Settings);
        QVERIFY(f.server.requests.isEmpty());

        // QSettings round trip, custom cloud included
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("ra.ini"));
        {
            QSettings store(ini, QSettings::IniFormat);
            f.settings.save(store);
        }
        QSettings store(ini, QSettings::IniFormat);
        QCOMPARE(IntuneSettings::load(store), f.settings);
    }
};

QTEST_GUILESS_MAIN(TestIntuneClient)
#include "TestIntuneClient.moc"
