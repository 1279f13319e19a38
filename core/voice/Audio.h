#pragma once

#include <QList>
#include <QtGlobal>

namespace ttc::voice {

// The sample format every engine in the project speaks: 16-bit signed PCM, mono. Recognizers want 16 kHz.
constexpr int kRecognizerRate = 16000;

struct PcmAudio
{
    int sampleRate = kRecognizerRate;
    QList<qint16> samples;

    double seconds() const { return sampleRate > 0 ? double(samples.size()) / sampleRate : 0.0; }
    bool isEmpty() const { return samples.isEmpty(); }
};

// Linear-interpolation resampler; good enough for speech going into a recognizer.
PcmAudio resampled(const PcmAudio &in, int rate);

// Root mean square of the samples in [0, 1] of full scale.
double rmsLevel(const qint16 *samples, qsizetype count);

} // namespace ttc::voice
