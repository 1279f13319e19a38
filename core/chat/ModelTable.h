#pragma once

#include "providers/ProviderTypes.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ttc::chat {

struct ModelInfo
{
    double inputPerMillion = -1;    // USD per 1M input tokens; -1 = unknown
    double outputPerMillion = -1;
    int contextTokens = 8192;
};

// Per-model prices and context sizes: shipped defaults, overridden by the user's prices.json in the profile's config
// folder ({"models": {"gpt-4o": {"input": 2.5, "output": 10, "context": 128000}, ...}}). A model matches its exact
// name first, then the longest listed prefix ("gpt-4o-2024-08-06" → "gpt-4o").
class ModelTable
{
public:
    ModelTable();
    // Merges a user file; returns false (and keeps the defaults) when it exists but cannot be read.
    bool loadOverrides(const QString &path, QString *error = nullptr);

    ModelInfo info(const QString &provider, const QString &model) const;
    // Estimated cost in USD; -1 when the model's price is unknown. Local servers cost nothing.
    double cost(const QString &provider, const QString &model, qint64 tokensIn, qint64 tokensOut) const;

    static QString defaultsJson();

private:
    void merge(const QByteArray &json);
    QHash<QString, ModelInfo> m_models;
};

// A conservative token estimate: ~4 ASCII characters per token, one token per other character, plus framing.
int tokenEstimate(const QString &text);

// The newest messages that fit in the context next to the system prompt and the room kept for the answer. The last
// message is always kept (the provider then reports the overflow).
QList<providers::ChatMessage> trimHistory(const QList<providers::ChatMessage> &history, const QString &system,
                                          int contextTokens, int reserveForAnswer);

} // namespace ttc::chat
