#include "SpeechPlayer.h"

#include "voice/Wav.h"

#include <QAudioFormat>
#include <QAudioSink>
#include <QMediaDevices>
#include <QTimer>

#include <mpg123.h>

#include <mutex>

namespace ttc {

// libmpg123 in feed mode: compressed bytes in, 16-bit PCM out, whatever the chunk boundaries.
class Mp3StreamDecoder
{
public:
    Mp3StreamDecoder()
    {
        static std::once_flag once;
        std::call_once(once, [] { mpg123_init(); });
        m_handle = mpg123_new(nullptr, nullptr);
        if (!m_handle)
            return;
        mpg123_param(m_handle, MPG123_ADD_FLAGS, MPG123_QUIET, 0);
        mpg123_format_none(m_handle);
        for (long rate : {8000L, 11025L, 12000L, 16000L, 22050L, 24000L, 32000L, 44100L, 48000L})
            mpg123_format(m_handle, rate, MPG123_MONO | MPG123_STEREO, MPG123_ENC_SIGNED_16);
        if (mpg123_open_feed(m_handle) != MPG123_OK) {
            mpg123_delete(m_handle);
            m_handle = nullptr;
        }
    }
    ~Mp3StreamDecoder()
    {
        if (m_handle)
            mpg123_delete(m_handle);
    }
    bool ok() const { return m_handle != nullptr; }

    // Decodes what it can; the PCM comes with its rate and channel count (known after the first frame).
    QByteArray feed(const QByteArray &data, int *rate, int *channels)
    {
        QByteArray out;
        if (!m_handle)
            return out;
        if (!data.isEmpty())
            mpg123_feed(m_handle, reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()));
        unsigned char buffer[16384];
        for (;;) {
            size_t done = 0;
            const int rc = mpg123_read(m_handle, buffer, sizeof buffer, &done);
            if (rc == MPG123_NEW_FORMAT) {
                long r = 0;
                int c = 0, enc = 0;
                mpg123_getformat(m_handle, &r, &c, &enc);
                m_rate = int(r);
                m_channels = c;
            }
            out.append(reinterpret_cast<const char *>(buffer), qsizetype(done));
            if (rc == MPG123_NEED_MORE || rc == MPG123_DONE || (rc != MPG123_OK && rc != MPG123_NEW_FORMAT))
                break;
        }
        *rate = m_rate;
        *channels = m_channels;
        return out;
    }

private:
    mpg123_handle *m_handle = nullptr;
    int m_rate = 0;
    int m_channels = 0;
};

SpeechPlayer::SpeechPlayer(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(20);
    connect(m_timer, &QTimer::timeout, this, &SpeechPlayer::pump);
}

SpeechPlayer::~SpeechPlayer()
{
    reset();
}

void SpeechPlayer::reset()
{
    m_timer->stop();
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
        delete m_sink;
        m_sink = nullptr;
    }
    m_io = nullptr;
    m_mp3.reset();
    m_pending.clear();
    m_rate = m_channels = 0;
    m_inputDone = false;
    m_paused = false;
}

void SpeechPlayer::setPlaying(bool playing)
{
    if (m_playing == playing)
        return;
    m_playing = playing;
    Q_EMIT playingChanged(playing);
}

void SpeechPlayer::play(const QByteArray &file, const QString &mimeType)
{
    if (mimeType == QLatin1String("audio/mpeg")) {
        beginStream(mimeType);
        appendStream(file);
        finishStream();
        return;
    }
    reset();
    Result<voice::PcmAudio> pcm = voice::parseWav(file);
    if (!pcm) {
        Q_EMIT errorOccurred(tr("The answer could not be played: %1").arg(pcm.error().message));
        return;
    }
    m_inputDone = true;
    addPcm(QByteArray(reinterpret_cast<const char *>(pcm->samples.constData()), pcm->samples.size() * 2),
           pcm->sampleRate, 1);
}

void SpeechPlayer::beginStream(const QString &mimeType)
{
    reset();
    if (mimeType != QLatin1String("audio/mpeg")) {
        Q_EMIT errorOccurred(tr("The answer could not be played: unsupported audio type %1.").arg(mimeType));
        return;
    }
    m_mp3 = std::make_unique<Mp3StreamDecoder>();
    if (!m_mp3->ok())
        Q_EMIT errorOccurred(tr("The answer could not be played: the MP3 decoder did not start."));
}

void SpeechPlayer::appendStream(const QByteArray &chunk)
{
    if (!m_mp3)
        return;
    int rate = 0, channels = 0;
    const QByteArray pcm = m_mp3->feed(chunk, &rate, &channels);
    if (!pcm.isEmpty() && rate > 0)
        addPcm(pcm, rate, channels);
}

void SpeechPlayer::finishStream()
{
    if (!m_mp3)
        return;
    appendStream({});
    m_inputDone = true;
    if (!m_sink) {
        Q_EMIT errorOccurred(tr("The answer could not be played: no audio arrived."));
        return;
    }
    pump();
}

void SpeechPlayer::addPcm(const QByteArray &pcm, int sampleRate, int channels)
{
    if (!m_sink) {
        m_rate = sampleRate;
        m_channels = std::max(1, channels);
        QAudioFormat format;
        // Speed by playing the same samples at another rate (quick control; pitch follows).
        format.setSampleRate(int(sampleRate * m_speed));
        format.setChannelCount(m_channels);
        format.setSampleFormat(QAudioFormat::Int16);
        m_sink = new QAudioSink(QMediaDevices::defaultAudioOutput(), format, this);
        m_sink->setVolume(m_volume);
        m_sink->setBufferSize(format.bytesForDuration(200000));
        connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State s) {
            if (s == QAudio::StoppedState && m_sink && m_sink->error() != QAudio::NoError &&
                m_sink->error() != QAudio::UnderrunError)
                Q_EMIT errorOccurred(tr("The answer could not be played: the audio output failed."));
        });
        m_io = m_sink->start();
        if (!m_io) {
            Q_EMIT errorOccurred(tr("The answer could not be played: no audio output is available."));
            return;
        }
        m_timer->start();
    }
    m_pending += pcm;
    pump();
}

void SpeechPlayer::pump()
{
    if (!m_sink || !m_io || m_paused)
        return;
    const qsizetype free = m_sink->bytesFree();
    const qsizetype frame = 2 * qsizetype(m_channels);
    qsizetype n = std::min(free, m_pending.size());
    n -= n % frame;
    if (n > 0) {
        const qint64 written = m_io->write(m_pending.constData(), n);
        if (written > 0)
            m_pending.remove(0, written);
        setPlaying(true);
    }
    // Done when everything was handed over and the sink has played it out.
    if (m_inputDone && m_pending.isEmpty() && m_sink->bytesFree() >= m_sink->bufferSize()) {
        m_timer->stop();
        // Let the last buffer reach the speakers before closing the stream.
        QTimer::singleShot(300, this, [this] {
            if (!m_inputDone || !m_pending.isEmpty())
                return;
            reset();
            setPlaying(false);
            Q_EMIT finished();
        });
    }
}

void SpeechPlayer::stop()
{
    reset();
    setPlaying(false);
}

void SpeechPlayer::pause()
{
    if (!m_sink)
        return;
    m_paused = true;
    m_sink->suspend();
    setPlaying(false);
}

void SpeechPlayer::resume()
{
    if (!m_sink || !m_paused)
        return;
    m_paused = false;
    m_sink->resume();
    setPlaying(true);
    pump();
}

void SpeechPlayer::setRate(double rate)
{
    m_speed = std::clamp(rate, 0.5, 2.0);
}

void SpeechPlayer::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    if (m_sink)
        m_sink->setVolume(m_volume);
}

bool SpeechPlayer::isPlaying() const
{
    return m_playing;
}

} // namespace ttc
