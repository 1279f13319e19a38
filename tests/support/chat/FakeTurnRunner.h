#pragma once

// A scripted TurnRunner for the chat window's tests and benchmarks. It persists like ChatService does (user message,
// assistant row from the first delta as `streaming`, final status) and streams its script on a timer.
#include "ChatStore.h"
#include "TurnRunner.h"
#include "util/Clock.h"
#include "util/Future.h"
#include "util/Uuid.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace ttc::test {

class FakeTurnRunner final : public chat::TurnRunner
{
public:
    explicit FakeTurnRunner(chat::ChatStore &store, QObject *parent = nullptr) : TurnRunner(parent), m_store(store) {}

    // The reply of the next turns, one delta per tick.
    QStringList script{QStringLiteral("Hello"), QStringLiteral(", "), QStringLiteral("world.")};
    int intervalMs = 20;
    // Deltas due by the clock (one per intervalMs since the stream began) all go out on the next tick, so a busy
    // event loop or a coarse timer does not lower the rate (benchmarks); otherwise one delta per tick.
    bool keepPace = false;
    QString failCode;            // non-empty: fail after the script with this code
    bool keyProblem = false;
    int turnsStarted = 0;
    QList<chat::ProviderChoice> choices{
        {QStringLiteral("openai"), QStringLiteral("OpenAI"), false, true, true, true, {},
         {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o")}, QStringLiteral("gpt-4o-mini")},
        {QStringLiteral("anthropic"), QStringLiteral("Anthropic"), false, true, false, false, QStringLiteral("pro"),
         {QStringLiteral("claude-3-5-haiku-latest")}, QStringLiteral("claude-3-5-haiku-latest")},
        {QStringLiteral("local"), QStringLiteral("Local server"), true, false, false, true, {},
         {QStringLiteral("llama3.2")}, QStringLiteral("llama3.2")}};
    chat::UsageInfo usageInfo{true, QStringLiteral("free"), 3, 50, 1767312000000};

    QList<chat::ProviderChoice> providers() const override { return choices; }
    chat::UsageInfo usage() const override { return usageInfo; }

    QString startTurn(const QString &sessionId, const QString &userText, const QString &provider,
                      const QString &model) override
    {
        ++turnsStarted;
        auto turn = std::make_shared<Turn>();
        turn->message.role = store::Role::Assistant;
        turn->message.status = store::MessageStatus::Streaming;
        turn->message.provider = provider;
        turn->message.model = model;
        turn->script = script;
        // The id is known before anything is stored, like ChatService's turn id.
        turn->message.id = m_ids.next();
        const QString turnId = turn->message.id;
        m_turns.insert(turnId, turn);
        m_store
            .run([sessionId, userText](store::ChatRepository &repo) -> Result<std::pair<QString, QString>> {
                QString sid = sessionId;
                if (sid.isEmpty()) {
                    auto s = repo.createSession(userText.left(60));
                    if (!s)
                        return s.error();
                    sid = s->id;
                }
                QString userId;
                if (!userText.isEmpty()) {
                    store::Message m;
                    m.sessionId = sid;
                    m.role = store::Role::User;
                    m.content = userText;
                    auto added = repo.addMessage(m);
                    if (!added)
                        return added.error();
                    userId = added->id;
                }
                return std::pair{sid, userId};
            })
            | ttc::then(this, [this, turn, turnId](Result<std::pair<QString, QString>> r) {
                if (!r) {
                    Q_EMIT failed(turnId, r.error().code, r.error().message, false, false);
                    return;
                }
                turn->message.sessionId = r->first;
                Q_EMIT turnStarted(turnId, r->first, r->second);
                turn->timer.setInterval(intervalMs);
                if (keepPace)
                    turn->timer.setTimerType(Qt::PreciseTimer);
                connect(&turn->timer, &QTimer::timeout, this, [this, turnId] { tick(turnId); });
                turn->timer.start();
                turn->clock.start();
            });
        return turnId;
    }

    void cancel(const QString &turnId) override
    {
        auto turn = m_turns.value(turnId);
        if (!turn)
            return;
        turn->timer.stop();
        turn->message.status = store::MessageStatus::Interrupted;
        finish(turnId, QStringLiteral("cancelled"), tr("Stopped."));
    }

    bool isActive(const QString &turnId) const { return m_turns.contains(turnId); }

private:
    struct Turn
    {
        store::Message message;
        QStringList script;
        int next = 0;
        bool stored = false;
        QTimer timer;
        QElapsedTimer clock;
    };

    void tick(const QString &turnId)
    {
        auto turn = m_turns.value(turnId);
        if (!turn)
            return;
        if (turn->next < turn->script.size()) {
            // One delta a tick; keepPace: every delta due by the clock (at least one).
            const qint64 due = keepPace ? std::clamp<qint64>(turn->clock.elapsed() / std::max(1, intervalMs) + 1,
                                                             turn->next + 1, turn->script.size())
                                        : turn->next + 1;
            while (turn->next < due && m_turns.contains(turnId))
                emitNext(*turn, turnId);
            return;
        }
        turn->timer.stop();
        if (!failCode.isEmpty()) {
            turn->message.status = store::MessageStatus::Error;
            finish(turnId, failCode, keyProblem ? tr("The API key was rejected.") : tr("The provider failed."));
            return;
        }
        turn->message.status = store::MessageStatus::Complete;
        turn->message.tokensIn = 12;
        turn->message.tokensOut = int(turn->script.size());
        finish(turnId, {}, {});
    }

    void emitNext(Turn &turn, const QString &turnId)
    {
        const QString piece = turn.script.at(turn.next++);
        turn.message.content += piece;
        if (!turn.stored) {
            turn.stored = true;
            store::Message m = turn.message;
            m_store.run([m](store::ChatRepository &repo) { return repo.addMessage(m); });
        }
        Q_EMIT delta(turnId, piece);
    }

    void finish(const QString &turnId, const QString &code, const QString &message)
    {
        auto turn = m_turns.take(turnId);
        store::Message m = turn->message;
        m.errorCode = code;
        m.errorMessage = message;
        const bool stored = turn->stored;
        m_store
            .run([m, stored](store::ChatRepository &repo) -> Result<void> {
                if (stored)
                    return repo.updateMessage(m);
                if (m.status == store::MessageStatus::Complete) {
                    if (auto added = repo.addMessage(m); !added)
                        return added.error();
                }
                return {};
            })
            | ttc::then(this, [this, m, code, message, turnId](Result<void>) {
                if (code.isEmpty())
                    Q_EMIT finished(turnId, m.provider, m.model, m.tokensIn, m.tokensOut);
                else
                    Q_EMIT failed(turnId, code, message, keyProblem, false);
            });
    }

    chat::ChatStore &m_store;
    QHash<QString, std::shared_ptr<Turn>> m_turns;
    UuidV7Generator m_ids{SystemClock::instance()};
};

} // namespace ttc::test
