#pragma once

#include "providers/Provider.h"

namespace ttc::providers {

// Anthropic Messages streaming: `x-api-key`, `anthropic-version`, typed SSE events.
class AnthropicProvider : public Provider
{
public:
    QString id() const override { return QStringLiteral("anthropic"); }
    QString displayName() const override { return QStringLiteral("Anthropic"); }
    QUrl defaultBaseUrl() const override { return QUrl(QStringLiteral("https://api.anthropic.com")); }
    QString defaultModel() const override { return QStringLiteral("claude-3-5-haiku-latest"); }
    QStringList knownModels() const override;
    QUrl keyPageUrl() const override { return QUrl(QStringLiteral("https://console.anthropic.com/settings/keys")); }

    QNetworkRequest chatRequest(const ProviderConfig &config, const ChatRequest &request,
                                QByteArray *body) const override;
    std::unique_ptr<StreamDecoder> newDecoder() const override;
    ProviderError classifyHttpError(int status, const net::Headers &headers, const QByteArray &body) const override;
    QNetworkRequest modelsRequest(const ProviderConfig &config) const override;
    QStringList parseModels(const QByteArray &body) const override;

    static ProviderError classifyErrorObject(int status, const QString &type, const QString &message);
};

} // namespace ttc::providers
