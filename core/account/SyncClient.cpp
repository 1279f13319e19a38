#include "account/SyncClient.h"

#include "account/AccountLogging.h"
#include "account/AccountStore.h"
#include "account/AuthSession.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "util/Clock.h"
#include "util/Future.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSqlQuery>
#include <QTimer>
#include <QWebSocket>

#include <cmath>

namespace ttc::account {

namespace {

constexpr qint64 kMaxBatchBytes = 900 * 1024;  // under the server's 1 MiB body limit with the envelope

struct OutboxRow
{
    qint64 rowId = 0;
    QString name;
    QJsonObject args;
    qint64 size = 0;
};

struct Batch
{
    QList<OutboxRow> rows;
    QJsonValue cookie;
};

Result<QList<OutboxRow>> readBatch(QSqlDatabase &db, int limit)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT mutation_id, name, args FROM outbox ORDER BY mutation_id LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return store::sqlError(q, "outbox read");
    QList<OutboxRow> rows;
    qint64 bytes = 0;
    while (q.next()) {
        OutboxRow r;
        r.rowId = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        const QByteArray args = q.value(2).toByteArray();
        r.args = QJsonDocument::fromJson(args).object();
        r.size = args.size() + r.name.size() + 32;
        if (!rows.isEmpty() && bytes + r.size > kMaxBatchBytes)
            break;
        bytes += r.size;
        rows << r;
    }
    return rows;
}

QJsonValue readCookie(QSqlDatabase &db)
{
    auto v = kv::get(db, QString::fromLatin1(kv::kCookie));
    if (!v || !*v)
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument doc = QJsonDocument::fromJson("[" + **v + "]");
    return doc.isArray() && !doc.array().isEmpty() ? doc.array().at(0) : QJsonValue(QJsonValue::Null);
}

QByteArray encodeCookie(const QJsonValue &cookie)
{
    QByteArray a = QJsonDocument(QJsonArray{cookie}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QVariant nullable(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    if (v.isDouble())
        return QVariant(qint64(v.toDouble()));
    return v.toVariant();
}

QVariant text(const QJsonValue &v)
{
    return v.isString() ? QVariant(v.toString()) : QVariant(QStringLiteral(""));
}

qint64 ms(const QJsonValue &v, qint64 fallback)
{
    const qint64 t = parseTimeMs(v);
    return t > 0 ? t : fallback;
}

} // namespace

Result<int> applyPullPage(QSqlDatabase &db, const QJsonArray &patch, const QJsonValue &cookie)
{
    store::Transaction tx(db);
    if (!tx.begin())
        return store::sqlError(db, "pull apply");
    if (auto r = kv::put(db, QStringLiteral("sync.applying"), QByteArrayLiteral("1")); !r)
        return r.error();
    // Prepared once per page: a page is up to 500 rows, and preparing each statement per row cost more than running it.
    QSqlQuery pending(db), parent(db), deleteSession(db), deleteMessage(db), putSession(db), putMessage(db), touch(db);
    pending.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE json_extract(args, '$.id') = ? AND name LIKE ? LIMIT 1"));
    parent.prepare(QStringLiteral("SELECT 1 FROM sessions WHERE id = ?"));
    deleteSession.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
    deleteMessage.prepare(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    putSession.prepare(QStringLiteral(
        "INSERT INTO sessions(id, title, provider, model, system_prompt, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title,"
        " provider = excluded.provider, model = excluded.model, system_prompt = excluded.system_prompt,"
        " created_at = excluded.created_at, updated_at = max(sessions.updated_at, excluded.updated_at)"));
    putMessage.prepare(QStringLiteral(
        "INSERT INTO messages(id, session_id, role, content, reasoning, status, error_code, error_message,"
        " provider, model, tokens_in, tokens_out, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
        " session_id = excluded.session_id, role = excluded.role, content = excluded.content,"
        " reasoning = excluded.reasoning, status = excluded.status, error_code = excluded.error_code,"
        " error_message = excluded.error_message, provider = excluded.provider, model = excluded.model,"
        " tokens_in = excluded.tokens_in, tokens_out = excluded.tokens_out, created_at = excluded.created_at,"
        " updated_at = excluded.updated_at"));
    touch.prepare(QStringLiteral("UPDATE sessions SET updated_at = max(updated_at, ?) WHERE id = ?"));
    const auto run = [](QSqlQuery &q) -> Result<void> {
        if (!q.exec())
            return store::sqlError(q, "pull apply");
        return {};
    };
    int applied = 0;
    for (const QJsonValue &entry : patch) {
        const QJsonObject p = entry.toObject();
        const QString op = p.value(QStringLiteral("op")).toString();
        const QString kind = p.value(QStringLiteral("kind")).toString();
        const QJsonValue idValue = p.value(QStringLiteral("id"));
        const QString id = idValue.isString() ? idValue.toString() : QString::number(qint64(idValue.toDouble()));
        const QJsonObject v = p.value(QStringLiteral("value")).toObject();
        if (id.isEmpty())
            continue;
        if (op == QLatin1String("del")) {
            QSqlQuery *q = kind == QLatin1String("session") ? &deleteSession
                         : kind == QLatin1String("message") ? &deleteMessage
                                                            : nullptr;
            if (!q)
                continue;
            q->addBindValue(id);
            if (auto r = run(*q); !r)
                return r.error();
            ++applied;
            continue;
        }
        if (op != QLatin1String("put"))
            continue;
        // Ours is queued: it is pushed next and comes back as the server's version.
        pending.addBindValue(id);
        pending.addBindValue(QString(kind + QStringLiteral(".%")));
        if (auto r = run(pending); !r)
            return r.error();
        const bool queued = pending.next();
        pending.finish();
        if (queued)
            continue;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (kind == QLatin1String("session")) {
            putSession.addBindValue(id);
            putSession.addBindValue(text(v.value(QStringLiteral("title"))));
            putSession.addBindValue(nullable(v.value(QStringLiteral("provider"))));
            putSession.addBindValue(nullable(v.value(QStringLiteral("model"))));
            putSession.addBindValue(nullable(v.value(QStringLiteral("system_prompt"))));
            const qint64 created = ms(v.value(QStringLiteral("created_at")), now);
            putSession.addBindValue(created);
            putSession.addBindValue(ms(v.value(QStringLiteral("updated_at")), created));
            if (auto r = run(putSession); !r)
                return r.error();
        } else if (kind == QLatin1String("message")) {
            const QString sessionId = v.value(QStringLiteral("session_id")).toString();
            parent.addBindValue(sessionId);
            if (auto r = run(parent); !r)
                return r.error();
            const bool hasParent = parent.next();
            parent.finish();
            if (!hasParent)
                continue;  // its session was deleted here (the delete is on its way) or never existed
            QString status = v.value(QStringLiteral("status")).toString();
            if (status.isEmpty() || status == QLatin1String("streaming"))
                status = QStringLiteral("complete");
            QString role = v.value(QStringLiteral("role")).toString();
            if (role != QLatin1String("system") && role != QLatin1String("assistant"))
                role = QStringLiteral("user");
            putMessage.addBindValue(id);
            putMessage.addBindValue(sessionId);
            putMessage.addBindValue(role);
            putMessage.addBindValue(text(v.value(QStringLiteral("content"))));
            putMessage.addBindValue(text(v.value(QStringLiteral("reasoning"))));
            putMessage.addBindValue(status);
            putMessage.addBindValue(nullable(v.value(QStringLiteral("error_code"))));
            putMessage.addBindValue(nullable(v.value(QStringLiteral("error_message"))));
            putMessage.addBindValue(nullable(v.value(QStringLiteral("provider"))));
            putMessage.addBindValue(nullable(v.value(QStringLiteral("model"))));
            putMessage.addBindValue(nullable(v.value(QStringLiteral("tokens_in"))));
            putMessage.addBindValue(nullable(v.value(QStringLiteral("tokens_out"))));
            const qint64 created = ms(v.value(QStringLiteral("created_at")), now);
            putMessage.addBindValue(created);
            putMessage.addBindValue(ms(v.value(QStringLiteral("updated_at")), created));
            if (auto r = run(putMessage); !r)
                return r.error();
            touch.addBindValue(ms(v.value(QStringLiteral("updated_at")), now));
            touch.addBindValue(sessionId);
            touch.exec();
        } else {
            continue;
        }
        ++applied;
    }
    if (auto r = kv::remove(db, QStringLiteral("sync.applying")); !r)
        return r.error();
    if (auto r = kv::put(db, QString::fromLatin1(kv::kCookie), encodeCookie(cookie)); !r)
        return r.error();
    if (!tx.commit())
        return store::sqlError(db, "pull apply");
    return applied;
}

struct SyncClient::Round
{
    AccountInfo account;
    SyncStats stats;
    bool resetDone = false;
    bool forceFullPull = false;
};

SyncClient::SyncClient(store::Database &db, AuthSession &auth, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_auth(auth), m_clock(clock), m_timer(new QTimer(this)), m_pollTimer(new QTimer(this)),
      m_wsRetry(new QTimer(this)), m_rng(std::random_device{}())
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncClient::beginRound);
    m_pollTimer->setInterval(m_pollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, [this] {
        if (!m_timer->isActive())
            beginRound();
    });
    m_wsRetry->setSingleShot(true);
    connect(m_wsRetry, &QTimer::timeout, this, &SyncClient::connectPokes);
    connect(&m_auth, &AuthSession::stateChanged, this, &SyncClient::onAuthState);
}

SyncClient::~SyncClient()
{
    if (m_socket)
        m_socket->abort();
}

qint64 SyncClient::backoffDelayMs(int failures, qint64 initialMs, qint64 maxMs, double jitter01)
{
    const int exp = std::clamp(failures - 1, 0, 30);
    const double base = std::min(double(maxMs), double(initialMs) * std::pow(2.0, exp));
    // "Equal jitter": never less than half the step, so a crowd of clients spreads out without hammering.
    return qint64(base / 2.0 + base / 2.0 * std::clamp(jitter01, 0.0, 1.0));
}

void SyncClient::setPollIntervalMs(int ms)
{
    m_pollIntervalMs = ms;
    m_pollTimer->setInterval(ms);
}

bool SyncClient::pokesConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void SyncClient::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void SyncClient::onAuthState()
{
    if (!m_auth.isSignedIn()) {
        if (m_socket) {
            m_socket->abort();
            m_socket->deleteLater();
            m_socket = nullptr;
        }
        m_timer->stop();
        setStatus(Status::SignedOut);
    } else if (m_running) {
        scheduleRound(0);
        connectPokes();
    }
}

void SyncClient::start()
{
    m_running = true;
    m_pollTimer->start();
    if (m_auth.isSignedIn()) {
        scheduleRound(0);
        connectPokes();
    } else {
        setStatus(Status::SignedOut);
    }
}

void SyncClient::stop()
{
    m_running = false;
    m_timer->stop();
    m_pollTimer->stop();
    m_wsRetry->stop();
    if (m_socket) {
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void SyncClient::notifyLocalChange()
{
    // A short debounce gathers a burst of writes into one push; a pending backoff is not cut short.
    if (m_running && m_failures == 0 && (!m_timer->isActive() || m_timer->remainingTime() > 300))
        scheduleRound(300);
}

void SyncClient::scheduleRound(qint64 delayMs)
{
    m_timer->start(int(std::clamp<qint64>(delayMs, 0, 24 * 3600 * 1000)));
}

void SyncClient::syncOnce(std::function<void(Result<SyncStats>)> done)
{
    m_waiters << std::move(done);
    if (!m_inRound)
        beginRound();
    else
        m_again = true;
}

void SyncClient::beginRound()
{
    if (m_inRound) {
        m_again = true;
        return;
    }
    if (!m_auth.isSignedIn()) {
        setStatus(Status::SignedOut);
        const auto waiters = std::exchange(m_waiters, {});
        for (const auto &w : waiters)
            w(Error{QStringLiteral("signed_out"), tr("Not signed in to an account.")});
        return;
    }
    m_inRound = true;
    m_again = false;
    setStatus(Status::Syncing);
    auto round = std::make_shared<Round>();
    round->account = m_auth.account();
    pushStep(round);
}

void SyncClient::pushStep(std::shared_ptr<Round> round)
{
    const int limit = m_batchLimit;
    m_db.run([limit](QSqlDatabase &db) { return readBatch(db, limit); })
        | ttc::then(this, [this, round](Result<QList<OutboxRow>> batch) {
            if (!batch) {
                finishRound(round, batch.error());
                return;
            }
            if (batch->isEmpty()) {
                pullStep(round);
                return;
            }
            const qint64 base = round->account.mutationBase;
            QJsonArray mutations;
            for (const OutboxRow &r : *batch)
                mutations.append(QJsonObject{{QStringLiteral("id"), double(r.rowId - base)},
                                             {QStringLiteral("name"), r.name},
                                             {QStringLiteral("args"), r.args}});
            const QJsonObject body{{QStringLiteral("client_id"), round->account.clientId},
                                   {QStringLiteral("mutations"), mutations}};
            const QList<OutboxRow> rows = *batch;
            m_auth.call("POST", QStringLiteral("/v1/sync/push"), body, this, [this, round, rows, base](const ApiReply &r) {
                if (!r.ok()) {
                    finishRound(round, AuthSession::errorFor(r));
                    return;
                }
                const qint64 last = qint64(r.body.value(QStringLiteral("last_mutation_id")).toDouble());
                QHash<qint64, QJsonObject> results;
                for (const QJsonValue &v : r.body.value(QStringLiteral("results")).toArray()) {
                    const QJsonObject o = v.toObject();
                    results.insert(qint64(o.value(QStringLiteral("id")).toDouble()), o);
                }
                if (last < rows.first().rowId - base) {
                    // The server has not seen earlier mutations that this device already dropped: its state for this
                    // client is gone. A full merge under the same id cannot fill the gap; report it.
                    finishRound(round, Error{QStringLiteral("sync_gap"),
                                             tr("The server lost this device's earlier changes. Sign out and in "
                                                "again to send the whole history.")});
                    return;
                }
                int acked = 0;
                int rejected = 0;
                bool putRejected = false;
                QList<QPair<QString, QPair<QString, QString>>> usage;  // id → (status, reason)
                for (const OutboxRow &row : rows) {
                    const qint64 wireId = row.rowId - base;
                    if (wireId > last)
                        break;
                    ++acked;
                    const QJsonObject res = results.value(wireId);
                    const QString status = res.value(QStringLiteral("status")).toString();
                    const bool isRejected = status == QLatin1String("rejected");
                    if (isRejected) {
                        ++rejected;
                        if (row.name.endsWith(QLatin1String(".put")))
                            putRejected = true;
                    }
                    if (row.name == QLatin1String("usage.record"))
                        usage.append({row.args.value(QStringLiteral("id")).toString(),
                                      {isRejected ? QStringLiteral("rejected") : QStringLiteral("synced"),
                                       res.value(QStringLiteral("reason")).toString()}});
                }
                const qint64 lastRow = base + last;
                m_db.run([lastRow, usage](QSqlDatabase &db) -> Result<void> {
                        store::Transaction tx(db);
                        if (!tx.begin())
                            return store::sqlError(db, "outbox ack");
                        QSqlQuery q(db);
                        q.prepare(QStringLiteral("DELETE FROM outbox WHERE mutation_id <= ?"));
                        q.addBindValue(lastRow);
                        if (!q.exec())
                            return store::sqlError(q, "outbox ack");
                        for (const auto &u : usage) {
                            QSqlQuery uq(db);
                            uq.prepare(QStringLiteral("UPDATE usage_events SET status = ?, reason = ? WHERE id = ?"));
                            uq.addBindValue(u.second.first);
                            uq.addBindValue(u.second.second.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                                      : QVariant(u.second.second));
                            uq.addBindValue(u.first);
                            if (!uq.exec())
                                return store::sqlError(uq, "outbox ack");
                        }
                        if (!tx.commit())
                            return store::sqlError(db, "outbox ack");
                        return {};
                    })
                    | ttc::then(this, [this, round, acked, rejected, putRejected](Result<void> ok) {
                        if (!ok) {
                            finishRound(round, ok.error());
                            return;
                        }
                        round->stats.pushed += acked;
                        round->stats.rejected += rejected;
                        round->forceFullPull = round->forceFullPull || putRejected;
                        if (acked == 0) {
                            // A gap on the server's side: nothing moves. Pull, and try again on the next round.
                            pullStep(round);
                            return;
                        }
                        pushStep(round);
                    });
            });
        });
}

void SyncClient::pullStep(std::shared_ptr<Round> round)
{
    const bool full = round->forceFullPull;
    m_db.run([full](QSqlDatabase &db) { return full ? QJsonValue(QJsonValue::Null) : readCookie(db); })
        | ttc::then(this, [this, round](QJsonValue cookie) {
            round->forceFullPull = false;
            const QJsonObject body{{QStringLiteral("client_id"), round->account.clientId},
                                   {QStringLiteral("cookie"), cookie}};
            m_auth.call("POST", QStringLiteral("/v1/sync/pull"), body, this, [this, round](const ApiReply &r) {
                if (r.status == 409 && r.code == QLatin1String("reset_required") && !round->resetDone) {
                    handleReset(round);
                    return;
                }
                if (!r.ok()) {
                    finishRound(round, AuthSession::errorFor(r));
                    return;
                }
                const QJsonArray patch = r.body.value(QStringLiteral("patch")).toArray();
                const QJsonValue next = r.body.value(QStringLiteral("cookie"));
                const bool more = r.body.value(QStringLiteral("more")).toBool();
                const QJsonObject ent = r.body.value(QStringLiteral("entitlement")).toObject();
                const qint64 now = m_clock.nowMs();
                std::optional<Entitlement> entitlement =
                    ent.isEmpty() ? std::nullopt : Entitlement::fromJson(ent, now);
                m_db.run([patch, next, entitlement](QSqlDatabase &db) -> Result<int> {
                        auto applied = applyPullPage(db, patch, next);
                        if (applied && entitlement)
                            (void)saveEntitlement(db, *entitlement);
                        return applied;
                    })
                    | ttc::then(this, [this, round, more, entitlement, count = int(patch.size())](Result<int> applied) {
                        if (!applied) {
                            finishRound(round, applied.error());
                            return;
                        }
                        round->stats.pulled += count;
                        ++round->stats.pages;
                        if (entitlement)
                            Q_EMIT entitlementReceived(*entitlement);
                        if (more)
                            pullStep(round);
                        else
                            finishRound(round, round->stats);
                    });
            });
        });
}

void SyncClient::handleReset(std::shared_ptr<Round> round)
{
    qCInfo(lcSync) << "server asked for a full merge (reset_required)";
    round->resetDone = true;
    round->stats.reset = true;
    const qint64 now = m_clock.nowMs();
    // Queue everything this device holds (puts are idempotent), forget the cookie, then push and pull from scratch:
    // rows only this device has reach the server, rows only the server has arrive here, nothing is dropped.
    m_db.run([now](QSqlDatabase &db) -> Result<void> {
            auto r = enqueueFullSnapshot(db, now, false);
            if (!r)
                return r.error();
            return kv::remove(db, QString::fromLatin1(kv::kCookie));
        })
        | ttc::then(this, [this, round](Result<void> ok) {
            if (!ok)
                finishRound(round, ok.error());
            else
                pushStep(round);
        });
}

void SyncClient::finishRound(std::shared_ptr<Round> round, Result<SyncStats> result)
{
    m_inRound = false;
    const qint64 now = m_clock.nowMs();
    if (result) {
        m_failures = 0;
        m_lastError.clear();
        m_lastSyncMs = now;
        m_db.run([now](QSqlDatabase &db) {
            (void)kv::remove(db, QString::fromLatin1(kv::kLastError));
            return kv::put(db, QString::fromLatin1(kv::kLastSync), QByteArray::number(now));
        });
        setStatus(Status::Idle);
        qCInfo(lcSync) << "synced: pushed" << result->pushed << "pulled" << result->pulled;
        Q_EMIT synced(*result);
    } else {
        ++m_failures;
        m_lastError = result.error().message;
        const QByteArray text = m_lastError.toUtf8();
        m_db.run([text](QSqlDatabase &db) { return kv::put(db, QString::fromLatin1(kv::kLastError), text); });
        const bool offline = result.error().code == QLatin1String("network")
                             || result.error().code == QLatin1String("timeout");
        setStatus(!m_auth.isSignedIn() ? Status::SignedOut : offline ? Status::Offline : Status::Failed);
        qCInfo(lcSync) << "sync failed:" << result.error().code;
    }
    Q_UNUSED(round)
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &w : waiters)
        w(result);
    if (!m_running || !m_auth.isSignedIn())
        return;
    if (!result) {
        std::uniform_real_distribution<double> jitter(0.0, 1.0);
        scheduleRound(backoffDelayMs(m_failures, m_backoffInitialMs, m_backoffMaxMs, jitter(m_rng)));
    } else if (m_again) {
        scheduleRound(0);
    }
}

void SyncClient::connectPokes()
{
    if (!m_running || !m_auth.isSignedIn() || (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState))
        return;
    m_auth.accessToken(this, [this](Result<QString> token) {
        if (!token || !m_running)
            return;
        if (!m_socket) {
            m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
            connect(m_socket, &QWebSocket::connected, this, [this] {
                m_wsFailures = 0;
                qCInfo(lcSync) << "pokes connected";
                scheduleRound(0);  // whatever changed while we were not listening
            });
            connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
                const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
                if (o.value(QStringLiteral("type")).toString() == QLatin1String("poke") && !m_inRound)
                    scheduleRound(0);
                else if (o.value(QStringLiteral("type")).toString() == QLatin1String("poke"))
                    m_again = true;
            });
            connect(m_socket, &QWebSocket::disconnected, this, [this] {
                if (!m_running)
                    return;
                ++m_wsFailures;
                std::uniform_real_distribution<double> jitter(0.0, 1.0);
                m_wsRetry->start(int(backoffDelayMs(m_wsFailures, 2000, 300000, jitter(m_rng))));
            });
        }
        QUrl url = m_auth.api().url(QStringLiteral("/v1/events"));
        url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token->toUtf8());
        m_socket->open(request);
    });
}

} // namespace ttc::account
