#pragma once

#include "Result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace ttc::keys {

// Where secrets live. Asynchronous because the OS keychain is (D-Bus, Keychain Services, Credential Manager);
// callbacks run on the context object's thread and are dropped when it is gone.
// Error codes: "no_backend" (no secret service: offer a session-only key), "access_denied", "keychain".
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(Result<std::optional<QString>>)>;  // nullopt: nothing stored
    using DoneCallback = std::function<void(Result<void>)>;

    using QObject::QObject;
    virtual void read(const QString &account, QObject *context, ReadCallback callback) = 0;
    virtual void write(const QString &account, const QString &secret, QObject *context, DoneCallback callback) = 0;
    virtual void remove(const QString &account, QObject *context, DoneCallback callback) = 0;
    virtual bool persistent() const = 0;
};

// The OS keychain through QtKeychain, insecure (plain file) fallback off.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service = defaultServiceName(), QObject *parent = nullptr);
    // "tooltip-companion"; development builds use "tooltip-companion-dev" so they never touch real keys;
    // env TTC_KEYCHAIN_SERVICE overrides (tests).
    static QString defaultServiceName();
    QString service() const { return m_service; }

    void read(const QString &account, QObject *context, ReadCallback callback) override;
    void write(const QString &account, const QString &secret, QObject *context, DoneCallback callback) override;
    void remove(const QString &account, QObject *context, DoneCallback callback) override;
    bool persistent() const override { return true; }

private:
    QString m_service;
};

// Secrets held in this process's memory only: the session-only choice when no keychain is available, and tests.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    void read(const QString &account, QObject *context, ReadCallback callback) override;
    void write(const QString &account, const QString &secret, QObject *context, DoneCallback callback) override;
    void remove(const QString &account, QObject *context, DoneCallback callback) override;
    bool persistent() const override { return false; }

    // Makes every call fail like a machine without a secret service.
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }

private:
    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
};

} // namespace ttc::keys
