#include "IntuneClient.h"

#include "core/formats/GraphJson.h"

#include <QEventLoop>
#include <QLocale>
#include <QTimeZone>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace ra::intune {

using json = nlohmann::json;
using Kind = IntuneError::Kind;

namespace {

constexpr int kCancelPollMs = 50;
constexpr int kTokenSkewSeconds = 60;
constexpr int kMaxPages = 1000;
const QString kPermission = QStringLiteral("DeviceManagementConfiguration.ReadWrite.All");

QString statusText(int status)
{
    switch (status) {
    case 400: return QStringLiteral("400 Bad Request");
    case 401: return QStringLiteral("401 Unauthorized");
    case 403: return QStringLiteral("403 Forbidden");
    case 404: return QStringLiteral("404 Not Found");
    case 409: return QStringLiteral("409 Conflict");
    case 429: return QStringLiteral("429 Too Many Requests");
    case 500: return QStringLiteral("500 Internal Server Error");
    case 502: return QStringLiteral("502 Bad Gateway");
    case 503: return QStringLiteral("503 Service Unavailable");
    case 504: return QStringLiteral("504 Gateway Timeout");
    default: return QString::number(status);
    }
}

QString seconds(int ms)
{
    return ms % 1000 == 0 ? QStringLiteral("%1 s").arg(ms / 1000) : QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
}

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80) == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

/// Graph's error body: {"error": {"code": "…", "message": "…", "innerError": {"request-id": "…"}}}
struct GraphErrorBody
{
    QString code;
    QString message;
    QString requestId;
};

GraphErrorBody graphError(const QByteArray& body)
{
    GraphErrorBody out;
    const json doc = json::parse(body.begin(), body.end(), nullptr, false);
    if (!doc.is_object())
        return out;
    const auto error = doc.find("error");
    if (error == doc.end())
        return out;
    if (error->is_object()) {
        out.code = q(error->value("code", std::string()));
        out.message = q(error->value("message", std::string()));
        for (const char* inner : {"innerError", "innererror"})
            if (const auto it = error->find(inner); it != error->end() && it->is_object())
                out.requestId = q(it->value("request-id", std::string()));
    } else if (error->is_string()) {
        // the token endpoint: {"error": "invalid_client", "error_description": "AADSTS…"}
        out.code = q(error->get<std::string>());
        out.message = q(doc.value("error_description", std::string()));
    }
    return out;
}

} // namespace

IntuneClient::IntuneClient(IntuneSettings settings, QString clientSecret, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_secret(std::move(clientSecret))
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
}

IntuneClient::~IntuneClient()
{
    // overwrite the secret's characters before the memory is released
    m_secret.fill(QLatin1Char('\0'));
    m_token.fill('\0');
}

void IntuneClient::setCancelCheck(std::function<bool()> check)
{
    m_cancelCheck = std::move(check);
}

void IntuneClient::cancel()
{
    m_cancelled = true;
}

bool IntuneClient::cancelRequested() const
{
    return m_cancelled || (m_cancelCheck && m_cancelCheck());
}

void IntuneClient::throwIfCancelled() const
{
    if (cancelRequested())
        throw IntuneError(Kind::Cancelled, "cancelled; nothing more was sent", "Microsoft Graph", "");
}

QString IntuneClient::scrub(QString text) const
{
    if (!m_secret.isEmpty()) {
        text.replace(m_secret, QStringLiteral("[client secret]"));
        text.replace(QString::fromLatin1(QUrl::toPercentEncoding(m_secret)), QStringLiteral("[client secret]"));
    }
    return text;
}

QString IntuneClient::sourceOf(const Request& request) const
{
    return request.authorised ? QStringLiteral("Microsoft Graph") : QStringLiteral("Microsoft Entra ID sign-in");
}

void IntuneClient::fail(Kind kind, const QString& reason, const Request& request, int status) const
{
    throw IntuneError(kind, scrub(reason).toStdString(), sourceOf(request).toStdString(),
                      (QString::fromLatin1(request.verb) + QLatin1Char(' ') + request.url.path()).toStdString(), status);
}

void IntuneClient::waitMs(int ms)
{
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelRequested())
            loop.quit();
    });
    done.start(ms);
    poll.start(kCancelPollMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    throwIfCancelled();
}

IntuneClient::Response IntuneClient::sendOnce(const Request& request)
{
    throwIfCancelled();
    QNetworkRequest nr(request.url);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setTransferTimeout(m_settings.requestTimeoutMs);
    nr.setRawHeader("Accept", "application/json");
    if (request.authorised)
        nr.setRawHeader("Authorization", "Bearer " + accessToken());
    if (!request.contentType.isEmpty())
        nr.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);

    QNetworkReply* reply = m_network->sendCustomRequest(nr, request.verb, request.body);
    QList<QSslError> sslErrors;
    // The errors are recorded, never ignored: the reply then fails with a handshake error.
    connect(reply, &QNetworkReply::sslErrors, reply, [&sslErrors](const QList<QSslError>& errors) { sslErrors = errors; });
    bool cancelled = false;
    {
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer poll;
        connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancelRequested()) {
                cancelled = true;
                reply->abort();
            }
        });
        poll.start(kCancelPollMs);
        if (!reply->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    std::unique_ptr<QNetworkReply> owner(reply);
    if (cancelled)
        throwIfCancelled();

    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (response.status != 0) {
        response.body = reply->readAll();
        response.retryAfter = reply->rawHeader("Retry-After");
        response.requestId = reply->rawHeader("request-id");
        return response;
    }
    const QString host = request.url.host();
    if (!sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        QStringList what;
        for (const QSslError& e : sslErrors)
            what << e.errorString();
        if (what.isEmpty())
            what << reply->errorString();
        fail(Kind::Tls,
             QStringLiteral("the secure connection to %1 failed: %2. Nothing was sent; TLS errors are never "
                            "ignored (check the system clock, a TLS-inspecting proxy, or the URL).")
                 .arg(host, what.join(QStringLiteral("; "))),
             request);
    }
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
        response.timedOut = true;
        return response;
    }
    fail(Kind::Network, QStringLiteral("could not reach %1: %2").arg(host, reply->errorString()), request);
}

bool IntuneClient::isTransient(const Response& r)
{
    return r.timedOut || r.status == 429 || r.status == 503 || r.status == 504;
}

QString IntuneClient::transientReason(const Response& r) const
{
    if (r.timedOut)
        return QStringLiteral("no answer within %1").arg(seconds(m_settings.requestTimeoutMs));
    return statusText(r.status);
}

int IntuneClient::retryDelayMs(const Request& request, const Response& response, int attempt) const
{
    const QByteArray ra = response.retryAfter.trimmed();
    if (!ra.isEmpty()) {
        qint64 ms = -1;
        bool ok = false;
        const qint64 s = ra.toLongLong(&ok);
        if (ok && s >= 0) {
            ms = s * 1000;
        } else {
            // an HTTP-date (RFC 9110 IMF-fixdate): "Wed, 21 Oct 2015 07:28:00 GMT"
            QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(ra), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
            when.setTimeZone(QTimeZone::UTC);
            if (!when.isValid())
                when = QDateTime::fromString(QString::fromLatin1(ra), Qt::RFC2822Date);
            if (when.isValid())
                ms = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
        }
        if (ms >= 0) {
            if (ms > m_settings.maxBackoffMs)
                fail(Kind::Throttled,
                     QStringLiteral("Graph answered %1 and asks to wait %2 (Retry-After), longer than the longest "
                                    "wait allowed (%3). Nothing more was sent; try again later.")
                         .arg(statusText(response.status), seconds(static_cast<int>(std::min<qint64>(ms, 1 << 30))),
                              seconds(m_settings.maxBackoffMs)),
                     request, response.status);
            return static_cast<int>(ms);
        }
    }
    const double backoff = m_settings.initialBackoffMs * std::pow(2.0, attempt - 1);
    return static_cast<int>(std::min<double>(backoff, m_settings.maxBackoffMs));
}

IntuneClient::Response IntuneClient::send(const Request& request)
{
    bool signedInAgain = false;
    for (int attempt = 1;; ++attempt) {
        Response response = sendOnce(request);
        if (request.authorised && response.status == 401 && !signedInAgain) {
            // the token may have been revoked or expired early: sign in once more
            signedInAgain = true;
            m_token.clear();
            --attempt;
            continue;
        }
        if (!isTransient(response) || !request.retryTransient || attempt >= m_settings.maxAttempts)
            return response;
        const int wait = retryDelayMs(request, response, attempt);
        emit retrying(attempt, m_settings.maxAttempts, wait, transientReason(response));
        waitMs(wait);
    }
}

json IntuneClient::parseJson(const Request& request, const Response& response) const
{
    try {
        return json::parse(response.body.begin(), response.body.end());
    } catch (const json::parse_error& e) {
        fail(Kind::Protocol,
             QStringLiteral("the answer (%1) is not valid JSON at byte %2: %3")
                 .arg(statusText(response.status))
                 .arg(e.byte > 0 ? e.byte - 1 : 0)
                 .arg(QString::fromUtf8(e.what())),
             request, response.status);
    }
}

void IntuneClient::failStatus(const Request& request, const Response& response) const
{
    const int status = response.status;
    if (response.timedOut)
        fail(Kind::Timeout,
             QStringLiteral("no answer within %1 on %2 tries; check the network or raise the timeout")
                 .arg(seconds(m_settings.requestTimeoutMs))
                 .arg(request.retryTransient ? m_settings.maxAttempts : 1),
             request);
    GraphErrorBody e = graphError(response.body);
    // the sentences below end with their own full stop
    while (e.message.endsWith(QLatin1Char('.')))
        e.message.chop(1);
    QString detail;
    if (!e.code.isEmpty() || !e.message.isEmpty())
        detail = QStringLiteral(": %1%2%3").arg(e.code, e.code.isEmpty() || e.message.isEmpty() ? QString() : QStringLiteral(": "), e.message);
    const QString requestId = !e.requestId.isEmpty() ? e.requestId : QString::fromLatin1(response.requestId);
    const QString idNote = requestId.isEmpty() ? QString() : QStringLiteral(" (request id %1)").arg(requestId);

    if (!request.authorised) {
        fail(Kind::SignIn,
             QStringLiteral("sign-in to tenant %1 as application %2 failed (%3)%4. Check the tenant ID, the "
                            "application (client) ID and the client secret; secrets expire, a new one is made "
                            "under Certificates & secrets of the app registration.%5")
                 .arg(m_settings.tenantId, m_settings.clientId, statusText(status), detail, idNote),
             request, status);
    }
    switch (status) {
    case 400:
        fail(Kind::BadRequest, QStringLiteral("Graph rejected the request (%1)%2.%3").arg(statusText(status), detail, idNote),
             request, status);
    case 401:
    case 403:
        fail(Kind::Permission,
             QStringLiteral("Graph refused access (%1)%2. The app registration %3 needs the Microsoft Graph "
                            "application permission %4 (not a delegated one), and an administrator must grant "
                            "admin consent for it in tenant %5.%6")
                 .arg(statusText(status), detail, m_settings.clientId, kPermission, m_settings.tenantId, idNote),
             request, status);
    case 404:
        fail(Kind::NotFound, QStringLiteral("Graph does not know this address (%1)%2.%3").arg(statusText(status), detail, idNote),
             request, status);
    case 429:
    case 503:
    case 504:
        fail(Kind::Throttled,
             QStringLiteral("Graph still answered %1 after %2 tries%3; try again later.%4")
                 .arg(statusText(status))
                 .arg(request.retryTransient ? m_settings.maxAttempts : 1)
                 .arg(detail, idNote),
             request, status);
    default:
        fail(Kind::Server, QStringLiteral("Graph answered %1%2.%3").arg(statusText(status), detail, idNote), request, status);
    }
}

QByteArray IntuneClient::accessToken()
{
    if (!m_token.isEmpty() && QDateTime::currentDateTimeUtc() < m_tokenValidUntil)
        return m_token;
    if (const QStringList problems = m_settings.problems(); !problems.isEmpty())
        throw IntuneError(Kind::Settings, problems.join(QLatin1Char(' ')).toStdString(), "Intune settings", "");
    if (m_secret.isEmpty())
        throw IntuneError(Kind::Settings, "no client secret is stored for this application; enter it in the Intune "
                                          "settings",
                          "Intune settings", "");
    emit progress(tr("Signing in to tenant %1 as application %2").arg(m_settings.tenantId, m_settings.clientId));
    Request r;
    r.verb = "POST";
    r.url = m_settings.tokenUrl();
    r.authorised = false;
    r.contentType = "application/x-www-form-urlencoded";
    // every value percent-encoded (a '+' in a secret must not turn into a space)
    r.body = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(m_settings.clientId)
        + "&client_secret=" + QUrl::toPercentEncoding(m_secret) + "&scope=" + QUrl::toPercentEncoding(m_settings.scope());
    const Response response = send(r);
    r.body.fill('\0');
    if (response.status != 200)
        failStatus(r, response);
    const json doc = parseJson(r, response);
    const auto token = doc.find("access_token");
    if (!doc.is_object() || token == doc.end() || !token->is_string() || token->get<std::string>().empty())
        fail(Kind::Protocol, QStringLiteral("the sign-in answer has no access_token"), r, response.status);
    if (const auto type = doc.find("token_type");
        type != doc.end() && !(type->is_string() && q(type->get<std::string>()).compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0))
        fail(Kind::Protocol, QStringLiteral("the sign-in answer has a token_type other than Bearer"), r, response.status);
    qint64 lifetime = 0;
    if (const auto exp = doc.find("expires_in"); exp != doc.end()) {
        if (exp->is_number_integer())
            lifetime = exp->get<qint64>();
        else if (exp->is_string())
            lifetime = q(exp->get<std::string>()).toLongLong();
    }
    if (lifetime <= 0)
        fail(Kind::Protocol, QStringLiteral("the sign-in answer has no valid expires_in"), r, response.status);
    m_token = QByteArray::fromStdString(token->get<std::string>());
    m_tokenValidUntil = QDateTime::currentDateTimeUtc().addSecs(lifetime - kTokenSkewSeconds);
    return m_token;
}

std::optional<QString> IntuneClient::findProfileId()
{
    const QString name = m_settings.profileDisplayName;
    emit progress(tr("Looking for the profile \"%1\"").arg(name));
    QString literal = name;
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    const QString filter = QStringLiteral("displayName eq '%1'").arg(literal);
    QUrl url = m_settings.deviceConfigurationsUrl();
    url.setQuery(QStringLiteral("$filter=") + QString::fromLatin1(QUrl::toPercentEncoding(filter, "'")), QUrl::StrictMode);

    QStringList customIds;
    QStringList otherTypes;
    for (int page = 0;; ++page) {
        Request r;
        r.verb = "GET";
        r.url = url;
        const Response response = send(r);
        if (response.status != 200)
            failStatus(r, response);
        const json doc = parseJson(r, response);
        const auto value = doc.is_object() ? doc.find("value") : doc.end();
        if (!doc.is_object() || value == doc.end() || !value->is_array())
            fail(Kind::Protocol, QStringLiteral("the list of device configurations has no \"value\" array"), r, 200);
        for (const json& item : *value) {
            if (!item.is_object() || item.value("displayName", std::string()) != name.toStdString())
                continue;
            const QString type = q(item.value("@odata.type", std::string()));
            const QString id = q(item.value("id", std::string()));
            if (type == QLatin1String(ra::GraphJson::profileType))
                customIds << id;
            else
                otherTypes << type;
        }
        const auto next = doc.find("@odata.nextLink");
        if (next == doc.end() || next->is_null())
            break;
        if (!next->is_string())
            fail(Kind::Protocol, QStringLiteral("@odata.nextLink is not a string"), r, 200);
        const QUrl nextUrl(q(next->get<std::string>()));
        if (!nextUrl.isValid() || !sameOrigin(nextUrl, m_settings.graphBaseUrl))
            fail(Kind::Protocol,
                 QStringLiteral("@odata.nextLink points to %1, not to the Graph host %2; it is not followed (the "
                                "access token goes to Graph only)")
                     .arg(nextUrl.host(), m_settings.graphBaseUrl.host()),
                 r, 200);
        if (page + 1 >= kMaxPages)
            fail(Kind::Protocol, QStringLiteral("more than %1 pages of device configurations").arg(kMaxPages), r, 200);
        url = nextUrl;
    }
    if (customIds.size() > 1)
        throw IntuneError(Kind::Conflict,
                          QStringLiteral("%1 custom profiles are named \"%2\" (ids %3); rename or delete all but one in "
                                         "Intune, or choose another profile name")
                              .arg(customIds.size())
                              .arg(name, customIds.join(QStringLiteral(", ")))
                              .toStdString(),
                          "Microsoft Graph", "GET " + url.path().toStdString());
    if (customIds.isEmpty() && !otherTypes.isEmpty())
        throw IntuneError(Kind::Conflict,
                          QStringLiteral("a profile named \"%1\" exists but is a %2, not a custom (OMA-URI) profile; "
                                         "choose another profile name")
                              .arg(name, otherTypes.first())
                              .toStdString(),
                          "Microsoft Graph", "GET " + url.path().toStdString());
    if (customIds.isEmpty())
        return std::nullopt;
    return customIds.first();
}

json IntuneClient::getProfile(const QString& id)
{
    Request r;
    r.verb = "GET";
    r.url = QUrl(m_settings.deviceConfigurationsUrl().toString() + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id)));
    const Response response = send(r);
    if (response.status != 200)
        failStatus(r, response);
    json doc = parseJson(r, response);
    if (!doc.is_object())
        fail(Kind::Protocol, QStringLiteral("the profile is not a JSON object"), r, 200);
    if (doc.value("@odata.type", std::string()) != ra::GraphJson::profileType)
        fail(Kind::Conflict,
             QStringLiteral("the profile %1 is a %2, not a custom (OMA-URI) profile").arg(id, q(doc.value("@odata.type", std::string()))),
             r, 200);
    return doc;
}

json IntuneClient::patchBody(const json& settings) const
{
    json body = json::object();
    body["@odata.type"] = ra::GraphJson::profileType;
    if (!m_settings.profileDescription.isEmpty())
        body["description"] = m_settings.profileDescription.toStdString();
    body["omaSettings"] = settings;
    return body;
}

std::vector<std::string> IntuneClient::verify(const QString& id, const ra::Configuration& config,
                                              const json& foreignExpected)
{
    emit progress(tr("Reading the profile back to verify it"));
    const json actual = getProfile(id);
    std::vector<std::string> differences = ra::GraphJson::compare(actual, config);
    json foreign = json::array();
    if (const auto it = actual.find("omaSettings"); it != actual.end() && it->is_array())
        for (const json& s : *it)
            if (!ra::GraphJson::isOurs(s))
                foreign.push_back(s.value("omaUri", std::string()));
    json expected = json::array();
    for (const json& s : foreignExpected)
        expected.push_back(s.value("omaUri", std::string()));
    if (foreign != expected)
        differences.push_back("the settings of others should be " + expected.dump() + " but are " + foreign.dump());
    return differences;
}

PushResult IntuneClient::push(const ra::Configuration& config)
{
    PushResult result;
    m_cancelled = false;
    bool anyConfigured = false;
    for (ra::PolicyId id : ra::kAllPolicies)
        anyConfigured = anyConfigured || config.state(id) != ra::PolicyState::NotConfigured;
    const json ours = ra::GraphJson::omaSettings(config); // throws early on a value XML cannot carry
    result.settingsOfOurs = static_cast<int>(ours.size());

    accessToken();
    for (int round = 1;; ++round) {
        throwIfCancelled();
        const std::optional<QString> existing = findProfileId();
        if (existing) {
            result.profileId = *existing;
            emit progress(tr("Updating the profile \"%1\"").arg(m_settings.profileDisplayName));
            const json current = getProfile(*existing);
            const json before = current.contains("omaSettings") ? current["omaSettings"] : json::array();
            const json merged = ra::GraphJson::mergeSettings(before, config);
            json foreign = json::array();
            for (const json& s : merged)
                if (!ra::GraphJson::isOurs(s))
                    foreign.push_back(s);
            result.foreignSettingsKept = static_cast<int>(foreign.size());
            Request r;
            r.verb = "PATCH";
            r.url = QUrl(m_settings.deviceConfigurationsUrl().toString() + QLatin1Char('/')
                         + QString::fromLatin1(QUrl::toPercentEncoding(*existing)));
            r.contentType = "application/json";
            r.body = QByteArray::fromStdString(patchBody(merged).dump());
            const Response response = send(r);
            if (response.status != 200 && response.status != 204)
                failStatus(r, response);
            m_wrote = true;
            result.log << tr("updated the profile \"%1\" (id %2): %3 Remote Assistance settings, %4 other settings "
                             "kept")
                              .arg(m_settings.profileDisplayName, *existing, QString::number(result.settingsOfOurs),
                                   QString::number(result.foreignSettingsKept));
            const auto diffs = verify(*existing, config, foreign);
            if (!diffs.empty()) {
                QStringList lines;
                for (const auto& d : diffs)
                    lines << q(d);
                fail(Kind::Verification,
                     QStringLiteral("the profile was updated, but reading it back shows: %1").arg(lines.join(QStringLiteral("; "))),
                     r);
            }
            result.log << tr("read the profile back: it matches");
            return result;
        }
        if (!anyConfigured) {
            result.log << tr("every policy is Not configured and there is no profile \"%1\": nothing to do")
                              .arg(m_settings.profileDisplayName);
            return result;
        }
        emit progress(tr("Creating the profile \"%1\"").arg(m_settings.profileDisplayName));
        Request r;
        r.verb = "POST";
        r.url = m_settings.deviceConfigurationsUrl();
        r.contentType = "application/json";
        r.retryTransient = false; // a POST is only repeated after looking again (see below)
        r.body = QByteArray::fromStdString(
            ra::GraphJson::profile(config, m_settings.profileDisplayName.toStdString(), m_settings.profileDescription.toStdString())
                .dump());
        const Response response = send(r);
        if (isTransient(response)) {
            if (round >= m_settings.maxAttempts) {
                Request counted = r;
                counted.retryTransient = true;
                failStatus(counted, response);
            }
            // The POST may have created the profile although no success came back: look
            // again before trying anything else, so there is never a second profile.
            const int wait = retryDelayMs(r, response, round);
            emit retrying(round, m_settings.maxAttempts, wait, transientReason(response));
            waitMs(wait);
            continue;
        }
        if (response.status != 201 && response.status != 200)
            failStatus(r, response);
        m_wrote = true;
        const json created = parseJson(r, response);
        if (!created.is_object() || !created.contains("id") || !created["id"].is_string())
            fail(Kind::Protocol, QStringLiteral("the created profile has no id"), r, response.status);
        result.profileId = q(created["id"].get<std::string>());
        result.created = true;
        result.log << tr("created the profile \"%1\" (id %2) with %3 Remote Assistance settings")
                          .arg(m_settings.profileDisplayName, result.profileId, QString::number(result.settingsOfOurs));
        const auto diffs = verify(result.profileId, config, json::array());
        if (!diffs.empty()) {
            QStringList lines;
            for (const auto& d : diffs)
                lines << q(d);
            fail(Kind::Verification,
                 QStringLiteral("the profile was created, but reading it back shows: %1").arg(lines.join(QStringLiteral("; "))),
                 r);
        }
        result.log << tr("read the profile back: it matches");
        return result;
    }
}

QString IntuneClient::testConnection()
{
    m_cancelled = false;
    accessToken();
    emit progress(tr("Listing device configurations"));
    Request r;
    r.verb = "GET";
    r.url = m_settings.deviceConfigurationsUrl();
    r.url.setQuery(QStringLiteral("$top=1&$select=id"));
    const Response response = send(r);
    if (response.status != 200)
        failStatus(r, response);
    parseJson(r, response);
    const auto id = findProfileId();
    return id ? tr("Connected to tenant %1; the profile \"%2\" exists (id %3).")
                    .arg(m_settings.tenantId, m_settings.profileDisplayName, *id)
              : tr("Connected to tenant %1; the profile \"%2\" does not exist yet and will be created on the first "
                   "push.")
                    .arg(m_settings.tenantId, m_settings.profileDisplayName);
}

} // namespace ra::intune
