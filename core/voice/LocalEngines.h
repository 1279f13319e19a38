#pragma once

#include "voice/PocketSphinxDecoder.h"
#include "voice/SpeechEngines.h"

#include <QThreadPool>

#include <memory>

namespace ttc::voice {

// Offline recognition on its own worker thread ("ttc-stt"); the model loads on first use or on preload().
class LocalSpeechToText final : public SpeechToText
{
public:
    explicit LocalSpeechToText(PocketSphinxDecoder::Config config = {});
    ~LocalSpeechToText() override;
    QString id() const override { return QStringLiteral("local"); }
    SttJob *transcribe(const PcmAudio &audio, const SttOptions &options, QObject *parent) override;
    // Loads the model in the background now, so that the first utterance is not delayed by it.
    void preload();

    struct Shared;

private:
    std::shared_ptr<Shared> m_shared;
    QThreadPool m_pool;
};

// Offline speech with flite, as a WAV file (one chunk).
class LocalTextToSpeech final : public TextToSpeech
{
public:
    LocalTextToSpeech();
    ~LocalTextToSpeech() override;
    QString id() const override { return QStringLiteral("local"); }
    TtsJob *synthesize(const QString &text, const TtsOptions &options, QObject *parent) override;

private:
    QThreadPool m_pool;
};

} // namespace ttc::voice
