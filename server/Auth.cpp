#include "Auth.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

#include <openssl/crypto.h>
#include <sodium.h>

namespace ttc::server {

namespace {
constexpr auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr unsigned long long kOps = 2;
constexpr size_t kMem = 19u * 1024u * 1024u;
const QString kIssuer = QStringLiteral("ttc-server");
const QString kAudience = QStringLiteral("ttc-client");

struct SodiumInit
{
    SodiumInit()
    {
        // 1 means another part of the process initialised it first; -1 leaves no safe hashing or randomness.
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised: password hashing is not available");
    }
};
void ensureSodium()
{
    static SodiumInit init;
}

Error invalidToken()
{
    return Error{QStringLiteral("invalid_token"), QStringLiteral("The access token is not valid.")};
}
} // namespace

QString hashPassword(const QString &password)
{
    ensureSodium();
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pw.constData(), size_t(pw.size()), kOps, kMem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &encoded, const QString &password)
{
    ensureSodium();
    const QByteArray e = encoded.toLatin1();
    const QByteArray pw = password.toUtf8();
    if (!e.startsWith("$argon2id$"))
        return false;
    return crypto_pwhash_str_verify(e.constData(), pw.constData(), size_t(pw.size())) == 0;
}

bool passwordNeedsRehash(const QString &encoded)
{
    ensureSodium();
    return crypto_pwhash_str_needs_rehash(encoded.toLatin1().constData(), kOps, kMem) != 0;
}

QString JwtSigner::issue(const QString &userId, const QString &familyId, qint64 now) const
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject claims{{QStringLiteral("iss"), kIssuer},
                             {QStringLiteral("aud"), kAudience},
                             {QStringLiteral("sub"), userId},
                             {QStringLiteral("sid"), familyId},
                             {QStringLiteral("typ"), QStringLiteral("access")},
                             {QStringLiteral("iat"), now},
                             {QStringLiteral("nbf"), now},
                             {QStringLiteral("exp"), now + kLifetimeSeconds},
                             {QStringLiteral("jti"), randomToken().left(16)}};
    const QByteArray signingInput = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(b64) + '.'
        + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(b64);
    const QByteArray mac = QMessageAuthenticationCode::hash(signingInput, m_secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + mac.toBase64(b64));
}

Result<AccessClaims> JwtSigner::verify(const QString &token, qint64 now) const
{
    if (token.size() > 4096)
        return invalidToken();
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return invalidToken();
    const auto decode = [](const QByteArray &part) {
        return QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                  | QByteArray::AbortOnBase64DecodingErrors);
    };
    const auto headerBytes = decode(parts[0]), claimBytes = decode(parts[1]), sig = decode(parts[2]);
    if (!headerBytes || !claimBytes || !sig)
        return invalidToken();
    const QJsonObject header = QJsonDocument::fromJson(headerBytes.decoded).object();
    // Fixed algorithm list: the header cannot choose the verification method.
    if (header.value(QStringLiteral("alg")).toString() != u"HS256" || header.contains(QStringLiteral("crit"))
        || header.contains(QStringLiteral("jku")) || header.contains(QStringLiteral("jwk")))
        return invalidToken();
    const QByteArray expected =
        QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], m_secret, QCryptographicHash::Sha256);
    if (!constantTimeEqual(expected, sig.decoded))
        return invalidToken();
    const QJsonObject c = QJsonDocument::fromJson(claimBytes.decoded).object();
    for (const char *key : {"iss", "aud", "sub", "sid", "typ", "iat", "nbf", "exp"})
        if (!c.contains(QLatin1String(key)))
            return invalidToken();
    if (c.value(QStringLiteral("iss")).toString() != kIssuer || c.value(QStringLiteral("aud")).toString() != kAudience
        || c.value(QStringLiteral("typ")).toString() != u"access")
        return invalidToken();
    if (!c.value(QStringLiteral("exp")).isDouble() || !c.value(QStringLiteral("nbf")).isDouble())
        return invalidToken();
    AccessClaims claims{c.value(QStringLiteral("sub")).toString(), c.value(QStringLiteral("sid")).toString(),
                        c.value(QStringLiteral("iat")).toInteger(), c.value(QStringLiteral("exp")).toInteger()};
    constexpr qint64 skew = 30;
    if (c.value(QStringLiteral("nbf")).toInteger() > now + skew || claims.userId.isEmpty())
        return invalidToken();
    if (claims.expiresAt <= now - skew || claims.expiresAt - claims.issuedAt > kLifetimeSeconds)
        return Error{QStringLiteral("token_expired"), QStringLiteral("The access token has expired.")};
    return claims;
}

QString randomToken()
{
    ensureSodium();
    QByteArray bytes(32, '\0');
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(b64));
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

namespace {
Result<QByteArray> readSecret(const char *envName, const char *fileEnvName, const QString &defaultFile,
                              const std::function<QByteArray()> &generate)
{
    if (qEnvironmentVariableIsSet(envName))
        return qgetenv(envName).trimmed();
    QString path = qEnvironmentVariable(fileEnvName);
    const bool explicitFile = !path.isEmpty();
    if (!explicitFile)
        path = defaultFile;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        return f.readAll().trimmed();
    if (explicitFile)
        return Error{QStringLiteral("config"), QStringLiteral("cannot read %1").arg(path)};
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray value = generate();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("config"), QStringLiteral("cannot write %1").arg(path)};
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(value + '\n');
    if (!out.commit())
        return Error{QStringLiteral("config"), QStringLiteral("cannot write %1").arg(path)};
    return value;
}
} // namespace

Result<ServerKeys> ServerKeys::load(const QString &dataDir)
{
    ServerKeys keys;
    auto jwt = readSecret("TTC_JWT_SECRET", "TTC_JWT_SECRET_FILE", dataDir + QStringLiteral("/jwt.key"),
                          []() -> QByteArray { return randomToken().toLatin1() + randomToken().toLatin1(); });
    if (!jwt)
        return jwt.error();
    if (jwt->size() < 32)
        return Error{QStringLiteral("config"), QStringLiteral("the JWT secret must have at least 32 characters")};
    keys.jwtSecret = *jwt;
    auto lease = readSecret("TTC_LEASE_KEY", "TTC_LEASE_KEY_FILE", dataDir + QStringLiteral("/lease-ed25519.key"),
                            []() -> QByteArray { return protocol::Ed25519Key::generate().privateKey().toBase64(b64); });
    if (!lease)
        return lease.error();
    auto key = protocol::Ed25519Key::fromPrivate(QByteArray::fromBase64(*lease, QByteArray::Base64UrlEncoding));
    if (!key)
        return Error{QStringLiteral("config"), QStringLiteral("the lease key is not a base64url Ed25519 private key")};
    keys.leaseKey = *key;
    return keys;
}

} // namespace ttc::server
