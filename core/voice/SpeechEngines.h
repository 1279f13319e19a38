#pragma once

#include "Result.h"
#include "voice/Audio.h"
#include "voice/VoiceCommands.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace ttc::voice {

struct Transcript
{
    QString text;
    VoiceCommand command;  // set when the utterance is one of the app's commands
    QString engine;        // "local", "openai"
    QString model;
    double audioSeconds = 0;
    qint64 elapsedMs = 0;
};

struct SttOptions
{
    enum class Mode { Auto, Commands, Dictation };
    Mode mode = Mode::Auto;
    QString model;     // cloud engines: "whisper-1", "gpt-4o-transcribe"
    QString language;  // ISO-639-1, optional
};

struct TtsOptions
{
    QString voice;      // engine-specific voice id/name; empty = the engine's default
    QString model;
    double rate = 1.0;  // 1.0 = normal speed
    double volume = 1.0;
};

struct SpeechAudio
{
    QByteArray bytes;   // a complete file: WAV (local) or MP3 (cloud)
    QString mimeType;   // "audio/wav", "audio/mpeg"
};

// One recognition. Emits finished() exactly once (also after cancel()), then result() holds the outcome.
class SttJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void cancel() = 0;
    bool isFinished() const { return m_done; }
    const Result<Transcript> &result() const { return m_result; }

Q_SIGNALS:
    void partialText(const QString &text);
    void finished();

protected:
    void finish(Result<Transcript> result);

private:
    Result<Transcript> m_result{Error{QStringLiteral("pending"), QString()}};
    bool m_done = false;
};

// One synthesis. Audio arrives in chunks (audioData) as it is produced, so a player can start early;
// finished() comes exactly once and result() has the whole file.
class TtsJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void cancel() = 0;
    virtual QString mimeType() const = 0;
    bool isFinished() const { return m_done; }
    const Result<SpeechAudio> &result() const { return m_result; }

Q_SIGNALS:
    void audioData(const QByteArray &chunk);
    void finished();

protected:
    void finish(Result<SpeechAudio> result);

private:
    Result<SpeechAudio> m_result{Error{QStringLiteral("pending"), QString()}};
    bool m_done = false;
};

class SpeechToText
{
public:
    virtual ~SpeechToText() = default;
    virtual QString id() const = 0;
    virtual SttJob *transcribe(const PcmAudio &audio, const SttOptions &options, QObject *parent) = 0;
};

class TextToSpeech
{
public:
    virtual ~TextToSpeech() = default;
    virtual QString id() const = 0;
    virtual TtsJob *synthesize(const QString &text, const TtsOptions &options, QObject *parent) = 0;
};

// Engines by id ("local", "openai", "elevenlabs"). The composition root registers what the build offers
// (with the network, keys and entitlement the cloud engines need); callers create by id.
class EngineRegistry
{
public:
    struct Info
    {
        QString id;
        QString displayName;
        bool cloud = false;
    };
    using SttFactory = std::function<std::unique_ptr<SpeechToText>()>;
    using TtsFactory = std::function<std::unique_ptr<TextToSpeech>()>;

    void addSpeechToText(Info info, SttFactory factory);
    void addTextToSpeech(Info info, TtsFactory factory);

    QList<Info> speechToTextEngines() const;
    QList<Info> textToSpeechEngines() const;
    std::optional<Info> speechToTextInfo(const QString &id) const;
    std::optional<Info> textToSpeechInfo(const QString &id) const;
    std::unique_ptr<SpeechToText> createSpeechToText(const QString &id) const;
    std::unique_ptr<TextToSpeech> createTextToSpeech(const QString &id) const;

private:
    QList<std::pair<Info, SttFactory>> m_stt;
    QList<std::pair<Info, TtsFactory>> m_tts;
};

// Adds the offline engines (pocketsphinx, flite) under the id "local".
void registerOfflineEngines(EngineRegistry &registry);

} // namespace ttc::voice
