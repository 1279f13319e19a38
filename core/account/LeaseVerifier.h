#pragma once

#include "account/AccountTypes.h"

#include <QByteArray>

namespace ttc::account {

// Ed25519 signature check (OpenSSL). publicKey: 32 raw bytes, or base64/base64url of them.
bool verifyEd25519(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

// Checks lease.signature over lease.payload with the pinned key and fills the fields read from the payload
// (a JSON object, as text or base64url). Returns the lease with verified = false when anything does not hold:
// bad signature, unreadable payload, another user.
Lease verifyLease(Lease lease, const QByteArray &publicKey, const QString &expectedUserId);

QByteArray decodeBase64Any(const QByteArray &text);  // standard or url alphabet, padding optional

} // namespace ttc::account
