#pragma once

#include "account/AccountTypes.h"

#include <QObject>

#include <optional>

namespace ttc {
class Clock;
namespace store {
class Database;
}
} // namespace ttc

namespace ttc::account {

class AuthSession;

// The account's tier and quota as last heard from the server, kept in the store for offline use. The lease is
// verified with the server key pinned at the first entitlement of a sign-in; an unverifiable lease grants nothing
// offline. After the lease runs out, the cached tier is still shown for a grace period, but offline spending then
// follows the free tier's arithmetic until the server is reached again.
class EntitlementCache : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kGraceMs = 72ll * 3600 * 1000;

    EntitlementCache(store::Database &db, AuthSession &auth, const Clock &clock, QObject *parent = nullptr);

    void load();                                // from the store (after sign-in state is known)
    void refresh();                             // GET /v1/entitlement when signed in
    void accept(Entitlement entitlement);       // from a pull or a refresh: verify, store, announce

    const std::optional<Entitlement> &current() const { return m_current; }
    bool lastRefreshFailed() const { return m_refreshFailed; }
    QString lastError() const { return m_lastError; }
    // The tier to apply now: the lease's while valid, the cached one within the grace period, else "free".
    QString effectiveTier(qint64 nowMs) const;
    bool withinGrace(qint64 nowMs) const;

Q_SIGNALS:
    void changed();

private:
    void acceptNow(Entitlement entitlement);

    store::Database &m_db;
    AuthSession &m_auth;
    const Clock &m_clock;
    std::optional<Entitlement> m_current;
    QByteArray m_pinnedKey;
    bool m_refreshFailed = false;
    bool m_fetchingKey = false;
    QString m_lastError;
};

} // namespace ttc::account
