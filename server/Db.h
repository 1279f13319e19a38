#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <mutex>
#include <initializer_list>

namespace ttc::server {

enum class Dialect { Sqlite, Postgres };

// --db sqlite:PATH | postgresql://[user[:password]@]host[:port]/dbname[?host=/socket/dir]
// A password is better given through PGPASSWORD or TTC_DB_PASSWORD than in the URL (it would show in `ps`).
struct DbConfig
{
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static Result<DbConfig> parse(const QString &url);
    QString describe() const; // without the password, for logs
};

// Tests only: arms TTC_FAULT_DB_STATEMENT (see Db.cpp); called once the server listens.
void armDbFaultInjection();

// One statement runner over a connection. Every dialect difference in SQL text goes through here or Migrations.
class Sql
{
public:
    Sql(QSqlDatabase db, Dialect dialect) : m_db(std::move(db)), m_dialect(dialect) {}

    Dialect dialect() const { return m_dialect; }
    // Runs a statement with positional `?` binds. Errors keep the driver text for logs, never for clients.
    Result<QSqlQuery> exec(const QString &sql, std::initializer_list<QVariant> binds = {});
    // Convenience: first column of the first row, or an invalid QVariant when no row.
    Result<QVariant> scalar(const QString &sql, std::initializer_list<QVariant> binds = {});
    // Rows changed by exec.
    static int affected(const QSqlQuery &q) { return q.numRowsAffected(); }

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

// Per-thread connections for the worker pool: each worker opens its own on first use and keeps it.
class DbPool
{
public:
    explicit DbPool(DbConfig config);
    ~DbPool();

    const DbConfig &config() const { return m_config; }
    Dialect dialect() const { return m_config.dialect; }

    // The calling thread's connection, opened on first use.
    Result<Sql> sql();

    // Runs fn inside one transaction (write = takes SQLite's write lock up front) and commits, retrying the whole
    // transaction on lock/serialization conflicts. fn returns an Error to roll back.
    template<typename T>
    Result<T> transact(bool write, const std::function<Result<T>(Sql &)> &fn)
    {
        Result<T> out = Error{QStringLiteral("db"), QStringLiteral("not run")};
        const Result<void> r = transactImpl(write, [&](Sql &s) -> Result<void> {
            out = fn(s);
            if (!out.ok())
                return out.error();
            return {};
        });
        if (!r.ok())
            return r.error();
        return out;
    }

    // Closes this thread's connection (workers call it as they stop).
    void closeThreadConnection();

private:
    Result<void> transactImpl(bool write, const std::function<Result<void>(Sql &)> &fn);
    DbConfig m_config;
    QString m_prefix;
    std::mutex m_sqliteWriter;  // one SQLite write transaction at a time in this process
};

bool isTransient(const Error &error); // lock/serialization conflict: worth retrying

} // namespace ttc::server
