#include "providers/AnthropicProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ttc::providers {

namespace {

constexpr QByteArrayView kVersion = "2023-06-01";

class AnthropicDecoder final : public StreamDecoder
{
public:
    void onEvent(const net::SseEvent &event) override
    {
        if (result.error || event.data.isEmpty())
            return;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(event.data, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            fail(ErrorKind::MalformedStream, QStringLiteral("Anthropic"), QStringLiteral("invalid_json"),
                 pe.errorString());
            return;
        }
        const QJsonObject o = doc.object();
        // data.type == event name; an event line may be missing behind some proxies, so trust data.type.
        const QString type = o.value(QLatin1String("type")).toString(QString::fromUtf8(event.event));
        if (type == QLatin1String("message_start")) {
            const QJsonObject u = o.value(QLatin1String("message")).toObject().value(QLatin1String("usage")).toObject();
            result.usage.inputTokens = u.value(QLatin1String("input_tokens")).toInteger(-1);
            result.usage.outputTokens = u.value(QLatin1String("output_tokens")).toInteger(-1);
        } else if (type == QLatin1String("content_block_start")) {
            const int index = o.value(QLatin1String("index")).toInt();
            const QJsonObject block = o.value(QLatin1String("content_block")).toObject();
            const QString kind = block.value(QLatin1String("type")).toString();
            m_blockTypes[index] = kind;
            if (kind == QLatin1String("tool_use")) {
                result.toolCalls.append(ToolCall{0, index, block.value(QLatin1String("id")).toString(),
                                                 block.value(QLatin1String("name")).toString(), {}});
            } else if (kind == QLatin1String("text")) {
                text(0, block.value(QLatin1String("text")).toString());
            }
        } else if (type == QLatin1String("content_block_delta")) {
            const int index = o.value(QLatin1String("index")).toInt();
            const QJsonObject d = o.value(QLatin1String("delta")).toObject();
            const QString dt = d.value(QLatin1String("type")).toString();
            if (dt == QLatin1String("text_delta")) {
                text(0, d.value(QLatin1String("text")).toString());
            } else if (dt == QLatin1String("thinking_delta")) {
                reasoning(0, d.value(QLatin1String("thinking")).toString());
            } else if (dt == QLatin1String("input_json_delta")) {
                for (ToolCall &call : result.toolCalls) {
                    if (call.index == index)
                        call.arguments += d.value(QLatin1String("partial_json")).toString();
                }
            }
        } else if (type == QLatin1String("message_delta")) {
            const QJsonValue stop = o.value(QLatin1String("delta")).toObject().value(QLatin1String("stop_reason"));
            if (stop.isString()) {
                result.finishReason = stop.toString();
                result.choices[0].finishReason = result.finishReason;
            }
            // Cumulative: replaces the message_start figure.
            const QJsonObject u = o.value(QLatin1String("usage")).toObject();
            if (u.contains(QLatin1String("output_tokens")))
                result.usage.outputTokens = u.value(QLatin1String("output_tokens")).toInteger();
            if (u.contains(QLatin1String("input_tokens")))
                result.usage.inputTokens = u.value(QLatin1String("input_tokens")).toInteger();
            const QJsonValue thinking =
                u.value(QLatin1String("output_tokens_details")).toObject().value(QLatin1String("thinking_tokens"));
            if (thinking.isDouble())
                result.usage.reasoningTokens = thinking.toInteger();
        } else if (type == QLatin1String("message_stop")) {
            result.ended = true;
        } else if (type == QLatin1String("error")) {
            const QJsonObject e = o.value(QLatin1String("error")).toObject();
            result.error = AnthropicProvider::classifyErrorObject(0, e.value(QLatin1String("type")).toString(),
                                                                  e.value(QLatin1String("message")).toString());
        }
        // ping and unknown event types are ignored (versioning policy).
    }

    void onEnd(const QByteArray &) override
    {
        if (!result.error && !result.ended)
            fail(ErrorKind::Network, QStringLiteral("Anthropic"), QStringLiteral("incomplete_stream"), QString());
    }

private:
    QMap<int, QString> m_blockTypes;
};

} // namespace

QStringList AnthropicProvider::knownModels() const
{
    return {QStringLiteral("claude-3-5-haiku-latest"), QStringLiteral("claude-sonnet-4-5"),
            QStringLiteral("claude-opus-4-1"), QStringLiteral("claude-3-7-sonnet-latest")};
}

QNetworkRequest AnthropicProvider::chatRequest(const ProviderConfig &config, const ChatRequest &request,
                                               QByteArray *body) const
{
    QNetworkRequest r = jsonRequest(endpoint(config.baseUrl, QStringLiteral("/v1/messages")));
    r.setRawHeader("x-api-key", config.apiKey.toUtf8());
    r.setRawHeader("anthropic-version", kVersion.toByteArray());
    QJsonArray messages;
    for (const ChatMessage &m : request.messages) {
        if (m.role == ChatMessage::Role::System)
            continue;
        messages.append(QJsonObject{
            {QStringLiteral("role"),
             m.role == ChatMessage::Role::Assistant ? QStringLiteral("assistant") : QStringLiteral("user")},
            {QStringLiteral("content"), m.content}});
    }
    QJsonObject o{{QStringLiteral("model"), request.model},
                  {QStringLiteral("max_tokens"), request.maxTokens},
                  {QStringLiteral("messages"), messages},
                  {QStringLiteral("stream"), true}};
    if (!request.system.isEmpty())
        o.insert(QStringLiteral("system"), request.system);
    *body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

std::unique_ptr<StreamDecoder> AnthropicProvider::newDecoder() const
{
    return std::make_unique<AnthropicDecoder>();
}

ProviderError AnthropicProvider::classifyErrorObject(int status, const QString &type, const QString &message)
{
    ErrorKind kind = kindForStatus(status);
    if (type == QLatin1String("authentication_error"))
        kind = ErrorKind::InvalidKey;
    else if (type == QLatin1String("permission_error"))
        kind = ErrorKind::Permission;
    else if (type == QLatin1String("billing_error"))
        kind = ErrorKind::InsufficientQuota;
    else if (type == QLatin1String("not_found_error"))
        kind = ErrorKind::ModelNotFound;
    else if (type == QLatin1String("rate_limit_error"))
        kind = ErrorKind::RateLimited;
    else if (type == QLatin1String("overloaded_error"))
        kind = ErrorKind::Overloaded;
    else if (type == QLatin1String("timeout_error"))
        kind = ErrorKind::Timeout;
    else if (type == QLatin1String("request_too_large") ||
             (type == QLatin1String("invalid_request_error") &&
              message.contains(QLatin1String("too long"), Qt::CaseInsensitive)))
        kind = ErrorKind::ContextTooLong;
    else if (type == QLatin1String("invalid_request_error"))
        kind = ErrorKind::BadRequest;
    else if (status == 0)
        kind = ErrorKind::Other;
    return makeError(kind, QStringLiteral("Anthropic"), status, type, message);
}

ProviderError AnthropicProvider::classifyHttpError(int status, const net::Headers &headers,
                                                   const QByteArray &body) const
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonObject e = o.value(QLatin1String("error")).toObject();
    ProviderError err = e.isEmpty()
                            ? makeError(kindForStatus(status), displayName(), status,
                                        looksLikeHtml(body) ? QStringLiteral("html") : QString())
                            : classifyErrorObject(status, e.value(QLatin1String("type")).toString(),
                                                  e.value(QLatin1String("message")).toString());
    err.httpStatus = status;
    if (auto wait = net::RetryPolicy::retryAfterMs(headers, 0); wait && *wait < (qint64(1) << 40))
        err.retryAfterMs = *wait;
    return err;
}

QNetworkRequest AnthropicProvider::modelsRequest(const ProviderConfig &config) const
{
    QNetworkRequest r(endpoint(config.baseUrl, QStringLiteral("/v1/models")));
    r.setRawHeader("x-api-key", config.apiKey.toUtf8());
    r.setRawHeader("anthropic-version", kVersion.toByteArray());
    return r;
}

QStringList AnthropicProvider::parseModels(const QByteArray &body) const
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray())
        out << v.toObject().value(QLatin1String("id")).toString();
    out.removeAll(QString());
    return out;
}

} // namespace ttc::providers
