#include "chat/ChatService.h"

#include "chat/ModelTable.h"
#include "chat/QuotaGuard.h"
#include "keys/KeyRing.h"
#include "net/NetLogging.h"
#include "providers/ChatStreamJob.h"
#include "providers/LocalProvider.h"
#include "providers/LocalServerDetector.h"
#include "providers/ProviderRegistry.h"
#include "store/ChatRepository.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "util/Clock.h"
#include "util/Future.h"
#include "util/Uuid.h"

#include <QDir>
#include <QJsonDocument>
#include <QLockFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

namespace ttc::chat {

using providers::ErrorKind;
using providers::ProviderError;

namespace {

constexpr int kFlushIntervalMs = 100;
constexpr qsizetype kFlushBytes = 1024;

struct Prepared
{
    store::Session session;
    QList<store::Message> messages;
    bool createdSession = false;
};

// No outbox rows are written here: while an account is signed in, the capture triggers (migration 4) queue each
// mutation inside this same transaction, and signing in queues the whole history; writing them here as well would
// queue every change twice.

// ChatRepository::addMessage opens its own transaction; this one joins the caller's.
bool insertMessage(QSqlDatabase &db, const store::Message &m)
{
    const auto text = [](const QString &v) { return v.isNull() ? QVariant(QStringLiteral("")) : QVariant(v); };
    const auto nullable = [](const QString &v) { return v.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(v); };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO messages(id, session_id, role, content, reasoning, status, error_code,"
                             " error_message, provider, model, tokens_in, tokens_out, created_at, updated_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m.id);
    q.addBindValue(m.sessionId);
    q.addBindValue(store::toString(m.role));
    q.addBindValue(text(m.content));
    q.addBindValue(text(m.reasoning));
    q.addBindValue(store::toString(m.status));
    q.addBindValue(nullable(m.errorCode));
    q.addBindValue(nullable(m.errorMessage));
    q.addBindValue(nullable(m.provider));
    q.addBindValue(nullable(m.model));
    q.addBindValue(m.tokensIn < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(m.tokensIn));
    q.addBindValue(m.tokensOut < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(m.tokensOut));
    q.addBindValue(m.createdAt);
    q.addBindValue(m.updatedAt);
    if (!q.exec())
        return false;
    QSqlQuery touch(db);
    touch.prepare(QStringLiteral("UPDATE sessions SET updated_at = max(updated_at, ?) WHERE id = ?"));
    touch.addBindValue(m.updatedAt);
    touch.addBindValue(m.sessionId);
    return touch.exec();
}

QString providerName(const providers::Provider *p, const QString &id)
{
    return p ? p->displayName() : id;
}

} // namespace

struct ChatService::Turn
{
    QString id;
    QString sessionId;
    QString userMessageId;
    TurnOptions options;
    QString providerId;
    const providers::Provider *provider = nullptr;
    QString model;
    QString system;
    QUrl baseUrl;
    QString apiKey;
    bool local = false;
    QList<providers::ChatMessage> history;
    QPointer<providers::ChatStreamJob> job;
    QPointer<providers::LocalServerDetector> detector;
    QTimer *flushTimer = nullptr;
    QString content;
    QString reasoning;
    qsizetype pendingBytes = 0;
    bool messageCreated = false;
    bool flushInFlight = false;   // one streaming write at a time: a slow disk coalesces, never queues up
    bool flushWanted = false;
    bool cancelled = false;
    bool finishing = false;
    qint64 startedAtMs = 0;
    qint64 messageCreatedAtMs = 0;
    std::unique_ptr<QLockFile> lock;
};

ChatService::ChatService(store::Database &db, providers::ProviderRegistry &registry, keys::KeyRing &keys,
                         QuotaGuard &quota, QNetworkAccessManager &nam, const Clock &clock, const ModelTable &models,
                         QObject *parent)
    : QObject(parent), m_db(db), m_registry(registry), m_keys(keys), m_quota(&quota), m_nam(nam), m_clock(clock),
      m_models(models), m_ids(std::make_unique<UuidV7Generator>(clock))
{
}

ChatService::~ChatService()
{
    for (Turn *t : std::as_const(m_turns)) {
        if (t->job)
            t->job->disconnect(this);
        delete t->job;
        delete t;
    }
}

ChatService::Turn *ChatService::turn(const QString &id) const
{
    return m_turns.value(id, nullptr);
}

QFuture<Result<int>> ChatService::recoverInterrupted()
{
    return recoverInterrupted(m_db, m_clock, m_lockDir);
}

QFuture<Result<int>> ChatService::recoverInterrupted(store::Database &database, const Clock &clock, const QString &lockDir)
{
    return database.run([&clock, lockDir](QSqlDatabase &db) -> Result<int> {
        if (lockDir.isEmpty()) {
            UuidV7Generator ids(clock);
            return store::ChatRepository(db, clock, ids).markStaleStreamingInterrupted();
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT id FROM messages WHERE status = 'streaming'")))
            return store::sqlError(q, "recover streaming messages");
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        int marked = 0;
        for (const QString &id : std::as_const(ids)) {
            QLockFile lock(lockDir + QStringLiteral("/turn-") + id + QStringLiteral(".lock"));
            lock.setStaleLockTime(0);  // only a dead owner makes it stale, never its age
            if (!lock.tryLock(0))
                continue;  // a live process is still streaming it
            QSqlQuery u(db);
            u.prepare(QStringLiteral("UPDATE messages SET status = 'interrupted', updated_at = ? WHERE id = ? AND status = 'streaming'"));
            u.addBindValue(clock.nowMs());
            u.addBindValue(id);
            if (u.exec())
                marked += u.numRowsAffected();
            lock.unlock();
        }
        return marked;
    });
}

QString ChatService::startTurn(const QString &sessionId, const QString &userText, const TurnOptions &options)
{
    auto *t = new Turn;
    t->userMessageId = userText.isEmpty() || options.unsaved ? QString() : m_ids->next();
    t->id = m_ids->next();
    t->sessionId = sessionId;
    t->options = options;
    t->startedAtMs = m_clock.nowMs();
    t->flushTimer = new QTimer(this);
    t->flushTimer->setSingleShot(true);
    t->flushTimer->setInterval(kFlushIntervalMs);
    const QString id = t->id;
    connect(t->flushTimer, &QTimer::timeout, this, [this, id] {
        if (Turn *tt = turn(id))
            flush(tt);
    });
    m_turns.insert(id, t);
    // Always asynchronous, so a caller can connect to the id it gets back before anything is emitted.
    QTimer::singleShot(0, this, [this, id, userText] {
        if (Turn *tt = turn(id))
            prepare(tt, userText);
    });
    return id;
}

QFuture<Result<QString>> ChatService::storeUnsaved(const QString &userText, const TurnResult &result,
                                                  const QString &system)
{
    const Clock &clock = m_clock;
    const QString title = userText.simplified().left(60);
    const QString userMessageId = m_ids->next();
    const QString answerId = m_ids->next();
    return m_db.run([=, &clock](QSqlDatabase &db) -> Result<QString> {
        store::Transaction tx(db);
        if (!tx.begin())
            return store::sqlError(db, "store unsaved turn");
        UuidV7Generator ids(clock);
        Result<store::Session> session =
            store::ChatRepository(db, clock, ids).createSession(title, result.provider, result.model, system);
        if (!session)
            return session.error();
        const qint64 now = clock.nowMs();
        store::Message question;
        question.id = userMessageId;
        question.sessionId = session->id;
        question.role = store::Role::User;
        question.content = userText;
        question.createdAt = question.updatedAt = now;
        store::Message answer;
        answer.id = answerId;
        answer.sessionId = session->id;
        answer.role = store::Role::Assistant;
        answer.content = result.text;
        answer.reasoning = result.reasoning;
        answer.status = store::MessageStatus::Complete;
        answer.provider = result.provider;
        answer.model = result.model;
        if (result.usage.inputTokens >= 0) {
            answer.tokensIn = int(result.usage.inputTokens);
            answer.tokensOut = int(std::max<qint64>(0, result.usage.outputTokens));
        }
        answer.createdAt = answer.updatedAt = now + 1;
        if (!insertMessage(db, question) || !insertMessage(db, answer))
            return store::sqlError(db, "store unsaved turn");
        if (!tx.commit())
            return store::sqlError(db, "store unsaved turn");
        return session->id;
    });
}

void ChatService::cancel(const QString &turnId)
{
    Turn *t = turn(turnId);
    if (!t || t->cancelled)
        return;
    t->cancelled = true;
    qCInfo(lcChat) << "turn cancelled" << turnId;
    if (t->job)
        t->job->cancel();  // reports Cancelled through failed()
    // Otherwise the next preparation step sees the flag.
}

void ChatService::cancelAll()
{
    const QStringList ids = m_turns.keys();
    for (const QString &id : ids)
        cancel(id);
}

void ChatService::prepare(Turn *t, const QString &userText)
{
    const QString turnId = t->id;
    const QString sessionId = t->sessionId;
    const QString userMessageId = t->userMessageId;
    const QString title = userText.simplified().left(60);
    const bool unsaved = t->options.unsaved;
    const Clock &clock = m_clock;
    m_db.run([=, &clock](QSqlDatabase &db) -> Result<Prepared> {
            UuidV7Generator ids(clock);
            store::ChatRepository repo(db, clock, ids);
            Prepared p;
            if (unsaved) {
                // Read only: the session's history when one is given, then the question in memory.
                if (!sessionId.isEmpty()) {
                    Result<QString> resolved = repo.resolveSessionId(sessionId);
                    if (!resolved)
                        return resolved.error();
                    Result<QList<store::Message>> messages = repo.messages(*resolved);
                    if (!messages)
                        return messages.error();
                    Result<std::optional<store::Session>> s = repo.session(*resolved);
                    if (!s)
                        return s.error();
                    p.session = **s;
                    p.messages = *messages;
                }
                if (!userText.isEmpty()) {
                    store::Message m;
                    m.role = store::Role::User;
                    m.content = userText;
                    p.messages.append(m);
                }
                return p;
            }
            if (sessionId.isEmpty()) {
                Result<store::Session> s = repo.createSession(title);
                if (!s)
                    return s.error();
                p.session = *s;
                p.createdSession = true;
            } else {
                Result<QString> resolved = repo.resolveSessionId(sessionId);
                if (!resolved)
                    return resolved.error();
                Result<std::optional<store::Session>> s = repo.session(*resolved);
                if (!s)
                    return s.error();
                p.session = **s;
            }
            if (!userMessageId.isEmpty()) {
                store::Message m;
                m.id = userMessageId;
                m.sessionId = p.session.id;
                m.role = store::Role::User;
                m.content = userText;
                Result<store::Message> added = repo.addMessage(m);
                if (!added)
                    return added.error();
            }
            Result<QList<store::Message>> messages = repo.messages(p.session.id);
            if (!messages)
                return messages.error();
            p.messages = *messages;
            return p;
        })
        | ttc::then(this, [this, turnId](Result<Prepared> r) {
            Turn *tt = turn(turnId);
            if (!tt)
                return;
            if (!r) {
                ProviderError e;
                e.kind = ErrorKind::Other;
                e.message = r.error().message;
                e.providerCode = r.error().code;
                return fail(tt, e, false);
            }
            tt->sessionId = tt->options.unsaved ? QString() : r->session.id;
            Q_EMIT turnStarted(tt->id, tt->sessionId, tt->userMessageId);

            // Provider and model: the caller's, else the session's, else the defaults.
            tt->providerId = !tt->options.provider.isEmpty() ? tt->options.provider
                             : !r->session.provider.isEmpty() ? r->session.provider
                                                              : m_defaultProvider;
            tt->provider = m_registry.provider(tt->providerId);
            if (!tt->provider) {
                return fail(tt, providers::makeError(ErrorKind::BadRequest, tt->providerId, 0,
                                                     QStringLiteral("unknown_provider")),
                            false);
            }
            tt->model = !tt->options.model.isEmpty() ? tt->options.model
                        : (r->session.provider == tt->providerId && !r->session.model.isEmpty())
                            ? r->session.model
                            : m_registry.model(tt->providerId);
            tt->system = !tt->options.system.isEmpty() ? tt->options.system : r->session.systemPrompt;
            tt->local = tt->provider->isLocal();
            tt->baseUrl = m_registry.baseUrl(tt->providerId, tt->options.baseUrl);
            for (const store::Message &m : std::as_const(r->messages)) {
                if (m.role == store::Role::System || m.content.isEmpty())
                    continue;
                if (m.role == store::Role::Assistant && m.status == store::MessageStatus::Error)
                    continue;
                tt->history.append({m.role == store::Role::User ? providers::ChatMessage::Role::User
                                                                : providers::ChatMessage::Role::Assistant,
                                    m.content});
            }
            if (tt->history.isEmpty())
                return fail(tt, providers::makeError(ErrorKind::BadRequest, providerName(tt->provider, tt->providerId),
                                                     0, QStringLiteral("empty_conversation")),
                            false);
            m_keys.whenLoaded(this, [this, turnId] {
                if (Turn *t2 = turn(turnId))
                    resolveLocal(t2);
            });
        });
}

void ChatService::resolveLocal(Turn *t)
{
    if (t->cancelled)
        return fail(t, providers::makeError(ErrorKind::Cancelled, t->provider->displayName()), false);
    const bool needsDetection = t->local && !m_registry.hasBaseUrlOverride(t->providerId, t->options.baseUrl);
    if (!needsDetection) {
        if (t->local && t->model.isEmpty()) {
            // An explicit server without a model setting: ask it what it has loaded.
            auto *detector = new providers::LocalServerDetector(m_nam, m_clock, {t->baseUrl}, this);
            t->detector = detector;
            const QString id = t->id;
            connect(detector, &providers::LocalServerDetector::finished, this,
                    [this, id, detector](const providers::LocalServer &server) {
                        detector->deleteLater();
                        Turn *tt = turn(id);
                        if (!tt)
                            return;
                        tt->model = server.models.value(0, QStringLiteral("default"));
                        checkQuota(tt);
                    });
            detector->start(5000);
            return;
        }
        return checkQuota(t);
    }
    auto *detector =
        new providers::LocalServerDetector(m_nam, m_clock, providers::LocalProvider::candidateBaseUrls(), this);
    t->detector = detector;
    const QString id = t->id;
    connect(detector, &providers::LocalServerDetector::finished, this,
            [this, id, detector](const providers::LocalServer &server) {
                detector->deleteLater();
                Turn *tt = turn(id);
                if (!tt)
                    return;
                if (!server.found())
                    return fail(tt, providers::makeError(ErrorKind::NoLocalServer, tt->provider->displayName()), false);
                tt->baseUrl = server.baseUrl;
                if (tt->model.isEmpty())
                    tt->model = server.models.value(0, QStringLiteral("default"));
                checkQuota(tt);
            });
    detector->start();
}

void ChatService::checkQuota(Turn *t)
{
    if (t->cancelled)
        return fail(t, providers::makeError(ErrorKind::Cancelled, t->provider->displayName()), false);
    // A local provider pointed at a non-loopback gateway is a cloud request for keys and quota.
    const bool loopback = providers::isLoopback(t->baseUrl);
    t->local = t->local && loopback;
    const QString id = t->id;
    m_quota->check({t->providerId, t->local, QStringLiteral("chat")}) | ttc::then(this, [this, id](const QuotaDecision &d) {
        Turn *tt = turn(id);
        if (!tt)
            return;
        if (!d.allowed) {
            ProviderError e = providers::makeError(d.kind, tt->provider->displayName());
            e.message = d.reason;
            return fail(tt, e, false);
        }
        // The plan is checked first: telling someone to add a key for a provider their tier excludes would mislead.
        tt->apiKey = m_keys.key(tt->providerId);
        if (tt->apiKey.isEmpty() && tt->provider->requiresKey(tt->baseUrl))
            return fail(tt, providers::makeError(ErrorKind::MissingKey, tt->provider->displayName()), false);
        send(tt);
    });
}

void ChatService::send(Turn *t)
{
    if (t->cancelled)
        return fail(t, providers::makeError(ErrorKind::Cancelled, t->provider->displayName()), false);
    providers::ChatRequest request;
    request.model = t->model;
    request.system = t->system;
    request.maxTokens = m_maxOutputTokens;
    const ModelInfo info = m_models.info(t->providerId, t->model);
    request.messages = trimHistory(t->history, t->system, info.contextTokens,
                                   std::min(m_maxOutputTokens, info.contextTokens / 4));
    auto *job = new providers::ChatStreamJob(m_nam, *t->provider, {t->baseUrl, t->apiKey}, request, m_clock,
                                             m_httpOptions, this);
    t->job = job;
    const QString id = t->id;
    connect(job, &providers::ChatStreamJob::delta, this, [this, id](const QString &text) {
        if (Turn *tt = turn(id))
            onDelta(tt, text, false);
    });
    connect(job, &providers::ChatStreamJob::reasoningDelta, this, [this, id](const QString &text) {
        if (Turn *tt = turn(id))
            onDelta(tt, text, true);
    });
    connect(job, &providers::ChatStreamJob::retrying, this,
            [this, id](int attempt, qint64 delay) { Q_EMIT retrying(id, attempt, delay); });
    connect(job, &providers::ChatStreamJob::finished, this, [this, id](const providers::StreamResult &r) {
        if (Turn *tt = turn(id))
            complete(tt, r);
    });
    connect(job, &providers::ChatStreamJob::failed, this,
            [this, id](const ProviderError &e, const providers::StreamResult &) {
                if (Turn *tt = turn(id))
                    fail(tt, e, true);
            });
    qCInfo(lcChat) << "turn" << id << "to" << t->providerId << t->model << "history" << request.messages.size();
    job->start();
}

void ChatService::onDelta(Turn *t, const QString &text, bool reasoning)
{
    if (t->finishing)
        return;
    (reasoning ? t->reasoning : t->content) += text;
    Q_EMIT(reasoning ? reasoningDelta(t->id, text) : delta(t->id, text));
    if (!t->messageCreated) {
        // The assistant message exists from the first delta (an unsaved turn only notes that the provider answered).
        t->messageCreated = true;
        t->messageCreatedAtMs = m_clock.nowMs();
        if (t->options.unsaved)
            return;
        if (!m_lockDir.isEmpty() && QDir().mkpath(m_lockDir)) {
            t->lock = std::make_unique<QLockFile>(m_lockDir + QStringLiteral("/turn-") + t->id + QStringLiteral(".lock"));
            if (!t->lock->tryLock(0))
                qCWarning(lcChat) << "cannot lock" << t->lock->error();
        }
        store::Message m;
        m.id = t->id;
        m.sessionId = t->sessionId;
        m.role = store::Role::Assistant;
        m.content = t->content;
        m.reasoning = t->reasoning;
        m.status = store::MessageStatus::Streaming;
        m.provider = t->providerId;
        m.model = t->model;
        m.createdAt = t->messageCreatedAtMs;
        const Clock &clock = m_clock;
        m_db.run([m, &clock](QSqlDatabase &db) {
            UuidV7Generator ids(clock);
            Result<store::Message> r = store::ChatRepository(db, clock, ids).addMessage(m);
            if (!r)
                qCWarning(lcChat) << "cannot store the streaming message:" << r.error().message;
        });
        return;
    }
    if (t->options.unsaved)
        return;
    t->pendingBytes += text.size();
    // Each write stores the whole text so far: a byte threshold that grows with it (1/8) keeps a long answer's writes
    // linear in its length; the timer still bounds what a crash can lose to kFlushIntervalMs.
    if (t->pendingBytes >= std::max(kFlushBytes, t->content.size() / 8))
        flush(t);
    else if (!t->flushTimer->isActive())
        t->flushTimer->start();
}

void ChatService::flush(Turn *t)
{
    t->flushTimer->stop();
    if (!t->messageCreated || t->pendingBytes == 0 || t->finishing)
        return;
    if (t->flushInFlight) {
        t->flushWanted = true;
        return;
    }
    t->pendingBytes = 0;
    t->flushInFlight = true;
    const QString id = t->id;
    const QString content = t->content;
    const QString reasoning = t->reasoning;
    const qint64 now = m_clock.nowMs();
    m_db.run([id, content, reasoning, now](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE messages SET content = ?, reasoning = ?, updated_at = ? WHERE id = ?"));
            q.addBindValue(content.isNull() ? QStringLiteral("") : content);
            q.addBindValue(reasoning.isNull() ? QStringLiteral("") : reasoning);
            q.addBindValue(now);
            q.addBindValue(id);
            if (!q.exec())
                qCWarning(lcChat) << "cannot update the streaming message:" << store::sqlError(q, "update").message;
        })
        | ttc::then(this, [this, id] {
            Turn *tt = turn(id);
            if (!tt)
                return;
            tt->flushInFlight = false;
            if (tt->flushWanted && !tt->finishing) {
                tt->flushWanted = false;
                tt->pendingBytes = std::max<qsizetype>(tt->pendingBytes, 1);
                flush(tt);
            }
        });
}

void ChatService::complete(Turn *t, const providers::StreamResult &)
{
    if (t->finishing)
        return;
    t->finishing = true;
    finalize(t, int(store::MessageStatus::Complete), nullptr);
}

void ChatService::fail(Turn *t, const ProviderError &error, bool reachedProvider)
{
    if (t->finishing)
        return;
    t->finishing = true;
    Q_UNUSED(reachedProvider)  // whether usage counts follows from messageCreated: the provider served part of it
    finalize(t, int(error.kind == ErrorKind::Cancelled ? store::MessageStatus::Interrupted : store::MessageStatus::Error),
             &error);
}

void ChatService::finalize(Turn *t, int statusValue, const ProviderError *error)
{
    t->flushTimer->stop();
    const auto status = store::MessageStatus(statusValue);
    const bool writeMessage = !t->options.unsaved && (t->messageCreated || (error && error->kind != ErrorKind::Cancelled &&
                                                                            !t->sessionId.isEmpty() && t->provider));
    const bool complete = status == store::MessageStatus::Complete;
    // A cloud request that the provider served (it answered, or streamed part of an answer) counts.
    const bool recordUsage = !t->local && t->provider && (complete || t->messageCreated);

    providers::Usage usage;
    if (complete || t->messageCreated) {
        qint64 in = tokenEstimate(t->system);
        for (const providers::ChatMessage &m : std::as_const(t->history))
            in += tokenEstimate(m.content);
        usage.inputTokens = in;
        usage.outputTokens = tokenEstimate(t->content) + tokenEstimate(t->reasoning);
    }
    TurnResult result;
    if (complete && t->job)
        result.finishReason = t->job->result().finishReason;
    if (complete && t->job && t->job->result().usage.inputTokens >= 0)
        usage.inputTokens = t->job->result().usage.inputTokens;
    if (complete && t->job && t->job->result().usage.outputTokens >= 0)
        usage.outputTokens = t->job->result().usage.outputTokens;
    if (complete && t->job)
        usage.reasoningTokens = t->job->result().usage.reasoningTokens;
    result.turnId = t->id;
    result.sessionId = t->sessionId;
    result.provider = t->providerId;
    result.model = t->model;
    result.text = t->content;
    result.reasoning = t->reasoning;
    result.usage = usage;
    result.estimatedCost = m_models.cost(t->providerId, t->model, usage.inputTokens, usage.outputTokens);

    store::Message m;
    m.id = t->id;
    m.sessionId = t->sessionId;
    m.role = store::Role::Assistant;
    m.content = t->content;
    m.reasoning = t->reasoning;
    m.status = status;
    m.provider = t->providerId;
    m.model = t->model;
    m.createdAt = t->messageCreated ? t->messageCreatedAtMs : m_clock.nowMs();
    m.updatedAt = m_clock.nowMs();
    if (usage.inputTokens >= 0 && (complete || t->messageCreated)) {
        m.tokensIn = int(usage.inputTokens);
        m.tokensOut = int(usage.outputTokens);
    }
    if (error) {
        m.errorCode = error->code();
        m.errorMessage = error->message;
    }
    const bool existed = t->messageCreated;
    const QString usageId = recordUsage ? m_ids->next() : QString();
    const qint64 occurredAt = t->startedAtMs;
    const Clock &clock = m_clock;
    const QString id = t->id;
    const std::optional<ProviderError> failure = error ? std::optional<ProviderError>(*error) : std::nullopt;
    if (t->job)
        t->job->disconnect(this);

    auto finish = [this, id, result, failure, usageId](bool) {
        Turn *tt = turn(id);
        if (!tt)
            return;
        m_turns.remove(id);
        if (tt->lock)
            tt->lock->unlock();
        tt->flushTimer->deleteLater();
        if (tt->job)
            tt->job->deleteLater();
        delete tt;
        if (!usageId.isEmpty())
            m_quota->usageRecorded(usageId);
        if (failure)
            Q_EMIT failed(id, *failure);
        else
            Q_EMIT finished(id, result);
    };
    if (!writeMessage && !recordUsage) {
        QTimer::singleShot(0, this, [finish] { finish(true); });
        return;
    }
    m_db.run([=, &clock](QSqlDatabase &db) -> bool {
            store::Transaction tx(db);
            if (!tx.begin())
                return false;
            if (writeMessage) {
                if (existed) {
                    UuidV7Generator ids(clock);
                    if (!store::ChatRepository(db, clock, ids).updateMessage(m))
                        return false;
                } else if (!insertMessage(db, m)) {
                    return false;
                }
            }
            if (!usageId.isEmpty()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT INTO usage_events(id, kind, provider, model, occurred_at, tokens_in,"
                                         " tokens_out, status) VALUES (?, 'chat', ?, ?, ?, ?, ?, 'pending')"));
                q.addBindValue(usageId);
                q.addBindValue(m.provider);
                q.addBindValue(m.model);
                q.addBindValue(occurredAt);
                q.addBindValue(std::max(0, m.tokensIn));
                q.addBindValue(std::max(0, m.tokensOut));
                if (!q.exec())
                    return false;
            }
            return tx.commit();
        })
        | ttc::then(this, [finish](bool ok) {
            if (!ok)
                qCWarning(lcChat) << "the finished turn could not be stored";
            finish(ok);
        });
}

} // namespace ttc::chat
