#include "protocol/Lease.h"

#include "protocol/Quota.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

namespace ttc::protocol {

namespace {
constexpr auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Error malformed(const QString &what)
{
    return Error{QStringLiteral("malformed"), QStringLiteral("Malformed lease: ") + what};
}
} // namespace

QByteArray LeasePayload::toBytes() const
{
    // QJsonDocument sorts keys, so the same payload always yields the same bytes.
    const QJsonObject o{
        {QStringLiteral("v"), 1},
        {QStringLiteral("sub"), userId},
        {QStringLiteral("tier"), tier},
        {QStringLiteral("daily_requests"), dailyRequests ? QJsonValue(*dailyRequests) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("used"), usedToday},
        {QStringLiteral("day"), day.toString(Qt::ISODate)},
        {QStringLiteral("iat"), issuedAt.toSecsSinceEpoch()},
        {QStringLiteral("exp"), validUntil.toSecsSinceEpoch()},
        {QStringLiteral("ver"), version},
        {QStringLiteral("kid"), keyId},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<LeasePayload> LeasePayload::fromBytes(const QByteArray &bytes)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("v")).toInt() != 1)
        return malformed(QStringLiteral("unknown version"));
    LeasePayload p;
    p.userId = o.value(QStringLiteral("sub")).toString();
    p.tier = o.value(QStringLiteral("tier")).toString();
    const QJsonValue daily = o.value(QStringLiteral("daily_requests"));
    if (daily.isDouble())
        p.dailyRequests = daily.toInt();
    else if (!daily.isNull())
        return malformed(QStringLiteral("daily_requests"));
    p.usedToday = o.value(QStringLiteral("used")).toInt();
    p.day = QDate::fromString(o.value(QStringLiteral("day")).toString(), Qt::ISODate);
    p.issuedAt = QDateTime::fromSecsSinceEpoch(o.value(QStringLiteral("iat")).toInteger(), Qt::UTC);
    p.validUntil = QDateTime::fromSecsSinceEpoch(o.value(QStringLiteral("exp")).toInteger(), Qt::UTC);
    p.version = o.value(QStringLiteral("ver")).toInteger();
    p.keyId = o.value(QStringLiteral("kid")).toString();
    if (p.userId.isEmpty() || p.tier.isEmpty() || !p.day.isValid() || p.validUntil <= p.issuedAt)
        return malformed(QStringLiteral("missing fields"));
    return p;
}

QJsonObject SignedLease::toJson() const
{
    QJsonObject o{{QStringLiteral("payload"), QString::fromLatin1(payload.toBase64(b64))},
                  {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64(b64))}};
    if (auto p = LeasePayload::fromBytes(payload))
        o.insert(QStringLiteral("valid_until"), p->validUntil.toString(Qt::ISODate));
    return o;
}

Result<SignedLease> SignedLease::fromJson(const QJsonObject &object)
{
    const auto payload = QByteArray::fromBase64Encoding(object.value(QStringLiteral("payload")).toString().toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const auto sig = QByteArray::fromBase64Encoding(object.value(QStringLiteral("signature")).toString().toLatin1(),
                                                    QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload || !sig || payload.decoded.isEmpty() || sig.decoded.size() != 64)
        return malformed(QStringLiteral("encoding"));
    return SignedLease{payload.decoded, sig.decoded};
}

QString leaseKeyId(const QByteArray &publicKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(8).toHex());
}

SignedLease signLease(const LeasePayload &payload, const Ed25519Key &key)
{
    LeasePayload p = payload;
    p.keyId = leaseKeyId(key.publicKey());
    const QByteArray bytes = p.toBytes();
    return {bytes, key.sign(bytes)};
}

Result<LeasePayload> verifyLease(const SignedLease &lease, const QByteArray &publicKey, const QDateTime &now)
{
    if (!ed25519Verify(publicKey, lease.payload, lease.signature))
        return Error{QStringLiteral("bad_signature"), QStringLiteral("The lease signature does not verify.")};
    auto payload = LeasePayload::fromBytes(lease.payload);
    if (!payload)
        return payload.error();
    if (payload->keyId != leaseKeyId(publicKey))
        return Error{QStringLiteral("bad_signature"), QStringLiteral("The lease was signed with another key.")};
    if (now < payload->issuedAt.addSecs(-300))
        return Error{QStringLiteral("not_yet_valid"), QStringLiteral("The lease is not valid yet.")};
    if (now >= payload->validUntil)
        return Error{QStringLiteral("expired"), QStringLiteral("The lease has expired.")};
    return payload;
}

std::optional<int> offlineAllowance(const LeasePayload &lease, const QDateTime &now, int spentOfflineToday)
{
    if (now >= lease.validUntil)
        return 0;
    if (!lease.dailyRequests)
        return std::nullopt;
    const QDate today = now.toUTC().date();
    const int counted = today == lease.day ? lease.usedToday : 0;
    if (today < lease.day)
        return 0; // clock went backwards past the lease's day: do not trust it
    return std::max(0, *lease.dailyRequests - counted - std::max(0, spentOfflineToday));
}

} // namespace ttc::protocol
