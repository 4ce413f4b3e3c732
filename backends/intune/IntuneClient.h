#pragma once
/**
 * @file IntuneClient.h
 * Pushes the four Remote Assistance policies into one Intune custom configuration profile
 * through Microsoft Graph, with an app registration's client secret.
 *
 * Protocol (Graph v1.0 by default, see IntuneSettings):
 * 1. Token: POST {login}/{tenant}/oauth2/v2.0/token, form grant_type=client_credentials,
 *    client_id, client_secret, scope={graph}/.default. The token is reused until 60 s before
 *    it expires; a 401 from Graph drops it and signs in once more.
 * 2. Find: GET {graph}/{version}/deviceManagement/deviceConfigurations?$filter=displayName eq
 *    '<name>' following @odata.nextLink (only on the Graph host: the bearer token never goes
 *    anywhere else). Exactly one windows10CustomConfiguration with that exact name may match.
 * 3. Write: an existing profile is read (GET …/{id}) and PATCHed with its omaSettings merged
 *    (GraphJson::mergeSettings: settings that are not ours are kept, ours are replaced, ours for
 *    Not configured policies removed). A missing profile is created by POST.
 * 4. Verify: GET …/{id} again and compare our settings and the kept ones.
 *
 * Retries: 429, 503, 504 and timeouts are retried up to maxAttempts, waiting Retry-After
 * (seconds or an HTTP date) or, without it, initialBackoffMs doubling up to maxBackoffMs. A
 * Retry-After longer than maxBackoffMs ends the push with a Throttled error instead of
 * blocking. A POST is never repeated blindly: after a failed or unanswered POST the profile is
 * looked up again and PATCHed if the POST did create it, so a retry never makes a second
 * profile. Everything is cancellable (cancel(), or the cancel check) between and during requests.
 *
 * TLS: certificate and handshake errors end the request; they are never ignored. Plain http
 * is refused except for a loopback host. Redirects are not followed.
 *
 * The client is used from one thread (the one it lives in, typically a GUI worker); its
 * blocking calls run a local event loop. cancel() may be called from any thread. The client
 * secret is held only in memory and is removed from every message the client produces.
 */
#include "IntuneError.h"
#include "IntuneSettings.h"
#include "core/Configuration.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <atomic>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace ra::intune {

/// What a push did.
struct PushResult
{
    QString profileId;
    bool created = false;        ///< true when the profile was created (POST), false when updated (PATCH)
    int settingsOfOurs = 0;      ///< OMA-URI settings of ours the profile now has
    int foreignSettingsKept = 0; ///< settings of others the profile kept
    QStringList log;             ///< one line per step, for the apply report
};

class IntuneClient : public QObject
{
    Q_OBJECT
public:
    /// @p clientSecret comes from SecretStore; it stays in this object's memory only.
    IntuneClient(IntuneSettings settings, QString clientSecret, QObject* parent = nullptr);
    ~IntuneClient() override;

    /// A predicate polled while waiting (e.g. ra::Progress::cancelled of a GUI worker).
    void setCancelCheck(std::function<bool()> check);
    /// Asks the running operation to stop; thread-safe. The operation throws a Cancelled error.
    void cancel();

    /**
     * Signs in and lists one device configuration: proves tenant, client id, secret and the
     * permission. Returns a one-line summary ("Connected to tenant …; profile … exists (id …)").
     */
    QString testConnection();

    /// A bearer token for Graph, from the cache or a new sign-in.
    QByteArray accessToken();

    /// The id of the custom profile named settings().profileDisplayName, or nullopt.
    std::optional<QString> findProfileId();
    /// GET of one device configuration.
    nlohmann::json getProfile(const QString& id);
    /// Creates or updates the profile so that it carries @p config, then verifies it.
    PushResult push(const ra::Configuration& config);

    const IntuneSettings& settings() const { return m_settings; }
    /// True once a POST or PATCH has been answered with success during this client's life.
    bool wroteSomething() const { return m_wrote; }

signals:
    /// A step started ("Signing in…", "Updating profile …").
    void progress(const QString& message);
    /// A transient failure; the client waits @p waitMs before try @p attempt + 1 of @p maxAttempts.
    void retrying(int attempt, int maxAttempts, int waitMs, const QString& reason);

private:
    struct Request
    {
        QByteArray verb;
        QUrl url;
        QByteArray body;
        QByteArray contentType;
        bool authorised = true;
        bool retryTransient = true;
    };
    struct Response
    {
        int status = 0;
        bool timedOut = false;
        QByteArray body;
        QByteArray retryAfter;
        QByteArray requestId;
    };

    Response send(const Request& request);
    Response sendOnce(const Request& request);
    nlohmann::json parseJson(const Request& request, const Response& response) const;
    [[noreturn]] void failStatus(const Request& request, const Response& response) const;
    [[noreturn]] void fail(IntuneError::Kind kind, const QString& reason, const Request& request, int status = 0) const;
    int retryDelayMs(const Request& request, const Response& response, int attempt) const;
    static bool isTransient(const Response& response);
    void waitMs(int ms);
    void throwIfCancelled() const;
    bool cancelRequested() const;
    QString scrub(QString text) const;
    QString sourceOf(const Request& request) const;
    QString transientReason(const Response& response) const;
    nlohmann::json patchBody(const nlohmann::json& settings) const;
    std::vector<std::string> verify(const QString& id, const ra::Configuration& config,
                                    const nlohmann::json& foreignExpected);

    IntuneSettings m_settings;
    QString m_secret;
    QNetworkAccessManager* m_network;
    QByteArray m_token;
    QDateTime m_tokenValidUntil;
    std::function<bool()> m_cancelCheck;
    std::atomic<bool> m_cancelled{false};
    bool m_wrote = false;
};

} // namespace ra::intune
