#include "ChatServiceRunner.h"

#include "ai/AiServices.h"
#include "chat/ChatService.h"
#include "keys/KeyRing.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"
#include "util/Future.h"

namespace ttc::chat {

ChatServiceRunner::ChatServiceRunner(ai::AiServices &ai, QObject *parent) : TurnRunner(parent), m_ai(ai)
{
    ChatService &service = ai.chat();
    connect(&service, &ChatService::turnStarted, this, &TurnRunner::turnStarted);
    connect(&service, &ChatService::delta, this, &TurnRunner::delta);
    connect(&service, &ChatService::reasoningDelta, this, &TurnRunner::reasoningDelta);
    connect(&service, &ChatService::finished, this, [this](const QString &turnId, const TurnResult &r) {
        Q_EMIT finished(turnId, r.provider, r.model, int(r.usage.inputTokens), int(r.usage.outputTokens));
        refresh();
    });
    connect(&service, &ChatService::failed, this, [this](const QString &turnId, const providers::ProviderError &e) {
        using providers::ErrorKind;
        const bool key = e.kind == ErrorKind::MissingKey || e.kind == ErrorKind::InvalidKey;
        const bool quota = e.kind == ErrorKind::TierLocked || e.kind == ErrorKind::QuotaExceeded;
        Q_EMIT failed(turnId, e.kind == ErrorKind::Cancelled ? QStringLiteral("cancelled") : e.code(), e.message, key,
                      quota);
        refresh();
    });
    connect(&ai.keys(), &keys::KeyRing::loaded, this, &TurnRunner::providersChanged);
    connect(&ai.keys(), &keys::KeyRing::changed, this, &TurnRunner::providersChanged);
    refresh();
}

QString ChatServiceRunner::startTurn(const QString &sessionId, const QString &userText, const QString &provider,
                                     const QString &model)
{
    TurnOptions options;
    options.provider = provider;
    options.model = model;
    return m_ai.chat().startTurn(sessionId, userText, options);
}

void ChatServiceRunner::cancel(const QString &turnId)
{
    m_ai.chat().cancel(turnId);
}

QList<ProviderChoice> ChatServiceRunner::providers() const
{
    QList<ProviderChoice> out;
    const providers::ProviderRegistry &registry = m_ai.providers();
    const QStringList included = m_statusKnown ? m_status.providers : quota::tierProviders(QStringLiteral("free"));
    for (const providers::Provider *p : registry.all()) {
        ProviderChoice c;
        c.id = p->id();
        c.name = p->displayName();
        c.local = p->isLocal();
        c.needsKey = p->requiresKey(registry.baseUrl(c.id));
        c.hasKey = m_ai.keys().hasKey(c.id);
        c.allowedByTier = c.local || included.contains(c.id);
        if (!c.allowedByTier)
            c.requiredTier = quota::tierProviders(QStringLiteral("pro")).contains(c.id) ? QStringLiteral("pro")
                                                                                         : QStringLiteral("enterprise");
        c.models = p->knownModels();
        c.defaultModel = registry.model(c.id);
        if (!c.defaultModel.isEmpty() && !c.models.contains(c.defaultModel))
            c.models.prepend(c.defaultModel);
        out.append(c);
    }
    return out;
}

UsageInfo ChatServiceRunner::usage() const
{
    if (!m_statusKnown)
        return {};
    return UsageInfo{true, m_status.tier, m_status.usedToday, m_status.limit, m_status.resetsAtMs};
}

void ChatServiceRunner::refresh()
{
    m_ai.quota().status() | ttc::then(this, [this](QuotaStatus status) {
        m_status = std::move(status);
        m_statusKnown = true;
        Q_EMIT usageChanged();
        Q_EMIT providersChanged();
    });
}

} // namespace ttc::chat
