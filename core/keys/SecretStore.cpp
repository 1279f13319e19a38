#include "keys/SecretStore.h"

#include "net/NetLogging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace ttc::keys {

namespace {

Error keychainError(QKeychain::Error code, const QString &detail)
{
    // The context is the one lupdate gives tr() calls in this scope, so the shipped translations are found.
    const auto tr = [](const char *t) { return QCoreApplication::translate("ttc::keys", t); };
    // QtKeychain reports a missing Secret Service on D-Bus as OtherError with the D-Bus name in the text.
    const bool noService = code == QKeychain::NoBackendAvailable || code == QKeychain::NotImplemented ||
                           detail.contains(QLatin1String("ServiceUnknown")) ||
                           detail.contains(QLatin1String("org.freedesktop.secrets")) ||
                           detail.contains(QLatin1String("No such interface")) ||
                           detail.contains(QLatin1String("autolaunch")) ||
                           detail.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive);
    if (noService)
        return Error{QStringLiteral("no_backend"),
                     tr("No keychain is available (on Linux: a Secret Service such as GNOME Keyring or KWallet). The "
                        "key can be kept for this session only.")};
    if (code == QKeychain::AccessDenied || code == QKeychain::AccessDeniedByUser)
        return Error{QStringLiteral("access_denied"), tr("Access to the keychain was denied.")};
    return Error{QStringLiteral("keychain"), tr("The keychain reported an error: %1").arg(detail)};
}

template<typename Fn>
void deliverLater(QObject *context, Fn fn)
{
    QTimer::singleShot(0, context, std::move(fn));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent) : SecretStore(parent), m_service(std::move(service))
{
}

QString KeychainSecretStore::defaultServiceName()
{
    const QString env = qEnvironmentVariable("TTC_KEYCHAIN_SERVICE");
    if (!env.isEmpty())
        return env;
#ifdef TTC_KEYCHAIN_SERVICE
    return QStringLiteral(TTC_KEYCHAIN_SERVICE);
#else
    return QStringLiteral(TTC_PRODUCT_ID);
#endif
}

void KeychainSecretStore::read(const QString &account, QObject *context, ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(account);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, callback, job](QKeychain::Job *) {
        if (!guard)
            return;
        if (job->error() == QKeychain::EntryNotFound)
            return callback(std::optional<QString>());
        if (job->error() != QKeychain::NoError) {
            qCWarning(lcKeys) << "keychain read failed:" << job->error();
            return callback(keychainError(job->error(), job->errorString()));
        }
        callback(std::optional<QString>(job->textData()));
    });
    job->start();
}

void KeychainSecretStore::write(const QString &account, const QString &secret, QObject *context, DoneCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, callback, job](QKeychain::Job *) {
        if (!guard)
            return;
        if (job->error() != QKeychain::NoError) {
            qCWarning(lcKeys) << "keychain write failed:" << job->error();
            return callback(keychainError(job->error(), job->errorString()));
        }
        callback(Result<void>());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &account, QObject *context, DoneCallback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(account);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, callback, job](QKeychain::Job *) {
        if (!guard)
            return;
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            return callback(keychainError(job->error(), job->errorString()));
        callback(Result<void>());
    });
    job->start();
}

void MemorySecretStore::read(const QString &account, QObject *context, ReadCallback callback)
{
    const bool unavailable = m_unavailable;
    const std::optional<QString> value =
        m_secrets.contains(account) ? std::optional<QString>(m_secrets.value(account)) : std::nullopt;
    deliverLater(context, [callback, value, unavailable] {
        if (unavailable)
            return callback(keychainError(QKeychain::NoBackendAvailable, {}));
        callback(value);
    });
}

void MemorySecretStore::write(const QString &account, const QString &secret, QObject *context, DoneCallback callback)
{
    if (!m_unavailable)
        m_secrets.insert(account, secret);
    const bool unavailable = m_unavailable;
    deliverLater(context, [callback, unavailable] {
        callback(unavailable ? Result<void>(keychainError(QKeychain::NoBackendAvailable, {})) : Result<void>());
    });
}

void MemorySecretStore::remove(const QString &account, QObject *context, DoneCallback callback)
{
    m_secrets.remove(account);
    deliverLater(context, [callback] { callback(Result<void>()); });
}

} // namespace ttc::keys
