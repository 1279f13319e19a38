#pragma once

#include "Result.h"
#include "net/HttpJob.h"
#include "providers/ProviderTypes.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace ttc {
class Clock;
class UuidV7Generator;
}
namespace ttc::store {
class Database;
}
namespace ttc::keys {
class KeyRing;
}
namespace ttc::providers {
class ProviderRegistry;
}

namespace ttc::chat {

class ModelTable;
class QuotaGuard;

struct TurnOptions
{
    QString provider;     // empty: the session's, else the default provider
    QString model;        // empty: the session's when the provider matches, else the registry's
    QString baseUrl;      // empty: env/setting/default (local: autodetected)
    QString system;       // empty: the session's system prompt
    // Nothing of the turn is stored: no session is created, neither the question nor the answer is written (a given
    // session is only read). Everything else is as for a stored turn: the quota check, and the usage event with its
    // outbox row and QuotaGuard::usageRecorded. For answers shown in passing, e.g. a link preview's AI summary.
    bool unsaved = false;
};

struct TurnResult
{
    QString turnId;       // = the assistant message id
    QString sessionId;    // empty for an unsaved turn
    QString provider;
    QString model;
    QString text;
    QString reasoning;
    QString finishReason;
    providers::Usage usage;
    double estimatedCost = -1;   // USD; -1 unknown
};

// Chat turns for the UI and the CLI: builds the request from a session (system prompt, history trimmed to the
// model's context), asks QuotaGuard and the key ring before any network call, streams deltas, and persists:
// the assistant message exists from the first delta (`streaming`), is written at most every 100 ms or 1 KiB, and ends
// `complete`, `interrupted` (cancelled) or `error`. A cloud request's usage event and its outbox rows are written in
// the same transaction as the final message. All signals arrive on the thread that owns the service.
class ChatService : public QObject
{
    Q_OBJECT

public:
    ChatService(store::Database &db, providers::ProviderRegistry &registry, keys::KeyRing &keys, QuotaGuard &quota,
                QNetworkAccessManager &nam, const Clock &clock, const ModelTable &models, QObject *parent = nullptr);
    ~ChatService() override;

    // Appends userText to the session (empty sessionId: a new session titled from the text; empty userText: answer
    // the session as it stands, e.g. "retry") and streams the reply. Returns the turn id at once; the outcome comes
    // as finished() or failed(), always exactly one of them.
    QString startTurn(const QString &sessionId, const QString &userText, const TurnOptions &options = {});
    // Keeps a finished unsaved turn after all, as a new session holding its request and answer (the user continues
    // it in the chat). Its usage was counted when it ran and is not counted again. Gives the session id.
    QFuture<Result<QString>> storeUnsaved(const QString &userText, const TurnResult &result, const QString &system);
    void cancel(const QString &turnId);
    void cancelAll();
    bool isActive(const QString &turnId) const { return m_turns.contains(turnId); }
    int activeTurns() const { return int(m_turns.size()); }

    void setHttpOptions(const net::HttpOptions &options) { m_httpOptions = options; }
    void setDefaultProvider(const QString &provider) { m_defaultProvider = provider; }
    // The account feature swaps in a server-backed guard; turns already past their check keep the old answer.
    void setQuotaGuard(QuotaGuard &quota) { m_quota = &quota; }
    void setMaxOutputTokens(int tokens) { m_maxOutputTokens = tokens; }
    // A folder for per-turn lock files: a streaming reply whose lock is not held by a live process was left behind by
    // one that died. Without it, recoverInterrupted() marks every streaming reply.
    void setLockDir(const QString &dir) { m_lockDir = dir; }

    // Marks messages left `streaming` by a process that died as `interrupted` (at startup; safe while others stream).
    QFuture<Result<int>> recoverInterrupted();
    static QFuture<Result<int>> recoverInterrupted(store::Database &db, const Clock &clock, const QString &lockDir);

Q_SIGNALS:
    void turnStarted(const QString &turnId, const QString &sessionId, const QString &userMessageId);
    void delta(const QString &turnId, const QString &text);
    void reasoningDelta(const QString &turnId, const QString &text);
    void retrying(const QString &turnId, int attempt, qint64 delayMs);
    void finished(const QString &turnId, const ttc::chat::TurnResult &result);
    void failed(const QString &turnId, const ttc::providers::ProviderError &error);

private:
    struct Turn;
    void prepare(Turn *turn, const QString &userText);
    void resolveLocal(Turn *turn);
    void checkQuota(Turn *turn);
    void send(Turn *turn);
    void onDelta(Turn *turn, const QString &text, bool reasoning);
    void flush(Turn *turn);
    void complete(Turn *turn, const providers::StreamResult &result);
    void fail(Turn *turn, const providers::ProviderError &error, bool reachedProvider);
    void finalize(Turn *turn, int status, const providers::ProviderError *error);
    Turn *turn(const QString &id) const;

    store::Database &m_db;
    providers::ProviderRegistry &m_registry;
    keys::KeyRing &m_keys;
    QuotaGuard *m_quota;
    QNetworkAccessManager &m_nam;
    const Clock &m_clock;
    const ModelTable &m_models;
    std::unique_ptr<UuidV7Generator> m_ids;
    net::HttpOptions m_httpOptions;
    QString m_defaultProvider = QStringLiteral("openai");
    int m_maxOutputTokens = 4096;
    QHash<QString, Turn *> m_turns;
    QString m_lockDir;
};

} // namespace ttc::chat

Q_DECLARE_METATYPE(ttc::chat::TurnResult)
