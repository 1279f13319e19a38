#pragma once

#include "Result.h"
#include "protocol/Ed25519.h"

#include <QByteArray>
#include <QString>

namespace ttc::server {

// Argon2id (libsodium), OWASP parameters: t=2, m=19 MiB, p=1. The encoded string carries its parameters.
QString hashPassword(const QString &password);
bool verifyPassword(const QString &encoded, const QString &password);
bool passwordNeedsRehash(const QString &encoded);

// HS256 JWT access tokens. The algorithm list is fixed (HS256 only: `none`, RS*, ES* and everything else are
// refused), and exp, nbf, iat, aud, iss, typ and sub are required and checked exactly.
struct AccessClaims
{
    QString userId;
    QString familyId; // refresh family = device session
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
};

class JwtSigner
{
public:
    static constexpr int kLifetimeSeconds = 900;
    explicit JwtSigner(QByteArray secret) : m_secret(std::move(secret)) {}

    QString issue(const QString &userId, const QString &familyId, qint64 nowSeconds) const;
    // Error codes: invalid_token, token_expired.
    Result<AccessClaims> verify(const QString &token, qint64 nowSeconds) const;

private:
    QByteArray m_secret;
};

// Random opaque token (32 bytes, base64url) and the SHA-256 hex that the database stores instead of it.
QString randomToken();
QString tokenHash(const QString &token);
bool constantTimeEqual(const QByteArray &a, const QByteArray &b);

// The server's secrets: from the environment or files, else generated into the data folder (mode 0600).
struct ServerKeys
{
    QByteArray jwtSecret;
    protocol::Ed25519Key leaseKey;

    // TTC_JWT_SECRET / TTC_JWT_SECRET_FILE; TTC_LEASE_KEY / TTC_LEASE_KEY_FILE (base64url of the raw 32-byte
    // Ed25519 private key); otherwise DATA/jwt.key and DATA/lease-ed25519.key.
    static Result<ServerKeys> load(const QString &dataDir);
};

} // namespace ttc::server
