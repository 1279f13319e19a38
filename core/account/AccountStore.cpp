#include "account/AccountStore.h"

#include "store/Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace ttc::account {

namespace kv {

Result<std::optional<QByteArray>> get(QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM kv WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return store::sqlError(q, "kv read");
    if (!q.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(q.value(0).toByteArray());
}

Result<void> put(QSqlDatabase &db, const QString &key, const QByteArray &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO kv(key, value) VALUES (?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return store::sqlError(q, "kv write");
    return {};
}

Result<void> remove(QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM kv WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return store::sqlError(q, "kv delete");
    return {};
}

} // namespace kv

Result<StoredAccount> loadAccount(QSqlDatabase &db)
{
    StoredAccount out;
    auto account = kv::get(db, QString::fromLatin1(kv::kAccount));
    if (!account)
        return account.error();
    if (*account)
        out.info = AccountInfo::fromJson(QJsonDocument::fromJson(**account).object());
    auto ent = kv::get(db, QString::fromLatin1(kv::kEntitlement));
    if (!ent)
        return ent.error();
    if (*ent) {
        const QJsonObject o = QJsonDocument::fromJson(**ent).object();
        out.entitlement = Entitlement::fromJson(o, qint64(o.value(QStringLiteral("_fetched_at_ms")).toDouble()));
    }
    auto key = kv::get(db, QString::fromLatin1(kv::kLeaseKey));
    if (!key)
        return key.error();
    if (*key)
        out.leaseKey = **key;
    auto err = kv::get(db, QString::fromLatin1(kv::kLastError));
    if (err && *err)
        out.lastError = QString::fromUtf8(**err);
    auto last = kv::get(db, QString::fromLatin1(kv::kLastSync));
    if (last && *last)
        out.lastSyncMs = (**last).toLongLong();
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next())
        out.pendingMutations = q.value(0).toInt();
    return out;
}

Result<void> saveAccountInfo(QSqlDatabase &db, const AccountInfo &info)
{
    return kv::put(db, QString::fromLatin1(kv::kAccount), QJsonDocument(info.toJson()).toJson(QJsonDocument::Compact));
}

Result<void> saveEntitlement(QSqlDatabase &db, const Entitlement &entitlement)
{
    return kv::put(db, QString::fromLatin1(kv::kEntitlement),
                   QJsonDocument(entitlement.toJson()).toJson(QJsonDocument::Compact));
}

Result<void> clearAccount(QSqlDatabase &db)
{
    for (const char *key : {kv::kAccount, kv::kEntitlement, kv::kLeaseKey, kv::kCookie, kv::kLastSync, kv::kLastError}) {
        if (auto r = kv::remove(db, QString::fromLatin1(key)); !r)
            return r;
    }
    return {};
}

} // namespace ttc::account
