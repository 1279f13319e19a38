#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ttc::account {

// Who this profile is signed in as. Kept in the store's kv table (not secret); the refresh token is in the keychain.
struct AccountInfo
{
    QUrl server;
    QString email;
    QString userId;
    QString clientId;         // this device's sync client id (UUIDv7), new for every sign-in
    qint64 mutationBase = 0;  // outbox mutation_id - mutationBase = the mutation id the server sees for clientId

    bool isSignedIn() const { return server.isValid() && !clientId.isEmpty(); }
    QJsonObject toJson() const;
    static AccountInfo fromJson(const QJsonObject &o);
    // The keychain entry holding this account's refresh token.
    QString secretName() const;
};

// The server's signed allowance for offline use (PROTOCOL.md, GET /v1/entitlement → lease). Wire form as in
// core/protocol: payload = base64url(compact JSON bytes), signature = base64url(Ed25519 over those bytes).
struct Lease
{
    QString payload;          // as sent (base64url)
    QString signature;        // base64url
    QString publicKey;        // base64url, when the server sends its key beside the lease
    qint64 validUntilMs = 0;
    // From the verified payload:
    QString userId;
    QString tier;
    int dailyLimit = -1;      // -1 unlimited
    int usedAtIssue = 0;      // what the server had counted on `dayStartMs` when it signed
    qint64 dayStartMs = 0;    // the UTC quota day of usedAtIssue
    qint64 issuedAtMs = 0;
    QString keyId;
    bool verified = false;    // signature checked with the pinned server key

    bool isEmpty() const { return payload.isEmpty(); }
};

struct Entitlement
{
    QString tier;
    int dailyLimit = -1;      // null → unlimited (-1)
    QStringList providers;    // cloud providers the tier includes
    bool cloudVoice = false;
    bool aiSummaries = false;
    int usedToday = 0;
    qint64 resetsAtMs = 0;
    qint64 version = 0;
    Lease lease;
    qint64 fetchedAtMs = 0;   // local clock when it arrived
    QJsonObject raw;          // the server's object, kept to re-verify and re-parse

    bool isValid() const { return !tier.isEmpty(); }
    static std::optional<Entitlement> fromJson(const QJsonObject &o, qint64 fetchedAtMs);
    QJsonObject toJson() const;
};

qint64 parseTimeMs(const QJsonValue &v);  // RFC 3339 text, or seconds/ms since the epoch

} // namespace ttc::account
