#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace ttc::store {

// A write transaction that rolls back unless committed. BEGIN IMMEDIATE takes the write lock up front, so two
// processes (the app and ttc) never deadlock upgrading a read lock.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db) {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin();
    bool commit();
    void rollback();

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

Error sqlError(const QSqlQuery &query, const char *what);
Error sqlError(const QSqlDatabase &db, const char *what);

// Runs one statement; true on success. For statements without results.
bool exec(QSqlDatabase &db, const QString &sql);

} // namespace ttc::store
