#include "voice/Vad.h"

#include "voice/Audio.h"

#include <algorithm>

namespace ttc::voice {

VoiceActivityDetector::VoiceActivityDetector(Options options)
    : m_options(options),
      m_frameSamples(std::clamp(options.sampleRate * options.frameMs / 1000, 1, int(std::size(m_pending)))),
      m_noise(options.minLevel / 2)
{
}

void VoiceActivityDetector::reset()
{
    *this = VoiceActivityDetector(m_options);
}

VoiceActivityDetector::State VoiceActivityDetector::feed(const qint16 *samples, qsizetype count)
{
    while (count > 0 && m_state != State::Ended) {
        const int take = int(std::min<qsizetype>(count, m_frameSamples - m_pendingCount));
        std::copy(samples, samples + take, m_pending + m_pendingCount);
        m_pendingCount += take;
        samples += take;
        count -= take;
        if (m_pendingCount == m_frameSamples) {
            frame(m_pending, m_pendingCount);
            m_pendingCount = 0;
        }
    }
    return m_state;
}

void VoiceActivityDetector::frame(const qint16 *samples, int count)
{
    const double level = rmsLevel(samples, count);
    m_lastLevel = level;
    const qint64 frameStart = m_position;
    m_position += count;
    // The first frames calibrate the floor to the quietest of them (a fan, line noise), so steady noise that is
    // there from the start is not taken for speech; speech said right away still has gaps quieter than itself.
    if (m_calibrationFrames < kCalibrationFrames) {
        m_calibrationMin = m_calibrationFrames == 0 ? level : std::min(m_calibrationMin, level);
        if (++m_calibrationFrames == kCalibrationFrames)
            m_noise = std::max(m_noise, std::min(m_calibrationMin, 0.025));
        return;
    }
    const bool loud = level >= std::max(m_options.minLevel, m_noise * m_options.noiseFactor);
    if (!loud) {
        // Falls fast, rises slowly: silence between words must not be learned as noise.
        m_noise = level < m_noise ? m_noise * 0.7 + level * 0.3 : m_noise * 0.98 + level * 0.02;
    }

    switch (m_state) {
    case State::Waiting:
        if (loud) {
            if (m_candidateStart < 0)
                m_candidateStart = frameStart;
            m_speechRunMs += m_options.frameMs;
            if (m_speechRunMs >= m_options.minSpeechMs) {
                m_state = State::Speech;
                m_speechStart = m_candidateStart;
                m_silenceRunMs = 0;
            }
        } else {
            m_speechRunMs = 0;
            m_candidateStart = -1;
        }
        break;
    case State::Speech:
        if (loud) {
            m_silenceRunMs = 0;
            m_speechEnd = -1;
        } else {
            if (m_silenceRunMs == 0)
                m_speechEnd = frameStart;
            m_silenceRunMs += m_options.frameMs;
            if (m_silenceRunMs >= m_options.trailingSilenceMs)
                m_state = State::Ended;
        }
        break;
    case State::Ended:
        break;
    }
}

} // namespace ttc::voice
