#include "store/Database.h"

#include "log/Logging.h"
#include "store/Migrations.h"
#include "store/OpenTracker.h"
#include "store/Sql.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <memory>
#include <unordered_map>

namespace ttc::store {

namespace {

// SQLite result codes that mean the file itself is damaged.
bool isCorruption(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26");  // SQLITE_CORRUPT, SQLITE_NOTADB
}

enum class Outcome { Ok, Corrupt, Failed };

struct Attempt
{
    Outcome outcome = Outcome::Failed;
    Error error;
    QString detail;
};

Attempt tryOpen(const QString &path, const QString &name, const OpenOptions &options, IntegrityCheck check)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (options.readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return {Outcome::Failed,
                Error{QStringLiteral("db_open"), QCoreApplication::translate("Database",
                                                                             "Cannot open the history database %1: %2")
                                                     .arg(path, db.lastError().text())},
                {}};

    QSqlQuery q(db);
    const auto pragma = [&](const QString &sql) -> Attempt {
        if (q.exec(sql))
            return {Outcome::Ok, {}, {}};
        return {isCorruption(q.lastError()) ? Outcome::Corrupt : Outcome::Failed, sqlError(q, "open"),
                q.lastError().text()};
    };
    if (!options.readOnly) {
        if (Attempt a = pragma(QStringLiteral("PRAGMA journal_mode = WAL")); a.outcome != Outcome::Ok)
            return a;
    }
    for (const char *sql : {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY"}) {
        if (Attempt a = pragma(QString::fromLatin1(sql)); a.outcome != Outcome::Ok)
            return a;
    }

    if (check != IntegrityCheck::None) {
        const QString sql = check == IntegrityCheck::Full ? QStringLiteral("PRAGMA integrity_check(20)")
                                                                  : QStringLiteral("PRAGMA quick_check(20)");
        if (!q.exec(sql))
            return {isCorruption(q.lastError()) ? Outcome::Corrupt : Outcome::Failed, sqlError(q, "integrity check"),
                    q.lastError().text()};
        QStringList problems;
        while (q.next())
            problems << q.value(0).toString();
        if (problems != QStringList{QStringLiteral("ok")})
            return {Outcome::Corrupt, {}, problems.join(QLatin1String("; "))};
    }
    return {Outcome::Ok, {}, {}};
}

QString moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, target))
        return {};
    // The WAL may hold committed rows the main file lacks: keep it next to the copy so both can be examined.
    if (QFile::exists(path + QStringLiteral("-wal")))
        QFile::rename(path + QStringLiteral("-wal"), target + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return target;
}

// What closeConnection() needs to record a clean close.
struct OpenSession
{
    std::unique_ptr<OpenTracker> tracker;
    CheckReason reason = CheckReason::NewDatabase;
    qint64 openedAtMs = 0;
    qint64 fullCheckPassedAtMs = 0;
};

// Connection name -> its session. Never destroyed: a connection still open when the process exits keeps its lock
// file, so the next open checks, as after a crash.
QMutex &sessionsMutex()
{
    static auto *m = new QMutex;
    return *m;
}

std::unordered_map<QString, OpenSession> &sessions()
{
    static auto *s = new std::unordered_map<QString, OpenSession>;
    return *s;
}

// Registers this connection (unless read-only) and decides, from what the others left, whether to check.
CheckReason observe(OpenTracker &tracker, const QString &path, const OpenOptions &options, qint64 nowMs)
{
    OpenObservation seen;
    seen.tracked = !options.readOnly && tracker.registerOpen();
    seen.uncleanCloses = tracker.uncleanCloses();
    seen.othersOpen = tracker.othersOpen();
    seen.record = tracker.readRecord();
    seen.current = OpenTracker::signatureOf(path);
    seen.nowMs = nowMs;
    return checkReason(options.check, seen);
}

void logDecision(const QString &path, IntegrityCheck check, CheckReason reason)
{
    const QString why = describe(reason);
    if (!worthChecking(reason))
        qCInfo(lcStore).noquote() << "integrity check of" << path << "skipped:" << why;
    else if (check == IntegrityCheck::None)
        qCInfo(lcStore).noquote() << "integrity check of" << path << "not requested, though" << why;
    else
        qCInfo(lcStore).noquote() << (check == IntegrityCheck::Full ? "full" : "quick") << "integrity check of"
                                  << path << "because" << why;
}

} // namespace

Result<OpenInfo> openConnection(const QString &path, const QString &connectionName, const OpenOptions &options)
{
    OpenInfo info;
    OpenSession session;
    session.tracker = std::make_unique<OpenTracker>(path);
    session.openedAtMs = (options.clock ? *options.clock : SystemClock::instance()).nowMs();
    info.checkReason = session.reason = observe(*session.tracker, path, options, session.openedAtMs);
    info.integrityChecked = options.check != IntegrityCheck::None && worthChecking(info.checkReason);
    logDecision(path, options.check, info.checkReason);

    Attempt attempt =
        tryOpen(path, connectionName, options, info.integrityChecked ? options.check : IntegrityCheck::None);
    bool fresh = info.checkReason == CheckReason::NewDatabase;
    if (attempt.outcome == Outcome::Corrupt) {
        qCCritical(lcStore) << "the database failed its integrity check:" << attempt.detail;
        closeConnection(connectionName);
        if (options.readOnly)
            return Error{QStringLiteral("db_corrupt"),
                         QCoreApplication::translate("Database", "The history database %1 is damaged (%2).")
                             .arg(path, attempt.detail)};
        info.preservedCopy = moveAside(path);
        if (info.preservedCopy.isEmpty())
            return Error{QStringLiteral("db_corrupt"),
                         QCoreApplication::translate("Database",
                                                     "The history database %1 is damaged and could not be moved "
                                                     "aside. Move it away by hand to start a new one.")
                             .arg(path)};
        qCCritical(lcStore) << "the damaged database was kept as" << info.preservedCopy
                            << "and a new one is created";
        session.tracker->forgetRecord();
        fresh = true;
        attempt = tryOpen(path, connectionName, options, IntegrityCheck::None);
    }
    if (attempt.outcome != Outcome::Ok) {
        closeConnection(connectionName);
        return attempt.error.code.isEmpty()
                   ? Error{QStringLiteral("db_corrupt"),
                           QCoreApplication::translate("Database", "The history database %1 is damaged (%2).")
                               .arg(path, attempt.detail)}
                   : attempt.error;
    }

    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    info.migratedFrom = migrations::currentVersion(db);
    if (options.readOnly) {
        info.schemaVersion = info.migratedFrom;
        return info;
    }
    Result<int> migrated = migrations::migrate(db);
    if (!migrated) {
        db = QSqlDatabase();
        closeConnection(connectionName);
        return migrated.error();
    }
    info.schemaVersion = *migrated;
    if (fresh || (info.integrityChecked && options.check == IntegrityCheck::Full))
        session.fullCheckPassedAtMs = session.openedAtMs;  // a new database needs no check either
    if (session.tracker->isRegistered()) {
        QMutexLocker lock(&sessionsMutex());
        sessions().insert_or_assign(connectionName, std::move(session));
    }
    return info;
}

void closeConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);

    OpenSession session;
    {
        QMutexLocker lock(&sessionsMutex());
        if (auto it = sessions().find(connectionName); it != sessions().end()) {
            session = std::move(it->second);
            sessions().erase(it);
        }
    }
    if (session.tracker)  // closed now, checkpointed if it was the last connection: record what the file looks like
        session.tracker->recordCleanClose(lastFullCheckAtClose(session.reason, session.openedAtMs,
                                                               session.fullCheckPassedAtMs,
                                                               session.tracker->readRecord()));
}

Database::Database(QString path, QObject *parent) : QObject(parent), m_path(std::move(path))
{
    static std::atomic<int> counter{0};
    m_connectionName = QStringLiteral("ttc-db-%1").arg(counter.fetch_add(1));
    m_thread.setObjectName(QStringLiteral("ttc-db"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

Database::~Database()
{
    close();
}

QFuture<Result<OpenInfo>> Database::open(const OpenOptions &options)
{
    const QString path = m_path;
    const QString name = m_connectionName;
    return run([path, name, options](QSqlDatabase &) { return openConnection(path, name, options); });
}

bool Database::post(std::function<void(QSqlDatabase &)> job)
{
    if (!m_thread.isRunning() || m_closing)
        return false;
    const QString name = m_connectionName;
    QMetaObject::invokeMethod(
        m_worker,
        [name, job = std::move(job)] {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            job(db);
        },
        Qt::QueuedConnection);
    return true;
}

void Database::close()
{
    if (!m_thread.isRunning())
        return;
    m_closing = true;
    const QString name = m_connectionName;
    QMetaObject::invokeMethod(m_worker, [name] { closeConnection(name); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();  // shutdown only: the queue is drained so no committed work is lost
}

} // namespace ttc::store
