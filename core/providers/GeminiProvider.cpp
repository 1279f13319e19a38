#include "providers/GeminiProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace ttc::providers {

namespace {

class GeminiDecoder final : public StreamDecoder
{
public:
    void onEvent(const net::SseEvent &event) override
    {
        if (result.error || event.data.isEmpty())
            return;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(event.data, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            fail(ErrorKind::MalformedStream, QStringLiteral("Gemini"), QStringLiteral("invalid_json"), pe.errorString());
            return;
        }
        const QJsonObject o = doc.object();
        if (o.value(QLatin1String("error")).isObject()) {
            result.error = GeminiProvider::classifyErrorObject(0, o.value(QLatin1String("error")).toObject());
            return;
        }
        const QJsonArray candidates = o.value(QLatin1String("candidates")).toArray();
        for (const QJsonValue &cv : candidates) {
            const QJsonObject c = cv.toObject();
            const int index = c.value(QLatin1String("index")).toInt();
            for (const QJsonValue &pv : c.value(QLatin1String("content")).toObject().value(QLatin1String("parts")).toArray()) {
                const QJsonObject part = pv.toObject();
                const QString t = part.value(QLatin1String("text")).toString();
                if (part.value(QLatin1String("thought")).toBool())
                    reasoning(index, t);
                else
                    text(index, t);
                if (part.value(QLatin1String("functionCall")).isObject()) {
                    const QJsonObject fc = part.value(QLatin1String("functionCall")).toObject();
                    result.toolCalls.append(ToolCall{index, int(result.toolCalls.size()),
                                                     fc.value(QLatin1String("id")).toString(),
                                                     fc.value(QLatin1String("name")).toString(),
                                                     QString::fromUtf8(QJsonDocument(fc.value(QLatin1String("args")).toObject())
                                                                           .toJson(QJsonDocument::Compact))});
                }
            }
            const QJsonValue finish = c.value(QLatin1String("finishReason"));
            if (finish.isString()) {
                result.choices[index].finishReason = finish.toString();
                if (index == 0)
                    result.finishReason = finish.toString();
            }
        }
        const QJsonValue block = o.value(QLatin1String("promptFeedback")).toObject().value(QLatin1String("blockReason"));
        if (block.isString())
            result.finishReason = block.toString();
        // Running totals on every chunk: the last one wins.
        const QJsonValue usage = o.value(QLatin1String("usageMetadata"));
        if (usage.isObject()) {
            const QJsonObject u = usage.toObject();
            result.usage.inputTokens = u.value(QLatin1String("promptTokenCount")).toInteger(-1);
            const qint64 candidatesTokens = u.value(QLatin1String("candidatesTokenCount")).toInteger(-1);
            const qint64 thoughts = u.value(QLatin1String("thoughtsTokenCount")).toInteger(-1);
            result.usage.reasoningTokens = thoughts;
            // Billed output includes thinking.
            result.usage.outputTokens =
                candidatesTokens < 0 && thoughts < 0 ? -1 : std::max<qint64>(0, candidatesTokens) + std::max<qint64>(0, thoughts);
        }
    }

    void onEnd(const QByteArray &unframed) override
    {
        if (result.error)
            return;
        // A JSON error body appended without "data:" (pretty-printed over several lines).
        const QByteArray trimmed = unframed.trimmed();
        if (!trimmed.isEmpty()) {
            QJsonDocument doc = QJsonDocument::fromJson(trimmed);
            QJsonObject o = doc.isArray() ? doc.array().first().toObject() : doc.object();
            if (o.value(QLatin1String("error")).isObject()) {
                result.error = GeminiProvider::classifyErrorObject(0, o.value(QLatin1String("error")).toObject());
                return;
            }
        }
        // The stream ends with the body, and its last chunk names why the answer ended (finishReason, or the
        // prompt's blockReason): without one the body was cut short, even when the connection closed cleanly.
        if (result.finishReason.isEmpty()) {
            fail(ErrorKind::Network, QStringLiteral("Gemini"), QStringLiteral("incomplete_stream"), QString());
            return;
        }
        result.ended = true;
    }
};

qint64 parseDuration(const QString &text)  // "19s", "19.4s", "1.5s"
{
    if (!text.endsWith(QLatin1Char('s')))
        return -1;
    bool ok = false;
    const double seconds = text.chopped(1).toDouble(&ok);
    return ok && seconds >= 0 ? qint64(seconds * 1000) : -1;
}

} // namespace

QStringList GeminiProvider::knownModels() const
{
    return {QStringLiteral("gemini-2.5-flash"), QStringLiteral("gemini-2.5-pro"),
            QStringLiteral("gemini-2.5-flash-lite"), QStringLiteral("gemini-2.0-flash")};
}

QNetworkRequest GeminiProvider::chatRequest(const ProviderConfig &config, const ChatRequest &request,
                                            QByteArray *body) const
{
    QUrl url = endpoint(config.baseUrl, QStringLiteral("/v1beta/models/") + request.model +
                                            QStringLiteral(":streamGenerateContent"));
    url.setQuery(QStringLiteral("alt=sse"));
    QNetworkRequest r = jsonRequest(url);
    r.setRawHeader("x-goog-api-key", config.apiKey.toUtf8());
    QJsonArray contents;
    for (const ChatMessage &m : request.messages) {
        if (m.role == ChatMessage::Role::System)
            continue;
        contents.append(QJsonObject{
            {QStringLiteral("role"), m.role == ChatMessage::Role::Assistant ? QStringLiteral("model") : QStringLiteral("user")},
            {QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), m.content}}}}});
    }
    QJsonObject o{{QStringLiteral("contents"), contents}};
    if (!request.system.isEmpty())
        o.insert(QStringLiteral("systemInstruction"),
                 QJsonObject{{QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), request.system}}}}});
    *body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

std::unique_ptr<StreamDecoder> GeminiProvider::newDecoder() const
{
    return std::make_unique<GeminiDecoder>();
}

ProviderError GeminiProvider::classifyErrorObject(int status, const QJsonObject &error)
{
    if (status == 0)
        status = error.value(QLatin1String("code")).toInt();
    const QString rpc = error.value(QLatin1String("status")).toString();
    const QString message = error.value(QLatin1String("message")).toString();
    QString reason;
    qint64 retryMs = -1;
    for (const QJsonValue &dv : error.value(QLatin1String("details")).toArray()) {
        const QJsonObject d = dv.toObject();
        if (d.contains(QLatin1String("reason")))
            reason = d.value(QLatin1String("reason")).toString();
        if (d.contains(QLatin1String("retryDelay")))
            retryMs = parseDuration(d.value(QLatin1String("retryDelay")).toString());
    }
    ErrorKind kind = kindForStatus(status);
    if (reason == QLatin1String("API_KEY_INVALID") || rpc == QLatin1String("UNAUTHENTICATED"))
        kind = ErrorKind::InvalidKey;
    else if (rpc == QLatin1String("PERMISSION_DENIED"))
        kind = ErrorKind::Permission;
    else if (rpc == QLatin1String("NOT_FOUND"))
        kind = ErrorKind::ModelNotFound;
    else if (rpc == QLatin1String("RESOURCE_EXHAUSTED"))
        kind = ErrorKind::RateLimited;
    else if (rpc == QLatin1String("UNAVAILABLE"))
        kind = ErrorKind::Overloaded;
    else if (rpc == QLatin1String("DEADLINE_EXCEEDED"))
        kind = ErrorKind::Timeout;
    else if (rpc == QLatin1String("INVALID_ARGUMENT") &&
             message.contains(QLatin1String("token"), Qt::CaseInsensitive) &&
             message.contains(QLatin1String("exceeds"), Qt::CaseInsensitive))
        kind = ErrorKind::ContextTooLong;
    else if (rpc == QLatin1String("INVALID_ARGUMENT"))
        kind = ErrorKind::BadRequest;
    else if (status == 0 || status == 499 || rpc == QLatin1String("INTERNAL") || rpc == QLatin1String("CANCELLED"))
        kind = ErrorKind::Other;
    ProviderError e = makeError(kind, QStringLiteral("Gemini"), status, reason.isEmpty() ? rpc : reason, message);
    e.retryAfterMs = retryMs;
    return e;
}

ProviderError GeminiProvider::classifyHttpError(int status, const net::Headers &headers, const QByteArray &body) const
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.isArray() ? doc.array().first().toObject() : doc.object();
    ProviderError e = o.value(QLatin1String("error")).isObject()
                          ? classifyErrorObject(status, o.value(QLatin1String("error")).toObject())
                          : makeError(kindForStatus(status), displayName(), status,
                                      looksLikeHtml(body) ? QStringLiteral("html") : QString());
    e.httpStatus = status;
    if (auto wait = net::RetryPolicy::retryAfterMs(headers, 0); wait && *wait < (qint64(1) << 40))
        e.retryAfterMs = *wait;
    return e;
}

QNetworkRequest GeminiProvider::modelsRequest(const ProviderConfig &config) const
{
    QNetworkRequest r(endpoint(config.baseUrl, QStringLiteral("/v1beta/models")));
    r.setRawHeader("x-goog-api-key", config.apiKey.toUtf8());
    return r;
}

QStringList GeminiProvider::parseModels(const QByteArray &body) const
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(body).object().value(QLatin1String("models")).toArray()) {
        QString name = v.toObject().value(QLatin1String("name")).toString();
        if (name.startsWith(QLatin1String("models/")))
            name = name.mid(7);
        if (!name.isEmpty())
            out << name;
    }
    return out;
}

} // namespace ttc::providers
