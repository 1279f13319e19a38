#include "Db.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <atomic>

namespace ttc::server {

Result<DbConfig> DbConfig::parse(const QString &url)
{
    DbConfig c;
    if (url.startsWith(u"sqlite:")) {
        c.dialect = Dialect::Sqlite;
        c.sqlitePath = url.mid(7);
        if (c.sqlitePath.startsWith(u"//"))
            c.sqlitePath = c.sqlitePath.mid(2);
        if (c.sqlitePath.isEmpty())
            return Error{QStringLiteral("usage"), QStringLiteral("sqlite: needs a path")};
        return c;
    }
    const QUrl u(url);
    if (u.scheme() != u"postgresql" && u.scheme() != u"postgres")
        return Error{QStringLiteral("usage"), QStringLiteral("--db expects sqlite:PATH or postgresql://…")};
    c.dialect = Dialect::Postgres;
    c.host = u.host();
    c.port = u.port(5432);
    c.user = u.userName();
    c.password = u.password();
    c.database = u.path().mid(1);
    const QUrlQuery q(u);
    if (q.hasQueryItem(QStringLiteral("host")))
        c.host = q.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded); // unix socket folder
    if (c.password.isEmpty())
        c.password = qEnvironmentVariable("TTC_DB_PASSWORD");
    if (c.password.isEmpty() && qEnvironmentVariableIsSet("TTC_DB_PASSWORD_FILE")) {
        QFile f(qEnvironmentVariable("TTC_DB_PASSWORD_FILE"));
        if (!f.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("config"), QStringLiteral("cannot read %1").arg(f.fileName())};
        c.password = QString::fromUtf8(f.readAll().trimmed());
    }
    if (c.database.isEmpty())
        return Error{QStringLiteral("usage"), QStringLiteral("postgresql URL needs a database name")};
    return c;
}

QString DbConfig::describe() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

namespace {
// Fault injection for the reliability tests: with TTC_FAULT_DB_STATEMENT=N the N-th statement run after
// armDbFaultInjection() fails once, as a lost connection would. Inert unless the variable is set.
std::atomic<qint64> g_statementsRun{0};
std::atomic<qint64> g_failStatement{0};
} // namespace

void armDbFaultInjection()
{
    bool ok = false;
    const qint64 n = qEnvironmentVariable("TTC_FAULT_DB_STATEMENT").toLongLong(&ok);
    g_statementsRun = 0;
    g_failStatement = ok && n > 0 ? n : 0;
}

Result<QSqlQuery> Sql::exec(const QString &sql, std::initializer_list<QVariant> binds)
{
    if (const qint64 failAt = g_failStatement.load(std::memory_order_relaxed); failAt > 0 && ++g_statementsRun == failAt) {
        qWarning("injected database fault (TTC_FAULT_DB_STATEMENT=%lld)", failAt);
        return Error{QStringLiteral("db"), QStringLiteral("injected fault (TTC_FAULT_DB_STATEMENT=%1)").arg(failAt)};
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (binds.size() == 0) {
        // Unprepared: PostgreSQL cannot PREPARE DDL or SET.
        if (!q.exec(sql))
            return Error{QStringLiteral("db"), q.lastError().nativeErrorCode() + u' ' + q.lastError().text()};
        return q;
    }
    if (!q.prepare(sql))
        return Error{QStringLiteral("db"), q.lastError().text()};
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Error{QStringLiteral("db"), q.lastError().nativeErrorCode() + u' ' + q.lastError().text()};
    return q;
}

Result<QVariant> Sql::scalar(const QString &sql, std::initializer_list<QVariant> binds)
{
    auto q = exec(sql, binds);
    if (!q)
        return q.error();
    if (!q->next())
        return QVariant();
    return q->value(0);
}

DbPool::DbPool(DbConfig config)
    : m_config(std::move(config)), m_prefix(QStringLiteral("ttc-server-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

DbPool::~DbPool()
{
    closeThreadConnection();
}

Result<Sql> DbPool::sql()
{
    const QString name = m_prefix + u'-' + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return Sql(db, m_config.dialect);
        QSqlDatabase::removeDatabase(name);
    }
    QSqlDatabase db;
    if (m_config.dialect == Dialect::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_config.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setDatabaseName(m_config.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open()) {
        const QString err = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{QStringLiteral("db_unavailable"), err};
    }
    Sql s(db, m_config.dialect);
    if (m_config.dialect == Dialect::Sqlite) {
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"})
            if (auto r = s.exec(QString::fromLatin1(pragma)); !r)
                return r.error();
    } else {
        if (auto r = s.exec(QStringLiteral("SET statement_timeout = 15000")); !r)
            return r.error();
    }
    return s;
}

void DbPool::closeThreadConnection()
{
    const QString name = m_prefix + u'-' + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

bool isTransient(const Error &error)
{
    if (error.code != u"db")
        return false;
    const QString &m = error.message;
    // SQLite: SQLITE_BUSY (5) / "database is locked"; PostgreSQL: 40001 serialization, 40P01 deadlock.
    return m.startsWith(u"5 ") || m.contains(u"database is locked") || m.startsWith(u"40001") || m.startsWith(u"40P01");
}

Result<void> DbPool::transactImpl(bool write, const std::function<Result<void>(Sql &)> &fn)
{
    // SQLite has one writer at a time. Writers of this process queue here and are woken at once, instead of each
    // sleeping in SQLite's busy handler (1, 2, 5 ... 100 ms steps), which made the 99th percentile of concurrent writes
    // ~100 ms. Other processes on the same file still meet the busy timeout.
    std::unique_lock<std::mutex> writer;
    if (m_config.dialect == Dialect::Sqlite && write)
        writer = std::unique_lock<std::mutex>(m_sqliteWriter);
    for (int attempt = 0;; ++attempt) {
        auto s = sql();
        if (!s)
            return s.error();
        const QString begin = m_config.dialect == Dialect::Sqlite && write ? QStringLiteral("BEGIN IMMEDIATE")
                                                                           : QStringLiteral("BEGIN");
        Result<void> r;
        if (auto b = s->exec(begin); !b) {
            r = b.error();
        } else {
            r = fn(*s);
            if (r.ok()) {
                if (auto c = s->exec(QStringLiteral("COMMIT")); !c)
                    r = c.error();
                else
                    return {};
            }
            (void)s->exec(QStringLiteral("ROLLBACK"));
        }
        if (!isTransient(r.error()) || attempt >= 20)
            return r;
        QThread::msleep(1 + QRandomGenerator::global()->bounded(5 << std::min(attempt, 5)));
    }
}

} // namespace ttc::server
