#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace ttc::chat {

// A provider as the picker shows it.
struct ProviderChoice
{
    QString id;
    QString name;
    bool local = false;
    bool needsKey = true;
    bool hasKey = false;
    bool allowedByTier = true;
    QString requiredTier;        // shown as a badge when the tier does not include it ("pro")
    QStringList models;
    QString defaultModel;
};

// Today's cloud usage for the meter. limit < 0: unlimited; known false: not available (yet).
struct UsageInfo
{
    bool known = false;
    QString tier;
    int used = 0;
    int limit = -1;
    qint64 resetsAtMs = 0;
};

// What the chat window needs from the AI layer: chat turns that persist themselves (ChatService) plus what the
// provider picker and usage meter show. The app's implementation adapts core/chat/ChatService; tests use a scripted
// one. Signals follow ChatService: turnStarted, then deltas, then exactly one of finished or failed.
class TurnRunner : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Appends userText to the session (empty: answer the session as it stands, for retry and regenerate) and
    // streams the reply. Returns the turn id, which is the assistant message's id.
    virtual QString startTurn(const QString &sessionId, const QString &userText, const QString &provider,
                              const QString &model) = 0;
    virtual void cancel(const QString &turnId) = 0;

    virtual QList<ProviderChoice> providers() const { return {}; }
    virtual UsageInfo usage() const { return {}; }
    // Re-reads key status, usage and model lists (the window was opened, a key was added).
    virtual void refresh() {}

Q_SIGNALS:
    void turnStarted(const QString &turnId, const QString &sessionId, const QString &userMessageId);
    void delta(const QString &turnId, const QString &text);
    void reasoningDelta(const QString &turnId, const QString &text);
    void finished(const QString &turnId, const QString &provider, const QString &model, int tokensIn, int tokensOut);
    // code: the provider error's machine code; keyProblem: missing or rejected key ("Fix key").
    void failed(const QString &turnId, const QString &code, const QString &message, bool keyProblem,
                bool quotaProblem);
    void providersChanged();
    void usageChanged();
};

} // namespace ttc::chat
