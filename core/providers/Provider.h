#pragma once

#include "net/RetryPolicy.h"
#include "net/SseParser.h"
#include "providers/ProviderTypes.h"

#include <QNetworkRequest>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace ttc::providers {

struct ProviderConfig
{
    QUrl baseUrl;       // API root as the official SDKs define it
    QString apiKey;     // may be empty for local servers
};

// Turns one provider's SSE events into deltas and a StreamResult.
class StreamDecoder
{
public:
    virtual ~StreamDecoder() = default;
    virtual void onEvent(const net::SseEvent &event) = 0;
    // End of the HTTP body. unframed: lines that were not SSE fields (a raw JSON error body).
    virtual void onEnd(const QByteArray &unframed) = 0;

    std::function<void(const QString &)> onText;        // answer text of choice 0 (content and refusal)
    std::function<void(const QString &)> onReasoning;   // thinking text, kept apart from the answer
    StreamResult result;

protected:
    void text(int choice, const QString &t);
    void refusal(int choice, const QString &t);
    void reasoning(int choice, const QString &t);
    void fail(ErrorKind kind, const QString &providerName, const QString &code, const QString &message);
};

// One AI provider behind one narrow interface: how to ask, how to read the answer, what its errors mean.
class Provider
{
public:
    virtual ~Provider() = default;

    virtual QString id() const = 0;             // "openai", "anthropic", "gemini", "local"
    virtual QString displayName() const = 0;
    virtual QUrl defaultBaseUrl() const = 0;
    virtual QString defaultModel() const = 0;
    virtual QStringList knownModels() const = 0;
    virtual QUrl keyPageUrl() const { return {}; }  // where people get a key
    virtual bool isLocal() const { return false; }
    // Whether a request to baseUrl needs a key (a local server on loopback does not).
    virtual bool requiresKey(const QUrl &baseUrl) const;

    virtual QNetworkRequest chatRequest(const ProviderConfig &config, const ChatRequest &request,
                                        QByteArray *body) const = 0;
    virtual std::unique_ptr<StreamDecoder> newDecoder() const = 0;
    // A non-2xx answer (or a 2xx that is not a stream) turned into a category and message.
    virtual ProviderError classifyHttpError(int status, const net::Headers &headers, const QByteArray &body) const = 0;

    // The cheapest authenticated call: lists models. Used to validate keys and fill model pickers.
    virtual QNetworkRequest modelsRequest(const ProviderConfig &config) const = 0;
    virtual QStringList parseModels(const QByteArray &body) const = 0;

    // The env variable holding a base URL override: TTC_<ID>_BASE_URL.
    QString baseUrlEnvVar() const { return QStringLiteral("TTC_") + id().toUpper() + QStringLiteral("_BASE_URL"); }

protected:
    static QUrl endpoint(const QUrl &base, const QString &path);
    static QNetworkRequest jsonRequest(const QUrl &url);
};

bool isLoopback(const QUrl &url);
// Common mapping of an HTTP status when the body says nothing more specific.
ErrorKind kindForStatus(int status);
// A proxy's HTML page or other non-JSON error body.
bool looksLikeHtml(const QByteArray &body);

} // namespace ttc::providers
