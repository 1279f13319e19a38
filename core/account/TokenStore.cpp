#include "account/TokenStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace ttc::account {

namespace {

Error keychainError(const QKeychain::Job *job)
{
    const QString code = job->error() == QKeychain::NoBackendAvailable ? QStringLiteral("no_backend")
                         : job->error() == QKeychain::AccessDenied    ? QStringLiteral("access_denied")
                                                                      : QStringLiteral("keychain");
    return Error{code, QCoreApplication::translate("Account", "The system keychain failed: %1").arg(job->errorString())};
}

template<typename Fn>
void later(QObject *context, Fn fn)
{
    QTimer::singleShot(0, context, std::move(fn));
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QObject *parent) : TokenStore(parent)
{
    m_service = qEnvironmentVariable("TTC_KEYCHAIN_SERVICE", QStringLiteral("tooltip-companion"));
}

void KeychainTokenStore::read(const QString &name, QObject *context, ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(name);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, callback = std::move(callback)](QKeychain::Job *j) {
        if (!guard)
            return;
        if (j->error() == QKeychain::EntryNotFound) {
            callback(std::optional<QString>());
            return;
        }
        if (j->error() != QKeychain::NoError) {
            callback(keychainError(j));
            return;
        }
        callback(std::optional<QString>(static_cast<QKeychain::ReadPasswordJob *>(j)->textData()));
    });
    job->start();
}

void KeychainTokenStore::write(const QString &name, const QString &secret, QObject *context, DoneCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(name);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, callback = std::move(callback)](QKeychain::Job *j) {
        if (!guard)
            return;
        if (j->error() != QKeychain::NoError)
            callback(keychainError(j));
        else
            callback(Result<void>());
    });
    job->start();
}

void KeychainTokenStore::remove(const QString &name, QObject *context, DoneCallback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(name);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, callback = std::move(callback)](QKeychain::Job *j) {
        if (!guard)
            return;
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            callback(keychainError(j));
        else
            callback(Result<void>());
    });
    job->start();
}

void MemoryTokenStore::read(const QString &name, QObject *context, ReadCallback callback)
{
    const auto it = m_values.constFind(name);
    std::optional<QString> value = it == m_values.cend() ? std::nullopt : std::optional<QString>(*it);
    later(context, [callback = std::move(callback), value] { callback(value); });
}

void MemoryTokenStore::write(const QString &name, const QString &secret, QObject *context, DoneCallback callback)
{
    m_values.insert(name, secret);
    later(context, [callback = std::move(callback)] { callback(Result<void>()); });
}

void MemoryTokenStore::remove(const QString &name, QObject *context, DoneCallback callback)
{
    m_values.remove(name);
    later(context, [callback = std::move(callback)] { callback(Result<void>()); });
}

} // namespace ttc::account
