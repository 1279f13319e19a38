#include "account/LeaseVerifier.h"

#include <QDate>
#include <QDateTime>
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
    const QByteArray bytes = decodeBase64Any(lease.payload.toLatin1());
    if (bytes.isEmpty() || !verifyEd25519(publicKey, bytes, decodeBase64Any(lease.signature.toLatin1())))
        return lease;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return lease;
    const QJsonObject p = doc.object();
    if (p.value(QStringLiteral("v")).toInt() != 1)
        return lease;
    const QJsonValue user = p.value(QStringLiteral("sub"));
    lease.userId = user.isString() ? user.toString() : QString::number(qint64(user.toDouble()));
    if (!expectedUserId.isEmpty() && lease.userId != expectedUserId)
        return lease;
    lease.tier = p.value(QStringLiteral("tier")).toString();
    const QJsonValue limit = p.value(QStringLiteral("daily_requests"));
    lease.dailyLimit = limit.isDouble() ? limit.toInt() : -1;
    lease.usedAtIssue = p.value(QStringLiteral("used")).toInt();
    const QDate day = QDate::fromString(p.value(QStringLiteral("day")).toString(), Qt::ISODate);
    lease.dayStartMs = day.isValid() ? day.startOfDay(Qt::UTC).toMSecsSinceEpoch() : 0;
    lease.issuedAtMs = qint64(p.value(QStringLiteral("iat")).toDouble()) * 1000;
    lease.validUntilMs = qint64(p.value(QStringLiteral("exp")).toDouble()) * 1000;  // the signed value wins
    lease.keyId = p.value(QStringLiteral("kid")).toString();
    lease.verified = !lease.tier.isEmpty() && lease.validUntilMs > 0;
    return lease;
}

std::optional<int> offlineAllowance(const Lease &lease, qint64 nowMs, int spentOfflineToday)
{
    if (!lease.verified || nowMs >= lease.validUntilMs || nowMs + 5 * 60 * 1000 < lease.issuedAtMs)
        return 0;
    if (lease.dailyLimit < 0)
        return std::nullopt;
    const qint64 today = nowMs - (nowMs % 86400000);
    const int counted = today == lease.dayStartMs ? lease.usedAtIssue : 0;
    return std::max(0, lease.dailyLimit - counted - spentOfflineToday);
}

} // namespace ttc::account
