#pragma once

#include "Result.h"
#include "account/AccountTypes.h"

#include <QSqlDatabase>

#include <optional>

namespace ttc::account {

// The account's rows in the store's kv table. Synchronous: call on the connection's thread.
namespace kv {
inline constexpr const char *kAccount = "account";
inline constexpr const char *kEntitlement = "account.entitlement";
inline constexpr const char *kLeaseKey = "account.lease_key";     // the server's Ed25519 public key, pinned at sign-in
inline constexpr const char *kCookie = "sync.cookie";
inline constexpr const char *kLastSync = "sync.last_ms";
inline constexpr const char *kLastError = "sync.last_error";

Result<std::optional<QByteArray>> get(QSqlDatabase &db, const QString &key);
Result<void> put(QSqlDatabase &db, const QString &key, const QByteArray &value);
Result<void> remove(QSqlDatabase &db, const QString &key);
} // namespace kv

struct StoredAccount
{
    AccountInfo info;
    std::optional<Entitlement> entitlement;
    QByteArray leaseKey;
    QString lastError;
    qint64 lastSyncMs = 0;
    int pendingMutations = 0;
};

Result<StoredAccount> loadAccount(QSqlDatabase &db);
Result<void> saveAccountInfo(QSqlDatabase &db, const AccountInfo &info);
Result<void> saveEntitlement(QSqlDatabase &db, const Entitlement &entitlement);
// Signing out forgets the account, its entitlement, lease key and sync cookie (local history stays).
Result<void> clearAccount(QSqlDatabase &db);

} // namespace ttc::account
