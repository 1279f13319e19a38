// Speech reaches the speakers: MP3 from a loopback ElevenLabs server (exact wire format, chunked) starts playing
// while it still arrives, and the null sink "spk" carries audible sound; an offline WAV plays too; stop and pause.
#include "FakeProviderServer.h"
#include "SpeechPlayer.h"
#include "TestSupport.h"
#include "voice/CloudEngines.h"
#include "voice/FliteSynthesizer.h"
#include "voice/Wav.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ttc;
using namespace ttc::voice;

class TestSpeechPlayback : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Records what the sink plays (its monitor) into a WAV until stopped.
    struct SinkRecorder
    {
        QProcess process;
        QString path;
        static int streams()
        {
            return int(test::runProcess(QStringLiteral("pactl"), {QStringLiteral("list"), QStringLiteral("short"),
                                                                   QStringLiteral("source-outputs")})
                           .out.count('\n'));
        }
        bool start(const QString &file)
        {
            path = file;
            const int before = streams();
            process.start(QStringLiteral("parecord"), {QStringLiteral("--device=vmic"), QStringLiteral("--rate=16000"),
                                                      QStringLiteral("--channels=1"), QStringLiteral("--file-format=wav"), file});
            if (!process.waitForStarted(5000))
                return false;
            // Recording only counts once the stream is connected to the server.
            QDeadlineTimer deadline(10000);
            while (streams() <= before && !deadline.hasExpired())
                QTest::qWait(50);
            QTest::qWait(200);
            return streams() > before;
        }
        double stopAndMeasure()
        {
            process.terminate();
            process.waitForFinished(5000);
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return -1;
            Result<PcmAudio> a = parseWav(f.readAll());
            if (!a)
                return -1;
            // The loudest 100 ms: silence before and after the speech must not dilute it.
            double best = 0;
            for (qsizetype i = 0; i + 1600 <= a->samples.size(); i += 800)
                best = std::max(best, rmsLevel(a->samples.constData() + i, 1600));
            return best;
        }
    };

    QByteArray mp3Of(const QString &text)
    {
        Result<PcmAudio> pcm = FliteSynthesizer::synthesize(text);
        const QString wav = m_dir.filePath(QStringLiteral("in.wav"));
        const QString mp3 = m_dir.filePath(QStringLiteral("out.mp3"));
        if (!pcm || !writeWav(wav, *pcm))
            return {};
        QProcess::execute(QStringLiteral("lame"), {QStringLiteral("--quiet"), QStringLiteral("-b"), QStringLiteral("64"), wav, mp3});
        QFile f(mp3);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::runProcess(QStringLiteral("pactl"), {QStringLiteral("info")}).exitCode != 0)
            QSKIP("needs PulseAudio with the null sink \"spk\": run under scripts/test-env");
    }

    void cloudMp3PlaysWhileItArrives()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("lame")).isEmpty())
            QSKIP("needs lame to make an MP3 (scripts/bootstrap installs it)");
        const QByteArray mp3 = mp3Of(QStringLiteral("Hello. This is the answer to your question, read aloud."));
        QVERIFY(mp3.size() > 4000);

        test::FakeProviderServer server;
        QVERIFY(server.listen());
        test::FakeProviderReply reply;
        reply.contentType = "audio/mpeg";
        reply.chunked = true;
        for (qsizetype i = 0; i < mp3.size(); i += 2048)
            reply.pieces << mp3.mid(i, 2048);
        reply.pieceDelayMs = 120;  // slower than real time at first: playback must not wait for the end
        server.enqueue(reply);

        QNetworkAccessManager nam;
        CloudAccess access;
        access.network = &nam;
        access.clock = &SystemClock::instance();
        access.apiKey = [](const QString &) { return QStringLiteral("xi-test"); };
        access.baseUrl = [&server](const QString &) { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())); };
        ElevenLabsTextToSpeech tts(access);

        SinkRecorder sink;
        QVERIFY(sink.start(m_dir.filePath(QStringLiteral("sink1.wav"))));
        SpeechPlayer player;
        QSignalSpy playing(&player, &SpeechPlayer::playingChanged);
        QSignalSpy done(&player, &SpeechPlayer::finished);
        QSignalSpy errors(&player, &SpeechPlayer::errorOccurred);
        std::unique_ptr<TtsJob> job(tts.synthesize(QStringLiteral("answer"), {}, nullptr));
        player.beginStream(job->mimeType());
        int chunks = 0;
        bool playingBeforeEnd = false;
        connect(job.get(), &TtsJob::audioData, &player, [&](const QByteArray &c) {
            ++chunks;
            player.appendStream(c);
        });
        connect(job.get(), &TtsJob::finished, &player, [&] {
            playingBeforeEnd = player.isPlaying();
            player.finishStream();
        });
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 30000);
        QVERIFY2(job->result().ok(), qPrintable(job->result().ok() ? QString() : job->result().error().message));
        QVERIFY(chunks > 3);
        QVERIFY2(playingBeforeEnd, "playback did not start before the download ended");
        QVERIFY2(done.wait(30000) || done.count() > 0, errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));
        QTest::qWait(300);
        const double level = sink.stopAndMeasure();
        QVERIFY2(level > 0.02, qPrintable(QStringLiteral("the sink stayed quiet (level %1)").arg(level)));
    }

    void sanityPaplay()
    {
        Result<PcmAudio> pcm = FliteSynthesizer::synthesize(QStringLiteral("Sanity check of the sink recording."));
        const QString wav = m_dir.filePath(QStringLiteral("s.wav"));
        QVERIFY(writeWav(wav, *pcm).ok());
        SinkRecorder sink;
        QVERIFY(sink.start(test::artifactsDir() + QStringLiteral("/sink0.wav")));
        QCOMPARE(test::runProcess(QStringLiteral("paplay"), {QStringLiteral("--device=spk"), wav}).exitCode, 0);
        QTest::qWait(500);
        const double level = sink.stopAndMeasure();
        QVERIFY2(level > 0.02, qPrintable(QStringLiteral("the sink stayed quiet (level %1)").arg(level)));
    }

    void offlineWavPlaysToTheEnd()
    {
        Result<PcmAudio> pcm = FliteSynthesizer::synthesize(QStringLiteral("This is the offline voice."));
        QVERIFY(pcm.ok());
        SinkRecorder sink;
        QVERIFY(sink.start(test::artifactsDir() + QStringLiteral("/sink2.wav")));
        SpeechPlayer player;
        QSignalSpy done(&player, &SpeechPlayer::finished);
        player.play(toWav(*pcm), QStringLiteral("audio/wav"));
        QVERIFY(done.wait(20000));
        QVERIFY(!player.isPlaying());
        QTest::qWait(300);
        const double level = sink.stopAndMeasure();
        QVERIFY2(level > 0.02, qPrintable(QStringLiteral("the sink stayed quiet (level %1)").arg(level)));
    }

    void pauseResumeStop()
    {
        Result<PcmAudio> pcm = FliteSynthesizer::synthesize(
            QStringLiteral("This is a long offline answer that will be stopped before it ends, so it keeps going."));
        QVERIFY(pcm.ok());
        SpeechPlayer player;
        QSignalSpy done(&player, &SpeechPlayer::finished);
        player.play(toWav(*pcm), QStringLiteral("audio/wav"));
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 10000);
        QTest::qWait(500);
        player.pause();
        QVERIFY(!player.isPlaying());
        QTest::qWait(pcm->seconds() * 1000 + 500);  // paused: it does not run to the end meanwhile
        QCOMPARE(done.count(), 0);
        player.resume();
        QVERIFY(player.isPlaying());
        player.stop();
        QVERIFY(!player.isPlaying());
        QTest::qWait(500);
        QCOMPARE(done.count(), 0);  // stopped, not played to the end
    }
};

QTEST_MAIN(TestSpeechPlayback)
#include "tst_speech_playback.moc"
