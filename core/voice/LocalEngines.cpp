#include "voice/LocalEngines.h"

#include "voice/FliteSynthesizer.h"
#include "voice/Wav.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace ttc::voice {

namespace {

Error cancelledError()
{
    return Error{QStringLiteral("cancelled"), QCoreApplication::translate("ttc::voice", "Cancelled.")};
}

template<typename T, typename JobBase>
class FutureJob : public JobBase
{
public:
    FutureJob(QFuture<Result<T>> future, QObject *parent) : JobBase(parent)
    {
        m_watcher.setFuture(future);
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
            if (m_cancelled)
                return;
            this->deliver(m_watcher.future().result());
        });
    }
    void cancel() override
    {
        // The worker finishes its step; its result is dropped.
        m_cancelled = true;
        this->deliver(cancelledError());
    }

private:
    QFutureWatcher<Result<T>> m_watcher;
    bool m_cancelled = false;
};

class LocalSttJob : public SttJob
{
public:
    using SttJob::SttJob;
    void deliver(Result<Transcript> r) { finish(std::move(r)); }
};

class LocalTtsJob : public TtsJob
{
public:
    using TtsJob::TtsJob;
    QString mimeType() const override { return QStringLiteral("audio/wav"); }
    void deliver(Result<SpeechAudio> r)
    {
        if (r)
            Q_EMIT audioData(r->bytes);
        finish(std::move(r));
    }
};

} // namespace

struct LocalSpeechToText::Shared
{
    PocketSphinxDecoder::Config config;
    std::unique_ptr<PocketSphinxDecoder> decoder;  // touched only on the pool's single thread
    std::optional<Error> loadError;

    Result<PocketSphinxDecoder *> get()
    {
        QThread::currentThread()->setObjectName(QStringLiteral("ttc-stt"));
        if (!decoder && !loadError) {
            auto d = PocketSphinxDecoder::create(config);
            if (d)
                decoder = std::move(*d);
            else
                loadError = d.error();
        }
        if (loadError)
            return *loadError;
        return decoder.get();
    }
};

LocalSpeechToText::LocalSpeechToText(PocketSphinxDecoder::Config config) : m_shared(std::make_shared<Shared>())
{
    m_shared->config = std::move(config);
    m_pool.setMaxThreadCount(1);  // one decoder, used by one thread at a time
    m_pool.setExpiryTimeout(-1);
}

LocalSpeechToText::~LocalSpeechToText()
{
    m_pool.waitForDone();
}

void LocalSpeechToText::preload()
{
    (void)QtConcurrent::run(&m_pool, [shared = m_shared] { (void)shared->get(); });
}

SttJob *LocalSpeechToText::transcribe(const PcmAudio &audio, const SttOptions &options, QObject *parent)
{
    auto future = QtConcurrent::run(&m_pool, [shared = m_shared, audio, mode = options.mode]() -> Result<Transcript> {
        QElapsedTimer timer;
        timer.start();
        Result<PocketSphinxDecoder *> d = shared->get();
        if (!d)
            return d.error();
        Result<Transcript> t = (*d)->decode(audio, mode);
        if (t)
            t->elapsedMs = timer.elapsed();
        return t;
    });
    return new FutureJob<Transcript, LocalSttJob>(future, parent);
}

LocalTextToSpeech::LocalTextToSpeech()
{
    m_pool.setMaxThreadCount(1);
}

LocalTextToSpeech::~LocalTextToSpeech()
{
    m_pool.waitForDone();
}

TtsJob *LocalTextToSpeech::synthesize(const QString &text, const TtsOptions &options, QObject *parent)
{
    auto future = QtConcurrent::run(&m_pool, [text, options]() -> Result<SpeechAudio> {
        QThread::currentThread()->setObjectName(QStringLiteral("ttc-tts"));
        Result<PcmAudio> pcm = FliteSynthesizer::synthesize(text, options.voice, options.rate, options.volume);
        if (!pcm)
            return pcm.error();
        return SpeechAudio{toWav(*pcm), QStringLiteral("audio/wav")};
    });
    return new FutureJob<SpeechAudio, LocalTtsJob>(future, parent);
}

void registerOfflineEngines(EngineRegistry &registry)
{
    registry.addSpeechToText({QStringLiteral("local"), QCoreApplication::translate("ttc::voice", "Offline (pocketsphinx)"),
                              false},
                             [] { return std::make_unique<LocalSpeechToText>(); });
    registry.addTextToSpeech({QStringLiteral("local"), QCoreApplication::translate("ttc::voice", "Offline (flite)"),
                              false},
                             [] { return std::make_unique<LocalTextToSpeech>(); });
}

} // namespace ttc::voice
