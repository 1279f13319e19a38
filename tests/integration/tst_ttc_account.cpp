// ttc account / ttc sync as a user runs them: against a loopback sync server in another process, with the
// refresh token in the session's keychain and the password on stdin.
#include "TestSupport.h"
#include "store/ChatRepository.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace ttc;

class TestTtcAccount : public QObject
{
    Q_OBJECT

    QProcess m_server;
    QString m_url;

    test::ProcessResult ttc(const test::TempProfile &p, QStringList args, const QByteArray &input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TTC_KEYCHAIN_SERVICE"), QStringLiteral("ttc-test-account"));
        return test::runProcess(test::binary(QStringLiteral("ttc")), QStringList{QStringLiteral("--profile"), p.root()} + args,
                                input, env, 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.start(test::binary(QStringLiteral("ttc-fake-sync-server")), {});
        QVERIFY(m_server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
        const QByteArray line = m_server.readLine().trimmed();
        QVERIFY(line.startsWith("PORT "));
        m_url = QStringLiteral("127.0.0.1:") + QString::fromLatin1(line.mid(5));
    }

    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished();
    }

    void usageErrors()
    {
        test::TempProfile p;
        auto r = ttc(p, {QStringLiteral("account")});
        QCOMPARE(r.exitCode, 2);
        r = ttc(p, {QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--server"), m_url,
                    QStringLiteral("--email"), QStringLiteral("x@example.com"), QStringLiteral("--password"),
                    QStringLiteral("hunter22")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("stdin"));
        r = ttc(p, {QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--email"), QStringLiteral("x@example.com")},
                "password123\n");
        QCOMPARE(r.exitCode, 2);
        r = ttc(p, {QStringLiteral("sync"), QStringLiteral("--once")});
        QCOMPARE(r.exitCode, 8);
        QVERIFY(r.err.contains("not signed in"));
        r = ttc(p, {QStringLiteral("account"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Not signed in"));
    }

    void signupLoginSyncLogout()
    {
        test::TempProfile one, two;
        const QStringList creds{QStringLiteral("--server"), m_url, QStringLiteral("--email"), QStringLiteral("u@example.com")};
        auto r = ttc(one, QStringList{QStringLiteral("account"), QStringLiteral("signup")} + creds, "password123\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ttc(two, QStringList{QStringLiteral("account"), QStringLiteral("login")} + creds, "wrong-password\n");
        QCOMPARE(r.exitCode, 8);
        QVERIFY(r.err.contains("wrong"));
        r = ttc(two, QStringList{QStringLiteral("account"), QStringLiteral("login")} + creds, "password123\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // Nothing secret on disk: the profile holds neither the password nor a token.
        for (const test::TempProfile *p : {&one, &two}) {
            QDirIterator it(p->root(), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray data = f.readAll();
                QVERIFY2(!data.contains("password123"), qPrintable(f.fileName()));
                QVERIFY2(!data.contains("refresh_token"), qPrintable(f.fileName()));
            }
        }

        r = ttc(one, {QStringLiteral("account"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject status = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(status.value(QStringLiteral("tier")).toString(), QStringLiteral("free"));
        QCOMPARE(status.value(QStringLiteral("limit")).toInt(), 50);
        QCOMPARE(status.value(QStringLiteral("online")).toBool(), true);

        // History written on device one reaches device two through ttc sync.
        {
            const QString name = QStringLiteral("writer");
            QVERIFY(store::openConnection(one.profile().databasePath(), name).ok());
            {
                UuidV7Generator ids(SystemClock::instance());
                store::ChatRepository repo(QSqlDatabase::database(name), SystemClock::instance(), ids);
                const QString s = repo.createSession(QStringLiteral("synced chat"))->id;
                store::Message m;
                m.sessionId = s;
                m.content = QStringLiteral("hello from one");
                QVERIFY(repo.addMessage(m).ok());
            }
            store::closeConnection(name);
        }
        r = ttc(one, {QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("sent 2"));
        r = ttc(two, {QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ttc(two, {QStringLiteral("history"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("synced chat"), r.out.constData());

        r = ttc(one, {QStringLiteral("account"), QStringLiteral("logout")});
        QCOMPARE(r.exitCode, 0);
        r = ttc(one, {QStringLiteral("account"), QStringLiteral("status")});
        QVERIFY(r.out.contains("Not signed in"));
        r = ttc(one, {QStringLiteral("history"), QStringLiteral("list")});
        QVERIFY(r.out.contains("synced chat"));  // local history stays
    }

    void serverDownIsANetworkError()
    {
        test::TempProfile p;
        auto r = ttc(p, {QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--server"),
                         QStringLiteral("127.0.0.1:1"), QStringLiteral("--email"), QStringLiteral("x@example.com")},
                     "password123\n");
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(r.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestTtcAccount)
#include "tst_ttc_account.moc"
