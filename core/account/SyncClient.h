#pragma once

#include "Result.h"
#include "account/AccountTypes.h"
#include "account/ApiClient.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <random>

class QTimer;
class QWebSocket;

namespace ttc {
class Clock;
namespace store {
class Database;
}
} // namespace ttc

namespace ttc::account {

class AuthSession;

struct SyncStats
{
    int pushed = 0;        // mutations the server acknowledged this round
    int rejected = 0;      // of those, refused by a business rule (kept as `rejected` locally, never retried)
    int pulled = 0;        // patch rows received
    int pages = 0;
    bool reset = false;    // the server asked for a full merge (reset_required)
};

// Offline-first sync with ttc-server (PROTOCOL.md "Sync"): pushes the outbox in order (≤100 mutations, ≤1 MiB a
// batch; rows leave the outbox only after the server acknowledged them), then pulls pages from the stored cookie and
// applies each page with its cookie in one transaction. WebSocket pokes (or, without them, polling) start a round;
// failures back off with jitter. Every request is safe to repeat: mutation ids and the cookie make retries no-ops.
class SyncClient : public QObject
{
    Q_OBJECT

public:
    enum class Status { Idle, Syncing, Offline, Failed, SignedOut };
    Q_ENUM(Status)

    SyncClient(store::Database &db, AuthSession &auth, const Clock &clock, QObject *parent = nullptr);
    ~SyncClient() override;

    // Automatic mode: a round now, on pokes, on local changes and on a slow poll.
    void start();
    void stop();
    // One round (push everything, pull until up to date); done gets the stats or the error of the round.
    void syncOnce(std::function<void(Result<SyncStats>)> done);
    // A local write queued outbox rows: push soon.
    void notifyLocalChange();

    Status status() const { return m_status; }
    QString lastError() const { return m_lastError; }
    qint64 lastSyncMs() const { return m_lastSyncMs; }
    bool pokesConnected() const;

    // Tunables for tests.
    void setPollIntervalMs(int ms);
    void setBackoff(qint64 initialMs, qint64 maxMs) { m_backoffInitialMs = initialMs; m_backoffMaxMs = maxMs; }
    void setPageLimit(int rows) { m_pageLimit = rows; }
    void setBatchLimit(int mutations) { m_batchLimit = std::clamp(mutations, 1, 100); }

    // Jittered exponential backoff, pure: failures = consecutive failed rounds (≥1), jitter01 in [0,1).
    static qint64 backoffDelayMs(int failures, qint64 initialMs, qint64 maxMs, double jitter01);

Q_SIGNALS:
    void statusChanged(ttc::account::SyncClient::Status status);
    void synced(const ttc::account::SyncStats &stats);
    void entitlementReceived(const ttc::account::Entitlement &entitlement);

private:
    struct Round;
    void beginRound();
    void pushStep(std::shared_ptr<Round> round);
    void pullStep(std::shared_ptr<Round> round);
    void finishRound(std::shared_ptr<Round> round, Result<SyncStats> result);
    void handleReset(std::shared_ptr<Round> round);
    void scheduleRound(qint64 delayMs);
    void setStatus(Status status);
    void connectPokes();
    void onAuthState();

    store::Database &m_db;
    AuthSession &m_auth;
    const Clock &m_clock;
    QTimer *m_timer = nullptr;      // next round (backoff, debounce, poll)
    QTimer *m_pollTimer = nullptr;
    QTimer *m_wsRetry = nullptr;
    QWebSocket *m_socket = nullptr;
    bool m_running = false;
    bool m_inRound = false;
    bool m_again = false;           // something asked for a round while one ran
    QList<std::function<void(Result<SyncStats>)>> m_waiters;
    Status m_status = Status::Idle;
    QString m_lastError;
    qint64 m_lastSyncMs = 0;
    int m_failures = 0;
    int m_wsFailures = 0;
    int m_pollIntervalMs = 60000;
    qint64 m_backoffInitialMs = 1000;
    qint64 m_backoffMaxMs = 300000;
    int m_pageLimit = 500;
    int m_batchLimit = 100;
    std::mt19937_64 m_rng;
};

// Applies one pull page in one transaction (exposed for tests): server rows win, except rows this device has
// queued changes for (they are pushed and come back authoritative); deletes always apply. Stores the cookie.
Result<int> applyPullPage(QSqlDatabase &db, const QJsonArray &patch, const QJsonValue &cookie);

} // namespace ttc::account
