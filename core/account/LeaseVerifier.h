#pragma once

#include "account/AccountTypes.h"

#include <QByteArray>

#include <optional>

namespace ttc::account {

// Ed25519 signature check (OpenSSL). publicKey: 32 raw bytes, or base64/base64url of them.
bool verifyEd25519(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

// Checks lease.signature over the decoded payload bytes with the pinned key and fills the fields read from the
// payload. verified stays false when anything does not hold: bad signature, unreadable payload, another user.
// Expiry is not judged here (offlineAllowance does that with the clock).
Lease verifyLease(Lease lease, const QByteArray &publicKey, const QString &expectedUserId);

// Cloud requests still allowed offline under a verified lease at nowMs, given the requests this device made since
// the lease was issued on the current UTC day. nullopt = unlimited; 0 once expired or unverified. On the lease's own
// day the server-counted usage is subtracted; on a later day (within validity) the full limit applies.
std::optional<int> offlineAllowance(const Lease &lease, qint64 nowMs, int spentOfflineToday);

QByteArray decodeBase64Any(const QByteArray &text);  // standard or url alphabet, padding optional

} // namespace ttc::account
