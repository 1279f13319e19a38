#pragma once

#include "chat/QuotaGuard.h"

#include <QSqlDatabase>

namespace ttc::account {

// What the account allows right now, read from the store: the tier and daily limit of the server's entitlement
// (its signed lease while valid, the last fetched entitlement within the grace period after), and today's usage as
// the server counted it plus this device's requests made since. nullopt when no account is signed in.
struct Allowance
{
    QString tier;
    int limit = -1;          // -1 unlimited
    int usedToday = 0;
    bool fromLease = false;  // a verified, unexpired lease decided it
};
std::optional<Allowance> accountAllowance(QSqlDatabase &db, qint64 nowMs);

// The quota guard of a profile that may be signed in: the account decides while one is signed in; otherwise the
// local guard (tier and limit from settings/env). An expired or unverifiable entitlement past its grace falls back
// to the free plan rather than to the local settings, so editing settings.ini does not lift an account's limits.
class AccountQuotaGuard final : public chat::QuotaGuard
{
public:
    AccountQuotaGuard(store::Database &db, const Settings *settings, const Clock &clock);
    QFuture<chat::QuotaDecision> check(const chat::QuotaRequest &request) override;
    QFuture<chat::QuotaStatus> status() override;

private:
    store::Database &m_db;
    const Clock &m_clock;
    chat::LocalQuotaGuard m_local;
};

} // namespace ttc::account
