#include "IntuneSettings.h"

#include "core/IpAddress.h"

#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

namespace ra::intune {

QString IntuneSettings::keychainName()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain");
#else
    return QStringLiteral("Secret Service");
#endif
}

namespace {

struct CloudUrls
{
    NationalCloud cloud;
    const char* key;
    const char* name;
    const char* graph;
    const char* login;
};

constexpr CloudUrls kClouds[] = {
    {NationalCloud::Global, "global", "Global", "https://graph.microsoft.com", "https://login.microsoftonline.com"},
    {NationalCloud::UsGovL4, "usgov-l4", "US Gov L4", "https://graph.microsoft.us", "https://login.microsoftonline.us"},
    {NationalCloud::UsGovL5DoD, "usgov-l5-dod", "US Gov L5 (DoD)", "https://dod-graph.microsoft.us",
     "https://login.microsoftonline.us"},
    {NationalCloud::China, "china", "China (21Vianet)", "https://microsoftgraph.chinacloudapi.cn",
     "https://login.chinacloudapi.cn"},
    {NationalCloud::Custom, "custom", "Custom", "", ""},
};

const CloudUrls& urls(NationalCloud c)
{
    for (const auto& u : kClouds)
        if (u.cloud == c)
            return u;
    return kClouds[0];
}

QString withoutTrailingSlash(const QUrl& url)
{
    QString s = url.toString(QUrl::FullyEncoded);
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const std::optional<IpAddress> address = IpAddress::parse(host.toStdString());
    return address && address->isLoopback();
}

QString urlProblem(const QUrl& url, const QString& what)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("The %1 URL \"%2\" is not a valid URL.").arg(what, url.toString());
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && isLoopback(url))
        return {};
    return QStringLiteral("The %1 URL must start with https:// (plain http is only accepted for a local test "
                          "server), found \"%2\".")
        .arg(what, url.toString());
}

} // namespace

void IntuneSettings::setCloud(NationalCloud c)
{
    cloud = c;
    if (c == NationalCloud::Custom)
        return;
    graphBaseUrl = QUrl(QString::fromLatin1(urls(c).graph));
    loginBaseUrl = QUrl(QString::fromLatin1(urls(c).login));
}

QString IntuneSettings::cloudName(NationalCloud c)
{
    return QString::fromLatin1(urls(c).name);
}

QString IntuneSettings::cloudKey(NationalCloud c)
{
    return QString::fromLatin1(urls(c).key);
}

NationalCloud IntuneSettings::cloudFromKey(const QString& key)
{
    for (const auto& u : kClouds)
        if (key == QLatin1String(u.key))
            return u.cloud;
    return NationalCloud::Global;
}

QString IntuneSettings::scope() const
{
    return withoutTrailingSlash(graphBaseUrl) + QStringLiteral("/.default");
}

QUrl IntuneSettings::tokenUrl() const
{
    return QUrl(withoutTrailingSlash(loginBaseUrl) + QLatin1Char('/')
                + QString::fromLatin1(QUrl::toPercentEncoding(tenantId)) + QStringLiteral("/oauth2/v2.0/token"));
}

QUrl IntuneSettings::deviceConfigurationsUrl() const
{
    return QUrl(withoutTrailingSlash(graphBaseUrl) + QLatin1Char('/') + apiVersion
                + QStringLiteral("/deviceManagement/deviceConfigurations"));
}

QString IntuneSettings::secretKey() const
{
    return QStringLiteral("intune/%1/%2").arg(tenantId.trimmed().toLower(), clientId.trimmed().toLower());
}

QStringList IntuneSettings::problems() const
{
    QStringList out;
    static const QRegularExpression domain(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    if (tenantId.isEmpty())
        out << QStringLiteral("The tenant ID is empty; enter the directory (tenant) ID of your Entra ID tenant.");
    else if (QUuid::fromString(tenantId).isNull() && !domain.match(tenantId).hasMatch())
        out << QStringLiteral("The tenant ID \"%1\" is neither a GUID nor a domain name such as "
                              "contoso.onmicrosoft.com.")
                   .arg(tenantId);
    if (clientId.isEmpty())
        out << QStringLiteral("The application (client) ID is empty; copy it from the app registration.");
    else if (QUuid::fromString(clientId).isNull())
        out << QStringLiteral("The application (client) ID \"%1\" is not a GUID.").arg(clientId);
    if (profileDisplayName.trimmed().isEmpty())
        out << QStringLiteral("The profile name is empty.");
    else if (profileDisplayName != profileDisplayName.trimmed())
        out << QStringLiteral("The profile name \"%1\" starts or ends with white space.").arg(profileDisplayName);
    if (const QString p = urlProblem(graphBaseUrl, QStringLiteral("Graph")); !p.isEmpty())
        out << p;
    if (const QString p = urlProblem(loginBaseUrl, QStringLiteral("sign-in")); !p.isEmpty())
        out << p;
    if (apiVersion != QLatin1String("v1.0") && apiVersion != QLatin1String("beta"))
        out << QStringLiteral("The Graph API version must be v1.0 or beta, found \"%1\".").arg(apiVersion);
    if (requestTimeoutMs < 1)
        out << QStringLiteral("The request timeout must be positive.");
    if (maxAttempts < 1)
        out << QStringLiteral("The number of tries must be at least 1.");
    if (initialBackoffMs < 0 || maxBackoffMs < initialBackoffMs)
        out << QStringLiteral("The retry waits must satisfy 0 <= first wait <= longest wait.");
    return out;
}

IntuneSettings IntuneSettings::load(QSettings& store)
{
    IntuneSettings s;
    store.beginGroup(QStringLiteral("intune"));
    s.tenantId = store.value(QStringLiteral("tenantId"), s.tenantId).toString();
    s.clientId = store.value(QStringLiteral("clientId"), s.clientId).toString();
    s.profileDisplayName = store.value(QStringLiteral("profileDisplayName"), s.profileDisplayName).toString();
    s.profileDescription = store.value(QStringLiteral("profileDescription"), s.profileDescription).toString();
    s.setCloud(cloudFromKey(store.value(QStringLiteral("cloud"), cloudKey(s.cloud)).toString()));
    if (s.cloud == NationalCloud::Custom) {
        s.graphBaseUrl = QUrl(store.value(QStringLiteral("graphBaseUrl")).toString());
        s.loginBaseUrl = QUrl(store.value(QStringLiteral("loginBaseUrl")).toString());
    }
    s.apiVersion = store.value(QStringLiteral("apiVersion"), s.apiVersion).toString();
    s.requestTimeoutMs = store.value(QStringLiteral("requestTimeoutMs"), s.requestTimeoutMs).toInt();
    s.maxAttempts = store.value(QStringLiteral("maxAttempts"), s.maxAttempts).toInt();
    s.initialBackoffMs = store.value(QStringLiteral("initialBackoffMs"), s.initialBackoffMs).toInt();
    s.maxBackoffMs = store.value(QStringLiteral("maxBackoffMs"), s.maxBackoffMs).toInt();
    store.endGroup();
    return s;
}

void IntuneSettings::save(QSettings& store) const
{
    store.beginGroup(QStringLiteral("intune"));
    store.setValue(QStringLiteral("tenantId"), tenantId);
    store.setValue(QStringLiteral("clientId"), clientId);
    store.setValue(QStringLiteral("profileDisplayName"), profileDisplayName);
    store.setValue(QStringLiteral("profileDescription"), profileDescription);
    store.setValue(QStringLiteral("cloud"), cloudKey(cloud));
    if (cloud == NationalCloud::Custom) {
        store.setValue(QStringLiteral("graphBaseUrl"), graphBaseUrl.toString());
        store.setValue(QStringLiteral("loginBaseUrl"), loginBaseUrl.toString());
    } else {
        store.remove(QStringLiteral("graphBaseUrl"));
        store.remove(QStringLiteral("loginBaseUrl"));
    }
    store.setValue(QStringLiteral("apiVersion"), apiVersion);
    store.setValue(QStringLiteral("requestTimeoutMs"), requestTimeoutMs);
    store.setValue(QStringLiteral("maxAttempts"), maxAttempts);
    store.setValue(QStringLiteral("initialBackoffMs"), initialBackoffMs);
    store.setValue(QStringLiteral("maxBackoffMs"), maxBackoffMs);
    store.endGroup();
}

} // namespace ra::intune
