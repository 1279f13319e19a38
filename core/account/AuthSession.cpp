#include "account/AuthSession.h"

#include "account/AccountLogging.h"
#include "account/AccountStore.h"
#include "account/TokenStore.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "util/Clock.h"
#include "util/Future.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSysInfo>

namespace ttc::account {

namespace {

bool isTokenRejection(const ApiReply &r)
{
    return r.status == 401;
}

} // namespace

Result<qint64> enqueueFullSnapshot(QSqlDatabase &db, qint64 nowMs, bool resetOutbox,
                                   const std::function<Result<void>(qint64 base)> &beforeInsert)
{
    store::Transaction tx(db);
    if (!tx.begin())
        return store::sqlError(db, "snapshot");
    QSqlQuery q(db);
    qint64 base = 0;
    if (resetOutbox) {
        // The next AUTOINCREMENT id is seq + 1, so this base makes the new client's first mutation id 1.
        if (!q.exec(QStringLiteral("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0)")))
            return store::sqlError(q, "snapshot");
        if (q.next())
            base = q.value(0).toLongLong();
        if (!q.exec(QStringLiteral("DELETE FROM outbox")))
            return store::sqlError(q, "snapshot");
    }
    if (beforeInsert) {
        if (auto r = beforeInsert(base); !r)
            return r.error();
    }
    const QString now = QString::number(nowMs);
    const QStringList statements = {
        QStringLiteral("INSERT INTO outbox(name, args, created_at) SELECT 'session.put', json_object('id', id, 'title',"
                       " title, 'provider', provider, 'model', model, 'system_prompt', system_prompt, 'created_at',"
                       " created_at, 'updated_at', updated_at), %1 FROM sessions ORDER BY created_at, id")
            .arg(now),
        QStringLiteral("INSERT INTO outbox(name, args, created_at) SELECT 'message.put', json_object('id', id,"
                       " 'session_id', session_id, 'role', role, 'content', content, 'reasoning', reasoning, 'status',"
                       " status, 'error_code', error_code, 'error_message', error_message, 'provider', provider,"
                       " 'model', model, 'tokens_in', tokens_in, 'tokens_out', tokens_out, 'created_at', created_at,"
                       " 'updated_at', updated_at), %1 FROM messages WHERE status <> 'streaming'"
                       " ORDER BY created_at, id")
            .arg(now),
        QStringLiteral("INSERT INTO outbox(name, args, created_at) SELECT 'usage.record', json_object('id', id,"
                       " 'provider', provider, 'kind', kind, 'occurred_at', occurred_at, 'tokens_in', tokens_in,"
                       " 'tokens_out', tokens_out), %1 FROM usage_events WHERE status = 'pending'"
                       " ORDER BY occurred_at, id")
            .arg(now),
    };
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return store::sqlError(q, "snapshot");
    }
    if (!tx.commit())
        return store::sqlError(db, "snapshot");
    return base;
}

AuthSession::AuthSession(store::Database &db, TokenStore &tokens, QNetworkAccessManager &nam, const Clock &clock,
                         QObject *parent)
    : QObject(parent), m_db(db), m_tokens(tokens), m_api(nam, clock), m_clock(clock)
{
}

AuthSession::~AuthSession() = default;

Error AuthSession::errorFor(const ApiReply &reply)
{
    if (reply.transportFailed())
        return Error{reply.code, reply.message};
    QString text;
    if (reply.code == QLatin1String("bad_credentials"))
        text = tr("The email or password is wrong.");
    else if (reply.code == QLatin1String("email_taken"))
        text = tr("An account with this email already exists. Sign in instead.");
    else if (reply.code == QLatin1String("rate_limited"))
        text = reply.retryAfterMs > 0
                   ? tr("Too many attempts. Try again in %n second(s).", nullptr, int((reply.retryAfterMs + 999) / 1000))
                   : tr("Too many attempts. Try again later.");
    else if (reply.code == QLatin1String("validation"))
        text = tr("The server did not accept this: %1").arg(reply.message);
    else if (reply.code == QLatin1String("invalid_token") || reply.code == QLatin1String("token_expired"))
        text = tr("The session has ended. Sign in again.");
    else if (reply.status >= 500)
        text = tr("The account server has a problem (HTTP %1). Try again later.").arg(reply.status);
    else
        text = reply.message.isEmpty() ? tr("The account server refused the request (HTTP %1).").arg(reply.status)
                                       : tr("The account server refused the request: %1").arg(reply.message);
    return Error{reply.code, text};
}

void AuthSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AuthSession::load()
{
    auto future = m_db.run([](QSqlDatabase &db) { return loadAccount(db); });
    future | ttc::then(this, [this](Result<StoredAccount> stored) {
        if (!stored) {
            qCWarning(lcAccount) << "account state unreadable:" << stored.error().code;
            setState(State::SignedOut);
            return;
        }
        m_account = stored->info;
        if (!m_account.isSignedIn()) {
            setState(State::SignedOut);
            return;
        }
        m_api.setServer(m_account.server);
        setState(State::SignedIn);
    });
}

void AuthSession::signup(const QUrl &server, const QString &email, const QString &password, QObject *context, Done done)
{
    m_api.setServer(server);
    m_api.call("POST", QStringLiteral("/v1/auth/signup"),
               QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}}, {}, context,
               [done](const ApiReply &r) {
                   if (!r.ok())
                       done(errorFor(r));
                   else
                       done(Result<void>());
               });
}

void AuthSession::acceptTokens(const QJsonObject &body)
{
    m_accessToken = body.value(QStringLiteral("access_token")).toString();
    const int expiresIn = body.value(QStringLiteral("expires_in")).toInt(300);
    // Renew a little early so a request never leaves with a token that expires on the way.
    m_accessExpiresMs = m_clock.nowMs() + qint64(std::max(1, expiresIn - std::min(30, expiresIn / 5))) * 1000;
}

void AuthSession::login(const QUrl &server, const QString &email, const QString &password, const QString &deviceName,
                        QObject *context, Done done)
{
    m_api.setServer(server);
    const QString device = deviceName.isEmpty() ? QSysInfo::machineHostName() : deviceName;
    QPointer<QObject> guard(context);
    m_api.call(
        "POST", QStringLiteral("/v1/auth/login"),
        QJsonObject{{QStringLiteral("email"), email},
                    {QStringLiteral("password"), password},
                    {QStringLiteral("device_name"), device}},
        {}, this, [this, server, email, guard, done](const ApiReply &r) {
            auto finish = [guard, done](Result<void> result) {
                if (guard)
                    done(result);
            };
            if (!r.ok()) {
                finish(errorFor(r));
                return;
            }
            const QString refreshToken = r.body.value(QStringLiteral("refresh_token")).toString();
            if (refreshToken.isEmpty() || r.body.value(QStringLiteral("access_token")).toString().isEmpty()) {
                finish(Error{QStringLiteral("bad_response"), tr("The account server sent no session tokens.")});
                return;
            }
            acceptTokens(r.body);
            AccountInfo info;
            info.server = server;
            info.email = email;
            UuidV7Generator ids(m_clock);
            info.clientId = ids.next();
            // Who we are comes from the token's claims (sub); PROTOCOL.md has no /me route.
            const QList<QByteArray> parts = m_accessToken.toUtf8().split('.');
            if (parts.size() == 3) {
                const QJsonObject claims =
                    QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
                const QJsonValue sub = claims.value(QStringLiteral("sub"));
                info.userId = sub.isString() ? sub.toString() : QString::number(qint64(sub.toDouble()));
            }
            m_tokens.write(info.secretName(), refreshToken, this, [this, info, finish](Result<void> written) mutable {
                if (!written) {
                    m_accessToken.clear();
                    finish(written.error());
                    return;
                }
                const qint64 now = m_clock.nowMs();
                m_db.run([info, now](QSqlDatabase &db) mutable -> Result<AccountInfo> {
                        // Saving the account first arms the capture triggers; the snapshot then queues everything
                        // that is already here, under the new client id.
                        auto base = enqueueFullSnapshot(db, now, true, [&db, &info](qint64 b) -> Result<void> {
                            info.mutationBase = b;
                            for (const char *key : {kv::kCookie, kv::kEntitlement, kv::kLastError, kv::kLastSync})
                                if (auto removed = kv::remove(db, QString::fromLatin1(key)); !removed)
                                    return removed;
                            return saveAccountInfo(db, info);
                        });
                        if (!base)
                            return base.error();
                        return info;
                    })
                    | ttc::then(this, [this, finish](Result<AccountInfo> saved) {
                        if (!saved) {
                            m_accessToken.clear();
                            finish(saved.error());
                            return;
                        }
                        m_account = *saved;
                        m_signedOutReason.clear();
                        qCInfo(lcAccount) << "signed in; client" << m_account.clientId;
                        setState(State::SignedIn);
                        finish(Result<void>());
                    });
            });
        });
}

void AuthSession::logout(QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    const AccountInfo account = m_account;
    auto forget = [this, account, guard, done] {
        m_tokens.remove(account.secretName(), this, [](Result<void>) {});
        m_db.run([](QSqlDatabase &db) { return clearAccount(db); }) | ttc::then(this, [this, guard, done](Result<void> r) {
            m_account = {};
            m_accessToken.clear();
            m_accessExpiresMs = 0;
            setState(State::SignedOut);
            if (guard)
                done(r);
        });
    };
    if (!account.isSignedIn()) {
        forget();
        return;
    }
    // Revoke on the server when it can be reached; signing out locally never depends on it.
    accessToken(this, [this, forget](Result<QString> token) {
        if (!token) {
            forget();
            return;
        }
        m_api.call("POST", QStringLiteral("/v1/auth/logout"), QJsonObject{}, *token, this,
                   [forget](const ApiReply &r) {
                       if (!r.ok())
                           qCInfo(lcAccount) << "server logout failed:" << r.code;
                       forget();
                   });
    });
}

void AuthSession::becomeSignedOut(const QString &reason)
{
    qCWarning(lcAccount) << "signed out:" << reason;
    const AccountInfo account = m_account;
    m_signedOutReason = reason;
    m_accessToken.clear();
    m_accessExpiresMs = 0;
    m_account = {};
    m_tokens.remove(account.secretName(), this, [](Result<void>) {});
    // The outbox stays: the next sign-in queues the whole history again anyway.
    m_db.run([reason](QSqlDatabase &db) {
        (void)clearAccount(db);
        return kv::put(db, QString::fromLatin1(kv::kLastError), reason.toUtf8());
    });
    setState(State::SignedOut);
}

void AuthSession::accessToken(QObject *context, std::function<void(Result<QString>)> callback)
{
    QPointer<QObject> guard(context);
    auto deliver = [guard, callback = std::move(callback)](Result<QString> r) {
        if (guard)
            callback(std::move(r));
    };
    if (m_state != State::SignedIn) {
        deliver(Error{QStringLiteral("signed_out"), tr("Not signed in to an account.")});
        return;
    }
    if (!m_accessToken.isEmpty() && m_clock.nowMs() < m_accessExpiresMs) {
        const Result<QString> token(m_accessToken);
        deliver(token);
        return;
    }
    refresh(std::move(deliver));
}

void AuthSession::finishRefresh(const Result<QString> &result)
{
    m_refreshing = false;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &w : waiting)
        w(result);
}

void AuthSession::refresh(std::function<void(Result<QString>)> callback)
{
    m_waiting << std::move(callback);
    if (m_refreshing)
        return;
    m_refreshing = true;
    const AccountInfo account = m_account;
    // Read the token each time: another process of this profile (ttc, the app) may have rotated it.
    m_tokens.read(account.secretName(), this, [this, account](Result<std::optional<QString>> stored) {
        if (!stored) {
            finishRefresh(stored.error());
            return;
        }
        if (!*stored || (*stored)->isEmpty()) {
            becomeSignedOut(tr("The saved sign-in is gone from the keychain. Sign in again."));
            finishRefresh(Error{QStringLiteral("signed_out"), m_signedOutReason});
            return;
        }
        m_api.call("POST", QStringLiteral("/v1/auth/refresh"),
                   QJsonObject{{QStringLiteral("refresh_token"), **stored}}, {}, this, [this, account](const ApiReply &r) {
                       if (account.clientId != m_account.clientId) {  // signed out or in again meanwhile
                           finishRefresh(Error{QStringLiteral("signed_out"), tr("Not signed in to an account.")});
                           return;
                       }
                       if (r.status == 401 || r.status == 403) {
                           becomeSignedOut(tr("The session has ended (signed out elsewhere or expired). "
                                              "Sign in again."));
                           finishRefresh(Error{QStringLiteral("signed_out"), m_signedOutReason});
                           return;
                       }
                       if (!r.ok()) {
                           finishRefresh(errorFor(r));
                           return;
                       }
                       const QString next = r.body.value(QStringLiteral("refresh_token")).toString();
                       acceptTokens(r.body);
                       const QString access = m_accessToken;
                       if (next.isEmpty()) {
                           finishRefresh(access);
                           return;
                       }
                       m_tokens.write(account.secretName(), next, this, [this, access](Result<void> w) {
                           if (!w)
                               qCWarning(lcAccount) << "rotated refresh token not saved:" << w.error().code;
                           finishRefresh(access);
                       });
                   });
    });
}

void AuthSession::call(const QByteArray &verb, const QString &path, const QJsonObject &body, QObject *context,
                       ApiClient::Callback callback)
{
    QPointer<QObject> guard(context);
    auto shared = std::make_shared<ApiClient::Callback>(std::move(callback));
    accessToken(this, [=, this](Result<QString> token) {
        if (!guard)
            return;
        if (!token) {
            ApiReply r;
            r.status = 401;
            r.code = token.error().code;
            r.message = token.error().message;
            (*shared)(r);
            return;
        }
        m_api.call(verb, path, body, *token, this, [=, this](const ApiReply &first) {
            if (!guard)
                return;
            if (!isTokenRejection(first)) {
                (*shared)(first);
                return;
            }
            // The token was refused before its time (revoked, server key rotated): refresh once and try again.
            m_accessToken.clear();
            accessToken(this, [=, this](Result<QString> again) {
                if (!guard)
                    return;
                if (!again) {
                    (*shared)(first);
                    return;
                }
                m_api.call(verb, path, body, *again, this, [=, this](const ApiReply &second) {
                    if (!guard)
                        return;
                    if (isTokenRejection(second))
                        becomeSignedOut(tr("The server no longer accepts this sign-in. Sign in again."));
                    (*shared)(second);
                });
            });
        });
    });
}

} // namespace ttc::account
