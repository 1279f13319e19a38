#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace ttc::providers {

// Why a request failed, as a category callers act on (and `ttc` maps to its exit codes).
enum class ErrorKind {
    MissingKey,
    InvalidKey,
    Permission,
    InsufficientQuota,   // the provider account's billing/credit, not our tier
    RateLimited,
    Overloaded,
    ContextTooLong,
    ModelNotFound,
    BadRequest,
    Network,
    Timeout,
    Cancelled,
    MalformedStream,
    TooLarge,
    TierLocked,          // QuotaGuard: the tier does not include this provider
    QuotaExceeded,       // QuotaGuard: today's cloud requests are used up
    NoLocalServer,
    Other,
};

struct ProviderError
{
    ErrorKind kind = ErrorKind::Other;
    QString message;        // translated, says what happened and what to do
    int httpStatus = 0;
    QString providerCode;   // the provider's own code/type, e.g. "invalid_api_key", "overloaded_error"
    QString providerMessage; // the provider's text (untrusted: show as plain text only)
    qint64 retryAfterMs = -1;

    QString code() const;   // stable machine id of kind, e.g. "invalid_key"
};

QString errorCode(ErrorKind kind);
// Exit code of DESIGN §2 for a failure of this kind.
int exitCodeFor(ErrorKind kind);
// A translated sentence for the category; providerName is the display name ("OpenAI").
QString describe(ErrorKind kind, const QString &providerName);
ProviderError makeError(ErrorKind kind, const QString &providerName, int status = 0, const QString &providerCode = {},
                        const QString &providerMessage = {});

struct ChatMessage
{
    enum class Role { System, User, Assistant };
    Role role = Role::User;
    QString content;
};

struct ChatRequest
{
    QString model;
    QString system;
    QList<ChatMessage> messages;   // user/assistant turns, oldest first
    int maxTokens = 4096;
};

struct Usage
{
    qint64 inputTokens = -1;       // -1 = the provider did not say
    qint64 outputTokens = -1;
    qint64 reasoningTokens = -1;

    bool known() const { return inputTokens >= 0 || outputTokens >= 0; }
};

struct ToolCall
{
    int choice = 0;
    int index = 0;
    QString id;
    QString name;
    QString arguments;
};

struct ChoiceText
{
    QString content;
    QString refusal;
    QString reasoning;
    QString finishReason;
};

// Everything a stream said, reassembled. Deltas are also delivered as they arrive; this is the record.
struct StreamResult
{
    QMap<int, ChoiceText> choices;
    QList<ToolCall> toolCalls;
    Usage usage;
    QString finishReason;     // of choice 0 / the message
    bool ended = false;       // the provider's logical end was seen ([DONE], message_stop, Gemini end of body)
    std::optional<ProviderError> error;

    QString text() const { return choices.value(0).content; }
};

} // namespace ttc::providers

Q_DECLARE_METATYPE(ttc::providers::ProviderError)
Q_DECLARE_METATYPE(ttc::providers::Usage)
Q_DECLARE_METATYPE(ttc::providers::StreamResult)
