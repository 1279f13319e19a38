#pragma once

#include "Result.h"
#include "voice/Audio.h"
#include "voice/Vad.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QAudioSource;
class QIODevice;
class QMediaDevices;

namespace ttc {

// Records one utterance from a microphone as 16 kHz mono 16-bit PCM, with a live level, a maximum length and
// voice-activity detection that stops after trailing silence. Whatever happens (device lost, error, stop), the
// audio recorded so far is delivered in finished(): nothing is thrown away.
class VoiceRecorder : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString deviceId;          // empty: the system default input
        int maxSeconds = 60;
        int silenceMs = 1200;      // trailing silence that ends the utterance; 0 = only stop() ends it
    };
    enum class StopReason { Requested, Silence, MaxLength, DeviceLost, Error };
    Q_ENUM(StopReason)

    explicit VoiceRecorder(QObject *parent = nullptr);
    ~VoiceRecorder() override;

    // Opens the device and starts recording. Errors: "no_microphone", "device_not_found", "device_open".
    Result<void> start(const Options &options);
    void stop();  // finished(Requested)
    bool isRecording() const { return m_source != nullptr; }
    double level() const { return m_level; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    QString deviceDescription() const { return m_device.description(); }

    // Input devices as (id, description), default first.
    static QList<QPair<QByteArray, QString>> inputDevices();

Q_SIGNALS:
    void started();
    void levelChanged(double level);  // RMS of the last chunk, 0..1
    // error is empty unless reason is DeviceLost or Error (then it says what happened and that the audio is kept).
    void finished(const ttc::voice::PcmAudio &audio, ttc::VoiceRecorder::StopReason reason, const QString &error);

private:
    void onReadyRead();
    void finish(StopReason reason, const QString &error = {});
    void append(const char *data, qint64 bytes);

    Options m_options;
    QAudioDevice m_device;
    QAudioFormat m_format;
    QAudioSource *m_source = nullptr;
    QPointer<QIODevice> m_io;
    QMediaDevices *m_devices = nullptr;
    voice::VoiceActivityDetector m_vad;
    voice::PcmAudio m_audio;
    QElapsedTimer m_clock;
    double m_level = 0;
};

} // namespace ttc
