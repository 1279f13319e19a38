// ttc-server end to end: a real server process spoken to over HTTP (and a WebSocket), once on SQLite and once on
// the private PostgreSQL cluster of scripts/with-postgres. Every case creates its own users, so cases share a server.
#include "ServerHarness.h"
#include "TestSupport.h"
#include "protocol/Dto.h"
#include "protocol/Lease.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <QHostAddress>
#include <QTcpSocket>

#include <csignal>

using namespace ttc::test;
using namespace ttc::protocol;

namespace {
TestDatabase::Backend g_backend = TestDatabase::Sqlite;
const QByteArray kWebhookSecret = "whsec_test_secret";

QString uuid7ish()
{
    // Shape of a UUIDv7 (version nibble 7); uniqueness is what the server relies on.
    QString u = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u[14] = u'7';
    return u;
}

QJsonObject usageEvent(const QString &id, const QString &provider = QStringLiteral("openai"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("provider"), provider},
            {QStringLiteral("kind"), QStringLiteral("chat")},
            {QStringLiteral("occurred_at"), isoUtc(QDateTime::currentDateTimeUtc())},
            {QStringLiteral("tokens_in"), 10},
            {QStringLiteral("tokens_out"), 20}};
}
} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    int m_users = 0;

    QString url(const QString &path) const { return m_server->baseUrl() + path; }

    struct Account
    {
        QString id;
        QString email;
        QByteArray access;
        QString refresh;
    };

    Account account(const QString &prefix = QStringLiteral("user"))
    {
        Account a;
        a.email = QStringLiteral("%1-%2-%3@example.org").arg(prefix).arg(++m_users).arg(QUuid::createUuid().toString(QUuid::Id128).left(6));
        const auto s = httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/auth/signup")),
                                {{QStringLiteral("email"), a.email}, {QStringLiteral("password"), QStringLiteral("s3cret-pass")}});
        if (s.status != 201)
            qWarning("signup failed: %d %s", s.status, s.body.constData());
        a.id = s.json().value(QStringLiteral("user_id")).toString();
        const auto l = httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/auth/login")),
                                {{QStringLiteral("email"), a.email}, {QStringLiteral("password"), QStringLiteral("s3cret-pass")},
                                 {QStringLiteral("device_name"), QStringLiteral("laptop")}});
        a.access = l.json().value(QStringLiteral("access_token")).toString().toLatin1();
        a.refresh = l.json().value(QStringLiteral("refresh_token")).toString();
        return a;
    }

    HttpResult webhook(const QJsonObject &evt, qint64 t = QDateTime::currentSecsSinceEpoch(), const QByteArray &secret = kWebhookSecret)
    {
        const QByteArray body = QJsonDocument(evt).toJson(QJsonDocument::Compact);
        const QByteArray sig = QMessageAuthenticationCode::hash(QByteArray::number(t) + '.' + body, secret, QCryptographicHash::Sha256).toHex();
        return http(QStringLiteral("POST"), url(QStringLiteral("/v1/billing/stripe/webhook")), body, {},
                    {{"Stripe-Signature", "t=" + QByteArray::number(t) + ",v1=" + sig}});
    }

    static QJsonObject subscriptionEvent(const QString &eventId, const QString &type, qint64 created, const QString &userId,
                                         const QString &subId, const QString &price, const QString &status, int quantity = 1)
    {
        const QJsonObject item{{QStringLiteral("price"), QJsonObject{{QStringLiteral("id"), price}}}, {QStringLiteral("quantity"), quantity}};
        QJsonObject sub;
        sub.insert(QStringLiteral("id"), subId);
        sub.insert(QStringLiteral("object"), QStringLiteral("subscription"));
        sub.insert(QStringLiteral("customer"), QString(QStringLiteral("cus_") + subId));
        sub.insert(QStringLiteral("status"), status);
        QJsonObject meta;
        meta.insert(QStringLiteral("user_id"), userId);
        sub.insert(QStringLiteral("metadata"), meta);
        QJsonArray items;
        items.append(item);
        QJsonObject itemList;
        itemList.insert(QStringLiteral("data"), items);
        sub.insert(QStringLiteral("items"), itemList);
        return {{QStringLiteral("id"), eventId}, {QStringLiteral("object"), QStringLiteral("event")}, {QStringLiteral("type"), type},
                {QStringLiteral("created"), created}, {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), sub}}}};
    }

    QString tierOf(const Account &a)
    {
        return http(QStringLiteral("GET"), url(QStringLiteral("/v1/entitlement")), {}, a.access).json().value(QStringLiteral("tier")).toString();
    }

    HttpResult push(const Account &a, const QString &client, const QJsonArray &mutations)
    {
        return httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/sync/push")),
                        {{QStringLiteral("client_id"), client}, {QStringLiteral("mutations"), mutations}}, a.access);
    }
    HttpResult pull(const Account &a, const QString &client, const QJsonValue &cookie)
    {
        return httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/sync/pull")),
                        {{QStringLiteral("client_id"), client}, {QStringLiteral("cookie"), cookie}}, a.access);
    }
    static QJsonObject mutation(qint64 id, const QString &name, const QJsonObject &args)
    {
        return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("args"), args}};
    }

    HttpResult refresh(const QString &token)
    {
        return httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/auth/refresh")), {{QStringLiteral("refresh_token"), token}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(g_backend);
        if (!m_db->isAvailable())
            QSKIP(qPrintable(m_db->skipReason()));
        m_server = std::make_unique<ServerProcess>();
        QVERIFY(m_server->start(m_db->url(), {QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--login-failures"), QStringLiteral("5")},
                                {QStringLiteral("TTC_STRIPE_WEBHOOK_SECRET=whsec_old,") + QString::fromLatin1(kWebhookSecret),
                                 QStringLiteral("TTC_STRIPE_PRICE_PRO=price_pro"), QStringLiteral("TTC_STRIPE_PRICE_ENTERPRISE=price_ent")}));
    }

    void cleanupTestCase()
    {
        if (m_server && m_server->port()) {
            m_server->terminate();
            QVERIFY(m_server->waitForExit(30000));
            QCOMPARE(m_server->exitCode(), 0);
            const QByteArray log = m_server->stderrText();
            QVERIFY(log.contains("\"msg\":\"stopped\""));
            // Logs are JSON lines and never carry secrets, tokens or emails.
            for (const QByteArray &line : log.split('\n'))
                if (!line.trimmed().isEmpty())
                    QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
            QVERIFY(!log.contains("s3cret-pass"));
            QVERIFY(!log.contains("@example.org"));
            QVERIFY(!log.contains("eyJ"));
        }
        m_server.reset();
        m_db.reset();
    }

    void healthReadyMetrics()
    {
        QCOMPARE(http(QStringLiteral("GET"), url(QStringLiteral("/health"))).status, 200);
        const auto ready = http(QStringLiteral("GET"), url(QStringLiteral("/ready")));
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.json().value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        const auto m = http(QStringLiteral("GET"), url(QStringLiteral("/metrics")));
        QCOMPARE(m.status, 200);
        QVERIFY(m.body.contains("ttc_http_requests_total{route=\"/ready\",status=\"200\"}"));
        QVERIFY(m.body.contains("ttc_users{tier=\"free\"}"));
        QVERIFY(m.body.contains("ttc_mrr_dollars"));
        QVERIFY(m.body.contains("ttc_http_request_duration_seconds_bucket"));
        const auto nf = http(QStringLiteral("GET"), url(QStringLiteral("/v1/nothing")));
        QCOMPARE(nf.status, 404);
    }

    void signupLoginRefreshRotation()
    {
        Account a = account();
        QVERIFY(!a.id.isEmpty());
        QVERIFY(!a.access.isEmpty());
        const auto dup = httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/auth/signup")),
                                  {{QStringLiteral("email"), a.email.toUpper()}, {QStringLiteral("password"), QStringLiteral("another-pass")}});
        QCOMPARE(dup.status, 409);
        QCOMPARE(dup.errorCode(), QStringLiteral("email_taken"));
        const auto bad = httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/auth/login")),
                                  {{QStringLiteral("email"), a.email}, {QStringLiteral("password"), QStringLiteral("wrong-pass")}});
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.errorCode(), QStringLiteral("bad_credentials"));
        QCOMPARE(http(QStringLiteral("GET"), url(QStringLiteral("/v1/entitlement")), {}, a.access).status, 200);

        const auto r1 = httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/auth/refresh")), {{QStringLiteral("refresh_token"), a.refresh}});
        QCOMPARE(r1.status, 200);
        const QString second = r1.json().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(second != a.refresh);
        QCOMPARE(http(QStringLiteral("GET"), url(QStringLiteral("/v1/entitlement")), {},
                      r1.json().value(QStringLiteral("access_token")).toString().toLatin1()).status, 200);
        // The device goes on with the second token.
        const auto r2 = refresh(second);
        QCOMPARE(r2.status, 200);
        const QString third = r2.json().value(QStringLiteral("refresh_token")).toString();
        // The first token again: reuse → the family is revoked, so the legitimate newer token dies too.
        const auto reuse = refresh(a.refresh);
        QCOMPARE(reuse.status, 401);
        QCOMPARE(reuse.errorCode(), QStringLiteral("invalid_token"));
        QCOMPARE(refresh(third).status, 401);
    }

    void lostRefreshAnswerIsForgivenOnce()
    {
        // A client killed after the server rotated its token, before it saved the new one, comes back with the old
        // one (twice in a row here): it gets a new pair each time; the tokens it never received are retired.
        Account a = account();
        const auto lost1 = refresh(a.refresh);
        QCOMPARE(lost1.status, 200);
        const auto lost2 = refresh(a.refresh);
        QCOMPARE(lost2.status, 200);
        const auto again = refresh(a.refresh);
        QCOMPARE(again.status, 200);
        const QString kept = again.json().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(kept != lost1.json().value(QStringLiteral("refresh_token")).toString());
        QCOMPARE(http(QStringLiteral("GET"), url(QStringLiteral("/v1/entitlement")), {},
                      again.json().value(QStringLiteral("access_token")).toString().toLatin1()).status, 200);
        // The device goes on with what it saved.
        const auto next = refresh(kept);
        QCOMPARE(next.status, 200);
        const QString current = next.json().value(QStringLiteral("refresh_token")).toString();
        // Once the chain went on, the old token is theft again: the family is revoked.
        QCOMPARE(refresh(a.refresh).status, 401);
        QCOMPARE(refresh(current).status, 401);

        // A token the client never received (retired) presented later is reuse too.
        Account b = account();
        const QString neverReceived = refresh(b.refresh).json().value(QStringLiteral("refresh_token")).toString();
        const QString bKept = refresh(b.refresh).json().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!bKept.isEmpty());
        QCOMPARE(refresh(neverReceived).status, 401);
        QCOMPARE(refresh(bKept).status, 401);
    }

    void logoutRevokesFamily()
    {
        Account a = account();
        QCOMPARE(http(QStringLiteral("POST"), url(QStringLiteral("/v1/auth/logout")), "{}", a.access).status, 200);
        QCOMPARE(httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/auth/refresh")), {{QStringLiteral("refresh_token"), a.refresh}}).status, 401);
    }

    void loginFailuresAreLimited()
    {
        Account a = account();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/auth/login")),
                              {{QStringLiteral("email"), a.email}, {QStringLiteral("password"), QStringLiteral("nope-nope")}}).status, 401);
        const auto blocked = httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/auth/login")),
                                      {{QStringLiteral("email"), a.email}, {QStringLiteral("password"), QStringLiteral("s3cret-pass")}});
        QCOMPARE(blocked.status, 429);
        QCOMPARE(blocked.errorCode(), QStringLiteral("rate_limited"));
        QVERIFY(blocked.header("Retry-After").toInt() > 0);
        // Other accounts are not affected.
        QVERIFY(!account().access.isEmpty());
    }

    void badTokensAreRejected_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("none alg") << QByteArray("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ4In0.");
        QTest::newRow("garbage") << QByteArray("not-a-token");
        QTest::newRow("sql") << QByteArray("' OR 1=1 --");
    }
    void badTokensAreRejected()
    {
        QFETCH(QByteArray, token);
        const auto r = http(QStringLiteral("GET"), url(QStringLiteral("/v1/entitlement")), {}, token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_token"));
        QCOMPARE(http(QStringLiteral("GET"), url(QStringLiteral("/v1/entitlement"))).status, 401);
    }

    void entitlementLeaseVerifiesOffline()
    {
        Account a = account();
        const auto u = httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/usage")),
                                {{QStringLiteral("events"), QJsonArray{usageEvent(uuid7ish()), usageEvent(uuid7ish())}}}, a.access);
        QCOMPARE(u.status, 200);
        const auto e = http(QStringLiteral("GET"), url(QStringLiteral("/v1/entitlement")), {}, a.access);
        QCOMPARE(e.status, 200);
        auto ent = Entitlement::fromJson(e.json());
        QVERIFY(ent.ok());
        QCOMPARE(ent->tier, QStringLiteral("free"));
        QCOMPARE(*ent->limits.dailyRequests, 50);
        QCOMPARE(ent->usedToday, 2);
        const auto key = http(QStringLiteral("GET"), url(QStringLiteral("/v1/lease-key")));
        const QByteArray pub = QByteArray::fromBase64(key.json().value(QStringLiteral("public_key")).toString().toLatin1(), QByteArray::Base64UrlEncoding);
        auto lease = verifyLease(ent->lease, pub, QDateTime::currentDateTimeUtc());
        QVERIFY2(lease.ok(), qPrintable(lease.ok() ? QString() : lease.error().message));
        QCOMPARE(lease->userId, a.id);
        QVERIFY(lease->validUntil <= QDateTime::currentDateTimeUtc().addSecs(24 * 3600 + 5));
        QCOMPARE(*offlineAllowance(*lease, QDateTime::currentDateTimeUtc(), 0), 48);
        // The key stays the same across restarts because it was generated into the data folder.
        QVERIFY(QFile::exists(m_server->dataDir() + QStringLiteral("/lease-ed25519.key")));
        QVERIFY((QFile(m_server->dataDir() + QStringLiteral("/jwt.key")).permissions() & QFileDevice::ReadOther) == 0);
    }

    void usageIsIdempotent()
    {
        Account a = account();
        const QString id1 = uuid7ish(), id2 = uuid7ish();
        const QJsonObject body{{QStringLiteral("events"), QJsonArray{usageEvent(id1), usageEvent(id2), usageEvent(uuid7ish(), QStringLiteral("local"))}}};
        const auto first = httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/usage")), body, a.access);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QStringLiteral("used_today")).toInt(), 2); // local servers never count
        QCOMPARE(first.json().value(QStringLiteral("limit")).toInt(), 50);
        const auto again = httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/usage")), body, a.access);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QStringLiteral("used_today")).toInt(), 2);
        for (const QJsonValue &r : again.json().value(QStringLiteral("results")).toArray())
            QCOMPARE(r.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
        // The same event id from another user is that user's own event.
        Account b = account();
        const auto other = httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/usage")), {{QStringLiteral("events"), QJsonArray{usageEvent(id1)}}}, b.access);
        QCOMPARE(other.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("accepted"));
        QJsonObject bad = usageEvent(uuid7ish());
        bad.insert(QStringLiteral("provider"), QStringLiteral("openai'); DELETE FROM users; --"));
        QCOMPARE(httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/usage")), {{QStringLiteral("events"), QJsonArray{bad}}}, a.access).status, 422);
    }

    void concurrentDuplicatesCountOnce()
    {
        Account a = account();
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("events"), QJsonArray{usageEvent(uuid7ish())}}}).toJson(QJsonDocument::Compact);
        QList<std::tuple<QString, QString, QByteArray, QByteArray>> reqs;
        for (int i = 0; i < 1000; ++i)
            reqs.append({QStringLiteral("POST"), url(QStringLiteral("/v1/usage")), body, a.access});
        const auto results = httpParallel(reqs, 8);
        int accepted = 0, duplicate = 0;
        for (const HttpResult &r : results) {
            QCOMPARE(r.status, 200);
            const QString st = r.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")).toString();
            accepted += st == u"accepted";
            duplicate += st == u"duplicate";
        }
        QCOMPARE(accepted, 1);
        QCOMPARE(duplicate, 999);
        QCOMPARE(http(QStringLiteral("GET"), url(QStringLiteral("/v1/entitlement")), {}, a.access).json().value(QStringLiteral("used_today")).toInt(), 1);
    }

    void concurrentQuotaIsExact()
    {
        Account a = account();
        // 47 used first, so the remaining quota is N = 3; then 200 distinct events at once.
        QJsonArray first;
        for (int i = 0; i < 47; ++i)
            first.append(usageEvent(uuid7ish()));
        QCOMPARE(httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/usage")), {{QStringLiteral("events"), first}}, a.access)
                     .json().value(QStringLiteral("used_today")).toInt(), 47);
        QList<std::tuple<QString, QString, QByteArray, QByteArray>> reqs;
        for (int i = 0; i < 200; ++i)
            reqs.append({QStringLiteral("POST"), url(QStringLiteral("/v1/usage")),
                         QJsonDocument(QJsonObject{{QStringLiteral("events"), QJsonArray{usageEvent(uuid7ish())}}}).toJson(QJsonDocument::Compact), a.access});
        int accepted = 0, rejected = 0;
        for (const HttpResult &r : httpParallel(reqs, 8)) {
            QCOMPARE(r.status, 200);
            const QString st = r.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")).toString();
            accepted += st == u"accepted";
            rejected += st == u"rejected_over_quota";
        }
        QCOMPARE(accepted, 3);
        QCOMPARE(rejected, 197);
        QCOMPARE(http(QStringLiteral("GET"), url(QStringLiteral("/v1/entitlement")), {}, a.access).json().value(QStringLiteral("used_today")).toInt(), 50);
        QVERIFY(http(QStringLiteral("GET"), url(QStringLiteral("/metrics"))).body.contains("ttc_quota_rejections_total"));
    }

    void syncPushPull()
    {
        Account a = account();
        const QString c1 = QStringLiteral("device-1"), c2 = QStringLiteral("device-2");
        QJsonArray ms{mutation(1, QStringLiteral("session.put"), {{QStringLiteral("id"), QStringLiteral("s1")}, {QStringLiteral("title"), QStringLiteral("Hello")}}),
                      mutation(2, QStringLiteral("message.put"), {{QStringLiteral("id"), QStringLiteral("m1")}, {QStringLiteral("session_id"), QStringLiteral("s1")}, {QStringLiteral("text"), QStringLiteral("hi")}}),
                      mutation(3, QStringLiteral("message.put"), {{QStringLiteral("id"), QStringLiteral("m2")}, {QStringLiteral("session_id"), QStringLiteral("s1")}, {QStringLiteral("text"), QStringLiteral("there")}}),
                      mutation(4, QStringLiteral("bogus.name"), {}),
                      mutation(5, QStringLiteral("usage.record"), {{QStringLiteral("event"), usageEvent(uuid7ish())}})};
        const auto p1 = push(a, c1, ms);
        QCOMPARE(p1.status, 200);
        QCOMPARE(p1.json().value(QStringLiteral("last_mutation_id")).toInt(), 5);
        const QJsonArray r1 = p1.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(r1.at(3).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(r1.at(4).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        // Resending is harmless; a gap stops the batch.
        const auto p2 = push(a, c1, QJsonArray{ms.at(2), mutation(7, QStringLiteral("message.delete"), {{QStringLiteral("id"), QStringLiteral("m1")}})});
        QCOMPARE(p2.json().value(QStringLiteral("last_mutation_id")).toInt(), 5);
        QCOMPARE(p2.json().value(QStringLiteral("results")).toArray().size(), 1);
        QCOMPARE(p2.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));

        const auto full = pull(a, c2, QJsonValue::Null);
        QCOMPARE(full.status, 200);
        QCOMPARE(full.json().value(QStringLiteral("patch")).toArray().size(), 3);
        QCOMPARE(full.json().value(QStringLiteral("last_mutation_id")).toInt(), 0); // c2 pushed nothing
        QCOMPARE(full.json().value(QStringLiteral("more")).toBool(), false);
        QVERIFY(full.json().value(QStringLiteral("entitlement")).toObject().contains(QStringLiteral("lease")));
        const QString cookie = full.json().value(QStringLiteral("cookie")).toString();

        QCOMPARE(push(a, c1, QJsonArray{mutation(6, QStringLiteral("message.delete"), {{QStringLiteral("id"), QStringLiteral("m1")}})}).status, 200);
        const auto delta = pull(a, c1, cookie);
        QCOMPARE(delta.status, 200);
        const QJsonArray patch = delta.json().value(QStringLiteral("patch")).toArray();
        QCOMPARE(patch.size(), 1);
        QCOMPARE(patch.at(0).toObject().value(QStringLiteral("op")).toString(), QStringLiteral("del"));
        QCOMPARE(patch.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("m1"));
        QCOMPARE(delta.json().value(QStringLiteral("last_mutation_id")).toInt(), 6);
        // A fresh device gets no tombstones; an unknown cookie means reset.
        QCOMPARE(pull(a, c2, QJsonValue::Null).json().value(QStringLiteral("patch")).toArray().size(), 2);
        QCOMPARE(pull(a, c2, QStringLiteral("999999")).errorCode(), QStringLiteral("reset_required"));
        QCOMPARE(pull(a, c2, QStringLiteral("garbage")).status, 409);

        // Another user sees none of it, and cannot overwrite it: ids are per user.
        Account b = account();
        QCOMPARE(pull(b, c1, QJsonValue::Null).json().value(QStringLiteral("patch")).toArray().size(), 0);
        QCOMPARE(push(b, c1, QJsonArray{mutation(1, QStringLiteral("session.delete"), {{QStringLiteral("id"), QStringLiteral("s1")}})}).status, 200);
        QCOMPARE(pull(a, c2, QJsonValue::Null).json().value(QStringLiteral("patch")).toArray().size(), 2);
    }

    void syncPaging()
    {
        Account a = account();
        qint64 id = 0;
        for (int batch = 0; batch < 12; ++batch) {
            QJsonArray ms;
            for (int i = 0; i < 100; ++i) {
                ++id;
                ms.append(mutation(id, QStringLiteral("message.put"), {{QStringLiteral("id"), QStringLiteral("m%1").arg(id)}, {QStringLiteral("text"), QStringLiteral("x")}}));
            }
            QCOMPARE(push(a, QStringLiteral("c"), ms).json().value(QStringLiteral("last_mutation_id")).toInt(), id);
        }
        QJsonValue cookie = QJsonValue::Null;
        QSet<QString> seen;
        QList<int> pages;
        for (int guard = 0; guard < 10; ++guard) {
            const auto p = pull(a, QStringLiteral("other"), cookie);
            QCOMPARE(p.status, 200);
            const QJsonArray patch = p.json().value(QStringLiteral("patch")).toArray();
            pages.append(int(patch.size()));
            for (const QJsonValue &v : patch)
                seen.insert(v.toObject().value(QStringLiteral("id")).toString());
            cookie = p.json().value(QStringLiteral("cookie"));
            if (!p.json().value(QStringLiteral("more")).toBool())
                break;
        }
        QCOMPARE(pages, (QList<int>{500, 500, 200}));
        QCOMPARE(seen.size(), 1200);
        // Over 100 mutations in one push is refused.
        QJsonArray tooMany;
        for (int i = 1; i <= 101; ++i)
            tooMany.append(mutation(id + i, QStringLiteral("message.put"), {{QStringLiteral("id"), QStringLiteral("z")}}));
        QCOMPARE(push(a, QStringLiteral("c"), tooMany).status, 422);
    }

    void stripeWebhooksChangeTierAndPoke()
    {
        Account a = account();
        const qint64 t0 = QDateTime::currentSecsSinceEpoch() - 100;
        const QString sub = QStringLiteral("sub_") + a.id.left(8);
        const QJsonObject created = subscriptionEvent(QStringLiteral("evt_c_") + a.id, QStringLiteral("customer.subscription.created"), t0, a.id, sub,
                                                      QStringLiteral("price_pro"), QStringLiteral("active"));
        auto r = webhook(created);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("result")).toString(), QStringLiteral("applied"));
        QCOMPARE(tierOf(a), QStringLiteral("pro"));

        QCOMPARE(webhook(created).json().value(QStringLiteral("result")).toString(), QStringLiteral("duplicate"));
        // Signed with the second configured secret too (rollover); bad and stale signatures are refused.
        const QJsonObject old = subscriptionEvent(QStringLiteral("evt_old_") + a.id, QStringLiteral("customer.subscription.updated"), t0 - 50, a.id,
                                                  sub, QStringLiteral("price_pro"), QStringLiteral("canceled"));
        QCOMPARE(webhook(old, QDateTime::currentSecsSinceEpoch(), "whsec_old").json().value(QStringLiteral("result")).toString(), QStringLiteral("stale"));
        QCOMPARE(tierOf(a), QStringLiteral("pro"));
        QCOMPARE(webhook(old, QDateTime::currentSecsSinceEpoch(), "whsec_wrong").status, 400);
        QCOMPARE(webhook(old, QDateTime::currentSecsSinceEpoch() - 400).errorCode(), QStringLiteral("timestamp_out_of_tolerance"));

        const QJsonObject deleted = subscriptionEvent(QStringLiteral("evt_d_") + a.id, QStringLiteral("customer.subscription.deleted"), t0 + 10, a.id,
                                                      sub, QStringLiteral("price_pro"), QStringLiteral("canceled"));
        QCOMPARE(webhook(deleted).json().value(QStringLiteral("result")).toString(), QStringLiteral("applied"));
        QCOMPARE(tierOf(a), QStringLiteral("free"));

        const auto metrics = http(QStringLiteral("GET"), url(QStringLiteral("/metrics"))).body;
        QVERIFY(metrics.contains("ttc_webhooks_total{result=\"duplicate\"}"));
        QVERIFY(metrics.contains("ttc_active_subscriptions{tier=\"pro\"}"));
        const auto report = runProcess(binary(QStringLiteral("ttc-server")), {QStringLiteral("report"), QStringLiteral("--db"), m_db->url(), QStringLiteral("--days"), QStringLiteral("7")});
        QCOMPARE(report.exitCode, 0);
        QVERIFY2(report.out.contains("free -> pro: "), report.out.constData());
        QVERIFY(report.out.contains("pro -> free: "));
        QVERIFY(report.out.contains("churn (paid -> free): "));
        QVERIFY(report.out.contains("openai chat: "));
    }

    void organizationsSeatsAndAudit()
    {
        Account admin = account(QStringLiteral("admin"));
        const auto refused = httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/orgs")), {{QStringLiteral("name"), QStringLiteral("Acme")}, {QStringLiteral("seats"), 2}}, admin.access);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("tier_required"));
        QCOMPARE(webhook(subscriptionEvent(QStringLiteral("evt_e_") + admin.id, QStringLiteral("customer.subscription.created"),
                                           QDateTime::currentSecsSinceEpoch(), admin.id, QStringLiteral("sub_e_") + admin.id.left(8),
                                           QStringLiteral("price_ent"), QStringLiteral("active"), 2)).status, 200);
        QCOMPARE(tierOf(admin), QStringLiteral("enterprise"));
        const auto org = httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/orgs")), {{QStringLiteral("name"), QStringLiteral("Acme")}, {QStringLiteral("seats"), 2}}, admin.access);
        QCOMPARE(org.status, 201);
        const QString orgId = org.json().value(QStringLiteral("id")).toString();
        Account m1 = account(), m2 = account();
        const auto inviteFor = [&](const Account &who) {
            return httpJson(QStringLiteral("POST"), url(QStringLiteral("/v1/orgs/%1/invites").arg(orgId)), {{QStringLiteral("email"), who.email}}, admin.access)
                .json().value(QStringLiteral("token")).toString();
        };
        const QString t1 = inviteFor(m1), t2 = inviteFor(m2);
        QVERIFY(!t1.isEmpty());
        QCOMPARE(http(QStringLiteral("POST"), url(QStringLiteral("/v1/invites/%1/accept").arg(t1)), "{}", m1.access).status, 200);
        const auto full = http(QStringLiteral("POST"), url(QStringLiteral("/v1/invites/%1/accept").arg(t2)), "{}", m2.access);
        QCOMPARE(full.status, 409);
        QCOMPARE(full.errorCode(), QStringLiteral("seats_exhausted"));
        QCOMPARE(http(QStringLiteral("GET"), url(QStringLiteral("/v1/orgs/%1/members").arg(orgId)), {}, m1.access).json().value(QStringLiteral("members")).toArray().size(), 2);
        // Members cannot read the audit log, invite, or remove; outsiders see nothing.
        QCOMPARE(http(QStringLiteral("GET"), url(QStringLiteral("/v1/orgs/%1/audit").arg(orgId)), {}, m1.access).status, 404);
        QCOMPARE(http(QStringLiteral("GET"), url(QStringLiteral("/v1/orgs/%1/members").arg(orgId)), {}, m2.access).status, 404);
        QCOMPARE(http(QStringLiteral("DELETE"), url(QStringLiteral("/v1/orgs/%1/members/%2").arg(orgId, admin.id)), {}, m1.access).status, 404);
        QCOMPARE(http(QStringLiteral("DELETE"), url(QStringLiteral("/v1/orgs/%1/members/%2").arg(orgId, m1.id)), {}, admin.access).status, 200);
        QCOMPARE(http(QStringLiteral("POST"), url(QStringLiteral("/v1/invites/%1/accept").arg(t2)), "{}", m2.access).status, 200);
        const auto audit = http(QStringLiteral("GET"), url(QStringLiteral("/v1/orgs/%1/audit").arg(orgId)), {}, admin.access);
        QCOMPARE(audit.status, 200);
        QStringList actions;
        for (const QJsonValue &v : audit.json().value(QStringLiteral("entries")).toArray())
            actions.prepend(v.toObject().value(QStringLiteral("action")).toString());
        QCOMPARE(actions, (QStringList{QStringLiteral("org.create"), QStringLiteral("member.invite"), QStringLiteral("member.invite"),
                                       QStringLiteral("member.join"), QStringLiteral("member.remove"), QStringLiteral("member.join")}));
    }

    void malformedAndOversizedBodies()
    {
        Account a = account();
        // Only the headers of a 2 MiB body are sent: the server answers 413 before reading any of it.
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(raw.waitForConnected(10000));
        raw.write("POST /v1/usage HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer " + a.access
                  + "\r\nContent-Length: 2097152\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += raw.readAll()).contains("body_too_large"), 20000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QCOMPARE(http(QStringLiteral("POST"), url(QStringLiteral("/v1/usage")), "{not json", a.access).status, 400);
        QCOMPARE(http(QStringLiteral("POST"), url(QStringLiteral("/v1/usage")), "{}", a.access, {}, "text/plain").status, 415);
        QCOMPARE(http(QStringLiteral("POST"), url(QStringLiteral("/v1/usage")), "[]", a.access).status, 400);
        QCOMPARE(http(QStringLiteral("GET"), url(QStringLiteral("/v1/usage")), {}, a.access).status, 405);
        // The server is still healthy afterwards.
        QCOMPARE(http(QStringLiteral("GET"), url(QStringLiteral("/health"))).status, 200);
    }

    void rateLimitAnswers429()
    {
        ServerProcess limited;
        TestDatabase db(g_backend);
        QVERIFY(limited.start(db.url(), {QStringLiteral("--rate-limit"), QStringLiteral("5")}));
        int ok = 0, limitedCount = 0;
        QByteArray retryAfter;
        for (int i = 0; i < 8; ++i) {
            const auto r = http(QStringLiteral("GET"), limited.baseUrl() + QStringLiteral("/v1/lease-key"));
            ok += r.status == 200;
            if (r.status == 429) {
                ++limitedCount;
                retryAfter = r.header("Retry-After");
            }
        }
        QCOMPARE(ok, 5);
        QCOMPARE(limitedCount, 3);
        QVERIFY(retryAfter.toInt() >= 1 && retryAfter.toInt() <= 60);
        QCOMPARE(http(QStringLiteral("GET"), limited.baseUrl() + QStringLiteral("/health")).status, 200); // probes are never limited
    }

    // Clients that close their connection while their request is being worked on (a load generator stopping, a
    // timeout, a closed laptop): the server drops those answers and keeps serving. 64 connections keep requests in
    // flight back to back, then all close at once, as wrk does at the end of a run.
    void clientsGivingUpMidRequest()
    {
        const quint16 port = m_server->port();
        const Account a = account(QStringLiteral("gone"));
        const QByteArray body = R"({"client_id":"c-gone","cookie":null})";
        const QByteArray request = "POST /v1/sync/pull HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + a.access
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        for (int round = 0; round < 3; ++round) {
            std::vector<std::unique_ptr<QTcpSocket>> sockets;
            for (int i = 0; i < 64; ++i) {
                auto socket = std::make_unique<QTcpSocket>();
                QTcpSocket *raw = socket.get();
                QObject::connect(raw, &QTcpSocket::readyRead, raw, [raw, request] {
                    raw->readAll();
                    raw->write(request);  // the next request as soon as an answer arrives
                });
                QObject::connect(raw, &QTcpSocket::connected, raw, [raw, request] { raw->write(request + request); });
                raw->connectToHost(QHostAddress::LocalHost, port);
                sockets.push_back(std::move(socket));
            }
            QTest::qWait(400);
            for (auto &socket : sockets)
                socket->disconnectFromHost();
            sockets.clear();
            QTest::qWait(100);
        }
        QCOMPARE(http(QStringLiteral("GET"), url(QStringLiteral("/health"))).status, 200);
        QCOMPARE(http(QStringLiteral("GET"), url(QStringLiteral("/ready"))).status, 200);
    }

    void sigtermFinishesInFlight()
    {
        ServerProcess s;
        TestDatabase db(g_backend);
        QVERIFY(s.start(db.url()));
        // Signups take tens of milliseconds each (Argon2id): several are in flight when SIGTERM lands.
        QList<std::tuple<QString, QString, QByteArray, QByteArray>> reqs;
        for (int i = 0; i < 6; ++i)
            reqs.append({QStringLiteral("POST"), s.baseUrl() + QStringLiteral("/v1/auth/signup"),
                         QJsonDocument(QJsonObject{{QStringLiteral("email"), QStringLiteral("t%1@example.org").arg(i)}, {QStringLiteral("password"), QStringLiteral("password-%1").arg(i)}}).toJson(), {}});
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (const auto &[m, u, b, t] : reqs) {
            QNetworkRequest req{QUrl(u)};
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            replies.append(nam.post(req, b));
        }
        QTest::qWait(30);
        s.terminate();
        for (QNetworkReply *r : replies)
            QTRY_VERIFY_WITH_TIMEOUT(r->isFinished(), 30000);
        QVERIFY(s.waitForExit(30000));
        QCOMPARE(s.exitCode(), 0);
        int answered = 0;
        for (QNetworkReply *r : replies) {
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            // Each request either completed (201) or was never accepted (connection refused); none is cut off half-way.
            QVERIFY2(status == 201 || r->error() == QNetworkReply::ConnectionRefusedError || r->error() == QNetworkReply::RemoteHostClosedError,
                     qPrintable(QString::number(status) + r->errorString()));
            answered += status == 201;
            r->deleteLater();
        }
        QVERIFY(answered >= 1);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::signal(SIGPIPE, SIG_IGN);
    int rc = 0;
    for (TestDatabase::Backend b : {TestDatabase::Sqlite, TestDatabase::Postgres}) {
        g_backend = b;
        std::fprintf(stdout, "=== backend: %s\n", qPrintable(TestDatabase::backendName(b)));
        if (b == TestDatabase::Postgres && qEnvironmentVariableIsEmpty("TTC_TEST_PG_URL") && qEnvironmentVariable("TTC_REQUIRE_POSTGRES") == u"1") {
            std::fprintf(stdout, "FAIL: TTC_REQUIRE_POSTGRES=1 but no TTC_TEST_PG_URL\n");
            rc |= 1;
            continue;
        }
        TestServerApi test;
        rc |= QTest::qExec(&test, argc, argv);
    }
    return rc;
}
#include "tst_server_api.moc"
