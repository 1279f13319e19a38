#pragma once

#include "Result.h"
#include "account/AccountTypes.h"
#include "account/ApiClient.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace ttc {
class Clock;
class UuidV7Generator;
namespace store {
class Database;
}
} // namespace ttc

namespace ttc::account {

class TokenStore;

// Signs in to ttc-server and keeps the tokens (PROTOCOL.md "Auth"): the refresh token in the keychain (TokenStore),
// the access token only in this object's memory. An expired access token is refreshed once; a refresh the server
// refuses (revoked, reused, expired) ends in the signed-out state with a reason.
class AuthSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Loading, SignedOut, SignedIn };
    Q_ENUM(State)

    AuthSession(store::Database &db, TokenStore &tokens, QNetworkAccessManager &nam, const Clock &clock,
                QObject *parent = nullptr);
    ~AuthSession() override;

    // Reads the stored account; stateChanged() follows. `server` (--server) is where signup/login go by default.
    void load();
    void setDefaultServer(const QUrl &server) { m_defaultServer = server; }
    QUrl defaultServer() const { return m_defaultServer; }

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    const AccountInfo &account() const { return m_account; }
    QString signedOutReason() const { return m_signedOutReason; }  // why the last session ended, translated
    ApiClient &api() { return m_api; }

    using Done = std::function<void(Result<void>)>;
    void signup(const QUrl &server, const QString &email, const QString &password, QObject *context, Done done);
    void login(const QUrl &server, const QString &email, const QString &password, const QString &deviceName,
               QObject *context, Done done);
    void logout(QObject *context, Done done);

    // An authorized call: adds the access token (refreshing it first when needed) and, when the server says the token
    // is invalid or expired, refreshes once and repeats the call once.
    void call(const QByteArray &verb, const QString &path, const QJsonObject &body, QObject *context,
              ApiClient::Callback callback);
    // A valid access token (refreshing when needed); an error when signed out.
    void accessToken(QObject *context, std::function<void(Result<QString>)> callback);

    // The translated text for a failed call.
    static Error errorFor(const ApiReply &reply);

Q_SIGNALS:
    void stateChanged(ttc::account::AuthSession::State state);

private:
    void setState(State state);
    void refresh(std::function<void(Result<QString>)> callback);
    void finishRefresh(const Result<QString> &result);
    void becomeSignedOut(const QString &reason);
    void acceptTokens(const QJsonObject &body);

    store::Database &m_db;
    TokenStore &m_tokens;
    ApiClient m_api;
    const Clock &m_clock;
    QUrl m_defaultServer;
    State m_state = State::Loading;
    AccountInfo m_account;
    QString m_signedOutReason;
    QString m_accessToken;
    qint64 m_accessExpiresMs = 0;
    bool m_refreshing = false;
    QList<std::function<void(Result<QString>)>> m_waiting;
};

// Enqueues the whole local history (sessions, finished messages, pending usage events) as outbox mutations and
// returns the outbox id base for a new client id, in one transaction. Used at sign-in and after reset_required so
// that nothing only this device has is ever left behind.
// With resetOutbox the old outbox is dropped and beforeInsert(base) runs inside the transaction first (it saves the
// account, so the capture triggers and the snapshot start at the same instant).
Result<qint64> enqueueFullSnapshot(QSqlDatabase &db, qint64 nowMs, bool resetOutbox,
                                   const std::function<Result<void>(qint64 base)> &beforeInsert = {});

} // namespace ttc::account
