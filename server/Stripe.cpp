#include "Stripe.h"

#include "Auth.h"

#include <QMessageAuthenticationCode>

namespace ttc::server {

Result<qint64> verifyStripeSignature(const QByteArray &header, const QByteArray &rawBody,
                                     const QList<QByteArray> &secrets, qint64 now, qint64 tolerance)
{
    const Error malformed{QStringLiteral("malformed_signature"), QStringLiteral("Malformed Stripe-Signature header.")};
    qint64 timestamp = -1;
    QList<QByteArray> v1;
    for (const QByteArray &item : header.split(',')) {
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = item.left(eq).trimmed(), value = item.mid(eq + 1).trimmed();
        if (key == "t") {
            bool ok = false;
            timestamp = value.toLongLong(&ok);
            if (!ok)
                return malformed;
        } else if (key == "v1" && !value.isEmpty()) {
            v1.append(value);
        }
    }
    if (timestamp < 0 || v1.isEmpty())
        return malformed;
    if (qAbs(now - timestamp) > tolerance)
        return Error{QStringLiteral("timestamp_out_of_tolerance"), QStringLiteral("Stripe-Signature timestamp is too old or in the future.")};
    const QByteArray signedPayload = QByteArray::number(timestamp) + '.' + rawBody;
    for (const QByteArray &secret : secrets) {
        if (secret.isEmpty())
            continue;
        // Stripe sends lowercase hex; an uppercase copy is not what it signed, so it is compared as given.
        const QByteArray expected =
            QMessageAuthenticationCode::hash(signedPayload, secret, QCryptographicHash::Sha256).toHex();
        for (const QByteArray &candidate : v1)
            if (constantTimeEqual(expected, candidate))
                return timestamp;
    }
    return Error{QStringLiteral("signature_mismatch"), QStringLiteral("No Stripe signature matches.")};
}

} // namespace ttc::server
