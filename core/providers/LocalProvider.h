#pragma once

#include "providers/OpenAiProvider.h"

namespace ttc::providers {

// Any OpenAI-compatible server (Ollama, llama.cpp, LM Studio, gateways). No key needed on loopback; thinking text
// (`reasoning`, `reasoning_content`) is kept apart from the answer by the shared decoder.
class LocalProvider final : public OpenAiProvider
{
public:
    QString id() const override { return QStringLiteral("local"); }
    QString displayName() const override;
    QUrl defaultBaseUrl() const override { return QUrl(QStringLiteral("http://localhost:11434/v1")); }
    QString defaultModel() const override { return {}; }   // whatever the server has loaded; see LocalServerDetector
    QStringList knownModels() const override { return {}; }
    QUrl keyPageUrl() const override { return {}; }
    bool isLocal() const override { return true; }
    bool requiresKey(const QUrl &baseUrl) const override { return !isLoopback(baseUrl); }

    // Where autodetection looks, in order of preference: Ollama, then llama.cpp / LM Studio style servers.
    static QList<QUrl> candidateBaseUrls();
};

} // namespace ttc::providers
