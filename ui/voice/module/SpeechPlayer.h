#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QObject>
#include <QPointer>

class QAudioOutput;
class QMediaPlayer;

namespace ttc {

// A read buffer that grows while a download appends to it, so a player can start on the first bytes: reads
// return what has arrived, and the end is reached only after finish().
class GrowingBuffer : public QIODevice
{
    Q_OBJECT

public:
    explicit GrowingBuffer(QObject *parent = nullptr);
    void appendData(const QByteArray &data);
    void finish();
    bool isFinished() const { return m_finished; }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
    bool m_finished = false;
};

// Plays speech: a whole file (WAV from the offline voice) or a stream (MP3 from a cloud voice) that starts playing
// while it arrives. Stop, pause, speed and volume.
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
    void setRate(double rate);
    void setVolume(double volume);  // 0..1
    bool isPlaying() const;

Q_SIGNALS:
    void playingChanged(bool playing);
    void finished();
    void errorOccurred(const QString &message);

private:
    void start(QIODevice *device, const QString &mimeType);

    QMediaPlayer *m_player;
    QAudioOutput *m_output;
    QPointer<QIODevice> m_device;
    double m_rate = 1.0;
};

} // namespace ttc
