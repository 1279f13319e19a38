#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace ttc::providers {

// The common case of an OpenAI-style stream chunk, read without building a JSON document: a full syntax check of the
// text and only the few strings a text answer needs. Anything it is not sure about (an error, tool calls, usage,
// invalid JSON or UTF-8, deep nesting) makes scan() return false and the caller reads the chunk with QJsonDocument,
// so the two can never disagree on what a chunk means.
struct OpenAiChunkChoice
{
    int index = 0;
    QString content;
    QString reasoning;          // "reasoning" (Ollama)
    QString reasoningContent;   // "reasoning_content" (llama.cpp, DeepSeek)
    QString refusal;
    QString finishReason;       // empty when null or absent
};

bool scanOpenAiChunk(QByteArrayView json, QList<OpenAiChunkChoice> &choices);

} // namespace ttc::providers
