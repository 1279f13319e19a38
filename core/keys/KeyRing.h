#pragma once

#include "Result.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace ttc::keys {

class SecretStore;

enum class KeySource { None, Keychain, Session, Environment };

// Which provider has a key and where it comes from: the keychain first, then a session-only key, then the
// conventional environment variables. Keys are held in memory once loaded; they are never logged or written anywhere
// but the SecretStore. Load once (load()), then read synchronously.
class KeyRing : public QObject
{
    Q_OBJECT

public:
    explicit KeyRing(SecretStore &store, QObject *parent = nullptr);

    // Providers that take a key: openai, anthropic, gemini, elevenlabs, local (optional, for a server with --api-key).
    static QStringList providers();
    static QString displayName(const QString &provider);
    static QStringList envVars(const QString &provider);
    // "sk-proj…wjh3": a prefix and the last 4 characters; short keys show only "…" and the last 2.
    static QString mask(const QString &key);
    static QString account(const QString &provider) { return QStringLiteral("api-key:") + provider; }

    // Reads every provider's key from the store; loaded() when done (also when the store failed: lastError()).
    void load();
    bool isLoaded() const { return m_loaded; }
    // Runs fn now if loaded, else once loaded.
    void whenLoaded(QObject *context, std::function<void()> fn);
    Error lastError() const { return m_lastError; }   // code empty when the store answered

    bool hasKey(const QString &provider) const { return !key(provider).isEmpty(); }
    QString key(const QString &provider) const;
    KeySource source(const QString &provider) const;
    QString masked(const QString &provider) const { return mask(key(provider)); }

    // Stores the key in the keychain (a "no_backend" error lets the caller offer setSessionKey instead).
    void setKey(const QString &provider, const QString &key, QObject *context, std::function<void(Result<void>)> done);
    // Holds the key in memory for this process only.
    void setSessionKey(const QString &provider, const QString &key);
    void removeKey(const QString &provider, QObject *context, std::function<void(Result<void>)> done);

Q_SIGNALS:
    void loaded();
    void changed(const QString &provider);

private:
    SecretStore &m_store;
    QHash<QString, QString> m_stored;    // from the keychain
    QHash<QString, QString> m_session;
    Error m_lastError;
    int m_pending = 0;
    bool m_loaded = false;
    bool m_loading = false;
};

// Trims what a person pasted: whitespace, newlines, surrounding quotes, a leading "Bearer ".
QString normalizeKey(const QString &pasted);

} // namespace ttc::keys
