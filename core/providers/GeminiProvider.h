#pragma once

#include "providers/Provider.h"

class QJsonObject;

namespace ttc::providers {

// Google Gemini Developer API: `:streamGenerateContent?alt=sse` with `x-goog-api-key`.
class GeminiProvider : public Provider
{
public:
    QString id() const override { return QStringLiteral("gemini"); }
    QString displayName() const override { return QStringLiteral("Gemini"); }
    QUrl defaultBaseUrl() const override { return QUrl(QStringLiteral("https://generativelanguage.googleapis.com")); }
    QString defaultModel() const override { return QStringLiteral("gemini-2.5-flash"); }
    QStringList knownModels() const override;
    QUrl keyPageUrl() const override { return QUrl(QStringLiteral("https://aistudio.google.com/app/apikey")); }

    QNetworkRequest chatRequest(const ProviderConfig &config, const ChatRequest &request,
                                QByteArray *body) const override;
    std::unique_ptr<StreamDecoder> newDecoder() const override;
    ProviderError classifyHttpError(int status, const net::Headers &headers, const QByteArray &body) const override;
    QNetworkRequest modelsRequest(const ProviderConfig &config) const override;
    QStringList parseModels(const QByteArray &body) const override;

    // {"code","message","status","details"} (the value of "error").
    static ProviderError classifyErrorObject(int status, const QJsonObject &error);
};

} // namespace ttc::providers
