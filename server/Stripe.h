#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>

namespace ttc::server {

// Stripe-Signature: "t=<unix>,v1=<hex>[,v1=<hex>][,v0=…]". Valid when |now − t| ≤ tolerance and any v1 equals
// HMAC-SHA256(secret, t + "." + raw body) in lowercase hex for any configured secret (constant-time compare).
// Error codes: malformed_signature, timestamp_out_of_tolerance, signature_mismatch.
Result<qint64> verifyStripeSignature(const QByteArray &header, const QByteArray &rawBody,
                                     const QList<QByteArray> &secrets, qint64 nowSeconds, qint64 toleranceSeconds = 300);

} // namespace ttc::server
