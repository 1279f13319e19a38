#pragma once

#include "Result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace ttc::account {

// Where the refresh token lives: the OS keychain (QtKeychain, insecure fallback off), or memory in tests.
// Narrow on purpose so it can sit on the project's SecretStore once that is shared.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(Result<std::optional<QString>>)>;
    using DoneCallback = std::function<void(Result<void>)>;
    using QObject::QObject;

    virtual void read(const QString &name, QObject *context, ReadCallback callback) = 0;
    virtual void write(const QString &name, const QString &secret, QObject *context, DoneCallback callback) = 0;
    virtual void remove(const QString &name, QObject *context, DoneCallback callback) = 0;
};

class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    // Service "tooltip-companion"; env TTC_KEYCHAIN_SERVICE overrides (tests, development builds).
    explicit KeychainTokenStore(QObject *parent = nullptr);
    void read(const QString &name, QObject *context, ReadCallback callback) override;
    void write(const QString &name, const QString &secret, QObject *context, DoneCallback callback) override;
    void remove(const QString &name, QObject *context, DoneCallback callback) override;

private:
    QString m_service;
};

class MemoryTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    using TokenStore::TokenStore;
    void read(const QString &name, QObject *context, ReadCallback callback) override;
    void write(const QString &name, const QString &secret, QObject *context, DoneCallback callback) override;
    void remove(const QString &name, QObject *context, DoneCallback callback) override;

private:
    QHash<QString, QString> m_values;
};

} // namespace ttc::account
