// AuthSession, entitlement lease and SyncClient against a loopback sync server: sign-in, refresh, revocation,
// convergence of devices, pokes, reset_required, a proxy that cuts connections, and a randomized 3-device model.
#include "FakeSyncServer.h"
#include "ServerHarness.h"
#include "TestSupport.h"
#include "account/AccountQuotaGuard.h"
#include "util/Future.h"

#include "account/AccountStore.h"
#include "account/AuthSession.h"
#include "account/EntitlementCache.h"
#include "account/LeaseVerifier.h"
#include "account/SyncClient.h"
#include "account/TokenStore.h"
#include "store/ChatRepository.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QTest>

#include <memory>

using namespace ttc;
using namespace ttc::account;

namespace {

template<typename T>
T await(QFuture<T> future)
{
    std::optional<T> out;
    QEventLoop loop;
    QObject ctx;
    future | ttc::then(&ctx, [&](T v) {
        out = std::move(v);
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

// Runs the event loop until r holds a value or timeoutMs passes. It wakes on each event (a ticking timer bounds
// the wait), so an answer is seen at once rather than after a polling sleep.
template<typename T>
bool waitFor(const std::optional<T> &r, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QTimer tick;
    tick.start(50);
    while (!r && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return r.has_value();
}

// Forwards loopback TCP to the server; with cutProbability, a connection is cut after a random number of bytes in
// either direction (mid-request or mid-response).
class CuttingProxy : public QObject
{
public:
    CuttingProxy(quint16 target, quint32 seed) : m_target(target), m_rng(seed)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    double cutProbability = 0.0;
    int cuts = 0;

private:
    void accept()
    {
        while (QTcpSocket *down = m_server.nextPendingConnection()) {
            auto *up = new QTcpSocket(down);
            const bool cut = m_rng.generateDouble() < cutProbability;
            const bool cutRequest = m_rng.bounded(2) == 0;
            const qint64 cutAt = cut ? qint64(m_rng.bounded(1, 400)) : -1;
            auto sent = std::make_shared<qint64>(0);
            auto received = std::make_shared<qint64>(0);
            auto kill = [this, down, up] {
                ++cuts;
                up->abort();
                down->abort();
                down->deleteLater();
            };
            auto pump = [=](QTcpSocket *from, QTcpSocket *to, std::shared_ptr<qint64> count, bool watched) {
                QByteArray data = from->readAll();
                if (watched && cutAt >= 0 && *count + data.size() >= cutAt) {
                    to->write(data.left(cutAt - *count));
                    to->flush();
                    kill();
                    return;
                }
                *count += data.size();
                to->write(data);
            };
            QObject::connect(up, &QTcpSocket::connected, down, [=] {
                if (down->bytesAvailable())
                    pump(down, up, sent, cutRequest);
            });
            QObject::connect(down, &QTcpSocket::readyRead, up, [=] {
                if (up->state() == QAbstractSocket::ConnectedState)
                    pump(down, up, sent, cutRequest);
            });
            QObject::connect(up, &QTcpSocket::readyRead, down, [=] { pump(up, down, received, !cutRequest); });
            QObject::connect(up, &QTcpSocket::disconnected, down, [down] { down->disconnectFromHost(); });
            QObject::connect(down, &QTcpSocket::disconnected, down, [down, up] {
                up->disconnectFromHost();
                down->deleteLater();
            });
            up->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    QTcpServer m_server;
    quint16 m_target;
    QRandomGenerator m_rng;
};

struct Device
{
    explicit Device(const QString &name)
        : db(profile.profile().databasePath()), auth(db, tokens, nam, SystemClock::instance()),
          sync(db, auth, SystemClock::instance()), label(name)
    {
        QString err;
        profile.profile().ensureExists(&err);
        const auto opened = await(db.open(store::OpenOptions{store::IntegrityCheck::None, false}));
        Q_ASSERT(opened.ok());
        sync.setBackoff(50, 400);
    }

    Result<void> login(const QUrl &server, const QString &email)
    {
        std::optional<Result<void>> r;
        auth.login(server, email, QStringLiteral("password123"), label, &auth, [&](Result<void> x) { r = x; });
        waitFor(r, 20000);
        if (!r)
            return Error{QStringLiteral("test_timeout"), QStringLiteral("login did not finish")};
        return *r;
    }

    Result<SyncStats> syncOnce(int timeoutMs = 30000)
    {
        std::optional<Result<SyncStats>> r;
        sync.syncOnce([&](Result<SyncStats> x) { r = x; });
        waitFor(r, timeoutMs);
        if (!r)
            return Error{QStringLiteral("test_timeout"), QStringLiteral("sync did not finish")};
        return *r;
    }

    // Retries until a round succeeds (a cutting proxy may fail some).
    bool syncUntilOk(int attempts = 200)
    {
        for (int i = 0; i < attempts; ++i) {
            if (syncOnce())
                return true;
        }
        return false;
    }

    template<typename Fn>
    auto write(Fn fn)
    {
        return await(db.run([fn](QSqlDatabase &d) {
            UuidV7Generator ids(SystemClock::instance());
            store::ChatRepository repo(d, SystemClock::instance(), ids);
            return fn(repo, d);
        }));
    }

    // Sorted text of every session and message: equal on converged devices.
    QStringList state()
    {
        return await(db.run([](QSqlDatabase &d) {
            QStringList out;
            QSqlQuery q(d);
            q.exec(QStringLiteral("SELECT id, title FROM sessions ORDER BY id"));
            while (q.next())
                out << QStringLiteral("S %1 %2").arg(q.value(0).toString(), q.value(1).toString());
            q.exec(QStringLiteral("SELECT id, session_id, content, status FROM messages ORDER BY id"));
            while (q.next())
                out << QStringLiteral("M %1 %2 %3 %4")
                           .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
            return out;
        }));
    }

    int pending()
    {
        return await(db.run([](QSqlDatabase &d) {
            QSqlQuery q(d);
            q.exec(QStringLiteral("SELECT count(*) FROM outbox"));
            return q.next() ? q.value(0).toInt() : -1;
        }));
    }

    // A metered request as the chat and voice services record it; the capture trigger queues its outbox row.
    QString recordUsage(const QString &provider = QStringLiteral("openai"))
    {
        return await(db.run([provider](QSqlDatabase &d) {
            UuidV7Generator ids(SystemClock::instance());
            const QString id = ids.next();
            store::Transaction tx(d);
            tx.begin();
            QSqlQuery q(d);
            q.prepare(QStringLiteral("INSERT INTO usage_events(id, kind, provider, occurred_at) VALUES (?, 'chat', ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(provider);
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            q.exec();
            tx.commit();
            return id;
        }));
    }

    test::TempProfile profile;
    store::Database db;
    QNetworkAccessManager nam;
    MemoryTokenStore tokens;
    AuthSession auth;
    SyncClient sync;
    QString label;
};

QString signup(const QString &serverUrl, const QString &email)
{
    QNetworkAccessManager nam;
    ApiClient api(nam, SystemClock::instance());
    api.setServer(QUrl(serverUrl));
    std::optional<ApiReply> r;
    QObject ctx;
    api.call("POST", QStringLiteral("/v1/auth/signup"),
             QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), QStringLiteral("password123")}}, {},
             &ctx, [&](const ApiReply &x) { r = x; });
    waitFor(r, 10000);
    return r && r->ok() ? r->body.value(QStringLiteral("user_id")).toString() : QString();
}

QString signup(test::FakeSyncServer &server, const QString &email)
{
    return signup(server.url(), email);
}

ApiReply callAuthorized(AuthSession &auth, const QByteArray &verb, const QString &path)
{
    std::optional<ApiReply> r;
    auth.call(verb, path, {}, &auth, [&](const ApiReply &x) { r = x; });
    waitFor(r, 20000);
    return r.value_or(ApiReply{});
}

} // namespace

class TestAccountSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginEntitlementAndLease()
    {
        test::FakeSyncServer server;
        QVERIFY(server.listen());
        const QString userId = signup(server, QStringLiteral("a@example.com"));
        QVERIFY(!userId.isEmpty());
        Device a(QStringLiteral("a"));
        QVERIFY(!a.login(QUrl(server.url()), QStringLiteral("nobody@example.com")).ok());
        QVERIFY(!a.auth.isSignedIn());
        QVERIFY(a.login(QUrl(server.url()), QStringLiteral("a@example.com")).ok());
        QVERIFY(a.auth.isSignedIn());
        QCOMPARE(a.auth.account().userId, userId);

        const ApiReply r = callAuthorized(a.auth, "GET", QStringLiteral("/v1/entitlement"));
        QVERIFY2(r.ok(), qPrintable(r.code));
        auto e = Entitlement::fromJson(r.body, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(e);
        QCOMPARE(e->tier, QStringLiteral("free"));
        QCOMPARE(e->dailyLimit, 50);
        QCOMPARE(e->providers, QStringList{QStringLiteral("openai")});
        const Lease lease = verifyLease(e->lease, server.leasePublicKey(), userId);
        QVERIFY(lease.verified);
        QCOMPARE(lease.dailyLimit, 50);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(lease.validUntilMs > now);
        QCOMPARE(offlineAllowance(lease, now, 0), std::optional<int>(50));
        QCOMPARE(offlineAllowance(lease, now, 49), std::optional<int>(1));
        QCOMPARE(offlineAllowance(lease, now, 60), std::optional<int>(0));
        QCOMPARE(offlineAllowance(lease, lease.validUntilMs, 0), std::optional<int>(0));  // expired
        // A lease for someone else, a tampered payload or another key does not verify.
        QVERIFY(!verifyLease(e->lease, server.leasePublicKey(), QStringLiteral("u999")).verified);
        Lease tampered = e->lease;
        QByteArray bytes = decodeBase64Any(tampered.payload.toLatin1());
        bytes.replace("\"daily_requests\":50", "\"daily_requests\":5000");
        tampered.payload = QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QVERIFY(tampered.payload != e->lease.payload);
        QVERIFY(!verifyLease(tampered, server.leasePublicKey(), userId).verified);
        QByteArray otherKey = server.leasePublicKey();
        otherKey[0] = char(otherKey[0] ^ 1);
        QVERIFY(!verifyLease(e->lease, otherKey, userId).verified);
    }

    // The quota guard of a signed-in profile follows the account: tier and limit from the verified lease, usage as the
    // server counted it plus what this device did since; local settings and env do not lift an account's plan.
    void quotaFollowsTheAccount()
    {
        test::FakeSyncServer server;
        QVERIFY(server.listen());
        const QString email = QStringLiteral("q@example.com");
        QVERIFY(!signup(server, email).isEmpty());
        Device a(QStringLiteral("a"));
        AccountQuotaGuard guard(a.db, nullptr, SystemClock::instance());
        const chat::QuotaRequest anthropic{QStringLiteral("anthropic"), false, QStringLiteral("chat")};
        const chat::QuotaRequest openai{QStringLiteral("openai"), false, QStringLiteral("chat")};

        qputenv("TTC_TIER", "pro");  // the local plan of a profile without an account
        chat::QuotaDecision d = await(guard.check(anthropic));
        QVERIFY(d.allowed);
        QCOMPARE(d.tier, QStringLiteral("pro"));

        QVERIFY(a.login(QUrl(server.url()), email).ok());
        d = await(guard.check(anthropic));  // signed in, no entitlement fetched yet: free, whatever the env says
        QVERIFY(!d.allowed);
        QCOMPARE(d.kind, providers::ErrorKind::TierLocked);
        QCOMPARE(d.tier, QStringLiteral("free"));

        const auto fetch = [&] {
            const ApiReply r = callAuthorized(a.auth, "GET", QStringLiteral("/v1/entitlement"));
            QVERIFY2(r.ok(), qPrintable(r.code));
            auto e = Entitlement::fromJson(r.body, QDateTime::currentMSecsSinceEpoch());
            QVERIFY(e);
            const QByteArray key = server.leasePublicKey();
            QVERIFY(await(a.db.run([e, key](QSqlDatabase &db) {
                        return kv::put(db, QString::fromLatin1(kv::kLeaseKey), key).ok() && saveEntitlement(db, *e).ok();
                    })));
        };
        fetch();
        d = await(guard.check(openai));
        QVERIFY(d.allowed);
        QCOMPARE(d.limit, 50);
        QCOMPARE(d.usedToday, 0);
        QVERIFY(!await(guard.check(anthropic)).allowed);

        server.setTier(email, QStringLiteral("pro"));
        fetch();
        d = await(guard.check(anthropic));
        QVERIFY2(d.allowed, qPrintable(d.reason));
        QCOMPARE(d.tier, QStringLiteral("pro"));
        QCOMPARE(d.limit, 1000);
        const chat::QuotaStatus st = await(guard.status());
        QCOMPARE(st.tier, QStringLiteral("pro"));
        QVERIFY(st.providers.contains(QStringLiteral("anthropic")));

        // Requests made here since the fetch count on top of the server's figure.
        a.recordUsage();
        a.recordUsage(QStringLiteral("anthropic"));
        QCOMPARE(await(guard.check(openai)).usedToday, 2);

        // A lease that does not verify with the pinned key grants nothing beyond the free plan.
        QByteArray other = server.leasePublicKey();
        other[0] = char(other[0] ^ 1);
        QVERIFY(await(a.db.run([other](QSqlDatabase &db) { return kv::put(db, QString::fromLatin1(kv::kLeaseKey), other).ok(); })));
        d = await(guard.check(anthropic));
        QVERIFY(!d.allowed);
        QCOMPARE(d.tier, QStringLiteral("free"));

        // The free plan's daily limit holds for the account: 50 counted requests today and the next is refused.
        fetch();
        server.setTier(email, QStringLiteral("free"));
        fetch();
        for (int i = 0; i < 48; ++i)
            a.recordUsage();
        d = await(guard.check(openai));
        QVERIFY(!d.allowed);
        QCOMPARE(d.kind, providers::ErrorKind::QuotaExceeded);
        QCOMPARE(d.usedToday, 50);
        qunsetenv("TTC_TIER");
    }

    void refreshOnceThenSignedOut()
    {
        test::FakeSyncServer server;
        QVERIFY(server.listen());
        server.setAccessTokenLifetimeSec(1);
        QVERIFY(!signup(server, QStringLiteral("r@example.com")).isEmpty());
        Device a(QStringLiteral("a"));
        QVERIFY(a.login(QUrl(server.url()), QStringLiteral("r@example.com")).ok());
        const QString secret = a.auth.account().secretName();
        QTest::qWait(1300);
        QVERIFY(callAuthorized(a.auth, "GET", QStringLiteral("/v1/entitlement")).ok());
        QCOMPARE(server.requestCount(QStringLiteral("POST /v1/auth/refresh")), 1);
        // The rotated token replaced the old one in the keychain.
        std::optional<Result<std::optional<QString>>> stored;
        a.tokens.read(secret, &a.auth, [&](Result<std::optional<QString>> v) { stored = v; });
        QTRY_VERIFY(stored.has_value());
        QVERIFY(stored->ok() && stored->value().has_value());

        server.revokeAll();
        QTest::qWait(1300);
        const ApiReply r = callAuthorized(a.auth, "GET", QStringLiteral("/v1/entitlement"));
        QCOMPARE(r.status, 401);
        QVERIFY(!a.auth.isSignedIn());
        QVERIFY(!a.auth.signedOutReason().isEmpty());
        QCOMPARE(server.requestCount(QStringLiteral("POST /v1/auth/refresh")), 2);  // one try, not a loop
        // The refresh token is gone from the keychain; the account rows are gone from the store.
        stored.reset();
        a.tokens.read(secret, &a.auth, [&](Result<std::optional<QString>> v) { stored = v; });
        QTRY_VERIFY(stored.has_value());
        QVERIFY(stored->ok() && !stored->value().has_value());
        QTRY_VERIFY(!await(a.db.run([](QSqlDatabase &d) { return loadAccount(d); }))->info.isSignedIn());
    }

    void captureOnlyWhileSignedIn()
    {
        test::FakeSyncServer server;
        QVERIFY(server.listen());
        QVERIFY(!signup(server, QStringLiteral("c@example.com")).isEmpty());
        Device a(QStringLiteral("a"));
        // Local-only: writes queue nothing.
        const QString s1 = a.write([](store::ChatRepository &r, QSqlDatabase &) { return r.createSession(QStringLiteral("before"))->id; });
        QCOMPARE(a.pending(), 0);
        // Sign-in queues the existing history once.
        QVERIFY(a.login(QUrl(server.url()), QStringLiteral("c@example.com")).ok());
        QCOMPARE(a.pending(), 1);
        a.write([s1](store::ChatRepository &r, QSqlDatabase &) {
            store::Message m;
            m.sessionId = s1;
            m.content = QStringLiteral("streaming…");
            m.status = store::MessageStatus::Streaming;
            auto added = r.addMessage(m);
            return added->id;
        });
        QCOMPARE(a.pending(), 1);  // a streaming message is not sent until it is finished
        QVERIFY(a.syncOnce().ok());
        QCOMPARE(a.pending(), 0);
        QVERIFY(server.liveRows(QStringLiteral("c@example.com")).contains(QStringLiteral("session:") + s1));
        QCOMPARE(server.liveRows(QStringLiteral("c@example.com")).size(), 1);
    }

    void twoDevicesConvergeAndPokes()
    {
        test::FakeSyncServer server;
        QVERIFY(server.listen());
        QVERIFY(!signup(server, QStringLiteral("d@example.com")).isEmpty());
        Device a(QStringLiteral("a")), b(QStringLiteral("b"));
        QVERIFY(a.login(QUrl(server.url()), QStringLiteral("d@example.com")).ok());
        QVERIFY(b.login(QUrl(server.url()), QStringLiteral("d@example.com")).ok());
        const QString s = a.write([](store::ChatRepository &r, QSqlDatabase &) {
            const QString id = r.createSession(QStringLiteral("from a"))->id;
            for (int i = 0; i < 3; ++i) {
                store::Message m;
                m.sessionId = id;
                m.content = QStringLiteral("hello %1").arg(i);
                (void)r.addMessage(m);
            }
            return id;
        });
        QVERIFY(a.syncOnce().ok());
        QVERIFY(b.syncOnce().ok());
        QCOMPARE(b.state(), a.state());
        QCOMPARE(a.state().size(), 4);

        // Automatic mode: b listens for pokes (its poll is far away), a changes something.
        b.sync.setPollIntervalMs(10 * 60 * 1000);
        b.sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(b.sync.pokesConnected(), 10000);
        a.write([s](store::ChatRepository &r, QSqlDatabase &) { return r.renameSession(s, QStringLiteral("renamed")).ok(); });
        QVERIFY(a.syncOnce().ok());
        QTRY_COMPARE_WITH_TIMEOUT(b.state(), a.state(), 15000);
        a.write([s](store::ChatRepository &r, QSqlDatabase &) { return r.deleteSession(s).ok(); });
        QVERIFY(a.syncOnce().ok());
        QTRY_COMPARE_WITH_TIMEOUT(b.state(), QStringList{}, 15000);
        b.sync.stop();
    }

    void resetRequiredLosesNothing()
    {
        test::FakeSyncServer server;
        QVERIFY(server.listen());
        QVERIFY(!signup(server, QStringLiteral("e@example.com")).isEmpty());
        Device a(QStringLiteral("a")), b(QStringLiteral("b"));
        QVERIFY(a.login(QUrl(server.url()), QStringLiteral("e@example.com")).ok());
        QVERIFY(b.login(QUrl(server.url()), QStringLiteral("e@example.com")).ok());
        a.write([](store::ChatRepository &r, QSqlDatabase &) { return r.createSession(QStringLiteral("a1")).ok(); });
        QVERIFY(a.syncOnce().ok());
        QVERIFY(b.syncOnce().ok());
        b.write([](store::ChatRepository &r, QSqlDatabase &) { return r.createSession(QStringLiteral("b offline")).ok(); });
        a.write([](store::ChatRepository &r, QSqlDatabase &) { return r.createSession(QStringLiteral("a2")).ok(); });
        QVERIFY(a.syncOnce().ok());
        server.expireCookiesBefore(1000000);  // every cookie is now too old
        auto stats = b.syncOnce();
        QVERIFY2(stats.ok(), qPrintable(stats.ok() ? QString() : stats.error().message));
        QVERIFY(stats->reset);
        server.expireCookiesBefore(0);
        QVERIFY(a.syncOnce().ok());
        QCOMPARE(a.state(), b.state());
        QCOMPARE(a.state().size(), 3);
    }

    void cuttingProxyNeverLosesOrDoubleCounts_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 4; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void cuttingProxyNeverLosesOrDoubleCounts()
    {
        QFETCH(quint32, seed);
        test::FakeSyncServer server;
        QVERIFY(server.listen());
        QVERIFY(!signup(server, QStringLiteral("p@example.com")).isEmpty());
        server.setTier(QStringLiteral("p@example.com"), QStringLiteral("enterprise"));
        CuttingProxy proxy(server.port(), seed);
        const QUrl via(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
        Device a(QStringLiteral("a")), b(QStringLiteral("b"));
        QVERIFY(a.login(via, QStringLiteral("p@example.com")).ok());
        QVERIFY(b.login(via, QStringLiteral("p@example.com")).ok());
        a.sync.setBatchLimit(3);   // many small pushes: many chances to be cut
        b.sync.setPageLimit(2);
        server.setPageLimit(4);
        proxy.cutProbability = 0.4;
        int usage = 0;
        for (int round = 0; round < 6; ++round) {
            a.write([round](store::ChatRepository &r, QSqlDatabase &) {
                const QString id = r.createSession(QStringLiteral("s%1").arg(round))->id;
                store::Message m;
                m.sessionId = id;
                m.content = QStringLiteral("m%1").arg(round);
                return r.addMessage(m).ok();
            });
            a.recordUsage();
            b.recordUsage();
            usage += 2;
            (void)a.syncOnce();  // may fail half way: that is the point
            (void)b.syncOnce();
        }
        QVERIFY(proxy.cuts > 0);
        proxy.cutProbability = 0;
        QVERIFY(a.syncUntilOk());
        QVERIFY(b.syncUntilOk());
        QVERIFY(a.syncUntilOk());
        QCOMPARE(a.pending(), 0);
        QCOMPARE(b.pending(), 0);
        QCOMPARE(server.usageCount(QStringLiteral("p@example.com")), usage);
        QCOMPARE(b.state(), a.state());
        QCOMPARE(a.state().size(), 12);
        const int synced = await(a.db.run([](QSqlDatabase &d) {
            QSqlQuery q(d);
            q.exec(QStringLiteral("SELECT count(*) FROM usage_events WHERE status = 'synced'"));
            return q.next() ? q.value(0).toInt() : -1;
        }));
        QCOMPARE(synced, usage / 2);
    }

    void threeDeviceModel_data()
    {
        QTest::addColumn<quint32>("seed");
        const int seeds = qEnvironmentVariableIntValue("TTC_MODEL_SEEDS") > 0 ? qEnvironmentVariableIntValue("TTC_MODEL_SEEDS") : 200;
        for (int seed = 1; seed <= seeds; ++seed)
            QTest::addRow("seed %d", seed) << quint32(seed);
    }

    // Random chats, edits, deletes and usage on three devices that go offline at random (their syncs are skipped)
    // and sync in random order; at the end everything is synced and all devices hold the same history, and every
    // usage event is counted exactly once.
    void threeDeviceModel()
    {
        QFETCH(quint32, seed);
        if (!m_server) {
            m_server = std::make_unique<test::FakeSyncServer>();
            QVERIFY(m_server->listen());
        }
        const QString email = QStringLiteral("m%1@example.com").arg(seed);
        QVERIFY(!signup(*m_server, email).isEmpty());
        m_server->setTier(email, QStringLiteral("enterprise"));
        m_server->setPageLimit(int(seed % 7) + 2);
        QRandomGenerator rng(seed);
        std::vector<std::unique_ptr<Device>> devices;
        for (int i = 0; i < 3; ++i) {
            devices.push_back(std::make_unique<Device>(QStringLiteral("d%1").arg(i)));
            QVERIFY(devices.back()->login(QUrl(m_server->url()), email).ok());
            devices.back()->sync.setBatchLimit(int(rng.bounded(1, 6)));
        }
        int usage = 0;
        bool online[3] = {true, true, true};
        const int steps = 12;
        for (int step = 0; step < steps; ++step) {
            Device &d = *devices[size_t(rng.bounded(3))];
            const int i = int(&d - devices[0].get());
            Q_UNUSED(i)
            const quint32 op = rng.bounded(10);
            const quint32 pick = rng.generate();
            if (op < 3) {
                d.write([pick](store::ChatRepository &r, QSqlDatabase &) {
                    const QString id = r.createSession(QStringLiteral("t%1").arg(pick % 1000))->id;
                    store::Message m;
                    m.sessionId = id;
                    m.content = QStringLiteral("first %1").arg(pick);
                    return r.addMessage(m).ok();
                });
            } else if (op < 6) {
                d.write([pick](store::ChatRepository &r, QSqlDatabase &) {
                    auto sessions = r.sessions(0, 100);
                    if (!sessions || sessions->isEmpty())
                        return false;
                    store::Message m;
                    m.sessionId = sessions->at(int(pick % quint32(sessions->size()))).id;
                    m.content = QStringLiteral("reply %1").arg(pick);
                    return r.addMessage(m).ok();
                });
            } else if (op < 7) {
                d.write([pick](store::ChatRepository &r, QSqlDatabase &) {
                    auto sessions = r.sessions(0, 100);
                    if (!sessions || sessions->isEmpty())
                        return false;
                    const QString id = sessions->at(int(pick % quint32(sessions->size()))).id;
                    auto messages = r.messages(id);
                    if (!messages || messages->isEmpty())
                        return false;
                    store::Message m = messages->at(int(pick % quint32(messages->size())));
                    m.content += QStringLiteral(" (edited %1)").arg(pick % 100);
                    return r.updateMessage(m).ok();
                });
            } else if (op < 8) {
                d.write([pick](store::ChatRepository &r, QSqlDatabase &) {
                    auto sessions = r.sessions(0, 100);
                    if (!sessions || sessions->isEmpty())
                        return false;
                    const QString id = sessions->at(int(pick % quint32(sessions->size()))).id;
                    if (pick % 3 == 0)
                        return r.deleteSession(id).ok();
                    auto messages = r.messages(id);
                    if (!messages || messages->isEmpty())
                        return false;
                    return r.deleteMessage(messages->at(int(pick % quint32(messages->size()))).id).ok();
                });
            } else {
                d.recordUsage();
                ++usage;
            }
            // Random connectivity and sync order.
            for (int k = 0; k < 3; ++k)
                if (rng.bounded(4) == 0)
                    online[k] = !online[k];
            const int syncs = int(rng.bounded(3));
            for (int k = 0; k < syncs; ++k) {
                const int who = int(rng.bounded(3));
                if (online[who])
                    QVERIFY(devices[size_t(who)]->syncOnce().ok());
            }
        }
        // Everyone comes online: two full passes settle every queued change.
        for (int pass = 0; pass < 3; ++pass)
            for (auto &d : devices)
                QVERIFY(d->syncOnce().ok());
        for (auto &d : devices)
            QCOMPARE(d->pending(), 0);
        const QStringList reference = devices[0]->state();
        QCOMPARE(devices[1]->state(), reference);
        QCOMPARE(devices[2]->state(), reference);
        QCOMPARE(m_server->usageCount(email), usage);
        // The server's live rows are exactly the devices' rows (no orphan or lost message).
        const QJsonObject live = m_server->liveRows(email);
        int liveVisible = 0;
        for (auto it = live.begin(); it != live.end(); ++it) {
            if (it.key().startsWith(QLatin1String("message:"))) {
                const QString session = it.value().toObject().value(QStringLiteral("session_id")).toString();
                if (live.contains(QStringLiteral("session:") + session))
                    ++liveVisible;
            } else {
                ++liveVisible;
            }
        }
        QCOMPARE(liveVisible, reference.size());
    }

    // Against the real ttc-server (SQLite; PostgreSQL too where scripts/test-env started its cluster): two devices of
    // one account converge, the free quota counts both devices' usage once, and a signed Stripe event upgrades the
    // tier, which a running client sees on its next sync without signing in again.
    void realServer_data()
    {
        QTest::addColumn<int>("backend");
        QTest::addRow("sqlite") << int(test::TestDatabase::Sqlite);
        if (!qEnvironmentVariableIsEmpty("TTC_TEST_PG_URL"))
            QTest::addRow("postgres") << int(test::TestDatabase::Postgres);
    }

    void realServer()
    {
        QFETCH(int, backend);
        test::TestDatabase database{test::TestDatabase::Backend(backend)};
        QVERIFY2(database.isAvailable(), qPrintable(database.skipReason()));
        const QByteArray secret = "whsec_client_test";
        test::ServerProcess server;
        QVERIFY(server.start(database.url(), {QStringLiteral("--rate-limit"), QStringLiteral("0")},
                             {QStringLiteral("TTC_STRIPE_WEBHOOK_SECRET=") + QString::fromLatin1(secret),
                              QStringLiteral("TTC_STRIPE_PRICE_PRO=price_pro"),
                              QStringLiteral("TTC_STRIPE_PRICE_ENTERPRISE=price_ent")}));
        const QString email = QStringLiteral("two@example.com");
        const QString userId = signup(server.baseUrl(), email);
        QVERIFY(!userId.isEmpty());
        Device a(QStringLiteral("a")), b(QStringLiteral("b"));
        QVERIFY(a.login(QUrl(server.baseUrl()), email).ok());
        QVERIFY(b.login(QUrl(server.baseUrl()), email).ok());
        EntitlementCache cacheA(a.db, a.auth, SystemClock::instance());
        connect(&a.sync, &SyncClient::entitlementReceived, &cacheA, &EntitlementCache::accept);

        // Chats on both devices, an edit and a delete; usage on both.
        QVERIFY(a.write([](store::ChatRepository &r, QSqlDatabase &) {
            const QString id = r.createSession(QStringLiteral("from a"))->id;
            store::Message m;
            m.sessionId = id;
            m.content = QStringLiteral("hello from a");
            return r.addMessage(m).ok();
        }));
        a.recordUsage();
        QVERIFY(a.syncOnce().ok());
        QVERIFY(b.syncOnce().ok());
        QCOMPARE(b.state(), a.state());
        QVERIFY(b.write([](store::ChatRepository &r, QSqlDatabase &) {
            const QString id = r.sessions(0, 10)->first().id;
            store::Message m;
            m.sessionId = id;
            m.content = QStringLiteral("reply from b");
            if (!r.addMessage(m))
                return false;
            store::Message first = r.messages(id)->first();
            first.content += QStringLiteral(" (edited on b)");
            if (!r.updateMessage(first))
                return false;
            const QString other = r.createSession(QStringLiteral("short-lived"))->id;
            return r.deleteSession(other).ok();
        }));
        b.recordUsage();
        b.recordUsage();
        QVERIFY(b.syncOnce().ok());
        QVERIFY(a.syncOnce().ok());
        QCOMPARE(a.pending(), 0);
        QCOMPARE(b.pending(), 0);
        const QStringList state = a.state();
        QCOMPARE(b.state(), state);
        QCOMPARE(state.size(), 3);  // one session, two messages
        QVERIFY(state.join(u'\n').contains(QStringLiteral("hello from a (edited on b)")));
        QVERIFY(state.join(u'\n').contains(QStringLiteral("reply from b")));

        // The server counted each device's usage once: the free quota spans devices.
        for (Device *d : {&a, &b}) {
            const ApiReply r = callAuthorized(d->auth, "GET", QStringLiteral("/v1/entitlement"));
            QVERIFY2(r.ok(), qPrintable(r.code));
            const auto e = Entitlement::fromJson(r.body, QDateTime::currentMSecsSinceEpoch());
            QVERIFY(e);
            QCOMPARE(e->tier, QStringLiteral("free"));
            QCOMPARE(e->usedToday, 3);
            QVERIFY(e->dailyLimit > 3);
        }
        // Resending the same events (a retry after a lost answer) counts nothing more.
        QVERIFY(a.syncOnce().ok());
        QCOMPARE(Entitlement::fromJson(callAuthorized(b.auth, "GET", QStringLiteral("/v1/entitlement")).body, 0)->usedToday, 3);

        // Pokes over the server's WebSocket: b, polling only every 10 minutes, follows a's change at once.
        b.sync.setPollIntervalMs(10 * 60 * 1000);
        b.sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(b.sync.pokesConnected(), 10000);
        QVERIFY(a.write([](store::ChatRepository &r, QSqlDatabase &) {
            return r.renameSession(r.sessions(0, 10)->first().id, QStringLiteral("renamed on a")).ok();
        }));
        QVERIFY(a.syncOnce().ok());
        QTRY_COMPARE_WITH_TIMEOUT(b.state(), a.state(), 15000);
        QVERIFY(b.state().join(u'\n').contains(QStringLiteral("renamed on a")));
        b.sync.stop();

        // A signed subscription event upgrades the tier; the running client sees it on its next sync.
        cacheA.refresh();
        QTRY_VERIFY(cacheA.current().has_value());
        QCOMPARE(cacheA.effectiveTier(QDateTime::currentMSecsSinceEpoch()), QStringLiteral("free"));
        QSignalSpy changed(&cacheA, &EntitlementCache::changed);
        const qint64 t = QDateTime::currentSecsSinceEpoch();
        QJsonObject sub{{QStringLiteral("id"), QStringLiteral("sub_two")}, {QStringLiteral("object"), QStringLiteral("subscription")},
                        {QStringLiteral("customer"), QStringLiteral("cus_two")}, {QStringLiteral("status"), QStringLiteral("active")},
                        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user_id"), userId}}},
                        {QStringLiteral("items"), QJsonObject{{QStringLiteral("data"), QJsonArray{QJsonObject{
                             {QStringLiteral("price"), QJsonObject{{QStringLiteral("id"), QStringLiteral("price_pro")}}},
                             {QStringLiteral("quantity"), 1}}}}}}};
        const QJsonObject event{{QStringLiteral("id"), QStringLiteral("evt_two")}, {QStringLiteral("object"), QStringLiteral("event")},
                                {QStringLiteral("type"), QStringLiteral("customer.subscription.created")}, {QStringLiteral("created"), t},
                                {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), sub}}}};
        const QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);
        const QByteArray sig = QMessageAuthenticationCode::hash(QByteArray::number(t) + '.' + body, secret,
                                                                QCryptographicHash::Sha256).toHex();
        const test::HttpResult hook = test::http(QStringLiteral("POST"), server.baseUrl() + QStringLiteral("/v1/billing/stripe/webhook"),
                                                 body, {}, {{"Stripe-Signature", "t=" + QByteArray::number(t) + ",v1=" + sig}});
        QVERIFY2(hook.status == 200, hook.body.constData());
        QVERIFY(a.syncOnce().ok());
        if (cacheA.effectiveTier(QDateTime::currentMSecsSinceEpoch()) != QStringLiteral("pro"))
            cacheA.refresh();  // a pull without a newer entitlement: the app's periodic refresh
        QTRY_COMPARE(cacheA.effectiveTier(QDateTime::currentMSecsSinceEpoch()), QStringLiteral("pro"));
        QVERIFY(changed.count() >= 1);
        QVERIFY(cacheA.current()->dailyLimit < 0 || cacheA.current()->dailyLimit > 50);
        server.terminate();
        QVERIFY(server.waitForExit(20000));
    }

    void cleanupTestCase() { m_server.reset(); }

    void backoffIsBoundedAndJittered()
    {
        QCOMPARE(SyncClient::backoffDelayMs(1, 1000, 300000, 0.0), 500);
        QCOMPARE(SyncClient::backoffDelayMs(1, 1000, 300000, 1.0), 1000);
        QCOMPARE(SyncClient::backoffDelayMs(3, 1000, 300000, 1.0), 4000);
        QCOMPARE(SyncClient::backoffDelayMs(40, 1000, 300000, 1.0), 300000);
        QVERIFY(SyncClient::backoffDelayMs(40, 1000, 300000, 0.0) >= 150000);
    }

private:
    std::unique_ptr<test::FakeSyncServer> m_server;
};

QTEST_GUILESS_MAIN(TestAccountSync)
#include "tst_account_sync.moc"
