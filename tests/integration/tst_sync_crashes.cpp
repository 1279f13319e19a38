// Sync survives crashes on both sides, as a user would meet them: `ttc sync` killed with SIGKILL mid-push and
// mid-pull, and ttc-server killed with SIGKILL mid-transaction and started again. Afterwards a new device holds exactly
// the history of the first: no message lost, none duplicated. Real ttc-server on SQLite and PostgreSQL.
#include "ServerHarness.h"
#include "TestSupport.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QElapsedTimer>
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
};

QTEST_GUILESS_MAIN(TestSyncCrashes)
#include "tst_sync_crashes.moc"
