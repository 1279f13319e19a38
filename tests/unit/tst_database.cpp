#include "TestSupport.h"
#include "store/ChatRepository.h"
#include "store/Database.h"
#include "store/OpenTracker.h"
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

// Child process: opens the database, says "open", and holds it until killed (or until stdin closes).
int holdChildMain(const QString &path)
{
    Result<OpenInfo> r = openConnection(path, QStringLiteral("holder"), {IntegrityCheck::None, false});
    if (!r)
        return 3;
    std::printf("open\n");
    std::fflush(stdout);
    std::fgetc(stdin);
    closeConnection(QStringLiteral("holder"));
    return 0;
}

Result<OpenInfo> openAndClose(const QString &path, const OpenOptions &options = {})
{
    static int n = 0;
    const QString name = QStringLiteral("once%1").arg(++n);
    Result<OpenInfo> r = openConnection(path, name, options);
    if (r)
        closeConnection(name);
    return r;
}

// Some history, so that the file is not trivially small; the connection stays open.
bool fill(const QString &connectionName, int messages)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName);
    test::FakeClock clock;
    UuidV7Generator ids(clock);
    ChatRepository repo(db, clock, ids);
    Result<Session> s = repo.createSession(QStringLiteral("big"));
    if (!s)
        return false;
    for (int i = 0; i < messages; ++i) {
        Message m;
        m.sessionId = s->id;
        m.content = QStringLiteral("message %1 ").arg(i) + QString(200, QLatin1Char('y'));
        if (!repo.addMessage(m).ok())
            return false;
    }
    return true;
}

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

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
        QCOMPARE(r->checkReason, CheckReason::NoRecord);  // copied in, never opened by us
        QVERIFY(r->integrityChecked);
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
            QVERIFY(fill(QStringLiteral("fill"), 400));
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("fill"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        closeConnection(QStringLiteral("fill"));  // a clean close: without the damage the next open would not check
        QThread::msleep(30);  // file times move in clock ticks: the damage must not share the close's time stamp
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
        QCOMPARE(r->checkReason, CheckReason::ChangedWhileClosed);
        QVERIFY(r->integrityChecked);
        QVERIFY2(!r->preservedCopy.isEmpty(), "integrity_check did not notice the damage");
        QVERIFY(QFile::exists(r->preservedCopy));
        closeConnection(QStringLiteral("damaged"));

        // The new database replaced the damaged one and was closed cleanly: no check, not even the full one.
        r = openAndClose(path);
        QVERIFY(r.ok());
        QCOMPARE(r->checkReason, CheckReason::CleanClose);
        QVERIFY(!r->integrityChecked);
    }

    void cleanCloseSkipsTheCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("companion.sqlite"));
        Result<OpenInfo> r = openAndClose(path);
        QVERIFY(r.ok());
        QCOMPARE(r->checkReason, CheckReason::NewDatabase);
        QVERIFY(!r->integrityChecked);
        QVERIFY(QFile::exists(OpenTracker::recordPath(path)));
        QVERIFY(QDir(OpenTracker::lockFolder(path)).entryList(QDir::Files).isEmpty());  // no lock left behind

        for (IntegrityCheck kind : {IntegrityCheck::Full, IntegrityCheck::Quick, IntegrityCheck::Full}) {
            r = openAndClose(path, {kind, false});
            QVERIFY(r.ok());
            QCOMPARE(r->checkReason, CheckReason::CleanClose);
            QVERIFY(!r->integrityChecked);
        }
    }

    void existingFileWithoutRecordIsCheckedOnce()
    {
        // A database written by a version that kept no record: checked on the first open, then no more.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("companion.sqlite"));
        QVERIFY(openConnection(path, QStringLiteral("old")).ok());
        QVERIFY(fill(QStringLiteral("old"), 20));
        closeConnection(QStringLiteral("old"));
        QVERIFY(QFile::remove(OpenTracker::recordPath(path)));

        Result<OpenInfo> r = openAndClose(path, {IntegrityCheck::Quick, false});
        QVERIFY(r.ok());
        QCOMPARE(r->checkReason, CheckReason::NoRecord);
        QVERIFY(r->integrityChecked);
        r = openAndClose(path, {IntegrityCheck::Quick, false});
        QVERIFY(r.ok());
        QCOMPARE(r->checkReason, CheckReason::CleanClose);
        QVERIFY(!r->integrityChecked);
        // Only a quick check looked at it: the app's full check is still due, once.
        r = openAndClose(path, {IntegrityCheck::Full, false});
        QVERIFY(r.ok());
        QCOMPARE(r->checkReason, CheckReason::FullCheckDue);
        QVERIFY(r->integrityChecked);
        r = openAndClose(path, {IntegrityCheck::Full, false});
        QVERIFY(r.ok());
        QCOMPARE(r->checkReason, CheckReason::CleanClose);
    }

    void fileReplacedWhileClosedIsChecked()
    {
        // Restored from a backup: a sound database, but not the one we closed.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("companion.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        QVERIFY(openConnection(backup, QStringLiteral("backup")).ok());
        QVERIFY(fill(QStringLiteral("backup"), 30));
        closeConnection(QStringLiteral("backup"));
        QVERIFY(openAndClose(path).ok());
        QThread::msleep(30);
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(backup, path));

        Result<OpenInfo> r = openAndClose(path, {IntegrityCheck::Quick, false});
        QVERIFY(r.ok());
        QCOMPARE(r->checkReason, CheckReason::ChangedWhileClosed);
        QVERIFY(r->integrityChecked);
        QVERIFY(r->preservedCopy.isEmpty());
        r = openAndClose(path, {IntegrityCheck::Quick, false});
        QVERIFY(r.ok());
        QCOMPARE(r->checkReason, CheckReason::CleanClose);
    }

    void anotherOpenConnectionDoesNotForceACheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("companion.sqlite"));
        QVERIFY(openAndClose(path).ok());
        Result<OpenInfo> a = openConnection(path, QStringLiteral("a"));
        QVERIFY(a.ok());
        QCOMPARE(a->checkReason, CheckReason::CleanClose);
        Result<OpenInfo> b = openConnection(path, QStringLiteral("b"), {IntegrityCheck::Quick, false});
        QVERIFY(b.ok());
        QCOMPARE(b->checkReason, CheckReason::CleanClose);
        QVERIFY(fill(QStringLiteral("b"), 50));
        closeConnection(QStringLiteral("a"));
        // b went on writing after a's close: the file no longer looks like a's record, but b holds it open.
        QVERIFY(fill(QStringLiteral("b"), 50));
        Result<OpenInfo> again = openConnection(path, QStringLiteral("a"));
        QVERIFY(again.ok());
        QCOMPARE(again->checkReason, CheckReason::CleanClose);
        QVERIFY(!again->integrityChecked);
        closeConnection(QStringLiteral("b"));
        closeConnection(QStringLiteral("a"));
        Result<OpenInfo> r = openAndClose(path);
        QVERIFY(r.ok());
        QCOMPARE(r->checkReason, CheckReason::CleanClose);
        QVERIFY(!r->integrityChecked);
    }

    void fullCheckRunsWeekly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("companion.sqlite"));
        test::FakeClock clock;
        OpenOptions full{IntegrityCheck::Full, false, &clock};
        OpenOptions quick{IntegrityCheck::Quick, false, &clock};
        QVERIFY(openAndClose(path, full).ok());  // new: counts as checked now
        clock.advance(6 * kDayMs);
        Result<OpenInfo> r = openAndClose(path, full);
        QVERIFY(r.ok());
        QCOMPARE(r->checkReason, CheckReason::CleanClose);
        clock.advance(2 * kDayMs);
        r = openAndClose(path, quick);  // the quick check has no age
        QVERIFY(r.ok());
        QCOMPARE(r->checkReason, CheckReason::CleanClose);
        QVERIFY(!r->integrityChecked);
        r = openAndClose(path, full);
        QVERIFY(r.ok());
        QCOMPARE(r->checkReason, CheckReason::FullCheckDue);
        QVERIFY(r->integrityChecked);
        clock.advance(6 * kDayMs);
        r = openAndClose(path, full);
        QVERIFY(r.ok());
        QCOMPARE(r->checkReason, CheckReason::CleanClose);
        QVERIFY(!r->integrityChecked);
    }

    void readOnlyOpensWriteNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("companion.sqlite"));
        QVERIFY(openAndClose(path).ok());
        QVERIFY(QFile::remove(OpenTracker::recordPath(path)));
        QVERIFY(QDir(OpenTracker::lockFolder(path)).removeRecursively());
        Result<OpenInfo> r = openConnection(path, QStringLiteral("reader"), {IntegrityCheck::Quick, true});
        QVERIFY(r.ok());
        QCOMPARE(r->checkReason, CheckReason::Untracked);
        QVERIFY(r->integrityChecked);
        QVERIFY(!QFile::exists(OpenTracker::lockFolder(path)));
        closeConnection(QStringLiteral("reader"));
        QVERIFY(!QFile::exists(OpenTracker::recordPath(path)));
        QVERIFY(!QFile::exists(OpenTracker::lockFolder(path)));
    }

    void checkReasonDecides_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("tracked");
        QTest::addColumn<int>("unclean");
        QTest::addColumn<bool>("othersOpen");
        QTest::addColumn<bool>("hasRecord");
        QTest::addColumn<qint64>("recordSize");
        QTest::addColumn<qint64>("lastFullCheckAgo");
        QTest::addColumn<int>("expected");
        const auto row = [](const char *name, IntegrityCheck requested, qint64 size, bool tracked, int unclean,
                            bool othersOpen, qint64 recordSize, qint64 lastFullCheckAgo, CheckReason expected) {
            QTest::newRow(name) << int(requested) << size << tracked << unclean << othersOpen << (recordSize != 0)
                                << recordSize << lastFullCheckAgo << int(expected);
        };
        const auto F = IntegrityCheck::Full, Q = IntegrityCheck::Quick, N = IntegrityCheck::None;
        const qint64 d = kDayMs, never = -1, noRecord = 0;
        row("no file", F, -1, true, 0, false, noRecord, d, CheckReason::NewDatabase);
        row("empty file", F, 0, true, 1, false, noRecord, d, CheckReason::NewDatabase);
        row("read-only", Q, 4096, false, 0, false, 4096, d, CheckReason::Untracked);
        row("killed", Q, 4096, true, 1, true, 4096, d, CheckReason::UncleanClose);
        row("killed, none asked", N, 4096, true, 1, false, 4096, d, CheckReason::UncleanClose);
        row("no record", Q, 4096, true, 0, false, noRecord, d, CheckReason::NoRecord);
        row("changed", Q, 8192, true, 0, false, 4096, d, CheckReason::ChangedWhileClosed);
        row("changed, held open", Q, 8192, true, 0, true, 4096, d, CheckReason::CleanClose);
        row("clean", F, 4096, true, 0, false, 4096, 6 * d, CheckReason::CleanClose);
        row("full due", F, 4096, true, 0, false, 4096, 7 * d, CheckReason::FullCheckDue);
        row("quick has no age", Q, 4096, true, 0, false, 4096, 70 * d, CheckReason::CleanClose);
        row("full never", F, 4096, true, 0, false, 4096, never, CheckReason::FullCheckDue);
        row("full in the future", F, 4096, true, 0, false, 4096, -8 * d, CheckReason::FullCheckDue);
    }

    void checkReasonDecides()
    {
        QFETCH(int, requested);
        QFETCH(qint64, size);
        QFETCH(bool, tracked);
        QFETCH(int, unclean);
        QFETCH(bool, othersOpen);
        QFETCH(bool, hasRecord);
        QFETCH(qint64, recordSize);
        QFETCH(qint64, lastFullCheckAgo);
        QFETCH(int, expected);
        const qint64 now = 1767225600000;
        OpenObservation seen;
        seen.current = FileSignature{size, 123456789, 7};
        seen.tracked = tracked;
        seen.uncleanCloses = unclean;
        seen.othersOpen = othersOpen;
        seen.nowMs = now;
        if (hasRecord)
            seen.record = CleanCloseRecord{FileSignature{recordSize, 123456789, 7},
                                           lastFullCheckAgo == -1 ? 0 : now - lastFullCheckAgo};
        QCOMPARE(int(checkReason(IntegrityCheck(requested), seen)), expected);
        if (hasRecord) {
            const auto back = CleanCloseRecord::fromJson(seen.record->toJson());
            QVERIFY(back.has_value());
            QCOMPARE(back->file, seen.record->file);
            QCOMPARE(back->lastFullCheckMs, seen.record->lastFullCheckMs);
        }
    }

#ifdef Q_OS_UNIX
    void killedHolderForcesACheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("companion.sqlite"));
        QVERIFY(openAndClose(path).ok());

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TTC_HOLD_CHILD"), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        while (!out.contains("open\n") && child.waitForReadyRead(10000))
            out += child.readAllStandardOutput();
        QVERIFY2(out.contains("open\n"), child.readAllStandardError().constData());

        // While the child lives, it is just another connection.
        Result<OpenInfo> r = openAndClose(path, {IntegrityCheck::Quick, false});
        QVERIFY(r.ok());
        QCOMPARE(r->checkReason, CheckReason::CleanClose);

        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        r = openAndClose(path, {IntegrityCheck::Quick, false});
        QVERIFY(r.ok());
        QCOMPARE(r->checkReason, CheckReason::UncleanClose);
        QVERIFY(r->integrityChecked);
        QVERIFY(r->preservedCopy.isEmpty());
        // The stale lock was cleared and this close was clean.
        QCOMPARE(QDir(OpenTracker::lockFolder(path)).entryList({QStringLiteral("*.lock")}, QDir::Files).size(), 0);
        r = openAndClose(path, {IntegrityCheck::Quick, false});
        QVERIFY(r.ok());
        QCOMPARE(r->checkReason, CheckReason::CleanClose);
        QVERIFY(!r->integrityChecked);
        // The killed holder was answered by a quick check only: the full one is due.
        r = openAndClose(path, {IntegrityCheck::Full, false});
        QVERIFY(r.ok());
        QCOMPARE(r->checkReason, CheckReason::FullCheckDue);
    }

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
            QCOMPARE(r->checkReason, CheckReason::UncleanClose);
            QVERIFY(r->integrityChecked);
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
    if (qEnvironmentVariableIsSet("TTC_HOLD_CHILD"))
        return holdChildMain(qEnvironmentVariable("TTC_HOLD_CHILD"));
    TestDatabase test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_database.moc"
