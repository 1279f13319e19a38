#include "VoiceRecorder.h"

#include <QAudioSource>
#include <QMediaDevices>

#include <algorithm>

namespace ttc {

VoiceRecorder::VoiceRecorder(QObject *parent) : QObject(parent), m_devices(new QMediaDevices(this))
{
    connect(m_devices, &QMediaDevices::audioInputsChanged, this, [this] {
        if (!m_source)
            return;
        const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
        if (std::none_of(inputs.cbegin(), inputs.cend(), [this](const QAudioDevice &d) { return d.id() == m_device.id(); }))
            finish(StopReason::DeviceLost, tr("The microphone \"%1\" was disconnected. What was recorded until then "
                                              "is kept.")
                                               .arg(m_device.description()));
    });
}

VoiceRecorder::~VoiceRecorder()
{
    if (m_source) {
        m_source->stop();
        delete m_source;
    }
}

QList<QPair<QByteArray, QString>> VoiceRecorder::inputDevices()
{
    QList<QPair<QByteArray, QString>> out;
    const QAudioDevice def = QMediaDevices::defaultAudioInput();
    if (!def.isNull())
        out.append({def.id(), def.description()});
    for (const QAudioDevice &d : QMediaDevices::audioInputs())
        if (d.id() != def.id())
            out.append({d.id(), d.description()});
    return out;
}

Result<void> VoiceRecorder::start(const Options &options)
{
    if (m_source)
        return {};
    m_options = options;
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    if (inputs.isEmpty())
        return Error{QStringLiteral("no_microphone"),
                     tr("No microphone was found. Connect one, or check that the sound system is running.")};
    m_device = QMediaDevices::defaultAudioInput();
    if (!options.deviceId.isEmpty()) {
        const auto it = std::find_if(inputs.cbegin(), inputs.cend(),
                                     [&](const QAudioDevice &d) { return d.id() == options.deviceId.toUtf8(); });
        if (it == inputs.cend())
            return Error{QStringLiteral("device_not_found"),
                         tr("The chosen microphone is not connected. Pick another one in the voice settings.")};
        m_device = *it;
    }
    if (m_device.isNull())
        m_device = inputs.first();

    QAudioFormat wanted;
    wanted.setSampleRate(voice::kRecognizerRate);
    wanted.setChannelCount(1);
    wanted.setSampleFormat(QAudioFormat::Int16);
    // Most servers resample for us; otherwise record what the device offers and convert.
    m_format = m_device.isFormatSupported(wanted) ? wanted : m_device.preferredFormat();
    if (m_format.sampleFormat() != QAudioFormat::Int16)
        m_format.setSampleFormat(QAudioFormat::Int16);

    m_audio = {};
    m_audio.sampleRate = m_format.sampleRate();
    m_vad = voice::VoiceActivityDetector({m_format.sampleRate(), 20, options.silenceMs > 0 ? options.silenceMs : 1 << 30});
    m_level = 0;
    m_source = new QAudioSource(m_device, m_format, this);
    m_source->setBufferSize(m_format.bytesForDuration(100000));
    m_io = m_source->start();
    if (!m_io || m_source->error() != QAudio::NoError) {
        delete m_source;
        m_source = nullptr;
        return Error{QStringLiteral("device_open"),
                     tr("The microphone \"%1\" could not be opened. Another program may be using it, or access to it "
                        "is not allowed.")
                         .arg(m_device.description())};
    }
    connect(m_io, &QIODevice::readyRead, this, &VoiceRecorder::onReadyRead);
    connect(m_source, &QAudioSource::stateChanged, this, [this](QAudio::State state) {
        if (!m_source || state != QAudio::StoppedState || m_source->error() == QAudio::NoError)
            return;
        finish(StopReason::Error, tr("Recording stopped: the microphone reported an error. What was recorded until "
                                     "then is kept."));
    });
    m_clock.start();
    Q_EMIT started();
    return {};
}

void VoiceRecorder::append(const char *data, qint64 bytes)
{
    const int channels = std::max(1, m_format.channelCount());
    const qint64 frames = bytes / (2 * channels);
    auto *s = reinterpret_cast<const qint16 *>(data);
    const qsizetype before = m_audio.samples.size();
    m_audio.samples.resize(before + frames);
    qint16 *out = m_audio.samples.data() + before;
    for (qint64 f = 0; f < frames; ++f) {
        int sum = 0;
        for (int c = 0; c < channels; ++c)
            sum += s[f * channels + c];
        out[f] = qint16(sum / channels);
    }
    m_level = voice::rmsLevel(out, frames);
    m_vad.feed(out, frames);
}

void VoiceRecorder::onReadyRead()
{
    if (!m_io)
        return;
    const QByteArray data = m_io->readAll();
    if (data.isEmpty())
        return;
    append(data.constData(), data.size());
    Q_EMIT levelChanged(m_level);
    if (m_vad.state() == voice::VoiceActivityDetector::State::Ended)
        finish(StopReason::Silence);
    else if (m_audio.seconds() >= m_options.maxSeconds)
        finish(StopReason::MaxLength);
}

void VoiceRecorder::stop()
{
    finish(StopReason::Requested);
}

void VoiceRecorder::finish(StopReason reason, const QString &error)
{
    if (!m_source)
        return;
    QAudioSource *source = m_source;
    m_source = nullptr;
    if (m_io && reason != StopReason::DeviceLost && reason != StopReason::Error) {
        const QByteArray rest = m_io->readAll();  // what is still buffered belongs to the utterance
        append(rest.constData(), rest.size());
    }
    source->disconnect(this);
    source->stop();
    source->deleteLater();
    voice::PcmAudio audio = std::move(m_audio);
    m_audio = {};
    if (audio.sampleRate != voice::kRecognizerRate)
        audio = voice::resampled(audio, voice::kRecognizerRate);
    Q_EMIT finished(audio, reason, error);
}

} // namespace ttc
