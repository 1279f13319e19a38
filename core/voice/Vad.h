#pragma once

#include <QtGlobal>

namespace ttc::voice {

// Energy-based voice activity detection for ending a recording on trailing silence. Pure and incremental: the
// recorder feeds what arrives, and the decision depends only on the samples, so tests replay WAVs through it.
// The noise floor adapts (slowly up, quickly down) so a steady fan or hum does not count as speech.
class VoiceActivityDetector
{
public:
    struct Options
    {
        int sampleRate = 16000;
        int frameMs = 20;
        int trailingSilenceMs = 1200;  // after speech, this much silence ends the utterance
        int minSpeechMs = 150;         // shorter bursts (clicks, a cough) do not start an utterance
        double minLevel = 0.01;        // absolute RMS floor for speech (of full scale)
        double noiseFactor = 3.0;      // speech must be this many times louder than the noise floor
    };

    enum class State { Waiting, Speech, Ended };

    VoiceActivityDetector() : VoiceActivityDetector(Options{}) {}
    explicit VoiceActivityDetector(Options options);

    // Feeds samples; returns the state after them. Once Ended it stays Ended until reset().
    State feed(const qint16 *samples, qsizetype count);
    State state() const { return m_state; }
    void reset();

    double noiseFloor() const { return m_noise; }
    double lastLevel() const { return m_lastLevel; }
    // Position (in samples since reset) where speech started and where the trailing silence began; -1 if unknown.
    qint64 speechStart() const { return m_speechStart; }
    qint64 speechEnd() const { return m_speechEnd; }

private:
    void frame(const qint16 *samples, int count);

    Options m_options;
    int m_frameSamples;
    State m_state = State::Waiting;
    double m_noise;
    double m_lastLevel = 0;
    int m_speechRunMs = 0;
    int m_silenceRunMs = 0;
    qint64 m_position = 0;
    qint64 m_candidateStart = -1;
    qint64 m_speechStart = -1;
    qint64 m_speechEnd = -1;
    static constexpr int kCalibrationFrames = 10;
    int m_calibrationFrames = 0;
    double m_calibrationMin = 0;
    qint16 m_pending[4800] = {};
    int m_pendingCount = 0;
};

} // namespace ttc::voice
