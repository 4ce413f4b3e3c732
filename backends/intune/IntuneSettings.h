#pragma once
/**
 * @file IntuneSettings.h
 * Where and as whom the console talks to Microsoft Graph. Everything here may be stored in
 * QSettings or a profile; the client secret never is (see SecretStore).
 */
#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace ra::intune {

/// The Microsoft clouds Graph runs in. Custom takes the two base URLs as entered.
enum class NationalCloud { Global, UsGovL4, UsGovL5DoD, China, Custom };

/**
 * Settings of the Intune target.
 *
 * Base URLs (Microsoft "National cloud deployments" for Graph and Entra ID):
 * | cloud          | Graph                                      | sign-in                              |
 * |----------------|--------------------------------------------|--------------------------------------|
 * | Global         | https://graph.microsoft.com                | https://login.microsoftonline.com    |
 * | US Gov L4      | https://graph.microsoft.us                 | https://login.microsoftonline.us     |
 * | US Gov L5 DoD  | https://dod-graph.microsoft.us             | https://login.microsoftonline.us     |
 * | China (21Vianet)| https://microsoftgraph.chinacloudapi.cn   | https://login.chinacloudapi.cn       |
 *
 * The API version is Graph "v1.0" by default: windows10CustomConfiguration and its
 * omaSettingString are part of v1.0 (POST/PATCH …/deviceManagement/deviceConfigurations), so
 * the console does not depend on the beta endpoint, whose shape may change without notice.
 */
struct IntuneSettings
{
    QString tenantId;           ///< directory (tenant) id, a GUID or a verified domain
    QString clientId;           ///< application (client) id of the app registration, a GUID
    QString profileDisplayName = QStringLiteral("Remote Assistance policies"); ///< the custom profile in Intune
    QString profileDescription; ///< written when a profile is created or updated ("" keeps the current one)
    NationalCloud cloud = NationalCloud::Global;
    QUrl graphBaseUrl = QUrl(QStringLiteral("https://graph.microsoft.com"));
    QUrl loginBaseUrl = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    QString apiVersion = QStringLiteral("v1.0"); ///< "v1.0" or "beta"
    int requestTimeoutMs = 60000; ///< per request; a request without progress for this long is abandoned
    int maxAttempts = 5;          ///< tries per request when Graph throttles (429) or is busy (503, 504)
    int initialBackoffMs = 2000;  ///< first wait without Retry-After; doubles per try
    int maxBackoffMs = 60000;     ///< cap of one wait, Retry-After included

    /// The two base URLs of a cloud (Custom keeps the current ones).
    void setCloud(NationalCloud c);
    static QString cloudName(NationalCloud c);   ///< "Global", "US Gov L4", "US Gov L5 (DoD)", "China (21Vianet)", "Custom"
    static QString cloudKey(NationalCloud c);    ///< stable key for settings: "global", "usgov-l4", …
    static NationalCloud cloudFromKey(const QString& key); ///< unknown keys give Global

    /// "https://graph.microsoft.com/.default"
    QString scope() const;
    /// "{login}/{tenant}/oauth2/v2.0/token"
    QUrl tokenUrl() const;
    /// "{graph}/{version}/deviceManagement/deviceConfigurations"
    QUrl deviceConfigurationsUrl() const;
    /// The keychain entry name of this app's secret: "intune/<tenant>/<client>".
    QString secretKey() const;
    /// A one-line name of the platform keychain that holds the client secret ("Secret Service").
    static QString keychainName();

    /// Problems that prevent a connection, one sentence each; empty when the settings are usable.
    /// Plain http is accepted only for a loopback host (a local test server).
    QStringList problems() const;

    /// Reads the settings from group "intune" of @p store (missing keys keep their defaults).
    static IntuneSettings load(QSettings& store);
    /// Writes the settings to group "intune" of @p store. There is no secret to write.
    void save(QSettings& store) const;

    bool operator==(const IntuneSettings&) const = default;
};

} // namespace ra::intune
