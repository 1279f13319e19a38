#include "voice/Audio.h"
#include "voice/Wav.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>

using namespace ttc;
using namespace ttc::voice;

namespace {

// A WAV in any layout, written by hand so the parser is checked against bytes it did not produce.
QByteArray makeWav(int format, int channels, int rate, int bits, const QByteArray &data, bool extraChunk = false)
{
    QByteArray fmt(16, '\0');
    qToLittleEndian<quint16>(quint16(format), fmt.data());
    qToLittleEndian<quint16>(quint16(channels), fmt.data() + 2);
    qToLittleEndian<quint32>(quint32(rate), fmt.data() + 4);
    qToLittleEndian<quint32>(quint32(rate * channels * bits / 8), fmt.data() + 8);
    qToLittleEndian<quint16>(quint16(channels * bits / 8), fmt.data() + 12);
    qToLittleEndian<quint16>(quint16(bits), fmt.data() + 14);
    auto chunk = [](const char *id, const QByteArray &body) {
        QByteArray c(id, 4);
        char len[4];
        qToLittleEndian<quint32>(quint32(body.size()), len);
        c.append(len, 4).append(body);
        if (body.size() & 1)
            c.append('\0');
        return c;
    };
    QByteArray body = QByteArray("WAVE") + chunk("fmt ", fmt);
    if (extraChunk)
        body += chunk("LIST", QByteArray("INFOISFT\x03\0\0\0abc", 15));
    body += chunk("data", data);
    QByteArray out("RIFF");
    char len[4];
    qToLittleEndian<quint32>(quint32(body.size()), len);
    return out.append(len, 4).append(body);
}

} // namespace

class TestWav : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        PcmAudio a;
        a.sampleRate = 16000;
        for (int i = 0; i < 1600; ++i)
            a.samples.append(qint16(std::lround(10000 * std::sin(i * 0.1))));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.wav"));
        QVERIFY(writeWav(path, a).ok());
        Result<PcmAudio> b = readWav(path);
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
        QCOMPARE(b->sampleRate, 16000);
        QCOMPARE(b->samples, a.samples);
        QCOMPARE(toWav(a).size(), 44 + 3200);
    }

    void formats_data()
    {
        QTest::addColumn<QByteArray>("wav");
        QTest::addColumn<QList<qint16>>("expected");
        QByteArray s16;
        for (qint16 v : {qint16(1000), qint16(-1000), qint16(3000), qint16(1000)}) {
            char b[2];
            qToLittleEndian<qint16>(v, b);
            s16.append(b, 2);
        }
        QTest::newRow("16-bit stereo is mixed down") << makeWav(1, 2, 8000, 16, s16) << QList<qint16>{0, 2000};
        QTest::newRow("unknown chunk before data") << makeWav(1, 1, 8000, 16, s16, true)
                                                   << QList<qint16>{1000, -1000, 3000, 1000};
        QTest::newRow("8-bit unsigned") << makeWav(1, 1, 8000, 8, QByteArray("\x80\xc0\x40", 3))
                                        << QList<qint16>{0, 16384, -16384};
        QByteArray s24("\x00\x00\x40\x00\x00\xc0", 6);
        QTest::newRow("24-bit") << makeWav(1, 1, 8000, 24, s24) << QList<qint16>{16384, -16384};
        QByteArray f32(8, '\0');
        const float half = 0.5f, minus = -0.25f;
        std::memcpy(f32.data(), &half, 4);
        std::memcpy(f32.data() + 4, &minus, 4);
        QTest::newRow("float") << makeWav(3, 1, 8000, 32, f32) << QList<qint16>{16384, -8192};
    }

    void formats()
    {
        QFETCH(QByteArray, wav);
        QFETCH(QList<qint16>, expected);
        Result<PcmAudio> a = parseWav(wav);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        QCOMPARE(a->samples, expected);
        QCOMPARE(a->sampleRate, 8000);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("wav");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not riff") << QByteArray("OggS\0\0\0\0WAVEfmt ", 16);
        QTest::newRow("mp3 in wav") << makeWav(0x55, 1, 8000, 0, QByteArray(10, 'x'));
        QTest::newRow("no data") << QByteArray("RIFF\x04\0\0\0WAVE", 12);
    }

    void rejects()
    {
        QFETCH(QByteArray, wav);
        Result<PcmAudio> a = parseWav(wav);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, QStringLiteral("bad_wav"));
        QVERIFY(!a.error().message.isEmpty());
    }

    void streamingLengthIsTolerated()
    {
        // Recorders that stream write 0xFFFFFFFF before they know the length.
        QByteArray wav = wavHeader(16000, 0xFFFFFFFFu) + QByteArray("\x10\x00\x20\x00", 4);
        Result<PcmAudio> a = parseWav(wav);
        QVERIFY(a.ok());
        QCOMPARE(a->samples, (QList<qint16>{16, 32}));
    }

    void resample()
    {
        PcmAudio a;
        a.sampleRate = 48000;
        a.samples.fill(1000, 48000);
        const PcmAudio b = resampled(a, 16000);
        QCOMPARE(b.sampleRate, 16000);
        QCOMPARE(b.samples.size(), 16000);
        QCOMPARE(b.samples.at(8000), qint16(1000));
        QCOMPARE(b.seconds(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestWav)
#include "tst_wav.moc"
