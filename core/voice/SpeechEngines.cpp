#include "voice/SpeechEngines.h"

namespace ttc::voice {

void SttJob::finish(Result<Transcript> result)
{
    if (m_done)
        return;
    m_done = true;
    m_result = std::move(result);
    Q_EMIT finished();
}

void TtsJob::finish(Result<SpeechAudio> result)
{
    if (m_done)
        return;
    m_done = true;
    m_result = std::move(result);
    Q_EMIT finished();
}

void EngineRegistry::addSpeechToText(Info info, SttFactory factory)
{
    m_stt.removeIf([&](const auto &e) { return e.first.id == info.id; });
    m_stt.append({std::move(info), std::move(factory)});
}

void EngineRegistry::addTextToSpeech(Info info, TtsFactory factory)
{
    m_tts.removeIf([&](const auto &e) { return e.first.id == info.id; });
    m_tts.append({std::move(info), std::move(factory)});
}

QList<EngineRegistry::Info> EngineRegistry::speechToTextEngines() const
{
    QList<Info> out;
    for (const auto &e : m_stt)
        out.append(e.first);
    return out;
}

QList<EngineRegistry::Info> EngineRegistry::textToSpeechEngines() const
{
    QList<Info> out;
    for (const auto &e : m_tts)
        out.append(e.first);
    return out;
}

std::optional<EngineRegistry::Info> EngineRegistry::speechToTextInfo(const QString &id) const
{
    for (const auto &e : m_stt)
        if (e.first.id == id)
            return e.first;
    return std::nullopt;
}

std::optional<EngineRegistry::Info> EngineRegistry::textToSpeechInfo(const QString &id) const
{
    for (const auto &e : m_tts)
        if (e.first.id == id)
            return e.first;
    return std::nullopt;
}

std::unique_ptr<SpeechToText> EngineRegistry::createSpeechToText(const QString &id) const
{
    for (const auto &e : m_stt)
        if (e.first.id == id)
            return e.second();
    return nullptr;
}

std::unique_ptr<TextToSpeech> EngineRegistry::createTextToSpeech(const QString &id) const
{
    for (const auto &e : m_tts)
        if (e.first.id == id)
            return e.second();
    return nullptr;
}

} // namespace ttc::voice
