#include "FakeGraph.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <set>

using json = nlohmann::json;

namespace {

const char* const kCollection = "/v1.0/deviceManagement/deviceConfigurations";
const char* const kProfileType = "#microsoft.graph.windows10CustomConfiguration";

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

/// application/x-www-form-urlencoded decoding ('+' is a space).
QString formDecode(QByteArray s)
{
    s.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(s));
}

QByteArray dump(const json& j)
{
    return QByteArray::fromStdString(j.dump());
}

} // namespace

FakeGraph::FakeGraph(bool tls, QObject* parent)
    : QObject(parent)
{
    if (tls) {
        auto* ssl = new QSslServer(this);
        QFile certFile(QStringLiteral(RA_TEST_DATA_DIR "/intune/selfsigned.crt"));
        QFile keyFile(QStringLiteral(RA_TEST_DATA_DIR "/intune/selfsigned.key"));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            qFatal("cannot read the test certificate");
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        ssl->setSslConfiguration(config);
        connect(ssl, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket*) { ++connections; });
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeGraph::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        qFatal("FakeGraph cannot listen: %s", qPrintable(m_server->errorString()));
}

FakeGraph::~FakeGraph() = default;

QUrl FakeGraph::baseUrl() const
{
    const bool tls = qobject_cast<QSslServer*>(m_server) != nullptr;
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_server->serverPort()));
}

QString FakeGraph::addProfile(json profile)
{
    const QString id = QStringLiteral("00000000-0000-4000-8000-%1").arg(m_nextId++, 12, 10, QLatin1Char('0'));
    profile["id"] = id.toStdString();
    if (!profile.contains("@odata.type"))
        profile["@odata.type"] = kProfileType;
    if (!profile.contains("omaSettings") && profile["@odata.type"] == kProfileType)
        profile["omaSettings"] = json::array();
    profile["version"] = 1;
    profiles[id] = profile;
    return id;
}

int FakeGraph::count(const QString& routeName) const
{
    int n = 0;
    for (const Seen& s : requests)
        n += s.route == routeName;
    return n;
}

void FakeGraph::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        if (!qobject_cast<QSslServer*>(m_server))
            ++connections;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeGraph::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    while (true) {
        const int headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        QMap<QByteArray, QByteArray> headers;
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines[i].indexOf(':');
            if (colon > 0)
                headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const int length = headers.value("content-length", "0").toInt();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        Seen seen;
        seen.method = QString::fromLatin1(requestLine.value(0));
        const QByteArray target = requestLine.value(1);
        seen.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        seen.authorization = headers.value("authorization");
        seen.contentType = headers.value("content-type");
        const QUrl url(baseUrl().toString() + QString::fromLatin1(target), QUrl::StrictMode);
        seen.path = url.path();
        QByteArray rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
        seen.query = formDecode(rawQuery);
        const Response response = handle(seen, requestLine.value(0), url, headers);
        requests << seen;
        write(QPointer<QTcpSocket>(socket), response);
    }
}

void FakeGraph::write(QPointer<QTcpSocket> socket, const Response& response)
{
    auto send = [socket, response] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
        if (!response.body.isEmpty())
            out += "Content-Type: application/json\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        out += "request-id: 7f3d0c2e-req\r\n";
        if (!response.retryAfter.isEmpty())
            out += "Retry-After: " + response.retryAfter + "\r\n";
        out += "\r\n" + response.body;
        socket->write(out);
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, send);
    else
        send();
}

FakeGraph::Response FakeGraph::graphError(int status, const QString& code, const QString& message)
{
    json body = {{"error",
                  {{"code", code.toStdString()},
                   {"message", message.toStdString()},
                   {"innerError", {{"request-id", "b1d7c9e4-0000-4000-8000-000000000001"}, {"date", "2026-11-22T04:00:00"}}}}}};
    return {status, dump(body), {}};
}

FakeGraph::Response FakeGraph::handle(Seen& seen, const QByteArray& method, const QUrl& url,
                                      const QMap<QByteArray, QByteArray>& headers)
{
    const QString path = url.path();
    QString routeName;
    if (path == QStringLiteral("/%1/oauth2/v2.0/token").arg(tenant) && method == "POST")
        routeName = QStringLiteral("token");
    else if (path.endsWith(QLatin1String("/oauth2/v2.0/token")))
        routeName = QStringLiteral("token-unknown-tenant");
    else if (path == QLatin1String(kCollection) && method == "GET")
        routeName = QStringLiteral("list");
    else if (path == QLatin1String(kCollection) && method == "POST")
        routeName = QStringLiteral("post");
    else if (path.startsWith(QLatin1String(kCollection) + QLatin1Char('/')) && method == "GET")
        routeName = QStringLiteral("get");
    else if (path.startsWith(QLatin1String(kCollection) + QLatin1Char('/')) && method == "PATCH")
        routeName = QStringLiteral("patch");
    seen.route = routeName;
    if (routeName.isEmpty()) {
        violations << QStringLiteral("unexpected request %1 %2").arg(QString::fromLatin1(method), path);
        return graphError(404, QStringLiteral("ResourceNotFound"), QStringLiteral("No such route"));
    }

    for (int i = 0; i < script.size(); ++i) {
        if (script[i].route != routeName)
            continue;
        const Scripted s = script.takeAt(i);
        if (s.doTheWork)
            route(routeName, seen, url, headers);
        Response r;
        if (!s.body.isEmpty())
            r.body = s.body;
        else if (s.status >= 400)
            r = graphError(s.status, s.status == 429 ? QStringLiteral("TooManyRequests") : QStringLiteral("ScriptedError"),
                           QStringLiteral("scripted answer"));
        r.status = s.status;
        r.retryAfter = s.retryAfter;
        r.delayMs = s.delayMs;
        return r;
    }
    return route(routeName, seen, url, headers);
}

FakeGraph::Response FakeGraph::route(const QString& routeName, Seen& seen, const QUrl& url,
                                     const QMap<QByteArray, QByteArray>& headers)
{
    if (routeName == QLatin1String("token"))
        return token(seen, headers);
    if (routeName == QLatin1String("token-unknown-tenant")) {
        json body = {{"error", "invalid_request"},
                     {"error_description", "AADSTS90002: Tenant not found. Check to make sure you have the correct tenant ID."}};
        return {400, dump(body), {}};
    }
    // every Graph route needs a bearer token this server issued
    const QByteArray auth = seen.authorization;
    if (!auth.startsWith("Bearer ") || !m_validTokens.contains(QString::fromLatin1(auth.mid(7)))) {
        violations << QStringLiteral("%1 %2 without a valid bearer token (\"%3\")")
                          .arg(seen.method, seen.path, QString::fromLatin1(auth));
        return graphError(401, QStringLiteral("InvalidAuthenticationToken"), QStringLiteral("Access token is empty or invalid."));
    }
    if (routeName == QLatin1String("list"))
        return list(url);
    if (routeName == QLatin1String("post"))
        return post(seen, headers);
    const QString id = seen.path.mid(QString::fromLatin1(kCollection).size() + 1);
    if (routeName == QLatin1String("patch"))
        return patch(id, seen, headers);
    const auto it = profiles.find(id);
    if (it == profiles.end())
        return graphError(404, QStringLiteral("ResourceNotFound"), QStringLiteral("Resource not found"));
    return {200, dump(it->second), {}};
}

FakeGraph::Response FakeGraph::token(const Seen& seen, const QMap<QByteArray, QByteArray>&)
{
    if (!seen.authorization.isEmpty())
        violations << QStringLiteral("the token request carries an Authorization header");
    if (seen.contentType != "application/x-www-form-urlencoded")
        violations << QStringLiteral("the token request has Content-Type \"%1\"").arg(QString::fromLatin1(seen.contentType));
    QMap<QString, QString> form;
    for (const QByteArray& pair : seen.body.split('&')) {
        const int eq = pair.indexOf('=');
        const QString key = formDecode(pair.left(eq));
        if (form.contains(key))
            violations << QStringLiteral("the token request repeats %1").arg(key);
        form.insert(key, formDecode(pair.mid(eq + 1)));
    }
    const QStringList expectedKeys{QStringLiteral("client_id"), QStringLiteral("client_secret"),
                                   QStringLiteral("grant_type"), QStringLiteral("scope")};
    if (form.keys() != expectedKeys)
        violations << QStringLiteral("the token request has the fields %1").arg(form.keys().join(QLatin1Char(',')));
    if (form.value(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
        violations << QStringLiteral("grant_type is %1").arg(form.value(QStringLiteral("grant_type")));
    if (form.value(QStringLiteral("scope")) != baseUrl().toString() + QStringLiteral("/.default")) {
        violations << QStringLiteral("scope is %1").arg(form.value(QStringLiteral("scope")));
        return {400, dump({{"error", "invalid_scope"}, {"error_description", "AADSTS70011: The provided value for scope is not valid."}}), {}};
    }
    if (form.value(QStringLiteral("client_id")) != clientId)
        return {400,
                dump({{"error", "unauthorized_client"},
                      {"error_description", "AADSTS700016: Application with identifier was not found in the directory."}}),
                {}};
    if (form.value(QStringLiteral("client_secret")) != clientSecret)
        return {401,
                dump({{"error", "invalid_client"},
                      {"error_description", "AADSTS7000215: Invalid client secret provided. Ensure the secret being "
                                            "sent in the request is the client secret value, not the client secret ID."}}),
                {}};
    const QString token = QStringLiteral("eyJ0eXAi.fake-token-%1").arg(++tokensIssued);
    m_validTokens << token;
    return {200,
            dump({{"token_type", "Bearer"},
                  {"expires_in", tokenLifetimeSeconds},
                  {"ext_expires_in", tokenLifetimeSeconds},
                  {"access_token", token.toStdString()}}),
            {}};
}

FakeGraph::Response FakeGraph::list(const QUrl& url)
{
    // Graph decodes '+' in a query as a space, like a form
    QUrlQuery query;
    for (const QByteArray& pair : url.query(QUrl::FullyEncoded).toLatin1().split('&')) {
        const int eq = pair.indexOf('=');
        query.addQueryItem(formDecode(pair.left(eq)), formDecode(pair.mid(eq + 1)));
    }
    std::vector<json> matches;
    if (query.hasQueryItem(QStringLiteral("$top"))) {
        for (const auto& [id, p] : profiles)
            matches.push_back({{"id", id.toStdString()}});
        matches.resize(std::min<std::size_t>(matches.size(), query.queryItemValue(QStringLiteral("$top")).toUInt()));
        return {200, dump({{"value", matches}}), {}};
    }
    const QString filter = query.queryItemValue(QStringLiteral("$filter"));
    static const QRegularExpression re(QStringLiteral("^displayName eq '((?:[^']|'')*)'$"));
    const auto m = re.match(filter);
    if (!m.hasMatch()) {
        violations << QStringLiteral("unexpected $filter \"%1\"").arg(filter);
        return graphError(400, QStringLiteral("BadRequest"), QStringLiteral("Invalid filter clause"));
    }
    const QString name = m.captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
    for (const auto& [id, p] : profiles)
        if (QString::fromStdString(p.value("displayName", std::string())).compare(name, Qt::CaseInsensitive) == 0) {
            json summary = p;
            summary.erase("omaSettings"); // a list does not expand the settings
            matches.push_back(summary);
        }
    const int skip = query.queryItemValue(QStringLiteral("$skiptoken")).toInt();
    json page = json::array();
    for (int i = skip; i < static_cast<int>(matches.size()) && i < skip + pageSize; ++i)
        page.push_back(matches[static_cast<std::size_t>(i)]);
    json body = {{"@odata.context", "https://graph.microsoft.com/v1.0/$metadata#deviceManagement/deviceConfigurations"},
                 {"value", page}};
    if (skip + pageSize < static_cast<int>(matches.size())) {
        const QString base = nextLinkBase.isEmpty() ? baseUrl().toString() : nextLinkBase;
        body["@odata.nextLink"] = (base + QLatin1String(kCollection) + QStringLiteral("?$filter=")
                                   + QString::fromLatin1(QUrl::toPercentEncoding(filter, "'"))
                                   + QStringLiteral("&$skiptoken=%1").arg(skip + pageSize))
                                      .toStdString();
    }
    return {200, dump(body), {}};
}

bool FakeGraph::checkSettings(const json& settings, QString& why) const
{
    if (!settings.is_array()) {
        why = QStringLiteral("omaSettings is not an array");
        return false;
    }
    for (const json& s : settings) {
        if (!s.is_object() || !s.contains("@odata.type") || !s["@odata.type"].is_string()) {
            why = QStringLiteral("an OMA setting without @odata.type");
            return false;
        }
        const std::string type = s["@odata.type"];
        if (type == "#microsoft.graph.omaSetting" || type == "microsoft.graph.omaSetting") {
            why = QStringLiteral("the abstract type omaSetting cannot be created");
            return false;
        }
        if (!s.contains("omaUri") || !s["omaUri"].is_string()) {
            why = QStringLiteral("an OMA setting without omaUri");
            return false;
        }
        const std::string uri = s["omaUri"];
        if (uri.find_first_of(" \t\r\n") != std::string::npos) {
            why = QStringLiteral("white space in omaUri");
            return false;
        }
        if (type == "#microsoft.graph.omaSettingString") {
            std::set<std::string> keys;
            for (const auto& [k, v] : s.items()) {
                keys.insert(k);
                if (!v.is_string()) {
                    why = QStringLiteral("%1 is not a string").arg(QString::fromStdString(k));
                    return false;
                }
            }
            if (keys != std::set<std::string>{"@odata.type", "displayName", "description", "omaUri", "value"}) {
                why = QStringLiteral("an omaSettingString with the members %1").arg(QString::fromStdString(json(keys).dump()));
                return false;
            }
            if (s["value"].get<std::string>().find_first_of("\r\n") != std::string::npos) {
                why = QStringLiteral("a line break in a value");
                return false;
            }
        }
    }
    return true;
}

FakeGraph::Response FakeGraph::post(const Seen& seen, const QMap<QByteArray, QByteArray>&)
{
    if (!seen.contentType.startsWith("application/json"))
        violations << QStringLiteral("POST with Content-Type \"%1\"").arg(QString::fromLatin1(seen.contentType));
    const json body = json::parse(seen.body.begin(), seen.body.end(), nullptr, false);
    QString why;
    if (!body.is_object())
        why = QStringLiteral("the body is not a JSON object");
    else if (body.value("@odata.type", std::string()) != kProfileType)
        why = QStringLiteral("@odata.type is not windows10CustomConfiguration");
    else if (!body.contains("displayName") || !body["displayName"].is_string() || body["displayName"].get<std::string>().empty())
        why = QStringLiteral("displayName is missing");
    else if (body.contains("description") && !body["description"].is_string())
        why = QStringLiteral("description is not a string");
    else if (!body.contains("omaSettings"))
        why = QStringLiteral("omaSettings is missing");
    else if (checkSettings(body["omaSettings"], why)) {
        for (const auto& [k, v] : body.items())
            if (k != "@odata.type" && k != "displayName" && k != "description" && k != "omaSettings")
                why = QStringLiteral("unexpected member %1").arg(QString::fromStdString(k));
    }
    if (!why.isEmpty()) {
        violations << QStringLiteral("POST: %1").arg(why);
        return graphError(400, QStringLiteral("BadRequest"), why);
    }
    json stored = body;
    if (!corruptValues.isEmpty())
        for (json& s : stored["omaSettings"])
            s["value"] = s["value"].get<std::string>() + corruptValues.toStdString();
    const QString id = addProfile(stored);
    return {201, dump(profiles[id]), {}};
}

FakeGraph::Response FakeGraph::patch(const QString& id, const Seen& seen, const QMap<QByteArray, QByteArray>&)
{
    const auto it = profiles.find(id);
    if (it == profiles.end())
        return graphError(404, QStringLiteral("ResourceNotFound"), QStringLiteral("Resource not found"));
    if (!seen.contentType.startsWith("application/json"))
        violations << QStringLiteral("PATCH with Content-Type \"%1\"").arg(QString::fromLatin1(seen.contentType));
    const json body = json::parse(seen.body.begin(), seen.body.end(), nullptr, false);
    QString why;
    if (!body.is_object())
        why = QStringLiteral("the body is not a JSON object");
    else if (body.value("@odata.type", std::string()) != kProfileType)
        why = QStringLiteral("@odata.type is not windows10CustomConfiguration");
    else if (body.contains("omaSettings") && checkSettings(body["omaSettings"], why))
        for (const auto& [k, v] : body.items())
            if (k != "@odata.type" && k != "displayName" && k != "description" && k != "omaSettings")
                why = QStringLiteral("unexpected member %1").arg(QString::fromStdString(k));
    if (!why.isEmpty()) {
        violations << QStringLiteral("PATCH: %1").arg(why);
        return graphError(400, QStringLiteral("BadRequest"), why);
    }
    for (const auto& [k, v] : body.items())
        if (k != "@odata.type")
            it->second[k] = v;
    if (!corruptValues.isEmpty())
        for (json& s : it->second["omaSettings"])
            if (s.value("omaUri", std::string()).find("/RemoteAssistance/") != std::string::npos)
                s["value"] = s["value"].get<std::string>() + corruptValues.toStdString();
    it->second["version"] = it->second.value("version", 1) + 1;
    return {204, {}, {}};
}
