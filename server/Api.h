#pragma once

#include "Auth.h"
#include "Db.h"
#include "Metrics.h"
#include "RateLimiter.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace ttc::server {

// What the HTTP adapter hands the API: plain data, safe to move to a worker thread.
struct ApiRequest
{
    QByteArray method;
    QString path;
    QHash<QByteArray, QByteArray> headers; // names lowercased
    QByteArray body;
    QString peer;
    qint64 receivedMs = 0;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, const QJsonObject &object);
    static ApiResponse error(int status, const QString &code, const QString &message);
};

// Creates hosted checkout links (Stripe's REST API in production; a fake in tests).
class BillingGateway
{
public:
    virtual ~BillingGateway() = default;
    virtual Result<QString> createCheckout(const QString &userId, const QString &customerId, const QString &priceId) = 0;
};

struct ApiConfig
{
    int rateLimitPerMinute = 600; // 0 = off
    int loginFailures = 10;       // per account per 15 minutes; stays on
    QList<QByteArray> stripeSecrets;
    QString stripePricePro;
    QString stripePriceEnterprise;
    qint64 requestTimeoutMs = 15000; // a request still queued after this gets 503
};

// The API: routing, validation, auth and the business rules over the repository. Runs on worker threads.
class Api
{
public:
    Api(DbPool &pool, ServerKeys keys, ApiConfig config, Metrics &metrics, std::unique_ptr<BillingGateway> gateway);
    ~Api();

    // Route patterns in QHttpServer syntax ("/v1/orgs/<arg>/members"), for the adapter to register.
    static QStringList routePatterns();

    ApiResponse handle(const ApiRequest &request);

    // Called (from worker threads) whenever a user's data or entitlement changed: the event hub pokes clients.
    void setPokeHandler(std::function<void(const QString &userId)> handler) { m_poke = std::move(handler); }
    // For the WebSocket hub: the user of a bearer token, or an error.
    Result<QString> authenticate(const QByteArray &authorizationHeader) const;
    QByteArray leasePublicKey() const { return m_keys.leaseKey.publicKey(); }

private:
    struct Context;
    ApiResponse dispatch(const ApiRequest &request, QString &routeName);

    ApiResponse signup(const ApiRequest &r);
    ApiResponse login(const ApiRequest &r);
    ApiResponse refresh(const ApiRequest &r);
    ApiResponse logout(const Context &c);
    ApiResponse entitlement(const Context &c);
    ApiResponse usage(const Context &c, const ApiRequest &r);
    ApiResponse syncPush(const Context &c, const ApiRequest &r);
    ApiResponse syncPull(const Context &c, const ApiRequest &r);
    ApiResponse stripeWebhook(const ApiRequest &r);
    ApiResponse checkout(const Context &c, const ApiRequest &r);
    ApiResponse createOrg(const Context &c, const ApiRequest &r);
    ApiResponse invite(const Context &c, const ApiRequest &r, const QString &orgId);
    ApiResponse acceptInvite(const Context &c, const QString &token);
    ApiResponse members(const Context &c, const QString &orgId);
    ApiResponse removeMember(const Context &c, const QString &orgId, const QString &userId);
    ApiResponse audit(const Context &c, const QString &orgId);
    ApiResponse ready();
    ApiResponse metrics();

    Result<QJsonObject> entitlementJson(Sql &sql, const QString &userId, qint64 nowMs);
    void poke(const QString &userId) const;

    DbPool &m_pool;
    ServerKeys m_keys;
    JwtSigner m_jwt;
    ApiConfig m_config;
    Metrics &m_metrics;
    std::unique_ptr<BillingGateway> m_gateway;
    RateLimiter m_limiter;
    std::function<void(const QString &)> m_poke;
};

// A JSON log line on stderr: {"ts","level","msg",…fields}. Callers never pass secrets, tokens or emails.
void logJson(const char *level, const QString &message, const QJsonObject &fields = {});

} // namespace ttc::server
