#include "providers/OpenAiProvider.h"

#include "providers/OpenAiChunkScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ttc::providers {

namespace {

QString roleName(ChatMessage::Role role)
{
    switch (role) {
    case ChatMessage::Role::System: return QStringLiteral("system");
    case ChatMessage::Role::Assistant: return QStringLiteral("assistant");
    case ChatMessage::Role::User: break;
    }
    return QStringLiteral("user");
}

class OpenAiDecoder final : public StreamDecoder
{
public:
    explicit OpenAiDecoder(QString name) : m_name(std::move(name)) {}

    void onEvent(const net::SseEvent &event) override
    {
        if (result.error)
            return;
        if (event.data == "[DONE]") {
            result.ended = true;
            return;
        }
        if (event.data.isEmpty())
            return;
        // Nearly every chunk is a plain text delta: read those without a JSON document (several times faster).
        if (event.event != "error" && scanOpenAiChunk(event.data, m_scanned)) {
            for (const OpenAiChunkChoice &c : std::as_const(m_scanned)) {
                reasoning(c.index, c.reasoning);
                reasoning(c.index, c.reasoningContent);
                text(c.index, c.content);
                refusal(c.index, c.refusal);
                if (!c.finishReason.isEmpty()) {
                    result.choices[c.index].finishReason = c.finishReason;
                    if (c.index == 0)
                        result.finishReason = c.finishReason;
                }
            }
            return;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(event.data, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            fail(ErrorKind::MalformedStream, m_name, QStringLiteral("invalid_json"), pe.errorString());
            return;
        }
        const QJsonObject o = doc.object();
        const QJsonValue err = o.value(QLatin1String("error"));
        if (event.event == "error" || (!err.isUndefined() && !err.isNull() && err != QJsonValue(false))) {
            const QJsonObject eo = err.isObject() ? err.toObject()
                                                  : QJsonObject{{QStringLiteral("message"), err.toString()}};
            const int status = eo.value(QLatin1String("code")).isDouble() ? eo.value(QLatin1String("code")).toInt() : 0;
            result.error = OpenAiProvider::classifyErrorObject(status, eo, m_name);
            return;
        }
        const QJsonArray choices = o.value(QLatin1String("choices")).toArray();
        for (const QJsonValue &cv : choices) {
            const QJsonObject c = cv.toObject();
            const int index = c.value(QLatin1String("index")).toInt();
            const QJsonObject delta = c.value(QLatin1String("delta")).toObject();
            // Thinking of local servers: Ollama says "reasoning", llama.cpp "reasoning_content".
            reasoning(index, delta.value(QLatin1String("reasoning")).toString());
            reasoning(index, delta.value(QLatin1String("reasoning_content")).toString());
            text(index, delta.value(QLatin1String("content")).toString());
            refusal(index, delta.value(QLatin1String("refusal")).toString());
            const QJsonArray calls = delta.value(QLatin1String("tool_calls")).toArray();
            for (const QJsonValue &tv : calls) {
                const QJsonObject t = tv.toObject();
                const int ti = t.value(QLatin1String("index")).toInt();
                ToolCall *call = nullptr;
                for (ToolCall &existing : result.toolCalls) {
                    if (existing.choice == index && existing.index == ti)
                        call = &existing;
                }
                if (!call) {
                    result.toolCalls.append(ToolCall{index, ti, {}, {}, {}});
                    call = &result.toolCalls.last();
                }
                if (t.contains(QLatin1String("id")))
                    call->id = t.value(QLatin1String("id")).toString();
                const QJsonObject fn = t.value(QLatin1String("function")).toObject();
                if (fn.contains(QLatin1String("name")))
                    call->name += fn.value(QLatin1String("name")).toString();
                call->arguments += fn.value(QLatin1String("arguments")).toString();
            }
            const QJsonValue finish = c.value(QLatin1String("finish_reason"));
            if (finish.isString()) {
                result.choices[index].finishReason = finish.toString();
                if (index == 0)
                    result.finishReason = finish.toString();
            }
        }
        const QJsonValue usage = o.value(QLatin1String("usage"));
        if (usage.isObject()) {
            const QJsonObject u = usage.toObject();
            result.usage.inputTokens = u.value(QLatin1String("prompt_tokens")).toInteger(-1);
            result.usage.outputTokens = u.value(QLatin1String("completion_tokens")).toInteger(-1);
            const QJsonValue r =
                u.value(QLatin1String("completion_tokens_details")).toObject().value(QLatin1String("reasoning_tokens"));
            if (r.isDouble())
                result.usage.reasoningTokens = r.toInteger();
        }
    }

    void onEnd(const QByteArray &unframed) override
    {
        if (result.error || result.ended)
            return;
        const QJsonDocument doc = QJsonDocument::fromJson(unframed.trimmed());
        if (doc.isObject() && doc.object().value(QLatin1String("error")).isObject()) {
            result.error = OpenAiProvider::classifyErrorObject(0, doc.object().value(QLatin1String("error")).toObject(),
                                                               m_name);
            return;
        }
        // "If the stream is interrupted, you may not receive the final usage chunk": no [DONE] = cut short.
        fail(ErrorKind::Network, m_name, QStringLiteral("incomplete_stream"), QString());
    }

private:
    QString m_name;
    QList<OpenAiChunkChoice> m_scanned;  // reused: no allocation per chunk
};

} // namespace

QStringList OpenAiProvider::knownModels() const
{
    return {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o"), QStringLiteral("gpt-4.1"),
            QStringLiteral("gpt-4.1-mini"), QStringLiteral("o4-mini")};
}

QNetworkRequest OpenAiProvider::chatRequest(const ProviderConfig &config, const ChatRequest &request,
                                            QByteArray *body) const
{
    QNetworkRequest r = jsonRequest(endpoint(config.baseUrl, QStringLiteral("/chat/completions")));
    if (!config.apiKey.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + config.apiKey.toUtf8());
    QJsonArray messages;
    if (!request.system.isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), request.system}});
    for (const ChatMessage &m : request.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), roleName(m.role)}, {QStringLiteral("content"), m.content}});
    const QJsonObject o{{QStringLiteral("model"), request.model},
                        {QStringLiteral("messages"), messages},
                        {QStringLiteral("stream"), true},
                        {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}}};
    *body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

std::unique_ptr<StreamDecoder> OpenAiProvider::newDecoder() const
{
    return std::make_unique<OpenAiDecoder>(displayName());
}

ProviderError OpenAiProvider::classifyErrorObject(int status, const QJsonObject &error, const QString &name)
{
    const QJsonValue codeValue = error.value(QLatin1String("code"));
    const QString code = codeValue.isString() ? codeValue.toString() : QString();
    const QString type = error.value(QLatin1String("type")).toString();
    const QString message = error.value(QLatin1String("message")).toString();
    ErrorKind kind = kindForStatus(status);
    if (code == QLatin1String("invalid_api_key") || type == QLatin1String("authentication_error"))
        kind = ErrorKind::InvalidKey;
    else if (code == QLatin1String("insufficient_quota") || type == QLatin1String("insufficient_quota"))
        kind = ErrorKind::InsufficientQuota;
    else if (code == QLatin1String("rate_limit_exceeded"))
        kind = ErrorKind::RateLimited;
    else if (code == QLatin1String("model_not_found") || type == QLatin1String("not_found_error"))
        kind = ErrorKind::ModelNotFound;
    else if (code == QLatin1String("context_length_exceeded") || type == QLatin1String("exceed_context_size_error"))
        kind = ErrorKind::ContextTooLong;
    else if (type == QLatin1String("permission_error"))
        kind = ErrorKind::Permission;
    else if (type == QLatin1String("unavailable_error"))
        kind = ErrorKind::Overloaded;
    else if (status == 0)
        kind = ErrorKind::Other;
    return makeError(kind, name, status, code.isEmpty() ? type : code, message);
}

ProviderError OpenAiProvider::classifyHttpError(int status, const net::Headers &headers, const QByteArray &body) const
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    ProviderError e;
    if (doc.isObject() && doc.object().value(QLatin1String("error")).isObject())
        e = classifyErrorObject(status, doc.object().value(QLatin1String("error")).toObject(), displayName());
    else if (doc.isObject() && doc.object().value(QLatin1String("error")).isString())  // Ollama native
        e = makeError(kindForStatus(status), displayName(), status, {},
                      doc.object().value(QLatin1String("error")).toString());
    else
        e = makeError(kindForStatus(status), displayName(), status, looksLikeHtml(body) ? QStringLiteral("html") : QString());
    e.httpStatus = status;
    if (auto wait = net::RetryPolicy::retryAfterMs(headers, 0); wait && *wait < (qint64(1) << 40))
        e.retryAfterMs = *wait;
    return e;
}

QNetworkRequest OpenAiProvider::modelsRequest(const ProviderConfig &config) const
{
    QNetworkRequest r(endpoint(config.baseUrl, QStringLiteral("/models")));
    if (!config.apiKey.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + config.apiKey.toUtf8());
    return r;
}

QStringList OpenAiProvider::parseModels(const QByteArray &body) const
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray())
        out << v.toObject().value(QLatin1String("id")).toString();
    out.removeAll(QString());
    return out;
}

} // namespace ttc::providers
