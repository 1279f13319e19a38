#include "account/AccountQuotaGuard.h"

#include "account/AccountStore.h"
#include "account/EntitlementCache.h"
#include "account/LeaseVerifier.h"
#include "store/Database.h"
#include "util/Clock.h"

namespace ttc::account {

std::optional<Allowance> accountAllowance(QSqlDatabase &db, qint64 nowMs)
{
    Result<StoredAccount> stored = loadAccount(db);
    if (!stored || !stored->info.isSignedIn())
        return std::nullopt;
    const QString freeTier = QStringLiteral("free");
    const qint64 dayStart = chat::quota::utcDayStartMs(nowMs);
    const int localToday = chat::quota::countUsageSince(db, dayStart);
    Allowance a{freeTier, chat::quota::tierDailyLimit(freeTier), localToday, false};
    if (!stored->entitlement)
        return a;  // signed in, entitlement not fetched yet: the free plan until the server says otherwise
    const Entitlement &e = *stored->entitlement;
    const Lease lease = verifyLease(e.lease, stored->leaseKey, stored->info.userId);
    if (!lease.verified || nowMs >= lease.validUntilMs + EntitlementCache::kGraceMs)
        return a;
    const bool fresh = nowMs < lease.validUntilMs;
    a.fromLease = fresh;
    a.tier = fresh ? lease.tier : e.tier;
    a.limit = fresh ? lease.dailyLimit : e.dailyLimit;
    // The server's count as of the fetch (when that was today) plus what this device did since.
    if (e.fetchedAtMs >= dayStart)
        a.usedToday = std::max(localToday, e.usedToday + chat::quota::countUsageSince(db, e.fetchedAtMs));
    return a;
}

AccountQuotaGuard::AccountQuotaGuard(store::Database &db, const Settings *settings, const Clock &clock)
    : m_db(db), m_clock(clock), m_local(db, settings, clock)
{
}

QFuture<chat::QuotaDecision> AccountQuotaGuard::check(const chat::QuotaRequest &request)
{
    const QString localTier = m_local.tier();
    const int localLimit = m_local.limit();
    const qint64 now = m_clock.nowMs();
    return m_db.run([request, localTier, localLimit, now](QSqlDatabase &db) {
        if (const std::optional<Allowance> a = accountAllowance(db, now))
            return chat::quota::decide(a->tier, request, a->usedToday, a->limit, now);
        const bool counted = !request.local && chat::quota::tierProviders(localTier).contains(request.provider);
        const int used = counted ? chat::quota::countUsageSince(db, chat::quota::utcDayStartMs(now)) : 0;
        return chat::quota::decide(localTier, request, used, localLimit, now);
    });
}

QFuture<chat::QuotaStatus> AccountQuotaGuard::status()
{
    const QString localTier = m_local.tier();
    const int localLimit = m_local.limit();
    const qint64 now = m_clock.nowMs();
    return m_db.run([localTier, localLimit, now](QSqlDatabase &db) {
        chat::QuotaStatus s;
        if (const std::optional<Allowance> a = accountAllowance(db, now)) {
            s.tier = a->tier;
            s.limit = a->limit;
            s.usedToday = a->usedToday;
        } else {
            s.tier = localTier;
            s.limit = localLimit;
            s.usedToday = chat::quota::countUsageSince(db, chat::quota::utcDayStartMs(now));
        }
        s.resetsAtMs = chat::quota::nextUtcMidnightMs(now);
        s.providers = chat::quota::tierProviders(s.tier);
        return s;
    });
}

} // namespace ttc::account
