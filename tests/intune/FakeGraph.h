#pragma once
/**
 * @file FakeGraph.h
 * A local HTTP/1.1 server standing in for Microsoft Entra ID's token endpoint and Microsoft
 * Graph's deviceConfigurations collection, as their documentation describes them:
 *
 * - POST /{tenant}/oauth2/v2.0/token (form: grant_type=client_credentials, client_id,
 *   client_secret, scope) → {"token_type":"Bearer","expires_in":…,"access_token":…}; a wrong
 *   secret gives 401 {"error":"invalid_client","error_description":"AADSTS7000215: …"}.
 * - GET /v1.0/deviceManagement/deviceConfigurations?$filter=displayName eq '…' → {"value":[…]}
 *   paged with @odata.nextLink; GET …/{id}; POST (201 + the created object); PATCH …/{id} (204).
 *
 * It checks every request strictly (bearer token it issued, content type, the exact JSON shape
 * of a windows10CustomConfiguration with omaSettingString settings) and records violations.
 * Scripted answers make it reply 401, 403, 429 with Retry-After, 500, 503, malformed JSON or
 * slowly, optionally after doing the real work (a POST that creates but answers 503).
 */
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <map>

class QTcpServer;
class QTcpSocket;

class FakeGraph : public QObject
{
    Q_OBJECT
public:
    /// Listens on 127.0.0.1 on a free port; with @p tls, as HTTPS with a self-signed certificate.
    explicit FakeGraph(bool tls = false, QObject* parent = nullptr);
    ~FakeGraph() override;

    QUrl baseUrl() const;

    // what the server accepts
    QString tenant = QStringLiteral("contoso.onmicrosoft.com");
    QString clientId = QStringLiteral("3f1c2a9e-4b7d-4e8a-9c21-7d5e0b6a1f42");
    QString clientSecret;
    int tokenLifetimeSeconds = 3599;
    int pageSize = 100;

    /// One scripted answer for the next request of a route ("token", "list", "get", "post", "patch").
    struct Scripted
    {
        Scripted(QString routeName, int answerStatus, QByteArray answerBody = {}, QByteArray answerRetryAfter = {})
            : route(std::move(routeName)), status(answerStatus), body(std::move(answerBody)), retryAfter(std::move(answerRetryAfter))
        {
        }
        QString route;
        int status = 200;
        QByteArray body;          ///< empty: a Graph error body for the status
        QByteArray retryAfter;    ///< the Retry-After header, if any
        int delayMs = 0;          ///< answer this late
        bool doTheWork = false;   ///< run the real handler first (its effect stays), then answer as scripted
    };
    QList<Scripted> script;
    /// When set, @odata.nextLink points to this base instead of the server itself.
    QString nextLinkBase;
    /// When set, a PATCH or POST stores the value of our settings with this text appended.
    QString corruptValues;

    struct Seen
    {
        QString method;
        QString route;
        QString path;
        QString query;           ///< decoded
        QByteArray authorization;
        QByteArray contentType;
        QByteArray body;
    };
    QList<Seen> requests;
    QStringList violations;   ///< every strictness check that failed, one sentence each
    int tokensIssued = 0;
    int connections = 0;      ///< TCP connections accepted (TLS: before the handshake)

    /// Stored profiles by id, as full objects (with omaSettings).
    std::map<QString, nlohmann::json> profiles;
    QString addProfile(nlohmann::json profile);

    int count(const QString& route) const;

private:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray retryAfter;
        int delayMs = 0;
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    Response handle(Seen& seen, const QByteArray& method, const QUrl& url, const QMap<QByteArray, QByteArray>& headers);
    Response route(const QString& routeName, Seen& seen, const QUrl& url, const QMap<QByteArray, QByteArray>& headers);
    Response token(const Seen& seen, const QMap<QByteArray, QByteArray>& headers);
    Response list(const QUrl& url);
    Response post(const Seen& seen, const QMap<QByteArray, QByteArray>& headers);
    Response patch(const QString& id, const Seen& seen, const QMap<QByteArray, QByteArray>& headers);
    bool checkSettings(const nlohmann::json& settings, QString& why) const;
    static Response graphError(int status, const QString& code, const QString& message);
    void write(QPointer<QTcpSocket> socket, const Response& response);

    QTcpServer* m_server;
    QMap<QTcpSocket*, QByteArray> m_buffers;
    QStringList m_validTokens;
    int m_nextId = 1;
};
