#pragma once

#include "Result.h"

#include <QByteArray>

namespace ttc::protocol {

// Ed25519 over OpenSSL. Keys travel as raw 32-byte strings (RFC 8032), signatures as 64 bytes.
class Ed25519Key
{
public:
    static Ed25519Key generate();
    static Result<Ed25519Key> fromPrivate(const QByteArray &raw32);

    QByteArray privateKey() const { return m_private; }
    QByteArray publicKey() const { return m_public; }
    QByteArray sign(const QByteArray &message) const;

private:
    QByteArray m_private;
    QByteArray m_public;
};

bool ed25519Verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

} // namespace ttc::protocol
