#include "Api.h"

#include "Migrations.h"
#include "Stripe.h"
#include "protocol/Dto.h"
#include "protocol/Lease.h"
#include "protocol/Quota.h"
#include "protocol/Tier.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <cstdio>

namespace ttc::server {

using namespace ttc::protocol;

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

ApiResponse badRequest(const QString &message)
{
    return ApiResponse::error(400, QStringLiteral("malformed"), message);
}
ApiResponse validation(const Error &e)
{
    return ApiResponse::error(422, QStringLiteral("validation"), e.message);
}
ApiResponse internal()
{
    return ApiResponse::error(500, QStringLiteral("internal"), QStringLiteral("Something went wrong on the server."));
}
ApiResponse dbFailure(const Error &e)
{
    if (e.code == u"db" || e.code == u"db_unavailable") {
        logJson("error", QStringLiteral("database error"), {{QStringLiteral("detail"), e.message.left(300)}});
        return ApiResponse::error(503, QStringLiteral("unavailable"), QStringLiteral("The service is busy; try again."));
    }
    return internal();
}

Result<QJsonObject> parseObject(const ApiRequest &r)
{
    const QByteArray type = r.header("content-type");
    if (!type.startsWith("application/json"))
        return Error{QStringLiteral("unsupported_media_type"), QStringLiteral("Send application/json.")};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QStringLiteral("malformed"), QStringLiteral("The body is not a JSON object.")};
    return doc.object();
}

ApiResponse bodyError(const Error &e)
{
    return e.code == u"unsupported_media_type" ? ApiResponse::error(415, e.code, e.message) : badRequest(e.message);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString accountKey(const QString &email)
{
    // Failure counters are keyed by a hash so that emails never sit in that table in clear.
    return QStringLiteral("acct:") + QString::fromLatin1(QCryptographicHash::hash(email.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

bool validEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{1,63}$"));
    return email.size() <= 254 && re.match(email).hasMatch();
}

QString lockSuffix(Dialect d)
{
    // SQLite write transactions already hold the database lock (BEGIN IMMEDIATE).
    return d == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
}

QString rowIdOk(const QJsonObject &args)
{
    const QString id = args.value(QStringLiteral("id")).toString();
    return !id.isEmpty() && id.size() <= 64 ? id : QString();
}

struct UsageOutcome
{
    UsageStatus status;
};

// Exactly-once quota arithmetic: the event row is the idempotency key; the day counter is bumped by a
// conditional UPDATE that the database serializes per (user, day), so concurrent requests never overshoot.
Result<UsageStatus> recordUsage(Sql &sql, const QString &userId, std::optional<int> limit, const UsageEvent &e, qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    const QString day = quotaDay(e.occurredAt, now).toString(Qt::ISODate);
    auto ins = sql.exec(QStringLiteral("INSERT INTO usage_events(user_id, event_id, provider, kind, day, occurred_at, "
                                       "received_at, tokens_in, tokens_out, status) VALUES(?,?,?,?,?,?,?,?,?,'pending') "
                                       "ON CONFLICT DO NOTHING"),
                        {userId, e.id, e.provider, e.kind, day, e.occurredAt.toMSecsSinceEpoch(), nowMs, e.tokensIn, e.tokensOut});
    if (!ins)
        return ins.error();
    if (Sql::affected(*ins) == 0) {
        auto st = sql.scalar(QStringLiteral("SELECT status FROM usage_events WHERE user_id=? AND event_id=?"), {userId, e.id});
        if (!st)
            return st.error();
        return st->toString() == u"rejected_over_quota" ? UsageStatus::RejectedOverQuota : UsageStatus::Duplicate;
    }
    UsageStatus status = UsageStatus::Accepted;
    if (e.provider != u"local") { // loopback model servers never count
        if (auto r = sql.exec(QStringLiteral("INSERT INTO usage_days(user_id, day, used) VALUES(?,?,0) ON CONFLICT DO NOTHING"),
                              {userId, day});
            !r)
            return r.error();
        auto upd = limit ? sql.exec(QStringLiteral("UPDATE usage_days SET used = used + 1 WHERE user_id=? AND day=? AND used < ?"),
                                    {userId, day, *limit})
                         : sql.exec(QStringLiteral("UPDATE usage_days SET used = used + 1 WHERE user_id=? AND day=?"), {userId, day});
        if (!upd)
            return upd.error();
        if (Sql::affected(*upd) != 1)
            status = UsageStatus::RejectedOverQuota;
    }
    if (auto r = sql.exec(QStringLiteral("UPDATE usage_events SET status=? WHERE user_id=? AND event_id=?"),
                          {usageStatusName(status), userId, e.id});
        !r)
        return r.error();
    return status;
}

Result<int> usedOn(Sql &sql, const QString &userId, const QString &day)
{
    auto v = sql.scalar(QStringLiteral("SELECT used FROM usage_days WHERE user_id=? AND day=?"), {userId, day});
    if (!v)
        return v.error();
    return v->toInt();
}

Result<Tier> userTier(Sql &sql, const QString &userId)
{
    auto v = sql.scalar(QStringLiteral("SELECT tier FROM users WHERE id=?"), {userId});
    if (!v)
        return v.error();
    if (!v->isValid())
        return Error{QStringLiteral("invalid_token"), QStringLiteral("The account no longer exists.")};
    return tierFromName(v->toString()).value_or(Tier::Free);
}

Result<void> audit(Sql &sql, const QString &orgId, const QString &actor, const QString &action, const QString &subject,
                   const QJsonObject &detail = {})
{
    auto r = sql.exec(QStringLiteral("INSERT INTO audit_log(org_id, actor, action, subject, detail, at) VALUES(?,?,?,?,?,?)"),
                      {orgId.isEmpty() ? QVariant() : QVariant(orgId), actor, action, subject,
                       QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)),
                       QDateTime::currentMSecsSinceEpoch()});
    if (!r)
        return r.error();
    return {};
}

} // namespace

void logJson(const char *level, const QString &message, const QJsonObject &fields)
{
    static QMutex mutex;
    QJsonObject o = fields;
    o.insert(QStringLiteral("ts"), nowIso());
    o.insert(QStringLiteral("level"), QLatin1String(level));
    o.insert(QStringLiteral("msg"), message);
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker lock(&mutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

ApiResponse ApiResponse::json(int status, const QJsonObject &object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message)
{
    return json(status, errorBody(code, message));
}

struct Api::Context
{
    AccessClaims claims;
    const QString &user() const { return claims.userId; }
};

Api::Api(DbPool &pool, ServerKeys keys, ApiConfig config, Metrics &metrics, std::unique_ptr<BillingGateway> gateway)
    : m_pool(pool), m_keys(std::move(keys)), m_jwt(m_keys.jwtSecret), m_config(std::move(config)), m_metrics(metrics),
      m_gateway(std::move(gateway))
{
}

Api::~Api() = default;

QStringList Api::routePatterns()
{
    return {QStringLiteral("/health"), QStringLiteral("/ready"), QStringLiteral("/metrics"),
            QStringLiteral("/v1/auth/signup"), QStringLiteral("/v1/auth/login"), QStringLiteral("/v1/auth/refresh"),
            QStringLiteral("/v1/auth/logout"), QStringLiteral("/v1/entitlement"), QStringLiteral("/v1/lease-key"),
            QStringLiteral("/v1/usage"), QStringLiteral("/v1/sync/push"), QStringLiteral("/v1/sync/pull"),
            QStringLiteral("/v1/billing/stripe/webhook"), QStringLiteral("/v1/billing/checkout"),
            QStringLiteral("/v1/orgs"), QStringLiteral("/v1/orgs/<arg>/invites"), QStringLiteral("/v1/orgs/<arg>/members"),
            QStringLiteral("/v1/orgs/<arg>/members/<arg>"), QStringLiteral("/v1/orgs/<arg>/audit"),
            QStringLiteral("/v1/invites/<arg>/accept")};
}

Result<QString> Api::authenticate(const QByteArray &authorization) const
{
    if (!authorization.startsWith("Bearer "))
        return Error{QStringLiteral("invalid_token"), QStringLiteral("Sign in first.")};
    auto claims = m_jwt.verify(QString::fromLatin1(authorization.mid(7).trimmed()), QDateTime::currentSecsSinceEpoch());
    if (!claims)
        return claims.error();
    return claims->userId;
}

void Api::poke(const QString &userId) const
{
    if (m_poke)
        m_poke(userId);
}

ApiResponse Api::handle(const ApiRequest &request)
{
    QString route = QStringLiteral("unmatched");
    ApiResponse response;
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    if (request.receivedMs > 0 && started - request.receivedMs > m_config.requestTimeoutMs)
        response = ApiResponse::error(503, QStringLiteral("timeout"), QStringLiteral("The server is overloaded; try again."));
    else
        response = dispatch(request, route);
    const double seconds = double(QDateTime::currentMSecsSinceEpoch() - (request.receivedMs ? request.receivedMs : started)) / 1000.0;
    m_metrics.countRequest(route, response.status, seconds);
    if (response.status >= 500 || route != u"/metrics")
        logJson(response.status >= 500 ? "error" : "info", QStringLiteral("request"),
                {{QStringLiteral("method"), QString::fromLatin1(request.method)},
                 {QStringLiteral("route"), route},
                 {QStringLiteral("status"), response.status},
                 {QStringLiteral("ms"), int(seconds * 1000)}});
    return response;
}

ApiResponse Api::dispatch(const ApiRequest &r, QString &route)
{
    const QStringList seg = r.path.split(u'/', Qt::SkipEmptyParts);
    const QByteArray &m = r.method;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto methodIs = [&](const char *want) { return m == want; };

    // Routes without a bearer token.
    if (seg == QStringList{QStringLiteral("health")}) {
        route = QStringLiteral("/health");
        return ApiResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ok")}});
    }
    if (seg == QStringList{QStringLiteral("ready")}) {
        route = QStringLiteral("/ready");
        return ready();
    }
    if (seg == QStringList{QStringLiteral("metrics")}) {
        route = QStringLiteral("/metrics");
        return metrics();
    }
    if (seg.size() < 2 || seg[0] != u"v1")
        return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such route."));

    if (int retry = m_limiter.hit(QStringLiteral("ip:") + r.peer, m_config.rateLimitPerMinute, now)) {
        route = QStringLiteral("rate_limited");
        ApiResponse resp = ApiResponse::error(429, QStringLiteral("rate_limited"), QStringLiteral("Too many requests; slow down."));
        resp.headers.append({"Retry-After", QByteArray::number(retry)});
        return resp;
    }

    const QString path = u'/' + seg.join(u'/');
    const auto needPost = [&]() -> std::optional<ApiResponse> {
        if (!methodIs("POST"))
            return ApiResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Use POST."));
        return std::nullopt;
    };
    if (path == u"/v1/auth/signup" || path == u"/v1/auth/login" || path == u"/v1/auth/refresh"
        || path == u"/v1/billing/stripe/webhook") {
        route = path;
        if (auto e = needPost())
            return *e;
        if (path == u"/v1/auth/signup")
            return signup(r);
        if (path == u"/v1/auth/login")
            return login(r);
        if (path == u"/v1/auth/refresh")
            return refresh(r);
        return stripeWebhook(r);
    }
    if (path == u"/v1/lease-key") {
        route = path;
        const QByteArray pub = m_keys.leaseKey.publicKey();
        return ApiResponse::json(200, {{QStringLiteral("alg"), QStringLiteral("Ed25519")},
                                       {QStringLiteral("kid"), leaseKeyId(pub)},
                                       {QStringLiteral("public_key"), QString::fromLatin1(pub.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))}});
    }

    // Everything else needs a valid access token.
    const QByteArray authz = r.header("authorization");
    if (!authz.startsWith("Bearer ")) {
        route = QStringLiteral("unauthenticated");
        return ApiResponse::error(401, QStringLiteral("invalid_token"), QStringLiteral("Sign in first."));
    }
    auto claims = m_jwt.verify(QString::fromLatin1(authz.mid(7).trimmed()), now / 1000);
    if (!claims) {
        route = QStringLiteral("unauthenticated");
        return ApiResponse::error(401, claims.error().code, claims.error().message);
    }
    const Context c{*claims};
    if (int retry = m_limiter.hit(QStringLiteral("user:") + c.user(), m_config.rateLimitPerMinute, now)) {
        route = QStringLiteral("rate_limited");
        ApiResponse resp = ApiResponse::error(429, QStringLiteral("rate_limited"), QStringLiteral("Too many requests; slow down."));
        resp.headers.append({"Retry-After", QByteArray::number(retry)});
        return resp;
    }

    if (path == u"/v1/entitlement") {
        route = path;
        if (!methodIs("GET"))
            return ApiResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Use GET."));
        return entitlement(c);
    }
    if (path == u"/v1/auth/logout" || path == u"/v1/usage" || path == u"/v1/sync/push" || path == u"/v1/sync/pull"
        || path == u"/v1/billing/checkout" || path == u"/v1/orgs") {
        route = path;
        if (auto e = needPost())
            return *e;
        if (path == u"/v1/auth/logout")
            return logout(c);
        if (path == u"/v1/usage")
            return usage(c, r);
        if (path == u"/v1/sync/push")
            return syncPush(c, r);
        if (path == u"/v1/sync/pull")
            return syncPull(c, r);
        if (path == u"/v1/billing/checkout")
            return checkout(c, r);
        return createOrg(c, r);
    }
    if (seg.size() == 4 && seg[1] == u"orgs" && seg[3] == u"invites" && methodIs("POST")) {
        route = QStringLiteral("/v1/orgs/{id}/invites");
        return invite(c, r, seg[2]);
    }
    if (seg.size() == 4 && seg[1] == u"orgs" && seg[3] == u"members" && methodIs("GET")) {
        route = QStringLiteral("/v1/orgs/{id}/members");
        return members(c, seg[2]);
    }
    if (seg.size() == 5 && seg[1] == u"orgs" && seg[3] == u"members" && methodIs("DELETE")) {
        route = QStringLiteral("/v1/orgs/{id}/members/{user}");
        return removeMember(c, seg[2], seg[4]);
    }
    if (seg.size() == 4 && seg[1] == u"orgs" && seg[3] == u"audit" && methodIs("GET")) {
        route = QStringLiteral("/v1/orgs/{id}/audit");
        return audit(c, seg[2]);
    }
    if (seg.size() == 4 && seg[1] == u"invites" && seg[3] == u"accept" && methodIs("POST")) {
        route = QStringLiteral("/v1/invites/{token}/accept");
        return acceptInvite(c, seg[2]);
    }
    return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such route."));
}

ApiResponse Api::ready()
{
    auto s = m_pool.sql();
    if (!s)
        return ApiResponse::error(503, QStringLiteral("not_ready"), QStringLiteral("The database is not reachable."));
    auto v = currentSchemaVersion(*s);
    if (!v || *v != latestSchemaVersion())
        return ApiResponse::error(503, QStringLiteral("not_ready"), QStringLiteral("The database schema is not current; run --migrate."));
    return ApiResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ready")}, {QStringLiteral("schema"), *v}});
}

ApiResponse Api::metrics()
{
    QByteArray text = m_metrics.render();
    auto s = m_pool.sql();
    if (s) {
        QString g;
        g += QStringLiteral("# TYPE ttc_users gauge\n");
        if (auto q = s->exec(QStringLiteral("SELECT tier, COUNT(*) FROM users GROUP BY tier"))) {
            QHash<QString, qint64> byTier;
            while (q->next())
                byTier[q->value(0).toString()] = q->value(1).toLongLong();
            for (Tier t : {Tier::Free, Tier::Pro, Tier::Enterprise})
                g += QStringLiteral("ttc_users{tier=\"%1\"} %2\n").arg(tierName(t)).arg(byTier.value(tierName(t)));
        }
        g += QStringLiteral("# TYPE ttc_active_subscriptions gauge\n");
        qint64 mrr = 0;
        if (auto q = s->exec(QStringLiteral("SELECT tier, COUNT(*), SUM(quantity) FROM subscriptions WHERE status IN ('active','trialing') GROUP BY tier"))) {
            QHash<QString, qint64> subs;
            while (q->next()) {
                subs[q->value(0).toString()] = q->value(1).toLongLong();
                mrr += q->value(2).toLongLong() * monthlyPriceCents(tierFromName(q->value(0).toString()).value_or(Tier::Free));
            }
            for (Tier t : {Tier::Pro, Tier::Enterprise})
                g += QStringLiteral("ttc_active_subscriptions{tier=\"%1\"} %2\n").arg(tierName(t)).arg(subs.value(tierName(t)));
        }
        g += QStringLiteral("# TYPE ttc_mrr_dollars gauge\nttc_mrr_dollars %1\n").arg(double(mrr) / 100.0, 0, 'f', 2);
        text += g.toUtf8();
    }
    return {200, text, "text/plain; version=0.0.4", {}};
}

ApiResponse Api::signup(const ApiRequest &r)
{
    auto body = parseObject(r);
    if (!body)
        return bodyError(body.error());
    const QString email = body->value(QStringLiteral("email")).toString().trimmed().toLower();
    const QString password = body->value(QStringLiteral("password")).toString();
    if (!validEmail(email))
        return validation({QStringLiteral("validation"), QStringLiteral("Enter a valid email address.")});
    if (password.size() < 8 || password.size() > 1024)
        return validation({QStringLiteral("validation"), QStringLiteral("The password needs 8 to 1024 characters.")});
    const QString hash = hashPassword(password); // outside the transaction: it takes tens of milliseconds
    if (hash.isEmpty())
        return internal();
    const QString id = newId();
    auto res = m_pool.transact<bool>(true, [&](Sql &sql) -> Result<bool> {
        auto ins = sql.exec(QStringLiteral("INSERT INTO users(id, email, password_hash, created_at) VALUES(?,?,?,?) ON CONFLICT DO NOTHING"),
                            {id, email, hash, QDateTime::currentMSecsSinceEpoch()});
        if (!ins)
            return ins.error();
        if (Sql::affected(*ins) == 0)
            return false;
        if (auto a = ttc::server::audit(sql, {}, id, QStringLiteral("auth.signup"), id); !a)
            return a.error();
        return true;
    });
    if (!res)
        return dbFailure(res.error());
    if (!*res)
        return ApiResponse::error(409, QStringLiteral("email_taken"), QStringLiteral("An account with this email exists."));
    m_metrics.increment(QStringLiteral("ttc_signups_total"));
    return ApiResponse::json(201, {{QStringLiteral("user_id"), id}});
}

namespace {
Result<TokenPair> issueTokens(Sql &sql, const JwtSigner &jwt, const QString &userId, const QString &familyId, qint64 nowMs)
{
    const QString refresh = randomToken();
    if (auto r = sql.exec(QStringLiteral("INSERT INTO refresh_tokens(token_hash, family_id, user_id, created_at, expires_at) VALUES(?,?,?,?,?)"),
                          {tokenHash(refresh), familyId, userId, nowMs, nowMs + qint64(60) * 86400 * 1000});
        !r)
        return r.error();
    return TokenPair{jwt.issue(userId, familyId, nowMs / 1000), refresh, JwtSigner::kLifetimeSeconds};
}
} // namespace

ApiResponse Api::login(const ApiRequest &r)
{
    auto body = parseObject(r);
    if (!body)
        return bodyError(body.error());
    const QString email = body->value(QStringLiteral("email")).toString().trimmed().toLower();
    const QString password = body->value(QStringLiteral("password")).toString();
    QString device = body->value(QStringLiteral("device_name")).toString().left(100);
    if (device.isEmpty())
        device = QStringLiteral("device");
    if (email.isEmpty() || password.isEmpty() || password.size() > 1024)
        return validation({QStringLiteral("validation"), QStringLiteral("Email and password are required.")});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString acct = accountKey(email), ip = QStringLiteral("ip:") + r.peer;
    const int limit = std::max(1, m_config.loginFailures);
    const qint64 windowMs = 15 * 60 * 1000;

    struct Found
    {
        QString id, hash;
        qint64 blockedUntil = 0;
    };
    auto found = m_pool.transact<Found>(false, [&](Sql &sql) -> Result<Found> {
        Found f;
        for (const auto &[subject, max] : {std::pair{acct, limit}, std::pair{ip, limit * 5}}) {
            auto q = sql.exec(QStringLiteral("SELECT COUNT(*), MIN(at) FROM login_failures WHERE subject=? AND at > ?"),
                              {subject, now - windowMs});
            if (!q)
                return q.error();
            if (q->next() && q->value(0).toInt() >= max)
                f.blockedUntil = std::max(f.blockedUntil, q->value(1).toLongLong() + windowMs);
        }
        auto q = sql.exec(QStringLiteral("SELECT id, password_hash FROM users WHERE email=?"), {email});
        if (!q)
            return q.error();
        if (q->next()) {
            f.id = q->value(0).toString();
            f.hash = q->value(1).toString();
        }
        return f;
    });
    if (!found)
        return dbFailure(found.error());
    if (found->blockedUntil > now) {
        m_metrics.increment(QStringLiteral("ttc_login_blocked_total"));
        ApiResponse resp = ApiResponse::error(429, QStringLiteral("rate_limited"), QStringLiteral("Too many failed sign-ins; wait and try again."));
        resp.headers.append({"Retry-After", QByteArray::number((found->blockedUntil - now + 999) / 1000)});
        return resp;
    }
    // Verify against a dummy hash for unknown accounts so timing does not reveal which emails exist.
    static const QString dummy = hashPassword(QStringLiteral("dummy-password-for-timing"));
    const bool ok = verifyPassword(found->id.isEmpty() ? dummy : found->hash, password) && !found->id.isEmpty();
    if (!ok) {
        auto rec = m_pool.transact<bool>(true, [&](Sql &sql) -> Result<bool> {
            for (const QString &subject : {acct, ip})
                if (auto q = sql.exec(QStringLiteral("INSERT INTO login_failures(subject, at) VALUES(?,?)"), {subject, now}); !q)
                    return q.error();
            if (!found->id.isEmpty())
                (void)ttc::server::audit(sql, {}, found->id, QStringLiteral("auth.login_failed"), found->id);
            return true;
        });
        if (!rec)
            return dbFailure(rec.error());
        m_metrics.increment(QStringLiteral("ttc_login_failures_total"));
        return ApiResponse::error(401, QStringLiteral("bad_credentials"), QStringLiteral("Wrong email or password."));
    }
    const QString rehash = passwordNeedsRehash(found->hash) ? hashPassword(password) : QString();
    auto tokens = m_pool.transact<TokenPair>(true, [&](Sql &sql) -> Result<TokenPair> {
        const QString family = newId();
        if (auto q = sql.exec(QStringLiteral("INSERT INTO refresh_families(id, user_id, device_name, created_at) VALUES(?,?,?,?)"),
                              {family, found->id, device, now});
            !q)
            return q.error();
        if (auto q = sql.exec(QStringLiteral("DELETE FROM login_failures WHERE subject=?"), {acct}); !q)
            return q.error();
        if (!rehash.isEmpty())
            (void)sql.exec(QStringLiteral("UPDATE users SET password_hash=? WHERE id=?"), {rehash, found->id});
        if (auto a = ttc::server::audit(sql, {}, found->id, QStringLiteral("auth.login"), found->id); !a)
            return a.error();
        return issueTokens(sql, m_jwt, found->id, family, now);
    });
    if (!tokens)
        return dbFailure(tokens.error());
    return ApiResponse::json(200, tokens->toJson());
}

// How long after a rotation the rotated token is still accepted once, when what it was rotated into was never used.
constexpr qint64 kLostRotationGraceMs = 60 * 1000;

ApiResponse Api::refresh(const ApiRequest &r)
{
    auto body = parseObject(r);
    if (!body)
        return bodyError(body.error());
    const QString token = body->value(QStringLiteral("refresh_token")).toString();
    if (token.isEmpty() || token.size() > 200)
        return ApiResponse::error(401, QStringLiteral("invalid_token"), QStringLiteral("The refresh token is not valid."));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    enum class Outcome { Ok, Invalid, Reused };
    struct Out
    {
        Outcome outcome = Outcome::Invalid;
        TokenPair tokens;
        QString userId;
    };
    auto res = m_pool.transact<Out>(true, [&](Sql &sql) -> Result<Out> {
        auto q = sql.exec(QStringLiteral("SELECT t.family_id, t.user_id, t.expires_at, t.used_at, f.revoked_at, t.created_at FROM refresh_tokens t "
                                         "JOIN refresh_families f ON f.id = t.family_id WHERE t.token_hash=?")
                              + lockSuffix(sql.dialect()),
                          {tokenHash(token)});
        if (!q)
            return q.error();
        Out out;
        if (!q->next())
            return out;
        const QString family = q->value(0).toString();
        out.userId = q->value(1).toString();
        const bool expired = q->value(2).toLongLong() <= now;
        const bool used = !q->value(3).isNull();
        const bool revoked = !q->value(4).isNull();
        if (revoked || expired)
            return out;
        if (used) {
            // The answer to a refresh can be lost (the client killed or cut off before it saved the new token): the
            // same token presented again soon, while nothing it was rotated into has been used, gets a new pair.
            // The unused tokens are retired, marked used at their own creation time; a retired token presented
            // later counts as reuse (its holder never got it from us).
            const qint64 usedAt = q->value(3).toLongLong();
            const bool retired = usedAt == q->value(5).toLongLong();
            if (!retired && now - usedAt <= kLostRotationGraceMs) {
                auto since = sql.exec(QStringLiteral("SELECT COUNT(*) FROM refresh_tokens WHERE family_id=? AND created_at>=? "
                                                     "AND token_hash<>? AND used_at IS NOT NULL AND used_at<>created_at"),
                                      {family, usedAt, tokenHash(token)});
                if (!since)
                    return since.error();
                if (since->next() && since->value(0).toLongLong() == 0) {
                    auto retire = sql.exec(QStringLiteral("UPDATE refresh_tokens SET used_at=created_at "
                                                          "WHERE family_id=? AND created_at>=? AND used_at IS NULL"),
                                           {family, usedAt});
                    if (!retire)
                        return retire.error();
                    auto pair = issueTokens(sql, m_jwt, out.userId, family, now);
                    if (!pair)
                        return pair.error();
                    (void)ttc::server::audit(sql, {}, out.userId, QStringLiteral("auth.refresh_repeated"), family);
                    out.tokens = *pair;
                    out.outcome = Outcome::Ok;
                    return out;
                }
            }
            // A rotated token came back: someone holds a copy. Revoke the whole device session.
            if (auto u = sql.exec(QStringLiteral("UPDATE refresh_families SET revoked_at=? WHERE id=?"), {now, family}); !u)
                return u.error();
            (void)ttc::server::audit(sql, {}, out.userId, QStringLiteral("auth.refresh_reuse"), family);
            out.outcome = Outcome::Reused;
            return out;
        }
        auto mark = sql.exec(QStringLiteral("UPDATE refresh_tokens SET used_at=? WHERE token_hash=? AND used_at IS NULL"),
                             {now, tokenHash(token)});
        if (!mark)
            return mark.error();
        if (Sql::affected(*mark) != 1)
            return out;
        auto pair = issueTokens(sql, m_jwt, out.userId, family, now);
        if (!pair)
            return pair.error();
        out.tokens = *pair;
        out.outcome = Outcome::Ok;
        return out;
    });
    if (!res)
        return dbFailure(res.error());
    if (res->outcome == Outcome::Reused) {
        m_metrics.increment(QStringLiteral("ttc_refresh_reuse_total"));
        logJson("warning", QStringLiteral("refresh token reuse: family revoked"), {{QStringLiteral("user"), res->userId}});
    }
    if (res->outcome != Outcome::Ok)
        return ApiResponse::error(401, QStringLiteral("invalid_token"), QStringLiteral("The refresh token is not valid."));
    return ApiResponse::json(200, res->tokens.toJson());
}

ApiResponse Api::logout(const Context &c)
{
    auto res = m_pool.transact<bool>(true, [&](Sql &sql) -> Result<bool> {
        if (auto q = sql.exec(QStringLiteral("UPDATE refresh_families SET revoked_at=? WHERE id=? AND user_id=? AND revoked_at IS NULL"),
                              {QDateTime::currentMSecsSinceEpoch(), c.claims.familyId, c.user()});
            !q)
            return q.error();
        if (auto a = ttc::server::audit(sql, {}, c.user(), QStringLiteral("auth.logout"), c.claims.familyId); !a)
            return a.error();
        return true;
    });
    if (!res)
        return dbFailure(res.error());
    return ApiResponse::json(200, {{QStringLiteral("status"), QStringLiteral("logged_out")}});
}

Result<QJsonObject> Api::entitlementJson(Sql &sql, const QString &userId, qint64 nowMs)
{
    auto q = sql.exec(QStringLiteral("SELECT tier, entitlement_version FROM users WHERE id=?"), {userId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("invalid_token"), QStringLiteral("The account no longer exists.")};
    const Tier tier = tierFromName(q->value(0).toString()).value_or(Tier::Free);
    const qint64 version = q->value(1).toLongLong();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    auto used = usedOn(sql, userId, now.date().toString(Qt::ISODate));
    if (!used)
        return used.error();
    Entitlement e;
    e.tier = tierName(tier);
    e.limits = limitsFor(tier);
    e.usedToday = *used;
    e.resetsAt = nextReset(now);
    e.version = version;
    LeasePayload p;
    p.userId = userId;
    p.tier = e.tier;
    p.dailyRequests = e.limits.dailyRequests;
    p.usedToday = *used;
    p.day = now.date();
    p.issuedAt = QDateTime::fromSecsSinceEpoch(nowMs / 1000, Qt::UTC);
    p.validUntil = p.issuedAt.addSecs(24 * 3600);
    p.version = version;
    e.lease = signLease(p, m_keys.leaseKey);
    return e.toJson();
}

ApiResponse Api::entitlement(const Context &c)
{
    auto res = m_pool.transact<QJsonObject>(false, [&](Sql &sql) { return entitlementJson(sql, c.user(), QDateTime::currentMSecsSinceEpoch()); });
    if (!res)
        return res.error().code == u"invalid_token" ? ApiResponse::error(401, res.error().code, res.error().message) : dbFailure(res.error());
    return ApiResponse::json(200, *res);
}

ApiResponse Api::usage(const Context &c, const ApiRequest &r)
{
    auto body = parseObject(r);
    if (!body)
        return bodyError(body.error());
    const QJsonValue list = body->value(QStringLiteral("events"));
    if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > 100)
        return validation({QStringLiteral("validation"), QStringLiteral("events must hold 1 to 100 events.")});
    QList<UsageEvent> events;
    for (const QJsonValue &v : list.toArray()) {
        auto e = UsageEvent::fromJson(v.toObject());
        if (!e)
            return validation(e.error());
        events.append(*e);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto res = m_pool.transact<UsageResponse>(true, [&](Sql &sql) -> Result<UsageResponse> {
        auto tier = userTier(sql, c.user());
        if (!tier)
            return tier.error();
        const auto limit = limitsFor(*tier).dailyRequests;
        UsageResponse out;
        out.limit = limit;
        for (const UsageEvent &e : events) {
            auto st = recordUsage(sql, c.user(), limit, e, now);
            if (!st)
                return st.error();
            out.results.append({e.id, *st});
        }
        auto used = usedOn(sql, c.user(), QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date().toString(Qt::ISODate));
        if (!used)
            return used.error();
        out.usedToday = *used;
        return out;
    });
    if (!res)
        return dbFailure(res.error());
    int rejected = 0;
    for (const UsageResult &u : res->results)
        rejected += u.status == UsageStatus::RejectedOverQuota;
    if (rejected)
        m_metrics.increment(QStringLiteral("ttc_quota_rejections_total"), {}, rejected);
    poke(c.user());
    return ApiResponse::json(200, res->toJson());
}

ApiResponse Api::syncPush(const Context &c, const ApiRequest &r)
{
    auto body = parseObject(r);
    if (!body)
        return bodyError(body.error());
    auto push = PushRequest::fromJson(*body);
    if (!push)
        return validation(push.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    struct Out
    {
        qint64 last = 0;
        QJsonArray results;
        bool changed = false;
    };
    auto res = m_pool.transact<Out>(true, [&](Sql &sql) -> Result<Out> {
        // Lock the user row: one writer per user at a time, so versions are handed out in commit order.
        auto uq = sql.exec(QStringLiteral("SELECT sync_version, tier FROM users WHERE id=?") + lockSuffix(sql.dialect()), {c.user()});
        if (!uq)
            return uq.error();
        if (!uq->next())
            return Error{QStringLiteral("invalid_token"), QStringLiteral("The account no longer exists.")};
        qint64 version = uq->value(0).toLongLong();
        const auto limit = limitsFor(tierFromName(uq->value(1).toString()).value_or(Tier::Free)).dailyRequests;
        if (auto q = sql.exec(QStringLiteral("INSERT INTO sync_clients(user_id, client_id, last_mutation_id, updated_at) VALUES(?,?,0,?) ON CONFLICT DO NOTHING"),
                              {c.user(), push->clientId, now});
            !q)
            return q.error();
        auto last = sql.scalar(QStringLiteral("SELECT last_mutation_id FROM sync_clients WHERE user_id=? AND client_id=?"),
                               {c.user(), push->clientId});
        if (!last)
            return last.error();
        Out out;
        out.last = last->toLongLong();
        const qint64 startVersion = version;
        for (const Mutation &m : push->mutations) {
            QJsonObject result{{QStringLiteral("id"), m.id}};
            if (m.id <= out.last) {
                result.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
                out.results.append(result);
                continue;
            }
            if (m.id != out.last + 1)
                break; // a gap: the client must resend from last+1
            QString reason;
            const bool isPut = m.name == u"session.put" || m.name == u"message.put";
            const bool isDel = m.name == u"session.delete" || m.name == u"message.delete";
            if (isPut || isDel) {
                const QString id = rowIdOk(m.args);
                const QString kind = m.name.startsWith(u"session") ? QStringLiteral("session") : QStringLiteral("message");
                if (id.isEmpty()) {
                    reason = QStringLiteral("validation");
                } else {
                    ++version;
                    const QVariant value = isPut ? QVariant(QString::fromUtf8(QJsonDocument(m.args).toJson(QJsonDocument::Compact))) : QVariant();
                    auto q = sql.exec(QStringLiteral("INSERT INTO sync_rows(user_id, kind, id, version, deleted, value, updated_at) VALUES(?,?,?,?,?,?,?) "
                                                     "ON CONFLICT(user_id, kind, id) DO UPDATE SET version=excluded.version, "
                                                     "deleted=excluded.deleted, value=excluded.value, updated_at=excluded.updated_at"),
                                      {c.user(), kind, id, version, isDel ? 1 : 0, value, now});
                    if (!q)
                        return q.error();
                    out.changed = true;
                }
            } else if (m.name == u"usage.record") {
                // The event as the mutation's args, or wrapped as {event: {...}}.
                // occurred_at as RFC 3339 text or as milliseconds since the epoch (what the client's outbox stores).
                const QJsonValue wrapped = m.args.value(QStringLiteral("event"));
                QJsonObject ev = wrapped.isObject() ? wrapped.toObject() : m.args;
                if (const QJsonValue at = ev.value(QStringLiteral("occurred_at")); at.isDouble())
                    ev.insert(QStringLiteral("occurred_at"),
                              QDateTime::fromMSecsSinceEpoch(qint64(at.toDouble()), Qt::UTC).toString(Qt::ISODateWithMs));
                auto e = UsageEvent::fromJson(ev);
                if (!e) {
                    reason = QStringLiteral("validation");
                } else {
                    auto st = recordUsage(sql, c.user(), limit, *e, now);
                    if (!st)
                        return st.error();
                    if (*st == UsageStatus::RejectedOverQuota)
                        reason = QStringLiteral("over_quota");
                    out.changed = true;
                }
            } else {
                reason = QStringLiteral("unknown_mutation");
            }
            // A failed business rule still advances the queue, so one bad mutation never blocks the rest.
            result.insert(QStringLiteral("status"), reason.isEmpty() ? QStringLiteral("applied") : QStringLiteral("rejected"));
            if (!reason.isEmpty())
                result.insert(QStringLiteral("reason"), reason);
            out.results.append(result);
            out.last = m.id;
        }
        if (auto q = sql.exec(QStringLiteral("UPDATE sync_clients SET last_mutation_id=?, updated_at=? WHERE user_id=? AND client_id=?"),
                              {out.last, now, c.user(), push->clientId});
            !q)
            return q.error();
        if (version != startVersion)
            if (auto q = sql.exec(QStringLiteral("UPDATE users SET sync_version=? WHERE id=?"), {version, c.user()}); !q)
                return q.error();
        return out;
    });
    if (!res)
        return res.error().code == u"invalid_token" ? ApiResponse::error(401, res.error().code, res.error().message) : dbFailure(res.error());
    m_metrics.increment(QStringLiteral("ttc_sync_mutations_total"), {}, res->results.size());
    if (res->changed)
        poke(c.user());
    return ApiResponse::json(200, {{QStringLiteral("last_mutation_id"), res->last}, {QStringLiteral("results"), res->results}});
}

ApiResponse Api::syncPull(const Context &c, const ApiRequest &r)
{
    auto body = parseObject(r);
    if (!body)
        return bodyError(body.error());
    const QString clientId = body->value(QStringLiteral("client_id")).toString();
    if (clientId.isEmpty() || clientId.size() > 64)
        return validation({QStringLiteral("validation"), QStringLiteral("client_id is required.")});
    const QJsonValue cookieValue = body->value(QStringLiteral("cookie"));
    qint64 since = 0;
    bool fromScratch = true;
    if (!cookieValue.isNull() && !cookieValue.isUndefined()) {
        bool ok = false;
        since = cookieValue.toString().toLongLong(&ok);
        if (!ok || since < 0)
            return ApiResponse::error(409, QStringLiteral("reset_required"), QStringLiteral("Unknown sync cookie; pull from the start."));
        fromScratch = false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    struct Out
    {
        PullResponse response;
        bool reset = false;
    };
    auto res = m_pool.transact<Out>(false, [&](Sql &sql) -> Result<Out> {
        Out out;
        auto uq = sql.exec(QStringLiteral("SELECT sync_version, sync_floor FROM users WHERE id=?"), {c.user()});
        if (!uq)
            return uq.error();
        if (!uq->next())
            return Error{QStringLiteral("invalid_token"), QStringLiteral("The account no longer exists.")};
        const qint64 current = uq->value(0).toLongLong(), floor = uq->value(1).toLongLong();
        if (!fromScratch && (since > current || since < floor)) {
            out.reset = true;
            return out;
        }
        // Read rows only up to the version read above: a push committing meanwhile is left for the next pull.
        auto q = sql.exec(QStringLiteral("SELECT kind, id, version, deleted, value FROM sync_rows WHERE user_id=? AND version > ? AND version <= ?")
                              + (fromScratch ? QStringLiteral(" AND deleted = 0") : QString())
                              + QStringLiteral(" ORDER BY version LIMIT ?"),
                          {c.user(), since, current, kMaxPullRows + 1});
        if (!q)
            return q.error();
        qint64 bytes = 0, lastVersion = since;
        int rows = 0;
        while (q->next()) {
            if (rows == kMaxPullRows || bytes > 900 * 1024) {
                out.response.more = true;
                break;
            }
            PatchOp op;
            op.kind = q->value(0).toString() == u"session" ? PatchKind::Session : PatchKind::Message;
            op.id = q->value(1).toString();
            op.put = q->value(3).toInt() == 0;
            if (op.put) {
                const QByteArray v = q->value(4).toString().toUtf8();
                bytes += v.size();
                op.value = QJsonDocument::fromJson(v).object();
            }
            bytes += 64;
            lastVersion = q->value(2).toLongLong();
            out.response.patch.append(op);
            ++rows;
        }
        out.response.cookie = QString::number(out.response.more ? lastVersion : current);
        auto last = sql.scalar(QStringLiteral("SELECT last_mutation_id FROM sync_clients WHERE user_id=? AND client_id=?"), {c.user(), clientId});
        if (!last)
            return last.error();
        out.response.lastMutationId = last->toLongLong();
        auto ent = entitlementJson(sql, c.user(), now);
        if (!ent)
            return ent.error();
        out.response.entitlement = *ent;
        return out;
    });
    if (!res)
        return res.error().code == u"invalid_token" ? ApiResponse::error(401, res.error().code, res.error().message) : dbFailure(res.error());
    if (res->reset)
        return ApiResponse::error(409, QStringLiteral("reset_required"), QStringLiteral("Unknown or expired sync cookie; pull from the start."));
    m_metrics.increment(QStringLiteral("ttc_sync_rows_total"), QStringLiteral("direction=\"pull\""), res->response.patch.size());
    return ApiResponse::json(200, res->response.toJson());
}

ApiResponse Api::stripeWebhook(const ApiRequest &r)
{
    const auto count = [this](const char *result) {
        m_metrics.increment(QStringLiteral("ttc_webhooks_total"), QStringLiteral("result=\"%1\"").arg(QLatin1String(result)));
    };
    if (m_config.stripeSecrets.isEmpty()) {
        count("not_configured");
        return ApiResponse::error(503, QStringLiteral("not_configured"), QStringLiteral("Webhooks are not configured."));
    }
    auto verified = verifyStripeSignature(r.header("stripe-signature"), r.body, m_config.stripeSecrets,
                                          QDateTime::currentSecsSinceEpoch());
    if (!verified) {
        count("bad_signature");
        return ApiResponse::error(400, verified.error().code, verified.error().message);
    }
    const QJsonObject event = QJsonDocument::fromJson(r.body).object();
    const QString eventId = event.value(QStringLiteral("id")).toString();
    const QString type = event.value(QStringLiteral("type")).toString();
    const qint64 created = event.value(QStringLiteral("created")).toInteger();
    if (eventId.isEmpty() || type.isEmpty()) {
        count("malformed");
        return badRequest(QStringLiteral("Not a Stripe event."));
    }
    const QJsonObject object = event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    struct Out
    {
        QString result;
        QString pokeUser;
    };
    auto res = m_pool.transact<Out>(true, [&](Sql &sql) -> Result<Out> {
        Out out;
        auto ins = sql.exec(QStringLiteral("INSERT INTO webhook_events(event_id, type, created, received_at, result) VALUES(?,?,?,?,'pending') ON CONFLICT DO NOTHING"),
                            {eventId, type, created, now});
        if (!ins)
            return ins.error();
        if (Sql::affected(*ins) == 0) {
            out.result = QStringLiteral("duplicate");
            return out;
        }
        const QString metaUser = object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user_id")).toString();
        const QString customer = object.value(QStringLiteral("customer")).toString();
        const auto findUser = [&]() -> Result<QString> {
            if (!metaUser.isEmpty()) {
                auto v = sql.scalar(QStringLiteral("SELECT id FROM users WHERE id=?"), {metaUser});
                if (!v)
                    return v.error();
                if (v->isValid())
                    return v->toString();
            }
            if (customer.isEmpty())
                return QString();
            auto v = sql.scalar(QStringLiteral("SELECT id FROM users WHERE stripe_customer=?"), {customer});
            if (!v)
                return v.error();
            return v->toString();
        };
        if (type == u"checkout.session.completed") {
            QString user = object.value(QStringLiteral("client_reference_id")).toString();
            if (user.isEmpty())
                user = metaUser;
            if (!user.isEmpty() && !customer.isEmpty())
                if (auto q = sql.exec(QStringLiteral("UPDATE users SET stripe_customer=? WHERE id=?"), {customer, user}); !q)
                    return q.error();
            out.result = QStringLiteral("linked");
        } else if (type.startsWith(u"customer.subscription.")) {
            auto user = findUser();
            if (!user)
                return user.error();
            const QString subId = object.value(QStringLiteral("id")).toString();
            if (user->isEmpty() || subId.isEmpty()) {
                out.result = QStringLiteral("unknown_user");
            } else {
                auto prev = sql.scalar(QStringLiteral("SELECT last_event_created FROM subscriptions WHERE id=?") + lockSuffix(sql.dialect()), {subId});
                if (!prev)
                    return prev.error();
                if (prev->isValid() && created < prev->toLongLong()) {
                    out.result = QStringLiteral("stale"); // an older event arriving late changes nothing
                } else {
                    const QJsonObject item = object.value(QStringLiteral("items")).toObject().value(QStringLiteral("data")).toArray().at(0).toObject();
                    QString price = item.value(QStringLiteral("price")).toObject().value(QStringLiteral("id")).toString();
                    if (price.isEmpty())
                        price = object.value(QStringLiteral("plan")).toObject().value(QStringLiteral("id")).toString();
                    const int quantity = std::max(1, item.value(QStringLiteral("quantity")).toInt(1));
                    Tier tier = Tier::Free;
                    if (!price.isEmpty() && price == m_config.stripePricePro)
                        tier = Tier::Pro;
                    else if (!price.isEmpty() && price == m_config.stripePriceEnterprise)
                        tier = Tier::Enterprise;
                    QString status = object.value(QStringLiteral("status")).toString();
                    if (type == u"customer.subscription.deleted")
                        status = QStringLiteral("canceled");
                    if (type == u"customer.subscription.paused")
                        status = QStringLiteral("paused");
                    auto up = sql.exec(QStringLiteral("INSERT INTO subscriptions(id, user_id, customer, price, tier, status, quantity, last_event_created, updated_at) "
                                                      "VALUES(?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET user_id=excluded.user_id, customer=excluded.customer, "
                                                      "price=excluded.price, tier=excluded.tier, status=excluded.status, quantity=excluded.quantity, "
                                                      "last_event_created=excluded.last_event_created, updated_at=excluded.updated_at"),
                                       {subId, *user, customer, price, tierName(tier), status, quantity, created, now});
                    if (!up)
                        return up.error();
                    // The user's tier is the best one among their live subscriptions.
                    auto q = sql.exec(QStringLiteral("SELECT tier FROM subscriptions WHERE user_id=? AND status IN ('active','trialing')"), {*user});
                    if (!q)
                        return q.error();
                    Tier best = Tier::Free;
                    while (q->next()) {
                        const Tier t = tierFromName(q->value(0).toString()).value_or(Tier::Free);
                        if (int(t) > int(best))
                            best = t;
                    }
                    auto old = userTier(sql, *user);
                    if (!old)
                        return old.error();
                    if (auto u = sql.exec(QStringLiteral("UPDATE users SET tier=?, entitlement_version = entitlement_version + 1, "
                                                         "stripe_customer = COALESCE(stripe_customer, ?) WHERE id=?"),
                                          {tierName(best), customer.isEmpty() ? QVariant() : QVariant(customer), *user});
                        !u)
                        return u.error();
                    if (*old != best) {
                        if (auto t = sql.exec(QStringLiteral("INSERT INTO tier_changes(user_id, from_tier, to_tier, at) VALUES(?,?,?,?)"),
                                              {*user, tierName(*old), tierName(best), now});
                            !t)
                            return t.error();
                        if (auto a = ttc::server::audit(sql, {}, QStringLiteral("stripe"), QStringLiteral("tier.change"), *user,
                                                        {{QStringLiteral("from"), tierName(*old)}, {QStringLiteral("to"), tierName(best)}});
                            !a)
                            return a.error();
                    }
                    out.result = QStringLiteral("applied");
                    out.pokeUser = *user;
                }
            }
        } else {
            out.result = QStringLiteral("ignored");
        }
        if (auto q = sql.exec(QStringLiteral("UPDATE webhook_events SET result=? WHERE event_id=?"), {out.result, eventId}); !q)
            return q.error();
        return out;
    });
    if (!res) {
        count("error");
        return dbFailure(res.error());
    }
    count(res->result.toLatin1().constData());
    if (!res->pokeUser.isEmpty())
        poke(res->pokeUser);
    return ApiResponse::json(200, {{QStringLiteral("received"), true}, {QStringLiteral("result"), res->result}});
}

ApiResponse Api::checkout(const Context &c, const ApiRequest &r)
{
    auto body = parseObject(r);
    if (!body)
        return bodyError(body.error());
    const auto tier = tierFromName(body->value(QStringLiteral("tier")).toString());
    if (!tier || *tier == Tier::Free)
        return validation({QStringLiteral("validation"), QStringLiteral("tier must be pro or enterprise.")});
    const QString price = *tier == Tier::Pro ? m_config.stripePricePro : m_config.stripePriceEnterprise;
    if (!m_gateway || price.isEmpty())
        return ApiResponse::error(503, QStringLiteral("not_configured"), QStringLiteral("Billing is not configured."));
    auto customer = m_pool.transact<QString>(false, [&](Sql &sql) -> Result<QString> {
        auto v = sql.scalar(QStringLiteral("SELECT stripe_customer FROM users WHERE id=?"), {c.user()});
        if (!v)
            return v.error();
        return v->toString();
    });
    if (!customer)
        return dbFailure(customer.error());
    auto url = m_gateway->createCheckout(c.user(), *customer, price);
    if (!url) {
        logJson("error", QStringLiteral("checkout failed"), {{QStringLiteral("detail"), url.error().message.left(200)}});
        return ApiResponse::error(502, QStringLiteral("billing_unavailable"), QStringLiteral("The payment provider did not answer; try again."));
    }
    return ApiResponse::json(200, {{QStringLiteral("url"), *url}});
}

// Organizations ---------------------------------------------------------------------------------------------

namespace {
Result<QString> roleIn(Sql &sql, const QString &orgId, const QString &userId)
{
    auto v = sql.scalar(QStringLiteral("SELECT role FROM org_members WHERE org_id=? AND user_id=?"), {orgId, userId});
    if (!v)
        return v.error();
    return v->toString();
}
ApiResponse notFound()
{
    return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such organization."));
}
} // namespace

ApiResponse Api::createOrg(const Context &c, const ApiRequest &r)
{
    auto body = parseObject(r);
    if (!body)
        return bodyError(body.error());
    const QString name = body->value(QStringLiteral("name")).toString().trimmed();
    const int seats = body->value(QStringLiteral("seats")).toInt(0);
    if (name.isEmpty() || name.size() > 200 || seats < 1 || seats > 100000)
        return validation({QStringLiteral("validation"), QStringLiteral("An organization needs a name and 1 or more seats.")});
    const QString id = newId();
    auto res = m_pool.transact<int>(true, [&](Sql &sql) -> Result<int> {
        auto tier = userTier(sql, c.user());
        if (!tier)
            return tier.error();
        if (*tier != Tier::Enterprise)
            return 403;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (auto q = sql.exec(QStringLiteral("INSERT INTO orgs(id, name, seats, created_by, created_at) VALUES(?,?,?,?,?)"),
                              {id, name, seats, c.user(), now});
            !q)
            return q.error();
        if (auto q = sql.exec(QStringLiteral("INSERT INTO org_members(org_id, user_id, role, joined_at) VALUES(?,?,'admin',?)"),
                              {id, c.user(), now});
            !q)
            return q.error();
        if (auto a = ttc::server::audit(sql, id, c.user(), QStringLiteral("org.create"), id, {{QStringLiteral("seats"), seats}}); !a)
            return a.error();
        return 201;
    });
    if (!res)
        return dbFailure(res.error());
    if (*res == 403)
        return ApiResponse::error(403, QStringLiteral("tier_required"), QStringLiteral("Organizations need the enterprise tier."));
    return ApiResponse::json(201, {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("seats"), seats}});
}

ApiResponse Api::invite(const Context &c, const ApiRequest &r, const QString &orgId)
{
    auto body = parseObject(r);
    if (!body)
        return bodyError(body.error());
    const QString email = body->value(QStringLiteral("email")).toString().trimmed().toLower();
    if (!validEmail(email))
        return validation({QStringLiteral("validation"), QStringLiteral("Enter a valid email address.")});
    const QString token = randomToken();
    auto res = m_pool.transact<int>(true, [&](Sql &sql) -> Result<int> {
        auto role = roleIn(sql, orgId, c.user());
        if (!role)
            return role.error();
        if (*role != u"admin")
            return 404;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (auto q = sql.exec(QStringLiteral("INSERT INTO org_invites(token_hash, org_id, email, created_by, created_at, expires_at) VALUES(?,?,?,?,?,?)"),
                              {tokenHash(token), orgId, email, c.user(), now, now + qint64(7) * 86400 * 1000});
            !q)
            return q.error();
        if (auto a = ttc::server::audit(sql, orgId, c.user(), QStringLiteral("member.invite"), QString()); !a)
            return a.error();
        return 201;
    });
    if (!res)
        return dbFailure(res.error());
    if (*res == 404)
        return notFound();
    return ApiResponse::json(201, {{QStringLiteral("token"), token}});
}

ApiResponse Api::acceptInvite(const Context &c, const QString &token)
{
    auto res = m_pool.transact<int>(true, [&](Sql &sql) -> Result<int> {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto q = sql.exec(QStringLiteral("SELECT org_id, expires_at, accepted_by FROM org_invites WHERE token_hash=?") + lockSuffix(sql.dialect()),
                          {tokenHash(token)});
        if (!q)
            return q.error();
        if (!q->next() || q->value(1).toLongLong() < now || !q->value(2).isNull())
            return 404;
        const QString orgId = q->value(0).toString();
        // Seats: lock the org row, then count.
        auto seats = sql.scalar(QStringLiteral("SELECT seats FROM orgs WHERE id=?") + lockSuffix(sql.dialect()), {orgId});
        if (!seats)
            return seats.error();
        auto used = sql.scalar(QStringLiteral("SELECT COUNT(*) FROM org_members WHERE org_id=?"), {orgId});
        if (!used)
            return used.error();
        auto existing = roleIn(sql, orgId, c.user());
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            return 200;
        if (used->toInt() >= seats->toInt())
            return 409;
        if (auto s = sql.exec(QStringLiteral("INSERT INTO org_members(org_id, user_id, role, joined_at) VALUES(?,?,'member',?)"),
                              {orgId, c.user(), now});
            !s)
            return s.error();
        if (auto s = sql.exec(QStringLiteral("UPDATE org_invites SET accepted_by=? WHERE token_hash=?"), {c.user(), tokenHash(token)}); !s)
            return s.error();
        if (auto s = ttc::server::audit(sql, orgId, c.user(), QStringLiteral("member.join"), c.user()); !s)
            return s.error();
        return 201;
    });
    if (!res)
        return dbFailure(res.error());
    if (*res == 404)
        return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("The invitation is unknown, used or expired."));
    if (*res == 409)
        return ApiResponse::error(409, QStringLiteral("seats_exhausted"), QStringLiteral("The organization has no free seat."));
    return ApiResponse::json(200, {{QStringLiteral("status"), QStringLiteral("joined")}});
}

ApiResponse Api::members(const Context &c, const QString &orgId)
{
    auto res = m_pool.transact<std::optional<QJsonArray>>(false, [&](Sql &sql) -> Result<std::optional<QJsonArray>> {
        auto role = roleIn(sql, orgId, c.user());
        if (!role)
            return role.error();
        if (role->isEmpty())
            return std::optional<QJsonArray>();
        auto q = sql.exec(QStringLiteral("SELECT m.user_id, u.email, m.role, m.joined_at FROM org_members m JOIN users u ON u.id = m.user_id "
                                         "WHERE m.org_id=? ORDER BY m.joined_at, m.user_id"),
                          {orgId});
        if (!q)
            return q.error();
        QJsonArray out;
        while (q->next())
            out.append(QJsonObject{{QStringLiteral("user_id"), q->value(0).toString()},
                                   {QStringLiteral("email"), q->value(1).toString()},
                                   {QStringLiteral("role"), q->value(2).toString()},
                                   {QStringLiteral("joined_at"), isoUtc(QDateTime::fromMSecsSinceEpoch(q->value(3).toLongLong(), Qt::UTC))}});
        return std::optional<QJsonArray>(out);
    });
    if (!res)
        return dbFailure(res.error());
    if (!*res)
        return notFound();
    return ApiResponse::json(200, {{QStringLiteral("members"), **res}});
}

ApiResponse Api::removeMember(const Context &c, const QString &orgId, const QString &userId)
{
    auto res = m_pool.transact<int>(true, [&](Sql &sql) -> Result<int> {
        auto role = roleIn(sql, orgId, c.user());
        if (!role)
            return role.error();
        if (*role != u"admin")
            return 404;
        auto q = sql.exec(QStringLiteral("DELETE FROM org_members WHERE org_id=? AND user_id=? AND user_id <> ?"), {orgId, userId, c.user()});
        if (!q)
            return q.error();
        if (Sql::affected(*q) == 0)
            return 410;
        if (auto a = ttc::server::audit(sql, orgId, c.user(), QStringLiteral("member.remove"), userId); !a)
            return a.error();
        return 200;
    });
    if (!res)
        return dbFailure(res.error());
    if (*res == 404)
        return notFound();
    if (*res == 410)
        return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such member."));
    return ApiResponse::json(200, {{QStringLiteral("status"), QStringLiteral("removed")}});
}

ApiResponse Api::audit(const Context &c, const QString &orgId)
{
    auto res = m_pool.transact<std::optional<QJsonArray>>(false, [&](Sql &sql) -> Result<std::optional<QJsonArray>> {
        auto role = roleIn(sql, orgId, c.user());
        if (!role)
            return role.error();
        if (*role != u"admin")
            return std::optional<QJsonArray>();
        auto q = sql.exec(QStringLiteral("SELECT id, actor, action, subject, detail, at FROM audit_log WHERE org_id=? ORDER BY id DESC LIMIT 500"), {orgId});
        if (!q)
            return q.error();
        QJsonArray out;
        while (q->next())
            out.append(QJsonObject{{QStringLiteral("id"), q->value(0).toLongLong()},
                                   {QStringLiteral("actor"), q->value(1).toString()},
                                   {QStringLiteral("action"), q->value(2).toString()},
                                   {QStringLiteral("subject"), q->value(3).toString()},
                                   {QStringLiteral("detail"), QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object()},
                                   {QStringLiteral("at"), isoUtc(QDateTime::fromMSecsSinceEpoch(q->value(5).toLongLong(), Qt::UTC))}});
        return std::optional<QJsonArray>(out);
    });
    if (!res)
        return dbFailure(res.error());
    if (!*res)
        return ApiResponse::error(404, QStringLiteral("not_found"), QStringLiteral("No such organization, or you are not its admin."));
    return ApiResponse::json(200, {{QStringLiteral("entries"), **res}});
}

} // namespace ttc::server
