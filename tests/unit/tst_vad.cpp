#include "voice/Vad.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace ttc::voice;

namespace {

constexpr int kRate = 16000;

void append(QList<qint16> &out, int ms, double amplitude, double noise = 0.0, unsigned seed = 1)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> n(0.0, noise * 32767);
    const int count = kRate * ms / 1000;
    const qsizetype start = out.size();
    for (int i = 0; i < count; ++i) {
        // Speech-like: a 180 Hz tone with a 4 Hz syllable envelope.
        const double t = double(start + i) / kRate;
        const double env = 0.6 + 0.4 * std::sin(2 * M_PI * 4 * t);
        const double v = amplitude * 32767 * env * std::sin(2 * M_PI * 180 * t) + (noise > 0 ? n(rng) : 0);
        out.append(qint16(std::clamp(v, -32768.0, 32767.0)));
    }
}

} // namespace

class TestVad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endsAfterTrailingSilence()
    {
        QList<qint16> s;
        append(s, 500, 0);
        append(s, 1000, 0.3);
        append(s, 2000, 0);
        VoiceActivityDetector vad({kRate, 20, 800});
        // Fed in odd-sized pieces, as audio devices deliver it.
        qsizetype pos = 0;
        qsizetype endedAt = -1;
        while (pos < s.size()) {
            const qsizetype n = std::min<qsizetype>(317, s.size() - pos);
            if (vad.feed(s.constData() + pos, n) == VoiceActivityDetector::State::Ended && endedAt < 0)
                endedAt = pos + n;
            pos += n;
        }
        QCOMPARE(vad.state(), VoiceActivityDetector::State::Ended);
        // Speech starts at 0.5 s, the silence at 1.5 s, the end is declared 0.8 s later.
        QVERIFY2(std::abs(vad.speechStart() - kRate / 2) <= kRate / 20, qPrintable(QString::number(vad.speechStart())));
        QVERIFY2(std::abs(vad.speechEnd() - kRate * 3 / 2) <= kRate / 20, qPrintable(QString::number(vad.speechEnd())));
        QVERIFY2(std::abs(endedAt - kRate * 23 / 10) <= kRate / 10, qPrintable(QString::number(endedAt)));
    }

    void pausesBetweenWordsDoNotEnd()
    {
        QList<qint16> s;
        append(s, 600, 0.3);
        append(s, 400, 0);
        append(s, 600, 0.3);
        VoiceActivityDetector vad({kRate, 20, 800});
        QCOMPARE(vad.feed(s.constData(), s.size()), VoiceActivityDetector::State::Speech);
    }

    void silenceAloneNeverStarts()
    {
        QList<qint16> s;
        append(s, 3000, 0);
        VoiceActivityDetector vad;
        QCOMPARE(vad.feed(s.constData(), s.size()), VoiceActivityDetector::State::Waiting);
        QCOMPARE(vad.speechStart(), -1);
    }

    void shortClickIsNotSpeech()
    {
        QList<qint16> s;
        append(s, 300, 0);
        append(s, 60, 0.8);
        append(s, 2000, 0);
        VoiceActivityDetector vad;
        QCOMPARE(vad.feed(s.constData(), s.size()), VoiceActivityDetector::State::Waiting);
    }

    void steadyNoiseIsLearned()
    {
        // A fan at 2% of full scale: speech over it is found, the fan alone ends the utterance.
        QList<qint16> s;
        append(s, 1500, 0, 0.02, 7);
        QList<qint16> speech;
        append(speech, 800, 0.3);
        QList<qint16> fan;
        append(fan, 2000, 0, 0.02, 9);
        VoiceActivityDetector vad({kRate, 20, 1000});
        QCOMPARE(vad.feed(s.constData(), s.size()), VoiceActivityDetector::State::Waiting);
        QVERIFY(vad.noiseFloor() > 0.01);
        QCOMPARE(vad.feed(speech.constData(), speech.size()), VoiceActivityDetector::State::Speech);
        QCOMPARE(vad.feed(fan.constData(), fan.size()), VoiceActivityDetector::State::Ended);
    }

    void resetStartsOver()
    {
        QList<qint16> s;
        append(s, 500, 0.3);
        append(s, 1500, 0);
        VoiceActivityDetector vad({kRate, 20, 500});
        QCOMPARE(vad.feed(s.constData(), s.size()), VoiceActivityDetector::State::Ended);
        vad.reset();
        QCOMPARE(vad.state(), VoiceActivityDetector::State::Waiting);
        QCOMPARE(vad.speechStart(), -1);
    }
};

QTEST_GUILESS_MAIN(TestVad)
#include "tst_vad.moc"
