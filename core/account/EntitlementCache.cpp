#include "account/EntitlementCache.h"

#include "account/AccountLogging.h"
#include "account/AccountStore.h"
#include "account/AuthSession.h"
#include "account/LeaseVerifier.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "util/Future.h"

namespace ttc::account {

EntitlementCache::EntitlementCache(store::Database &db, AuthSession &auth, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_auth(auth), m_clock(clock)
{
    connect(&m_auth, &AuthSession::stateChanged, this, [this] {
        if (!m_auth.isSignedIn() && m_current) {
            m_current.reset();
            m_pinnedKey.clear();
            Q_EMIT changed();
        } else if (m_auth.isSignedIn()) {
            load();
        }
    });
}

void EntitlementCache::load()
{
    m_db.run([](QSqlDatabase &db) { return loadAccount(db); }) | ttc::then(this, [this](Result<StoredAccount> stored) {
        if (!stored || !stored->info.isSignedIn())
            return;
        m_pinnedKey = stored->leaseKey;
        if (stored->entitlement) {
            Entitlement e = *stored->entitlement;
            e.lease = verifyLease(e.lease, m_pinnedKey, stored->info.userId);
            m_current = e;
            Q_EMIT changed();
        }
    });
}

void EntitlementCache::refresh()
{
    if (!m_auth.isSignedIn())
        return;
    m_auth.call("GET", QStringLiteral("/v1/entitlement"), {}, this, [this](const ApiReply &r) {
        m_refreshFailed = !r.ok();
        if (!r.ok()) {
            m_lastError = AuthSession::errorFor(r).message;
            Q_EMIT changed();
            return;
        }
        m_lastError.clear();
        if (auto e = Entitlement::fromJson(r.body, m_clock.nowMs()))
            accept(*e);
    });
}

void EntitlementCache::accept(Entitlement e)
{
    // ttc-server publishes its lease key at GET /v1/lease-key rather than inside each lease: with nothing pinned yet
    // and no key in the lease, fetch it once from the signed-in server and pin it (trust on first use as below).
    if (m_pinnedKey.isEmpty() && e.lease.publicKey.isEmpty() && !e.lease.payload.isEmpty() && !m_fetchingKey
        && m_auth.isSignedIn()) {
        m_fetchingKey = true;
        m_auth.call("GET", QStringLiteral("/v1/lease-key"), {}, this, [this, e](const ApiReply &r) mutable {
            m_fetchingKey = false;
            if (r.ok())
                e.lease.publicKey = r.body.value(QStringLiteral("public_key")).toString();
            acceptNow(std::move(e));
        });
        return;
    }
    acceptNow(std::move(e));
}

void EntitlementCache::acceptNow(Entitlement e)
{
    const AccountInfo account = m_auth.account();
    // Trust on first use per sign-in: the key that signs the first lease is the one later leases must match.
    QByteArray key = m_pinnedKey;
    bool pinNow = false;
    if (key.isEmpty() && !e.lease.publicKey.isEmpty()) {
        key = decodeBase64Any(e.lease.publicKey.toLatin1());
        pinNow = key.size() == 32;
    }
    e.lease = verifyLease(e.lease, key, account.userId);
    if (!e.lease.isEmpty() && !e.lease.verified)
        qCWarning(lcAccount) << "lease does not verify with the pinned key; no offline allowance";
    if (pinNow && e.lease.verified)
        m_pinnedKey = key;
    const QByteArray pinned = m_pinnedKey;
    m_current = e;
    m_refreshFailed = false;
    m_db.run([e, pinned, pinNow](QSqlDatabase &db) {
        if (pinNow && !pinned.isEmpty())
            (void)kv::put(db, QString::fromLatin1(kv::kLeaseKey), pinned);
        return saveEntitlement(db, e);
    });
    Q_EMIT changed();
}

bool EntitlementCache::withinGrace(qint64 nowMs) const
{
    return m_current && m_current->lease.verified && nowMs < m_current->lease.validUntilMs + kGraceMs;
}

QString EntitlementCache::effectiveTier(qint64 nowMs) const
{
    if (!m_current)
        return QStringLiteral("free");
    if (m_current->lease.verified && nowMs < m_current->lease.validUntilMs)
        return m_current->lease.tier;
    if (withinGrace(nowMs))
        return m_current->tier;
    return QStringLiteral("free");
}

} // namespace ttc::account
