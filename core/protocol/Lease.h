#pragma once

#include "Result.h"
#include "protocol/Ed25519.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ttc::protocol {

// What the server promises a device for offline use: signed with Ed25519, verified offline by the client.
// Wire form (in GET /v1/entitlement and sync pull): {"payload": base64url(JSON bytes), "signature":
// base64url(64-byte Ed25519 signature over exactly those bytes), "valid_until": RFC 3339 UTC}.
struct LeasePayload
{
    QString userId;
    QString tier;
    std::optional<int> dailyRequests; // empty = unlimited
    int usedToday = 0;                // requests counted by the server on `day` when the lease was issued
    QDate day;                        // the UTC quota day of usedToday
    QDateTime issuedAt;
    QDateTime validUntil; // ≤ issuedAt + 24 h
    qint64 version = 0;   // entitlement version
    QString keyId;

    QByteArray toBytes() const; // compact JSON, keys in a fixed order
    static Result<LeasePayload> fromBytes(const QByteArray &bytes);
};

struct SignedLease
{
    QByteArray payload;   // the exact signed bytes
    QByteArray signature; // 64 bytes

    QJsonObject toJson() const;
    static Result<SignedLease> fromJson(const QJsonObject &object);
};

// Key id = first 8 bytes of SHA-256(public key), hex: lets a client pick the right pinned key after rotation.
QString leaseKeyId(const QByteArray &publicKey);

SignedLease signLease(const LeasePayload &payload, const Ed25519Key &key);

// Checks signature, key id, and validity at `now`. Error codes: bad_signature, malformed, expired, not_yet_valid.
Result<LeasePayload> verifyLease(const SignedLease &lease, const QByteArray &publicKey, const QDateTime &now);

// How many cloud requests a device may still make offline under a verified lease, given what it has
// already spent offline on `today` (UTC) since the lease was issued. Empty = unlimited; 0 once expired.
// On the lease's own day the server-counted usage is subtracted; on a later day the full limit applies.
std::optional<int> offlineAllowance(const LeasePayload &lease, const QDateTime &now, int spentOfflineToday);

} // namespace ttc::protocol
