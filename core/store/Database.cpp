#include "store/Database.h"

#include "log/Logging.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

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

Attempt tryOpen(const QString &path, const QString &name, const OpenOptions &options)
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

    if (options.check != IntegrityCheck::None) {
        const QString sql = options.check == IntegrityCheck::Full ? QStringLiteral("PRAGMA integrity_check(20)")
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

} // namespace

Result<OpenInfo> openConnection(const QString &path, const QString &connectionName, const OpenOptions &options)
{
    OpenInfo info;
    Attempt attempt = tryOpen(path, connectionName, options);
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
        attempt = tryOpen(path, connectionName, options);
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
