#include "TestSupport.h"
#include "store/ChatRepository.h"
#include "store/Database.h"
#include "util/Future.h"
#include "util/Uuid.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <signal.h>
#include <unistd.h>
#endif

using namespace ttc;
using namespace ttc::store;

namespace {

constexpr int kMessagesPerTransaction = 20;

// Child process: writes sessions, each with its messages, one transaction per session, forever. It reports
// "open N" once a transaction has written rows, then waits for a line on stdin before it goes on, so that the parent's
// SIGKILL lands inside the transaction for certain; it reports "committed N" after COMMIT returns.
int crashChildMain(const QString &path)
{
    Result<OpenInfo> r = openConnection(path, QStringLiteral("child"), {IntegrityCheck::None, false});
    if (!r) {
        std::fprintf(stderr, "child open failed: %s\n", qPrintable(r.error().message));
        return 3;
    }
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("child"));
    const QByteArray filler(700, 'x');
    for (int n = qEnvironmentVariableIntValue("TTC_CRASH_CHILD_START");; ++n) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        q.prepare(QStringLiteral("INSERT INTO sessions(id, title, created_at, updated_at) VALUES (?, ?, 1, 1)"));
        q.addBindValue(QStringLiteral("s%1").arg(n));
        q.addBindValue(QStringLiteral("session %1").arg(n));
        q.exec();
        for (int i = 0; i < kMessagesPerTransaction; ++i) {
            q.prepare(QStringLiteral("INSERT INTO messages(id, session_id, role, content, created_at, updated_at)"
                                     " VALUES (?, ?, 'user', ?, 1, 1)"));
            q.addBindValue(QStringLiteral("m%1-%2").arg(n).arg(i));
            q.addBindValue(QStringLiteral("s%1").arg(n));
            q.addBindValue(QString(QStringLiteral("word%1 ").arg(n) + QString::fromLatin1(filler)));
            q.exec();
            if (i == kMessagesPerTransaction / 2) {
                std::printf("open %d\n", n);
                std::fflush(stdout);
                if (std::fgetc(stdin) == EOF)
                    return 5;
            }
        }
        if (!q.exec(QStringLiteral("COMMIT")))
            return 4;
        std::printf("committed %d\n", n);
        std::fflush(stdout);
    }
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnItsOwnNamedThread()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("t.sqlite")));
        bool opened = false;
        db.open() | ttc::then(this, [&](Result<OpenInfo> r) { opened = r.ok(); });
        QString threadName;
        bool otherThread = false;
        int answer = 0;
        db.run([&](QSqlDatabase &c) {
              threadName = QThread::currentThread()->objectName();
              otherThread = QThread::currentThread() != qApp->thread();
              QSqlQuery q(c);
              q.exec(QStringLiteral("SELECT 6 * 7"));
              q.next();
              return q.value(0).toInt();
          })
            | ttc::then(this, [&](int v) { answer = v; });
        QTRY_COMPARE(answer, 42);
        QVERIFY(opened);
        QCOMPARE(threadName, QStringLiteral("ttc-db"));
        QVERIFY(otherThread);
    }

    void workAfterCloseIsRefused()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("t.sqlite")));
        db.open().waitForFinished();
        db.close();
        QFuture<int> f = db.run([](QSqlDatabase &) { return 1; });
        QVERIFY(f.isCanceled());
    }

    void garbageFileIsKeptAndReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("companion.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'Z'));
        }
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("integrity")));
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("kept as")));
        Result<OpenInfo> r = openConnection(path, QStringLiteral("garbage"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(!r->preservedCopy.isEmpty());
        QFile kept(r->preservedCopy);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray(8192, 'Z'));
        closeConnection(QStringLiteral("garbage"));
    }

    void damagedPagesAreDetected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("companion.sqlite"));
        {
            QVERIFY(openConnection(path, QStringLiteral("fill")).ok());
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("fill"));
            test::FakeClock clock;
            UuidV7Generator ids(clock);
            ChatRepository repo(db, clock, ids);
            const Session s = *repo.createSession(QStringLiteral("big"));
            for (int i = 0; i < 400; ++i) {
                Message m;
                m.sessionId = s.id;
                m.content = QStringLiteral("message %1 ").arg(i) + QString(200, QLatin1Char('y'));
                QVERIFY(repo.addMessage(m).ok());
            }
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        closeConnection(QStringLiteral("fill"));
        {
            // Scribble over the middle of the file, past the header: b-tree pages now hold nonsense.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 64 * 1024);
            f.seek(f.size() / 2 - 4096);
            QByteArray noise(12288, '\0');
            for (char &c : noise)
                c = char(QRandomGenerator::global()->bounded(256));
            f.write(noise);
        }
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral(".*")));
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral(".*")));
        Result<OpenInfo> r = openConnection(path, QStringLiteral("damaged"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY2(!r->preservedCopy.isEmpty(), "integrity_check did not notice the damage");
        QVERIFY(QFile::exists(r->preservedCopy));
        closeConnection(QStringLiteral("damaged"));
    }

#ifdef Q_OS_UNIX
    void survivesSigkillMidTransaction()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        QVERIFY(openConnection(path, QStringLiteral("prep")).ok());
        closeConnection(QStringLiteral("prep"));

        int committed = -1;
        int next = 0;
        for (int round = 0; round < 6; ++round) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("TTC_CRASH_CHILD"), path);
            env.insert(QStringLiteral("TTC_CRASH_CHILD_START"), QString::number(next));
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted());
            // Kill once the child has committed a few transactions and is inside another one.
            const int wantCommits = 3 + QRandomGenerator::global()->bounded(10);
            int seen = 0;
            bool killed = false;
            QByteArray pending;
            while (!killed && child.waitForReadyRead(10000)) {
                pending += child.readAllStandardOutput();
                qsizetype nl;
                while ((nl = pending.indexOf('\n')) >= 0) {
                    const QByteArray line = pending.left(nl);
                    pending.remove(0, nl + 1);
                    if (line.startsWith("committed ")) {
                        committed = line.mid(10).toInt();
                        ++seen;
                    } else if (line.startsWith("open ")) {
                        if (seen >= wantCommits) {
                            ::kill(pid_t(child.processId()), SIGKILL);
                            killed = true;
                            break;
                        }
                        child.write("\n");
                    }
                }
            }
            QVERIFY2(killed, child.readAllStandardError().constData());
            child.waitForFinished();
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            // Lines written before the kill may still be in the pipe: they count as committed too.
            pending += child.readAllStandardOutput();
            for (const QByteArray &line : pending.split('\n'))
                if (line.startsWith("committed "))
                    committed = line.mid(10).toInt();

            const QString name = QStringLiteral("after%1").arg(round);
            Result<OpenInfo> r = openConnection(path, name, {IntegrityCheck::Full, false});
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            QVERIFY2(r->preservedCopy.isEmpty(), "a killed writer must not damage the database");
            {
                QSqlDatabase db = QSqlDatabase::database(name);
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(CAST(substr(id, 2) AS INTEGER)) FROM sessions")));
                QVERIFY(q.next());
                const int sessions = q.value(0).toInt();
                const int maxId = q.value(1).toInt();
                // Every committed transaction is there, complete; the one in flight is entirely absent.
                QCOMPARE(sessions, committed + 1);
                QCOMPARE(maxId, committed);
                QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM messages")));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toInt(), (committed + 1) * kMessagesPerTransaction);
                QVERIFY(q.exec(QStringLiteral("INSERT INTO messages_fts(messages_fts) VALUES ('integrity-check')")));
                QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'word%1'")
                                   .arg(committed)));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toInt(), kMessagesPerTransaction);
            }
            closeConnection(name);
            next = committed + 1;
        }
        QVERIFY(committed >= 18);
    }
#endif
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("TTC_CRASH_CHILD"))
        return crashChildMain(qEnvironmentVariable("TTC_CRASH_CHILD"));
    TestDatabase test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_database.moc"
