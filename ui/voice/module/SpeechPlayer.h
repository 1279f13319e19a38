#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <memory>

class QAudioSink;
class QIODevice;
class QTimer;

namespace ttc {

class Mp3StreamDecoder;

// Plays speech through QAudioSink: a whole WAV (the offline voice) or an MP3 stream (cloud voices) decoded with
// libmpg123 as it arrives, so the first words play while the rest downloads. Stop, pause, speed and volume.
// (Qt 6.4's QMediaPlayer fed from a QIODevice stays silent with the GStreamer backend, and its FFmpeg backend hangs
// on such a source; plain PCM into QAudioSink is what reliably reaches the sound server.)
class SpeechPlayer : public QObject
{
    Q_OBJECT

public:
    explicit SpeechPlayer(QObject *parent = nullptr);
    ~SpeechPlayer() override;

    void play(const QByteArray &file, const QString &mimeType);
    // Streaming: begin, then append chunks; finish when the download ends.
    void beginStream(const QString &mimeType);
    void appendStream(const QByteArray &chunk);
    void finishStream();

    void stop();
    void pause();
    void resume();
    // Playback speed for what is played from now on (1.0 normal). Engines also take a rate at synthesis, which
    // keeps the pitch; this one is the quick control while listening.
    void setRate(double rate);
    void setVolume(double volume);  // 0..1
    bool isPlaying() const;

Q_SIGNALS:
    void playingChanged(bool playing);
    void finished();
    void errorOccurred(const QString &message);

private:
    void reset();
    void addPcm(const QByteArray &pcm, int sampleRate, int channels);
    void pump();
    void setPlaying(bool playing);

    QAudioSink *m_sink = nullptr;
    QPointer<QIODevice> m_io;
    QTimer *m_timer;
    std::unique_ptr<Mp3StreamDecoder> m_mp3;
    QByteArray m_pending;     // PCM not yet accepted by the sink
    int m_rate = 0;
    int m_channels = 0;
    double m_speed = 1.0;
    double m_volume = 1.0;
    bool m_inputDone = false;
    bool m_playing = false;
    bool m_paused = false;
};

} // namespace ttc
