#include "protocol/Ed25519.h"

#include <openssl/evp.h>

#include <memory>

namespace ttc::protocol {

namespace {
using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

QByteArray rawKey(EVP_PKEY *key, bool isPrivate)
{
    QByteArray out(32, '\0');
    size_t len = 32;
    const int ok = isPrivate ? EVP_PKEY_get_raw_private_key(key, reinterpret_cast<unsigned char *>(out.data()), &len)
                             : EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(out.data()), &len);
    return ok == 1 && len == 32 ? out : QByteArray();
}
} // namespace

Ed25519Key Ed25519Key::generate()
{
    EVP_PKEY *raw = nullptr;
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr),
                                                                     &EVP_PKEY_CTX_free);
    EVP_PKEY_keygen_init(ctx.get());
    EVP_PKEY_keygen(ctx.get(), &raw);
    PKey key(raw, &EVP_PKEY_free);
    Ed25519Key k;
    k.m_private = rawKey(key.get(), true);
    k.m_public = rawKey(key.get(), false);
    return k;
}

Result<Ed25519Key> Ed25519Key::fromPrivate(const QByteArray &raw32)
{
    if (raw32.size() != 32)
        return Error{QStringLiteral("bad_key"), QStringLiteral("An Ed25519 private key has 32 bytes.")};
    PKey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                          reinterpret_cast<const unsigned char *>(raw32.constData()), 32),
             &EVP_PKEY_free);
    if (!key)
        return Error{QStringLiteral("bad_key"), QStringLiteral("Not an Ed25519 private key.")};
    Ed25519Key k;
    k.m_private = raw32;
    k.m_public = rawKey(key.get(), false);
    return k;
}

QByteArray Ed25519Key::sign(const QByteArray &message) const
{
    PKey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                          reinterpret_cast<const unsigned char *>(m_private.constData()), 32),
             &EVP_PKEY_free);
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return {};
    QByteArray sig(64, '\0');
    size_t len = 64;
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len,
                       reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
        != 1)
        return {};
    return sig;
}

bool ed25519Verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != 32 || signature.size() != 64)
        return false;
    PKey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                         reinterpret_cast<const unsigned char *>(publicKey.constData()), 32),
             &EVP_PKEY_free);
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()), 64,
                            reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
        == 1;
}

} // namespace ttc::protocol
