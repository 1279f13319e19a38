#pragma once

#include "providers/Provider.h"

class QJsonObject;

namespace ttc::providers {

// OpenAI Chat Completions streaming (`stream: true`, `stream_options.include_usage`).
class OpenAiProvider : public Provider
{
public:
    QString id() const override { return QStringLiteral("openai"); }
    QString displayName() const override { return QStringLiteral("OpenAI"); }
    QUrl defaultBaseUrl() const override { return QUrl(QStringLiteral("https://api.openai.com/v1")); }
    QString defaultModel() const override { return QStringLiteral("gpt-4o-mini"); }
    QStringList knownModels() const override;
    QUrl keyPageUrl() const override { return QUrl(QStringLiteral("https://platform.openai.com/api-keys")); }

    QNetworkRequest chatRequest(const ProviderConfig &config, const ChatRequest &request,
                                QByteArray *body) const override;
    std::unique_ptr<StreamDecoder> newDecoder() const override;
    ProviderError classifyHttpError(int status, const net::Headers &headers, const QByteArray &body) const override;
    QNetworkRequest modelsRequest(const ProviderConfig &config) const override;
    QStringList parseModels(const QByteArray &body) const override;

    // {"error":{message,type,code}} (OpenAI, Ollama, llama.cpp with an integer code) → category.
    static ProviderError classifyErrorObject(int status, const QJsonObject &error, const QString &providerName);
};

} // namespace ttc::providers
