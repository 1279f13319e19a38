#include "SpeechPlayer.h"

#include <QAudioOutput>
#include <QBuffer>
#include <QMediaPlayer>
#include <QUrl>

namespace ttc {

GrowingBuffer::GrowingBuffer(QObject *parent) : QIODevice(parent)
{
    open(QIODevice::ReadOnly);
}

void GrowingBuffer::appendData(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    m_data.append(data);
    Q_EMIT readyRead();
}

void GrowingBuffer::finish()
{
    m_finished = true;
    Q_EMIT readyRead();
    Q_EMIT readChannelFinished();
}

qint64 GrowingBuffer::bytesAvailable() const
{
    return qint64(m_data.size()) - m_pos + QIODevice::bytesAvailable();
}

bool GrowingBuffer::atEnd() const
{
    return m_finished && m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0;
}

qint64 GrowingBuffer::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, qint64(m_data.size()) - m_pos);
    if (n <= 0)
        return m_finished ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

SpeechPlayer::SpeechPlayer(QObject *parent)
    : QObject(parent), m_player(new QMediaPlayer(this)), m_output(new QAudioOutput(this))
{
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState s) {
        Q_EMIT playingChanged(s == QMediaPlayer::PlayingState);
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus s) {
        if (s == QMediaPlayer::EndOfMedia)
            Q_EMIT finished();
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &message) {
        Q_EMIT errorOccurred(tr("The answer could not be played: %1").arg(message));
    });
}

SpeechPlayer::~SpeechPlayer()
{
    m_player->stop();
}

void SpeechPlayer::start(QIODevice *device, const QString &mimeType)
{
    m_player->stop();
    if (m_device)
        m_device->deleteLater();
    m_device = device;
    // The URL only tells the backend the container format.
    const QUrl hint(mimeType == QLatin1String("audio/mpeg") ? QStringLiteral("speech.mp3") : QStringLiteral("speech.wav"));
    m_player->setSourceDevice(device, hint);
    m_player->setPlaybackRate(m_rate);
    m_player->play();
}

void SpeechPlayer::play(const QByteArray &file, const QString &mimeType)
{
    auto *buffer = new QBuffer(this);
    buffer->setData(file);
    buffer->open(QIODevice::ReadOnly);
    start(buffer, mimeType);
}

void SpeechPlayer::beginStream(const QString &mimeType)
{
    start(new GrowingBuffer(this), mimeType);
}

void SpeechPlayer::appendStream(const QByteArray &chunk)
{
    if (auto *g = qobject_cast<GrowingBuffer *>(m_device.data()))
        g->appendData(chunk);
}

void SpeechPlayer::finishStream()
{
    if (auto *g = qobject_cast<GrowingBuffer *>(m_device.data()))
        g->finish();
}

void SpeechPlayer::stop()
{
    m_player->stop();
}

void SpeechPlayer::pause()
{
    m_player->pause();
}

void SpeechPlayer::resume()
{
    m_player->play();
}

void SpeechPlayer::setRate(double rate)
{
    m_rate = rate;
    m_player->setPlaybackRate(rate);
}

void SpeechPlayer::setVolume(double volume)
{
    m_output->setVolume(float(volume));
}

bool SpeechPlayer::isPlaying() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState;
}

} // namespace ttc
