#include "store/Sql.h"

#include "log/Logging.h"

#include <QCoreApplication>
#include <QSqlError>

namespace ttc::store {

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

bool Transaction::begin()
{
    QSqlQuery q(m_db);
    m_open = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_open)
        qCWarning(lcStore) << "cannot begin a transaction:" << q.lastError().text();
    return m_open;
}

bool Transaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        qCWarning(lcStore) << "commit failed:" << q.lastError().text();
        return false;
    }
    m_open = false;
    return true;
}

void Transaction::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_open = false;
}

static Error makeError(const QSqlError &e, const char *what)
{
    qCWarning(lcStore) << what << "failed:" << e.text();
    const bool busy = e.nativeErrorCode() == QLatin1String("5") || e.nativeErrorCode() == QLatin1String("6");
    return Error{busy ? QStringLiteral("db_busy") : QStringLiteral("db_error"),
                 busy ? QCoreApplication::translate("Database", "The history database is busy; try again.")
                      : QCoreApplication::translate("Database", "The history database reported an error: %1")
                            .arg(e.databaseText())};
}

Error sqlError(const QSqlQuery &query, const char *what)
{
    return makeError(query.lastError(), what);
}

Error sqlError(const QSqlDatabase &db, const char *what)
{
    return makeError(db.lastError(), what);
}

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    qCWarning(lcStore) << "statement failed:" << q.lastError().text();
    return false;
}

} // namespace ttc::store
