#pragma once

#include "net/HttpJob.h"
#include "voice/SpeechEngines.h"

#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QSqlDatabase;

namespace ttc {
class Clock;
}

namespace ttc::voice {

// One cloud speech request, for the usage record (kind "stt" or "tts").
struct VoiceUsage
{
    QString kind;
    QString provider;  // "openai", "elevenlabs"
    QString model;
    qint64 inputUnits = 0;   // tokens, or characters for ElevenLabs
    qint64 outputUnits = 0;
};

// What cloud engines need from the app, injected by the composition root (and by tests).
struct CloudAccess
{
    QNetworkAccessManager *network = nullptr;
    const Clock *clock = nullptr;
    std::function<QString(const QString &provider)> apiKey;       // empty when none is stored
    std::function<QUrl(const QString &provider)> baseUrl;         // API root (DESIGN §2); tests point it at loopback
    // Cloud voice is Pro: refuse (code "tier_locked" or "quota_exceeded", message with the reason) before any
    // network call. Empty function = allowed.
    std::function<Result<void>(const QString &provider)> entitlement;
    std::function<void(const VoiceUsage &)> recordUsage;          // after a successful request
    net::HttpOptions http;
};

// The plan rule of DESIGN §1: cloud voice needs Pro or Enterprise. Offline engines never ask.
Result<void> cloudVoiceEntitlement(const QString &tier);
// Writes the usage event of one cloud speech request (pending until synced), like a chat request's.
Result<void> insertVoiceUsage(QSqlDatabase &db, const QString &id, qint64 occurredAtMs, const VoiceUsage &usage);

// The provider's default API root, honouring TTC_<PROVIDER>_BASE_URL.
QUrl defaultVoiceBaseUrl(const QString &provider);
// ELEVENLABS_API_KEY / OPENAI_API_KEY, the documented fallback when the keychain has none.
QString voiceKeyFromEnvironment(const QString &provider);

// OpenAI transcription: POST {base}/audio/transcriptions, multipart/form-data (file as WAV, model, response_format
// json). Models other than whisper-1 are asked to stream (SSE transcript.text.delta … transcript.text.done).
class OpenAiSpeechToText final : public SpeechToText
{
public:
    explicit OpenAiSpeechToText(CloudAccess access) : m_access(std::move(access)) {}
    QString id() const override { return QStringLiteral("openai"); }
    SttJob *transcribe(const PcmAudio &audio, const SttOptions &options, QObject *parent) override;
    static QString defaultModel() { return QStringLiteral("whisper-1"); }

private:
    CloudAccess m_access;
};

// OpenAI speech: POST {base}/audio/speech {model, input, voice, response_format: mp3, speed}; audio streams back.
class OpenAiTextToSpeech final : public TextToSpeech
{
public:
    explicit OpenAiTextToSpeech(CloudAccess access) : m_access(std::move(access)) {}
    QString id() const override { return QStringLiteral("openai"); }
    TtsJob *synthesize(const QString &text, const TtsOptions &options, QObject *parent) override;
    static QString defaultModel() { return QStringLiteral("gpt-4o-mini-tts"); }
    static QString defaultVoice() { return QStringLiteral("alloy"); }

private:
    CloudAccess m_access;
};

// ElevenLabs: POST {base}/v1/text-to-speech/{voice_id}/stream with xi-api-key; MP3 arrives as it is made.
class ElevenLabsTextToSpeech final : public TextToSpeech
{
public:
    explicit ElevenLabsTextToSpeech(CloudAccess access) : m_access(std::move(access)) {}
    QString id() const override { return QStringLiteral("elevenlabs"); }
    TtsJob *synthesize(const QString &text, const TtsOptions &options, QObject *parent) override;
    static QString defaultModel() { return QStringLiteral("eleven_multilingual_v2"); }
    static QString defaultVoice() { return QStringLiteral("21m00Tcm4TlvDq8ikWAM"); }

private:
    CloudAccess m_access;
};

// The error of an ElevenLabs response body ({"detail":{status,message}} | {"detail":[…]} | {"detail":"…"}).
Error elevenLabsError(int status, const QByteArray &body);
// A multipart/form-data body: fields, then one file part.
QByteArray multipartBody(const QByteArray &boundary, const QList<QPair<QByteArray, QByteArray>> &fields,
                         const QByteArray &fileField, const QByteArray &fileName, const QByteArray &fileType,
                         const QByteArray &fileData);

// Adds "openai" (STT and TTS) and "elevenlabs" (TTS) with this access.
void registerCloudEngines(EngineRegistry &registry, const CloudAccess &access);

} // namespace ttc::voice
