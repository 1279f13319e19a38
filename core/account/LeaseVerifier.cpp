#include "account/LeaseVerifier.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>

#include <memory>

namespace ttc::account {

QByteArray decodeBase64Any(const QByteArray &text)
{
    const auto opts = QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors;
    QByteArray t = text.trimmed();
    t.replace('+', '-').replace('/', '_');
    while (t.endsWith('='))
        t.chop(1);
    auto r = QByteArray::fromBase64Encoding(t, opts | QByteArray::OmitTrailingEquals);
    return r ? *r : QByteArray();
}

bool verifyEd25519(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    QByteArray raw = publicKey.size() == 32 ? publicKey : decodeBase64Any(publicKey);
    if (raw.size() != 32 || signature.size() != 64)
        return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(raw.constData()),
                                    size_t(raw.size())),
        &EVP_PKEY_free);
    if (!key)
        return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size())) == 1;
}

Lease verifyLease(Lease lease, const QByteArray &publicKey, const QString &expectedUserId)
{
    lease.verified = false;
    if (lease.payload.isEmpty() || publicKey.isEmpty())
        return lease;
    const QByteArray signed_ = lease.payload.toUtf8();
    if (!verifyEd25519(publicKey, signed_, decodeBase64Any(lease.signature.toUtf8())))
        return lease;
    QJsonDocument doc = QJsonDocument::fromJson(signed_);
    if (!doc.isObject())
        doc = QJsonDocument::fromJson(decodeBase64Any(signed_));
    if (!doc.isObject())
        return lease;
    const QJsonObject p = doc.object();
    const QJsonValue user = p.value(QStringLiteral("user_id"));
    lease.userId = user.isString() ? user.toString() : QString::number(qint64(user.toDouble()));
    if (!expectedUserId.isEmpty() && lease.userId != expectedUserId)
        return lease;
    lease.tier = p.value(QStringLiteral("tier")).toString();
    const QJsonValue remaining = p.value(QStringLiteral("remaining"));
    lease.remaining = remaining.isDouble() ? remaining.toInt() : -1;
    const QJsonValue limit = p.value(QStringLiteral("daily_requests"));
    lease.dailyLimit = limit.isDouble() ? limit.toInt() : -1;
    lease.issuedAtMs = parseTimeMs(p.value(QStringLiteral("issued_at")));
    const qint64 until = parseTimeMs(p.value(QStringLiteral("valid_until")));
    if (until > 0)
        lease.validUntilMs = until;  // the signed value wins over the unsigned copy beside it
    lease.verified = true;
    return lease;
}

} // namespace ttc::account
