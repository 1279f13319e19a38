// Sync survives crashes on both sides, as a user would meet them: `ttc sync` killed with SIGKILL mid-push and
// mid-pull, and ttc-server killed with SIGKILL mid-transaction and started again. Afterwards a new device holds exactly
// the history of the first: no message lost, none duplicated. Real ttc-server on SQLite and PostgreSQL.
#include "ServerHarness.h"
#include "TestSupport.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace ttc;

namespace {

constexpr int kMessages = 3000;

QStringList history(const QString &databasePath, const QString &connection)
{
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        if (!db.open())
            return {QStringLiteral("cannot open")};
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id, session_id, content FROM messages ORDER BY id"));
        while (q.next())
            out << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
    }
    QSqlDatabase::removeDatabase(connection);
    return out;
}

} // namespace

class TestSyncCrashes : public QObject
{
    Q_OBJECT

    QProcessEnvironment env(const test::TempProfile &p) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("TTC_KEYCHAIN_SERVICE"), QStringLiteral("ttc-test-crashes"));
        e.insert(QStringLiteral("TTC_PROFILE_DIR"), p.root());
        return e;
    }

    test::ProcessResult ttc(const test::TempProfile &p, const QStringList &args, const QByteArray &input = {})
    {
        return test::runProcess(test::binary(QStringLiteral("ttc")), args, input, env(p), 120000);
    }

    // Starts `ttc sync --once` and kills it with SIGKILL after `ms` (if it has not finished by then).
    bool killSyncAfter(const test::TempProfile &p, int ms)
    {
        QProcess sync;
        sync.setProcessEnvironment(env(p));
        sync.start(test::binary(QStringLiteral("ttc")), {QStringLiteral("sync"), QStringLiteral("--once")});
        if (!sync.waitForStarted(10000))
            return false;
        if (!sync.waitForFinished(ms)) {
            ::kill(pid_t(sync.processId()), SIGKILL);
            sync.waitForFinished(10000);
            return true;
        }
        return false;  // finished before the kill
    }

private Q_SLOTS:
    void killedMidSyncLosesNothing_data()
    {
        QTest::addColumn<int>("backend");
        QTest::addRow("sqlite") << int(test::TestDatabase::Sqlite);
        if (!qEnvironmentVariableIsEmpty("TTC_TEST_PG_URL"))
            QTest::addRow("postgres") << int(test::TestDatabase::Postgres);
    }

    void killedMidSyncLosesNothing()
    {
        QFETCH(int, backend);
        test::TestDatabase database{test::TestDatabase::Backend(backend)};
        QVERIFY2(database.isAvailable(), qPrintable(database.skipReason()));
        test::ServerProcess server;
        QVERIFY(server.start(database.url(), {QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        const QString email = QStringLiteral("crash-%1@example.com").arg(backend);
        test::TempProfile a, b;
        auto r = ttc(a, {QStringLiteral("account"), QStringLiteral("signup"), QStringLiteral("--server"), server.baseUrl(),
                         QStringLiteral("--email"), email},
                     "password123\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // Device A's history, written while signed in (the capture triggers queue it for the server).
        {
            const QString name = QStringLiteral("writer");
            QVERIFY(store::openConnection(a.profile().databasePath(), name).ok());
            {
                QSqlDatabase db = QSqlDatabase::database(name);
                UuidV7Generator ids(SystemClock::instance());
                QVERIFY(db.transaction());
                QSqlQuery session(db), message(db);
                session.prepare(QStringLiteral("INSERT INTO sessions(id, title, created_at, updated_at) VALUES (?, ?, 1, 1)"));
                message.prepare(QStringLiteral("INSERT INTO messages(id, session_id, role, content, created_at, updated_at)"
                                               " VALUES (?, ?, 'user', ?, ?, ?)"));
                QString sessionId;
                for (int i = 0; i < kMessages; ++i) {
                    if (i % 500 == 0) {
                        sessionId = ids.next();
                        session.addBindValue(sessionId);
                        session.addBindValue(QStringLiteral("chat %1").arg(i / 500));
                        QVERIFY(session.exec());
                    }
                    message.addBindValue(ids.next());
                    message.addBindValue(sessionId);
                    message.addBindValue(QStringLiteral("message %1").arg(i));
                    message.addBindValue(i + 1);
                    message.addBindValue(i + 1);
                    QVERIFY(message.exec());
                }
                QVERIFY(db.commit());
            }
            store::closeConnection(name);
        }

        // The server killed mid-way through a push (a transaction open) and started again; then pushes killed at
        // random moments.
        {
            QProcess sync;
            sync.setProcessEnvironment(env(a));
            sync.start(test::binary(QStringLiteral("ttc")), {QStringLiteral("sync"), QStringLiteral("--once")});
            QVERIFY(sync.waitForStarted(10000));
            QTest::qWait(150);
            const bool wasRunning = sync.state() == QProcess::Running;
            server.kill();
            if (sync.state() != QProcess::NotRunning)
                QVERIFY(sync.waitForFinished(60000));
            if (wasRunning)
                QVERIFY(sync.exitCode() != 0);  // it saw the server go away and said so
            qInfo("server killed %s a push", wasRunning ? "during" : "after");
        }
        QVERIFY(server.restart());
        QRandomGenerator rng(20261129u + quint32(backend));
        int killed = 0;
        for (int i = 0; i < 6; ++i)
            killed += killSyncAfter(a, 80 + int(rng.bounded(400))) ? 1 : 0;
        QVERIFY2(killed >= 1, "the syncs finished before they could be killed: too little to send");
        qInfo("%d of 6 syncs killed mid-way", killed);
        r = ttc(a, {QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // Device B pulls, killed mid-pull a few times, then to the end.
        r = ttc(b, {QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--server"), server.baseUrl(),
                    QStringLiteral("--email"), email},
                "password123\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (int i = 0; i < 3; ++i)
            killSyncAfter(b, 60 + int(rng.bounded(200)));
        r = ttc(b, {QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QStringList fromA = history(a.profile().databasePath(), QStringLiteral("a"));
        const QStringList onB = history(b.profile().databasePath(), QStringLiteral("b"));
        QCOMPARE(fromA.size(), kMessages);
        QCOMPARE(onB.size(), kMessages);
        QCOMPARE(onB, fromA);
        for (const test::TempProfile *p : {&a, &b})
            (void)ttc(*p, {QStringLiteral("account"), QStringLiteral("logout")});
        server.terminate();
        QVERIFY(server.waitForExit(20000));
    }

    void failingDatabaseAccessLosesNothing_data() { killedMidSyncLosesNothing_data(); }

    // The i-th database statement of the server fails once (TTC_FAULT_DB_STATEMENT=i), for i = 1, 2, ... until a
    // whole round runs without meeting it: every write of a sync round (token refresh, push, usage, pull) fails once
    // somewhere. Each round the client just syncs again. In the end a new device holds exactly A's history and the
    // server counted each usage event once.
    void failingDatabaseAccessLosesNothing()
    {
        QFETCH(int, backend);
        test::TestDatabase database{test::TestDatabase::Backend(backend)};
        QVERIFY2(database.isAvailable(), qPrintable(database.skipReason()));
        test::ServerProcess server;
        QVERIFY(server.start(database.url(), {QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        const QString email = QStringLiteral("faults-%1@example.com").arg(backend);
        test::TempProfile a, b;
        auto r = ttc(a, {QStringLiteral("account"), QStringLiteral("signup"), QStringLiteral("--server"), server.baseUrl(),
                         QStringLiteral("--email"), email},
                     "password123\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString session = UuidV7Generator(SystemClock::instance()).next();
        int usage = 0;
        int faultsMet = 0;
        int i = 1;
        for (; i <= 200; ++i) {
            // Something new to send each round: a message and a metered request.
            {
                const QString name = QStringLiteral("fault-writer");
                QVERIFY(store::openConnection(a.profile().databasePath(), name).ok());
                {
                    QSqlDatabase db = QSqlDatabase::database(name);
                    UuidV7Generator ids(SystemClock::instance());
                    QSqlQuery q(db);
                    q.prepare(QStringLiteral("INSERT OR IGNORE INTO sessions(id, title, created_at, updated_at) VALUES (?, 'faults', 1, 1)"));
                    q.addBindValue(session);
                    QVERIFY(q.exec());
                    q.prepare(QStringLiteral("INSERT INTO messages(id, session_id, role, content, created_at, updated_at)"
                                             " VALUES (?, ?, 'user', ?, ?, ?)"));
                    q.addBindValue(ids.next());
                    q.addBindValue(session);
                    q.addBindValue(QStringLiteral("round %1").arg(i));
                    q.addBindValue(i);
                    q.addBindValue(i);
                    QVERIFY(q.exec());
                    q.prepare(QStringLiteral("INSERT INTO usage_events(id, kind, provider, occurred_at) VALUES (?, 'chat', 'openai', ?)"));
                    q.addBindValue(ids.next());
                    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
                    QVERIFY(q.exec());
                    ++usage;
                }
                store::closeConnection(name);
            }
            server.setEnvironment({QStringLiteral("TTC_FAULT_DB_STATEMENT=%1").arg(i)});
            QVERIFY(server.restart());
            const test::ProcessResult first = ttc(a, {QStringLiteral("sync"), QStringLiteral("--once")});
            QTest::qWait(100);  // the server's log lines reach this process through the event loop
            const bool met = server.stderrText().contains(QByteArray("TTC_FAULT_DB_STATEMENT=" + QByteArray::number(i) + ")"));
            if (first.exitCode != 0) {
                QVERIFY2(met, first.err.constData());  // only the injected fault may fail a round
                ++faultsMet;
                const test::ProcessResult again = ttc(a, {QStringLiteral("sync"), QStringLiteral("--once")});
                QVERIFY2(again.exitCode == 0, again.err.constData());
            } else if (!met) {
                break;  // the round ran fewer statements than i: every one of them has failed once
            }
        }
        QVERIFY2(i > 3 && i <= 200, "the loop should end when i passes the statements of a round");
        qInfo("%d rounds, %d of them failed by the injected fault", i, faultsMet);
        QVERIFY(faultsMet > 0);

        server.setEnvironment({});
        QVERIFY(server.restart());
        r = ttc(b, {QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--server"), server.baseUrl(),
                    QStringLiteral("--email"), email},
                "password123\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ttc(b, {QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList fromA = history(a.profile().databasePath(), QStringLiteral("fa"));
        QCOMPARE(fromA.size(), i);
        QCOMPARE(history(b.profile().databasePath(), QStringLiteral("fb")), fromA);
        r = ttc(a, {QStringLiteral("account"), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("used_today")).toInt(), usage);
        for (const test::TempProfile *p : {&a, &b})
            (void)ttc(*p, {QStringLiteral("account"), QStringLiteral("logout")});
        server.terminate();
        QVERIFY(server.waitForExit(20000));
    }

    // The plan the server grants reaches the command line as it does the app: after a signed subscription event,
    // `ttc account status` shows Pro, and cloud voice is no longer refused for the plan (only for the missing key),
    // on this device and, after `ttc sync`, on a second one.
    void planFromTheServerReachesTheCli()
    {
        test::TestDatabase database{test::TestDatabase::Sqlite};
        QVERIFY2(database.isAvailable(), qPrintable(database.skipReason()));
        test::ServerProcess server;
        QVERIFY(server.start(database.url(), {},
                             {QStringLiteral("TTC_STRIPE_WEBHOOK_SECRET=whsec_cli"), QStringLiteral("TTC_STRIPE_PRICE_PRO=price_pro")}));
        const QString email = QStringLiteral("plan@example.com");
        test::TempProfile a, b;
        const QString userId = test::httpJson(QStringLiteral("POST"), server.baseUrl() + QStringLiteral("/v1/auth/signup"),
                                              {{QStringLiteral("email"), email}, {QStringLiteral("password"), QStringLiteral("password123")}})
                                   .json()
                                   .value(QStringLiteral("user_id"))
                                   .toString();
        QVERIFY(!userId.isEmpty());
        auto r = ttc(a, {QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--server"), server.baseUrl(),
                         QStringLiteral("--email"), email},
                     "password123\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList speak{QStringLiteral("speak"), QStringLiteral("hi"), QStringLiteral("--engine"),
                                QStringLiteral("elevenlabs"), QStringLiteral("--out"), QStringLiteral("/dev/null")};
        QCOMPARE(ttc(a, speak).exitCode, 4);  // free plan

        r = ttc(a, {QStringLiteral("account"), QStringLiteral("status"), QStringLiteral("--json")});
        const qint64 t = QDateTime::currentSecsSinceEpoch();
        const QByteArray body = QJsonDocument(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("evt_cli")}, {QStringLiteral("object"), QStringLiteral("event")},
            {QStringLiteral("type"), QStringLiteral("customer.subscription.created")}, {QStringLiteral("created"), t},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), QJsonObject{
                {QStringLiteral("id"), QStringLiteral("sub_cli")}, {QStringLiteral("object"), QStringLiteral("subscription")},
                {QStringLiteral("customer"), QStringLiteral("cus_cli")}, {QStringLiteral("status"), QStringLiteral("active")},
                {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user_id"), userId}}},
                {QStringLiteral("items"), QJsonObject{{QStringLiteral("data"), QJsonArray{QJsonObject{
                    {QStringLiteral("price"), QJsonObject{{QStringLiteral("id"), QStringLiteral("price_pro")}}},
                    {QStringLiteral("quantity"), 1}}}}}}}}}}}).toJson(QJsonDocument::Compact);
        const QByteArray sig = QMessageAuthenticationCode::hash(QByteArray::number(t) + '.' + body, "whsec_cli",
                                                                QCryptographicHash::Sha256).toHex();
        QCOMPARE(test::http(QStringLiteral("POST"), server.baseUrl() + QStringLiteral("/v1/billing/stripe/webhook"), body, {},
                            {{"Stripe-Signature", "t=" + QByteArray::number(t) + ",v1=" + sig}})
                     .status,
                 200);

        r = ttc(a, {QStringLiteral("account"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("tier")).toString(), QStringLiteral("pro"));
        QCOMPARE(ttc(a, speak).exitCode, 3);  // allowed by the plan; no ElevenLabs key here

        r = ttc(b, {QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--server"), server.baseUrl(),
                    QStringLiteral("--email"), email},
                "password123\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(ttc(b, {QStringLiteral("sync"), QStringLiteral("--once")}).exitCode, 0);
        QCOMPARE(ttc(b, speak).exitCode, 3);
        for (const test::TempProfile *p : {&a, &b})
            (void)ttc(*p, {QStringLiteral("account"), QStringLiteral("logout")});
        server.terminate();
        QVERIFY(server.waitForExit(20000));
    }
};

QTEST_GUILESS_MAIN(TestSyncCrashes)
#include "tst_sync_crashes.moc"
